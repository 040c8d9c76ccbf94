"""The family gate (`bot.privacy.family_gate`): a gated family never finds a span in a text
where its trigger does not hold, so skipping it changes nothing; checked on every corpus
sentence, every sentence of the scrubber's unit tests (a rule added with its tests is
checked here too) and made edge cases, each also in lower case; and the gate does skip."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from benchmarks.scrub_families import texts
from bot.privacy.contacts import emails, handles
from bot.privacy.employers import employers_at_work
from bot.privacy.family_gate import FOLDED_APART, TRIGGERS, skipped
from bot.privacy.name_articles import article_surnames
from bot.privacy.patterns import addresses
from bot.privacy.places import origin_places, place_names
from bot.privacy.scrub import ORDER, find_spans
from bot.privacy.streets import streets
from bot.privacy.tokens import letter_runs

UNIT = Path(__file__).resolve().parent
EDGES = [
    "mail jan [at] telenet (dot) be", "jan at gmail dot com", "jan apenstaartje gmail punt com",
    "arobase", "x@y", "t.me/fatima_ea85", "fb: nour.del", "(ig nour_85)", "FB nour_85",
    "İg nour_85", "ıg nour_85", "snapchat kevin.vdb03", "werkt bij bekaert", "TRAVAILLE CHEZ X",
    "il vient de Kolwezi", "parti en france", "werkt in pays-bas", "geboren in emirdag",
    "pieter de coninck", "jana van der berg", "Pieter De Coninck", "de\tconinck", "at", "@",
    "ſ", "a/b", "Born in Kunduz", "né à Kolwezi", "he came from a village near kunduz",
]  # fmt: skip


def unit_sentences() -> list[str]:
    """Every string of two words or more in the scrubber's unit tests."""
    found: list[str] = []
    for path in sorted(UNIT.glob("test_scrub*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and " " in text.strip():
                found.append(text)
    return found


SENTENCES = [*texts(), *unit_sentences(), *EDGES]
SENTENCES += [t.lower() for t in SENTENCES] + [t.upper() for t in EDGES]


@pytest.mark.parametrize("family", list(TRIGGERS), ids=lambda f: f.__name__)
def test_a_gated_family_finds_nothing_where_its_trigger_does_not_hold(family: object) -> None:
    trigger = TRIGGERS[family]  # type: ignore[index]
    found = [t for t in SENTENCES if list(family(t))]  # type: ignore[operator]
    assert found, "no sentence exercises this family"
    missed = [
        t
        for t in found
        if not any(c in t for c in FOLDED_APART) and not trigger.holds(t, letter_runs(t))
    ]
    assert missed == []


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("stuur het naar jan [at] telenet (dot) be", emails),
        ("son mail c'est nour arobase gmail point com", emails),
        ("her insta is nour.del_1060", handles),
        ("elle est sur fb: nour.del", handles),
        ("ze werkt als poetsvrouw bij iss", employers_at_work),
        ("il travaille chez bekaert à zwevegem", employers_at_work),
        ("geboren in emirdag", origin_places),
        ("he moved to the netherlands", origin_places),
        ("gesprek met pieter de coninck", article_surnames),
        ("ze woont in de Kerkstraat", addresses),
        ("ze woont in de kioskstraat", streets),
        ("elle habite rue haute", streets),
        ("elle vit à la résidence les lilas", streets),
        ("he lives at 12 kioskplaats", streets),
        ("j'ai vu marie le goff", article_surnames),
    ],
)
def test_a_text_with_a_trigger_runs_its_family(text: str, family: object) -> None:
    assert family not in skipped(text)


@pytest.mark.parametrize(
    "text",
    [
        "we spraken over het budget en de huur",  # nl: "de" opens the article surnames
        "elle a parlé du loyer avec son fils",
        "she talked about the rent and her son",
    ],
)
def test_a_text_without_triggers_skips_the_families(text: str) -> None:
    gone = skipped(text)
    assert emails in gone and handles in gone and employers_at_work in gone
    assert origin_places in gone
    assert (article_surnames in gone) == ("de" not in text.split() and "du" not in text.split())
    assert addresses in gone and streets in gone  # no street word, no digit
    assert addresses not in skipped(text + " 12")  # a digit: its numbered rules run
    assert place_names not in gone  # no trigger declared: never skipped
    assert find_spans(text) == []


def test_a_letter_that_folds_apart_turns_the_gate_off() -> None:
    assert skipped("İg nour_85") == () and skipped("we spraken over de huur") != ()


def test_only_families_of_the_order_are_gated() -> None:
    assert set(TRIGGERS) <= set(ORDER)
