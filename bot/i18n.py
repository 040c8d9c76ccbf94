"""Translations and locale-aware formatting; the project's only babel importer at run time.

Catalogs are read from compiled `.mo` files when they are current, else compiled from
the `.po` sources in memory, so a fresh checkout works before `make i18n` has run.
"""

from __future__ import annotations

import gettext
import io
from datetime import date
from pathlib import Path

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.config import LANGUAGES as LANGUAGES
from bot.dialogue.replies import Param, Text

DOMAIN = "reflectbot"
SOURCE_LANGUAGE = "en"


class Translator:
    def __init__(self, locales_dir: Path, languages: tuple[str, ...] = LANGUAGES) -> None:
        self._catalogs = {lang: _load(locales_dir, lang) for lang in languages}

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._catalogs)

    def gettext(self, lang: str, msgid: str) -> str:
        catalog = self._catalogs.get(lang)
        return catalog.gettext(msgid) if catalog is not None else msgid

    def ngettext(self, lang: str, singular: str, plural: str, count: int) -> str:
        catalog = self._catalogs.get(lang)
        if catalog is None:
            return singular if count == 1 else plural
        return catalog.ngettext(singular, plural, count)

    def render(self, lang: str, text: Text) -> str:
        """Translate a msgid and fill its parameters, translating nested texts too."""
        if text.plural:
            count = text.params.get("count", 0)
            number = count if isinstance(count, int) else 0
            template = self.ngettext(lang, text.msgid, text.plural, number)
        else:
            template = self.gettext(lang, text.msgid)
        if not text.params:
            return template
        values = {name: self._param(lang, value) for name, value in text.params.items()}
        return template.format_map(values)  # str.format's rules, without string.Formatter's

    def _param(self, lang: str, value: Param) -> str | int:
        if isinstance(value, Text):
            return self.render(lang, value)
        if isinstance(value, tuple):
            return ", ".join(self.render(lang, part) for part in value)
        return value

    def day(self, lang: str, value: date) -> str:
        return format_date(value, format="medium", locale=lang)

    def month(self, lang: str, value: date, short: bool = False) -> str:
        """ "november 2026", or "nov 26" for a chart's axis."""
        return format_date(value, format="LLL yy" if short else "LLLL y", locale=lang)


def _load(locales_dir: Path, lang: str) -> gettext.NullTranslations:
    po = locales_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    if not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def untranslated(locales_dir: Path, lang: str, msgids: list[str]) -> list[str]:
    """The msgids with no usable translation in `lang` (absent, empty or fuzzy)."""
    po = locales_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.exists():
        return list(msgids)
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    missing = []
    for msgid in msgids:
        message = catalog.get(msgid)
        forms = message.string if message is not None else ""
        empty = not all(forms) if isinstance(forms, tuple) else not forms
        if message is None or empty or message.fuzzy:
            missing.append(msgid)
    return missing
