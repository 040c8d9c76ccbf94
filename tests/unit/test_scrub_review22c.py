"""#12's twenty-first session: what a reviewer who never read the rules (review22c) saw, each
tried on sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked
from tests.unit.test_scrub_probe24 import names_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("victoire lemaire est malade depuis lundi", ["victoire lemaire"]),
        ("victoire lemaire a appelé pour le loyer", ["victoire lemaire"]),
        ("roos peeters belde over de huur", ["roos peeters"]),
    ],
)
def test_a_first_name_that_is_a_word_before_a_listed_surname_is_one_person(
    text: str, expected: list[str]
) -> None:
    """ "lemaire" passed for a compound of words ("lem" + "aire") in the loose test."""
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "harry potter film gekeken met de kinderen op zondag",
        "valentine's day card made at school for mum",
        "pendant les vacances de toussaint les enfants sont là",
        "elle a appelé elle-même le propriétaire",
        "peppa pig op tv voor de kleinste",
    ],
)
def test_stories_feasts_and_pronouns_stay(text: str) -> None:
    assert masked(text) == []


def test_a_first_name_before_a_verb_is_still_a_name() -> None:
    assert names_in("harry kwam langs met zijn zoon") == ["harry"]


def test_toussaint_alone_may_be_a_surname() -> None:
    """Only the feast's phrases are kept: "toussaint" alone is a family name too."""
    assert names_in("mevrouw toussaint belde") == ["toussaint"]


@pytest.mark.parametrize(
    "text",
    [
        "mvr bedankte me drie keer, ik had eigenlijk niks gedaan",
        "ik heb de mama gecomplimenteerd met haar geduld",
        "het was jan en alleman in dat huis",
        "een jan modaal gezin zou dit al moeilijk vinden",
        "monsieur tout-le-monde aurait craqué depuis longtemps",
    ],
)
def test_dutch_verb_forms_and_idioms_are_no_names(text: str) -> None:
    """From review22b's reflections: "bedankte" and "gecomplimenteerd" are forms of verbs the
    lists hold as infinitives ("bedanken", "complimenteren")."""
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("mvr de smedt belde", ["de smedt"]), ("britt belde gisteren", ["britt"])],
)
def test_names_shaped_like_verb_forms_stay_names(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("patience a encore attendu trois heures au cpas", ["patience"]),
        ("bienvenu a enfin trouvé du travail", ["bienvenu"]),
    ],
)
def test_a_french_word_name_before_has_an_adverb_and_a_participle(
    text: str, expected: list[str]
) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize("text", ["grace a dieu tout va bien", "la patience a bien payé"])
def test_thanks_to_and_the_word_after_its_article_stay(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("hij zegt dat hij aseksueel is", "aseksueel"),
        ("elle est pansexuelle depuis toujours", "pansexuelle"),
        ("he goes to a gender clinic every month", "gender clinic"),
        ("wachtlijst voor een geslachtsaanpassende operatie", "geslachtsaanpassende operatie"),
    ],
)
def test_more_words_of_orientation_and_gender_identity(text: str, said: str) -> None:
    """From review22d, who tried the special categories told in everyday words."""
    assert (said, "orientation") in masked(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("elle est membre d'ecolo", "membre d'ecolo"),
        ("il est du parti socialiste", "est du parti socialiste"),
        ("ze is actief in de partij van de arbeid", "actief in de partij van de arbeid"),
    ],
)
def test_a_party_by_its_long_name_or_after_an_elision(text: str, said: str) -> None:
    """From review22d: "membre d'" elided, "est du" a party, the PVDA's full name."""
    assert (said, "politics") in masked(text)


@pytest.mark.parametrize(
    "text", ["il est d'accord avec le plan", "membre d'une association de quartier"]
)
def test_an_elided_de_before_no_party_stays(text: str) -> None:
    assert masked(text) == []
