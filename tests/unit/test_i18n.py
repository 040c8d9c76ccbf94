"""Every text a worker can see is extracted, and translated in every catalog."""

from __future__ import annotations

import re
from datetime import date

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from bot.dialogue.replies import Text
from bot.i18n import LANGUAGES, Translator, untranslated
from tests.conftest import ROOT

LOCALES = ROOT / "locales"
METHODS = [("bot/**.py", "python"), ("dialogues/**.yaml", "reflectbot_dialogue")]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def extracted() -> set[str]:
    keywords = {**DEFAULT_KEYWORDS, "N_": None}
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        ROOT, METHODS, keywords=keywords
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.fixture(scope="module")
def msgids() -> set[str]:
    found = extracted()
    assert len(found) > 200
    return found


def catalog(lang: str) -> dict[str, str]:
    path = LOCALES / lang / "LC_MESSAGES" / "reflectbot.po"
    with path.open("rb") as handle:
        return {m.id: m.string for m in read_po(handle) if m.id and not m.fuzzy}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_msgid_is_translated(msgids: set[str], lang: str) -> None:
    """Run `make i18n` after adding texts, then translate what it adds."""
    missing = sorted(untranslated(LOCALES, lang, sorted(msgids)))
    assert missing == [], f"{lang} lacks translations for: {missing[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang: str) -> None:
    for msgid, translated in catalog(lang).items():
        assert set(PLACEHOLDER.findall(msgid)) == set(PLACEHOLDER.findall(translated)), msgid


def test_template_is_current(msgids: set[str]) -> None:
    with (LOCALES / "reflectbot.pot").open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    assert template == msgids, "run `make i18n`"


def test_extractor_finds_dialogue_texts(msgids: set[str]) -> None:
    for text in ("Home visit", "Trust or control: where did I land?", "Second blow", "trust"):
        assert text in msgids


def test_render_translates_nested_params(translator: Translator) -> None:
    text = Text(
        "{label}: {answer}",
        {"label": Text("Feelings"), "answer": (Text("Tired"), Text("Relieved"))},
    )
    assert translator.render("nl", text) == "Gevoel: Moe, Opgelucht"
    assert translator.render("fr", text) == "Ressenti : Fatigué·e, Soulagé·e"
    assert translator.render("en", text) == "Feelings: Tired, Relieved"
    literal = Text("“{text}”", {"text": "Home visit {not a param}"})
    assert translator.render("nl", literal) == "“Home visit {not a param}”"


def test_unknown_language_falls_back_to_the_msgid(translator: Translator) -> None:
    assert translator.gettext("de", "Home visit") == "Home visit"


def test_dates_are_formatted_per_locale(translator: Translator) -> None:
    day = date(2026, 3, 5)
    assert translator.day("nl", day) == "5 mrt 2026"
    assert translator.day("fr", day) == "5 mars 2026"
    assert translator.day("en", day) == "Mar 5, 2026"


def test_catalogs_compile_from_po_when_mo_is_missing(tmp_path: object) -> None:
    """A fresh clone has no .mo files yet: the .po files are compiled in memory."""
    import shutil
    from pathlib import Path

    target = Path(str(tmp_path)) / "locales"
    shutil.copytree(LOCALES, target, ignore=shutil.ignore_patterns("*.mo"))
    assert not list(target.rglob("*.mo"))
    assert Translator(target).gettext("nl", "Home visit") == "Huisbezoek"
