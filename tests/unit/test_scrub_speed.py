"""The scrubber's speed-ups change no output: every cheap gate is a necessary condition of
the pattern it guards, and the claiming of spans equals the straightforward version.

The sentences are the project's own corpora (never the frozen external set), also in lower
case, plus hand-made cases that each pattern matches."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from benchmarks.scrub import rounds
from bot.privacy import (
    care_places,
    contacts,
    dates,
    employers,
    org_capitals,
    organisations,
    patterns,
    places,
    plates,
    sensitive,
    shops,
    streets,
    tokens,
)
from bot.privacy import lexicon as lexicon_module
from bot.privacy import names as names_module
from bot.privacy.lexicon import lexicon
from bot.privacy.names import names
from bot.privacy.org_tails import org_tail_end
from bot.privacy.overlaps import a_lone_article
from bot.privacy.scrub import LABEL, ORDER, Span, find_spans
from bot.privacy.tokens import Stems
from tests.pii_corpus import (
    DEV,
    DEV_SCRUB3,
    HOLDOUT,
    HOLDOUT_SCRUB3,
    PHONE_HOLDOUT,
    PHONE_HOLDOUT2,
    PHONE_TUNE,
    TUNE,
    from_jsonl,
    from_markup,
)

MADE = [
    "Basisschool De Klimop en het Sint-Lievenscollege", "Kerkstraat 12, 9000 Gent",
    "Turnhoutsebaan 145 bus 3 in Borgerhout", "woont in de kioskplaats 12", "rue de la Paix 8",
    "geboren op 14/02/1956 (°14/02/1956) of 3 maart 1990, March 3, 1990", "postcode 2140",
    "geboren 1956-02-14", "B-2140 Borgerhout", "jan [at] telenet (dot) be",
    "mail jan at gmail dot com", "jan punt peeters apenstaartje gmail punt com",
    "BE14 0631 2345 6783", "be14-0631-2345-6783", "nummerplaat 1-ABC-234, auto ABC-123",
    "rrn 85.07.30-033.61", "+32 486 55 12 90", "0470 12 34 56", "vzw kompas", "AZ Sint-Jan",
    "chu saint-pierre", "werkt bij bekaert", "kdv de rakker", "woont in de Kerkstraat in Gent",
    "Hij is geboren in Emirdag", "il vient de Kolwezi", "fatima.el@gmail", "insta: nour.del_1060",
    "snapchat kevin.vdb03", "kenteken GH-123-J", "t.me/fatima_ea85",
]  # fmt: skip


def sentences() -> list[str]:
    texts = [s.text for s in from_jsonl(DEV)]
    for path in (TUNE, PHONE_TUNE, HOLDOUT, PHONE_HOLDOUT, PHONE_HOLDOUT2, DEV_SCRUB3,
                 HOLDOUT_SCRUB3):  # fmt: skip
        texts += [s.text for s in from_markup(path)]
    texts += MADE
    return texts + [t.lower() for t in texts]


TEXTS = sentences()
STREET_PAIR = (patterns.STREETS[0], patterns.STREETS[1])
GATES: list[tuple[str, Callable[[str], object], list[re.Pattern[str]]]] = [
    ("emails", lambda t: "@" in t or contacts.AT_WORD.search(t), [contacts.EMAIL]),
    ("spoken e-mail", contacts.SPOKEN_LINK.search, [contacts.SPOKEN_EMAIL]),
    ("half e-mail", lambda t: "@" in t, [contacts.HALF_EMAIL]),
    ("platform", contacts.PLATFORMS.in_text, [contacts.PLATFORM_HANDLE]),
    ("profile link", lambda t: "/" in t, [contacts.PROFILE_LINK]),
    ("foreign plate", lambda t: "-" in t, [plates.FOREIGN_PLATE]),
    ("two digits", patterns.TWO_DIGITS.search,
     [patterns.IBAN_START, patterns.NATIONAL, plates.PLATE]),
    ("phones", lambda t: "+" in t or "0" in t, [patterns.PHONE_HINT]),
    ("date of birth", lambda t: "°" in t or "-" in t, [dates.DATES[0]]),
    ("date separator", dates.DATE_SEPARATOR.search, [dates.DATES[1]]),
    ("street suffix", lambda t: patterns.STREET_ENDS.in_text(t) and patterns.STREET_HINT.search(t),
     list(STREET_PAIR)),
    ("postcode", patterns.FOUR_DIGITS.search, [patterns.PLACE, patterns.POSTCODE]),
    ("postcode and town", streets.FOUR_DIGITS.search, [streets.POSTCODE_TOWN]),
    ("capital after a space", org_capitals.SPACED_CAPITAL.search, [org_capitals.CAPITALS]),
    ("organisation word", patterns.ORG_HINT.search, [patterns.ORGS[0]]),
    ("school", lambda t: any(w in t for w in patterns.SCHOOLS), [patterns.ORGS[1]]),
    ("legal form", lambda t: any(f in t.lower() for f in organisations.LEGAL_FORMS),
     [organisations.LEGAL]),
    ("care group", lambda t: any(g in t.lower() for g in organisations.CARE_GROUPS),
     [organisations.CARE_ACRONYM]),
    ("towns of origin", places._origin_hinted, [places.ORIGIN]),
    ("kind of place", lambda t: organisations.STEM_HINT.in_text(t) or "kdv" in t.lower(),
     [organisations.BARE_KIND]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "gate", "guarded"), GATES, ids=[g[0] for g in GATES])
def test_every_gate_lets_through_whatever_its_patterns_match(
    name: str, gate: Callable[[str], object], guarded: list[re.Pattern[str]]
) -> None:
    lowered = {"legal form", "kind of place"}  # those two scan the lower-cased text
    matched = [t for t in TEXTS for p in guarded if p.search(t.lower() if name in lowered else t)]
    assert matched, f"no sentence exercises the {name} gate"
    assert [t for t in matched if not gate(t)] == []


STEMS = {"work": employers.WORK_HINT, "kind of place": organisations.STEM_HINT,
         "kind with a town": organisations.KIND_HINT, "shop": shops.SHOP_HINT,
         "care place": care_places.KIND_HINT, "health compound": sensitive.SUFFIX_HINT,
         "legal form": organisations.LEGAL_HINT, "care group": organisations.CARE_HINT,
         "origin": places.ORIGIN_WORDS, "work word": patterns.WORKING,
         "school word": patterns.SCHOOL_STEMS, "street ending": patterns.STREET_ENDS}  # fmt: skip
TRICKY = ["İnstitut Sint-Jan", "ZIEKENHUIS", "Huis van het Kind", "huis  van het kind",
          "ſchool", "l'école", "St.-Jozefsinstituut", "kok-", "werk2", "équipe de nuit", "ÉQUIPE",
          "x", "Kerkstraat", "kerkstraatje", "KERKSTRAAT2", "straat_", "de laan."]  # fmt: skip


@pytest.mark.parametrize("name", STEMS)
def test_stems_answer_as_the_regular_expression_of_all_stems_would(name: str) -> None:
    family = STEMS[name]
    ending = r"(?![^\W\d_])" if family.ending else ""  # the end of a run of letters
    scan = re.compile(f"(?:{'|'.join(map(re.escape, family.stems))}){ending}")
    texts = [*TEXTS, *TRICKY, *(t.upper() for t in TRICKY)]
    assert any(family.in_text(t) for t in texts), f"no sentence holds a {name} stem"
    assert [t for t in texts if family.in_text(t) != bool(scan.search(t.lower()))] == []


def test_stems_added_later_are_seen_in_words_already_looked_at() -> None:
    assert not Stems("vvqv").in_text("een zqxjwk")  # the word is looked at once here
    assert Stems("qxjwk|x y z").in_text("een zqxjwk") and Stems("x y z").in_text("a x y z")


def straightforward(text: str) -> list[Span]:
    """find_spans as first written: each candidate checked against every claimed span
    (without the second reading of `overlaps.py`, which follows it)."""
    words = lexicon()
    taken = [Span(m.start(), m.end(), "label") for m in LABEL.finditer(text)]
    kept = [(start, end, "label") for start, end in words.keep.spans(text)]
    for recogniser in ORDER:  # every recogniser, digits or not
        for start, end, kind in recogniser(text) if recogniser else kept:
            if text[start] == "(" and ")" not in text[start:end]:  # "(0475 12 34 56)"
                start += 1  # the bracket is the sentence's, not the number's: both stay
            if kind == "organisation":
                end = org_tail_end(text, start, end, words)  # "delhaize | à | marche"
            article = kind != "label" and a_lone_article(text, start, end)
            if start < end and not article and all(end <= s.start or start >= s.end for s in taken):
                taken.append(Span(start, end, kind))
    claimed = [(s.start, s.end) for s in taken]
    taken.extend(Span(start, end, "name") for start, end in names(text, words, claimed))
    return sorted((s for s in taken if s.kind != "label"), key=lambda s: s.start)


def test_claiming_spans_equals_the_straightforward_version() -> None:
    texts = [*TEXTS, "[naam] woont in de Kerkstraat 12", "Mevrouw [name] (°14/02/1956)"]
    assert [find_spans(t, reread=False) for t in texts] == [straightforward(t) for t in texts]


def test_benchmark_rounds_time_every_scrubber_in_each_round() -> None:
    calls: list[str] = []

    def masker(name: str) -> Callable[[str], object]:
        def mask(text: str) -> None:
            calls.append(name)
            time.process_time()

        return mask

    rates = rounds({"ours": masker("ours"), "theirs": masker("theirs")}, ["x"], 3, 0.01)
    assert [len(r) for r in rates.values()] == [3, 3]
    assert all(rate > 0 for r in rates.values() for rate in r)
    turns = [name for i, name in enumerate(calls) if i == 0 or calls[i - 1] != name]
    assert turns == ["ours", "theirs"] * 4  # a warm-up pass, then three rounds, each in turn


TOKEN_EDGES = ["a-", "ab-'", "x'-y", "jean-marc's", "l'été--x", "a'’-", "O'Connor", "é-", "ab''cd-",
               "z_z-", "a__", "C&A+B", "x-&", "12ab-cd'", "''x", "ﬁn-'ï", "İstanbul-"]  # fmt: skip
TOKENISERS = [
    (tokens.TOKEN, r"[\w'’+&]+(?:-[\w'’+&]+)*"),
    (lexicon_module.PHRASE_TOKEN, r"[\w'’]+(?:-[\w'’]+)*"),
    (names_module.TOKEN, r"[^\W\d_](?:[\w'’-]*\w)?|[^\W\d_]"),
]


@pytest.mark.parametrize(("fast", "written"), TOKENISERS, ids=["tokens", "phrases", "names"])
def test_tokenisers_find_the_words_their_first_form_found(
    fast: re.Pattern[str], written: str
) -> None:
    """The word patterns were rewritten without backtracking (possessive): the same words."""
    first = re.compile(written)
    texts = [*TEXTS, *TOKEN_EDGES, " ".join(TOKEN_EDGES)]
    assert [[m.span() for m in fast.finditer(t)] for t in texts] == [
        [m.span() for m in first.finditer(t)] for t in texts
    ]
    assert [_span_at(fast, t, 1) for t in texts] == [_span_at(first, t, 1) for t in texts]


def _span_at(pattern: re.Pattern[str], text: str, position: int) -> tuple[int, int] | None:
    match = pattern.match(text, position)
    return match.span() if match else None
