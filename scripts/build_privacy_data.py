"""Build the scrubber's word lists in bot/privacy/data/ (run by hand, not at run time).

Sources (recorded in docs/privacy.md):
- person names: Faker's person providers (MIT licence), Latin-script locales, plus
  `extra_names.txt` written by the project (EUPL-1.2);
- dictionary words: wordfreq's nl, fr and en word lists (data: CC BY-SA 4.0, so the
  adapted lists are CC BY-SA 4.0 too; see bot/privacy/data/NOTICE.md), top 60,000 words
  each, with names removed unless they are also ordinary words (Faker's lorem word
  lists, MIT, plus `homographs.txt`, written by the project) or among the 3,000 most
  frequent words;
- `keep.txt`: institutions, benefits, feast days and other capitalised words that
  identify no one, written by the project.

Usage: python scripts/build_privacy_data.py  (needs `pip install faker wordfreq`)
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from wordfreq import top_n_list

DATA = Path(__file__).resolve().parent.parent / "bot" / "privacy" / "data"
LOCALES = [
    "nl_BE", "nl_NL", "fr_BE", "fr_FR", "fr_CH", "fr_DZ", "de_DE", "de_AT", "en_US", "en_GB",
    "en_IE", "es_ES", "it_IT", "pt_PT", "pt_BR", "pl_PL", "ro_RO", "tr_TR", "cs_CZ", "sk_SK",
    "hu_HU", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "sw", "yo_NG", "ha_NG", "ig_NG", "tw_GH",
    "zu_ZA", "id_ID", "vi_VN", "az_AZ", "uz_UZ", "sv_SE", "da_DK", "no_NO", "fi_FI", "et_EE",
    "el_GR", "es_MX", "es_CO", "fr_QC", "en_NG", "en_KE", "en_PK", "en_IN",
]  # fmt: skip
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žƀ-ɏḀ-ỿ'’-]{2,}$")


def faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            first |= _words(getattr(provider, attribute, ()))
        last |= _words(getattr(provider, "last_names", ()))
    return first, last


def _words(values: object) -> set[str]:
    items = values.keys() if isinstance(values, dict) else values
    found = set()
    for item in items:  # type: ignore[union-attr]
        for part in str(item).split():
            if LATIN.match(part):
                found.add(part.lower())
    return found


def ordinary_words() -> set[str]:
    words: set[str] = set()
    for locale in ("nl_NL", "fr_FR", "en_US", "de_DE"):
        words |= {w.lower() for w in importlib.import_module(
            f"faker.providers.lorem.{locale}").Provider.word_list}
    return words | _lines("homographs.txt")


def _lines(name: str) -> set[str]:
    path = DATA / name
    return {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def main() -> None:
    first, last = faker_names()
    extra = _lines("extra_names.txt")
    first |= extra
    ordinary = ordinary_words()
    names = (first | last) - ordinary
    particles = {"van", "de", "der", "den", "del", "da", "di", "du", "le", "la", "el", "al", "ben",
                 "bin", "von", "ter", "ten", "op", "het", "des", "dos", "das", "y", "e"}
    names -= particles
    _write("first_names.txt", first - ordinary - particles)
    _write("last_names.txt", last - ordinary - particles)
    for lang in ("nl", "fr", "en"):
        vocabulary = {w for w in top_n_list(lang, 60000) if w.isalpha() and len(w) > 1}
        everyday = {w for w in top_n_list(lang, 3000) if w.isalpha()}
        _write(f"words_{lang}.txt", (vocabulary - names) | everyday)
    print(f"{len(first)} first names, {len(last)} surnames, {len(ordinary)} ordinary words")


def _write(name: str, words: set[str]) -> None:
    (DATA / name).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
