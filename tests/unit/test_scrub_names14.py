"""Issue #12, eleventh session, second round (names14): names that are everyday words.

A title and a French particle before a word that acts ("mme de la croix a appelé"), a name
after a family word and an age in brackets ("my daughter (6) lily"), a first name someone
calls ("tried to call mark but"), and a word opening a clause before "and his mum". The same
words as words stay. Every sentence is invented."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import Scrubber, find_spans


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mme de la croix a appelé pour le rdv", ["de la croix"]),
        ("m. le blanc veut changer de logement", ["le blanc"]),
        ("madame de la vigne vient demain", ["de la vigne"]),
        ("monsieur le roux n'est pas venu", ["le roux"]),
        ("mevrouw van de velde belde gisteren", ["van de velde"]),
        ("mr de la haye said he would come", ["de la haye"]),
    ],
)
def test_a_particle_surname_after_a_title_before_a_verb_is_a_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "monsieur le directeur a dit non",
        "madame de la mairie a appelé ce matin",
        "meneer van de gemeente belde terug",
        "le blanc des murs est sale",
        "elle habite près de la croix rouge",
        "madame la juge a décidé hier",
    ],
)
def test_a_role_or_a_word_after_particles_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my daughter (6) lily started school", "lily"),
        ("le petit (3 ans) wassim dort mal", "wassim"),
        ("haar zoon (7) jory is vaak ziek", "jory"),
        ("his son (2) hope was at the doctor", "hope"),
        ("la petite (2 ans) océane est malade", "océane"),
    ],
)
def test_a_name_after_a_family_word_and_an_age_is_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "le petit (3 ans) ne parle pas encore",
        "her son (4) has a cough",
        "de jongste (2) slaapt slecht",
    ],
)
def test_a_verb_after_a_family_word_and_an_age_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he tried to call mark but no answer", "mark"),
        ("i met grace today at the office", "grace"),
        ("she phoned joy twice this week", "joy"),
    ],
)
def test_a_first_name_someone_calls_is_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "mark the date of the hearing",
        "call back tomorrow about the rent",
        "i will call him later",
        "she asked for grace period on the rent",
        "rent has to be paid by june",
    ],
)
def test_a_word_after_a_verb_of_calling_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rob and his mum were at the office", "rob"),
        ("ilse en haar mama kwamen langs", "ilse"),
        ("kenzo et sa mère sont venus", "kenzo"),
    ],
)
def test_a_word_opening_a_clause_before_and_his_mum_is_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "work and her kids take all her time",
        "school and his friends matter most to him",
        "het werk en haar kinderen vragen veel",
    ],
)
def test_a_frequent_word_before_and_his_mum_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "her son will come tomorrow",
        "her daughter will call back",
        "his wife may not come to the meeting",
        "her brother can stay with them",
    ],
)
def test_an_english_modal_after_a_family_word_before_a_verb_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("will came by with the papers", "will"),
        ("her friend will said no", "will"),
        ("zijn vriend will komt morgen", "will"),
    ],
)
def test_a_modal_word_that_acts_is_still_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "met hoop en moed verder",
        "de pastoor van de parochie kwam langs",
        "le pasteur de la paroisse est venu",
    ],
)
def test_dutch_with_and_a_place_of_office_stay(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("madame des prez nous attend", ["des prez"]),
        ("madame de la motte lui a dit", ["de la motte"]),
    ],
)
def test_a_french_pronoun_between_a_particle_surname_and_its_verb(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_a_role_before_a_french_pronoun_stays() -> None:
    assert names("monsieur le directeur nous attend") == []


def test_a_grandchild_and_an_age_before_a_name() -> None:
    assert "kenji" in names("her grandson (3) kenji is at home")


def _offered(text: str) -> tuple[str, ...]:
    return Scrubber(lambda _, msgid: msgid).review(text, "en").unsure


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("bill wants to stop the training", "bill"),
        ("ok. chip refused to sign", "chip"),
        ("her son (4) pebble has a cough", "pebble"),
        ("le petit (3 ans) orage dort mal", "orage"),
        ("haar zoontje (3) kiwi slaapt slecht", "kiwi"),
    ],
)
def test_a_word_that_may_be_someone_is_offered_for_a_tap(text: str, word: str) -> None:
    assert word in _offered(text)
    assert word not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "everyone wants a flat near the school",
        "mum wants to move to gent",
        "i said no to the offer",
        "her son (4) often cries at night",
        "de jongste (2) slaapt slecht",
        "hope so she gets the flat",
    ],
)
def test_ordinary_openers_are_not_offered(text: str) -> None:
    assert _offered(text) == ()
