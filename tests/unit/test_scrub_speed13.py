"""The eleventh session's cheaper gates (speed13) decide exactly what the scans they spare
would have: every gate is checked against the work it replaces on every fifth sentence of
the corpora and on made-up nl, fr and en sentences, and the rules behind it still find
(and still leave) what they did."""

from __future__ import annotations

from benchmarks.scrub_families import texts
from bot.privacy.everyday_towns import HINTS, cued, everyday_towns
from bot.privacy.gazetteer import gazetteer
from bot.privacy.health_typos import misspelt_conditions
from bot.privacy.lexicon import lexicon
from bot.privacy.name_lists import kin_lists
from bot.privacy.org_destinations import LEAD, leads, named_destinations
from bot.privacy.patterns import organisations
from bot.privacy.places import name_starts, place_names
from bot.privacy.scrub import find_spans
from bot.privacy.sensitive import _one_words
from bot.privacy.tokens import letter_runs

CLUBS = ["hij is supporter van club brugge", "il est fan de charleroi", "gaufres de liège",
         "carnaval de binche", "we had ham from the ardennes with FC De Kampioenen"]  # fmt: skip
HOMES = ["ze woont in brugge", "il travaille à charleroi", "she lives in namur"]
TOWNS = ["ze woont sinds mei in de panne", "il habite à la louvière depuis mars",
         "she moved to le roeulx last year"]  # fmt: skip
WORDS = ["de pan staat nog op het vuur", "la louve dort", "the pan is hot"]


def sample() -> list[str]:
    return [*CLUBS, *HOMES, *TOWNS, *WORDS, *texts()[::5]]


def test_the_everyday_towns_gate_agrees_with_its_five_hints() -> None:
    for text in sample():
        lowered = text.lower()
        assert cued(text, lowered) == any(h.search(lowered) for h in HINTS), text
    assert all(list(everyday_towns(text)) for text in CLUBS[:4])  # a club, a dish, an event
    assert not any(list(everyday_towns(text)) for text in HOMES)  # where someone lives


def test_place_names_start_where_every_first_word_was_tried() -> None:
    places = gazetteer()
    for text in sample():
        folded = letter_runs(text)
        longest, names, seconds = places.longest, places.names, places.seconds
        every = [i for i, word in enumerate(folded) if word in longest and (word in names or (
            i + 1 < len(folded) and folded[i + 1] in seconds.get(word, ())))]  # fmt: skip
        assert name_starts(folded, places) == every, text
    assert all(list(place_names(text)) for text in TOWNS)  # "de panne", "la louvière"
    assert not any(list(place_names(text)) for text in WORDS)  # "de pan", "la louve"


def test_a_capitalised_kind_is_an_organisation_and_lower_case_skips_the_scan() -> None:
    for text in ("ze zit in Basisschool De Klimop", "il va à Ecole Saint-Luc",
                 "she goes to School Oakfield"):  # fmt: skip
        assert list(organisations(text)) and list(organisations(text.lower())) == [], text


def test_a_slip_of_a_condition_is_still_found_and_short_words_are_not_asked() -> None:
    health = _one_words("health")
    for text in ("ze is zwangar van haar tweede", "she is pregnent again", "elle a une depresie"):
        assert [kind for _, _, kind in misspelt_conditions(text, health)] == ["health"], text
    for text in ("hij is ziek", "il a mal", "she is ill"):
        assert list(misspelt_conditions(text, health)) == [], text


def test_kin_lists_and_titled_particles_behind_their_new_gates() -> None:
    words = lexicon()
    assert kin_lists("grace, blessing and ayo are the three youngest", words)
    assert kin_lists("mercy et gift sont jumelles", words)
    assert not kin_lists("hope, faith and love are virtues", words)
    assert not kin_lists("grace and blessing went home", words)  # no word of kin: no scan
    assert [s.kind for s in find_spans("mevr van de velde belde")] == ["name"]
    assert [s.kind for s in find_spans("mrs van der berg called")] == ["name"]
    assert find_spans("de auto van de buren staat daar") == []


LEADS = ["hij gaat naar sint-jozef sinds september", "ze zit op ter heide", "x'sont au lycee",
         "elle va à saint-luc", "il travaille chez delhaize", "she goes to st mary's",
         "jan's at oakfield now", "her son is at st. joseph",
         "hij is moe en gaat slapen"]  # fmt: skip


def test_leads_are_tried_at_their_cue_words_only_and_found_as_before() -> None:
    for text in [*LEADS, *sample(), *(t.upper() for t in LEADS)]:
        lowered = text.lower()
        assert [m.span() for m in leads(lowered)] == [m.span() for m in LEAD.finditer(lowered)]
    assert [m.group() for m in leads(LEADS[2])] == ["sont au "]  # "x'" leaves "sont" a word
    assert not list(leads("de bal is rond"))
    assert list(named_destinations("hij gaat naar sint-jozef sinds september"))
