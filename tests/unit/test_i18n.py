"""Every text a worker can see is extracted, and translated in every catalog."""

from __future__ import annotations

import re
from datetime import date

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from bot.dialogue.replies import Text, counted
from bot.i18n import LANGUAGES, Translator, untranslated
from bot.telegram.counts import COACHES, SAVED_REFLECTIONS, SUPERVISORS, WORKERS
from tests.conftest import ROOT

LOCALES = ROOT / "locales"
METHODS = [("bot/**.py", "python"), ("dialogues/**.yaml", "reflectbot_dialogue")]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def extracted() -> set[str]:
    keywords = {**DEFAULT_KEYWORDS, "N_": None, "Np_": (1, 2)}
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
        return {_first(m.id): m.string for m in read_po(handle) if m.id and not m.fuzzy}


def _first(msgid: str | tuple[str, ...]) -> str:
    """A plural message's singular msgid (its key in a catalog)."""
    return msgid if isinstance(msgid, str) else msgid[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_msgid_is_translated(msgids: set[str], lang: str) -> None:
    """Run `make i18n` after adding texts, then translate what it adds."""
    missing = sorted(untranslated(LOCALES, lang, sorted(msgids)))
    assert missing == [], f"{lang} lacks translations for: {missing[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang: str) -> None:
    for msgid, translated in catalog(lang).items():
        for form in (translated,) if isinstance(translated, str) else translated:
            assert set(PLACEHOLDER.findall(msgid)) == set(PLACEHOLDER.findall(form)), msgid


def test_template_is_current(msgids: set[str]) -> None:
    with (LOCALES / "reflectbot.pot").open("rb") as handle:
        template = {_first(m.id) for m in read_po(handle) if m.id}
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


@pytest.mark.parametrize(
    ("lang", "zero", "one", "two"),
    [
        ("nl", "0 bewaarde reflecties", "1 bewaarde reflectie", "2 bewaarde reflecties"),
        ("fr", "0 réflexion enregistrée", "1 réflexion enregistrée", "2 réflexions enregistrées"),
        ("en", "0 saved reflections", "1 saved reflection", "2 saved reflections"),
    ],
)
def test_counts_follow_each_languages_plural_rule(
    translator: Translator, lang: str, zero: str, one: str, two: str
) -> None:
    """#14: "1 bewaarde reflecties" was one msgid for every number; French counts 0 as one."""
    rendered = [translator.render(lang, counted(SAVED_REFLECTIONS, n)) for n in (0, 1, 2)]
    assert rendered == [zero, one, two]


def test_a_count_inside_a_sentence_follows_its_own_number(translator: Translator) -> None:
    members = Text(
        "“{team}”: {workers}, {coaches}, {supervisors}.",
        {"team": "Noord", "workers": counted(WORKERS, 1), "coaches": counted(COACHES, 2),
         "supervisors": counted(SUPERVISORS, 0)},
    )  # fmt: skip
    assert translator.render("nl", members) == "“Noord”: 1 hulpverlener, 2 coaches, 0 supervisors."
    assert translator.render("fr", members) == (
        "« Noord » : 1 intervenant·e, 2 coachs, 0 superviseur·e."
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_plural_has_all_its_forms(lang: str) -> None:
    path = LOCALES / lang / "LC_MESSAGES" / "reflectbot.po"
    with path.open("rb") as handle:
        plurals = [m for m in read_po(handle) if isinstance(m.id, tuple)]
    assert plurals, "the count texts are plural messages"
    for message in plurals:
        assert len(message.string) == 2 and all(message.string), message.id
