"""What the show-back offers for a tap (#12, the thirteenth session, offers16): new kinds of
offer (a glued possessive, a word listed with a masked name, a workplace after a noun of
work, a school before a school year) and fewer buttons on everyday words (hyphenated and
apostrophe words of words, "cant", frequent words after a family word or a role). Each
kind with sentences that must offer it and sentences that must not, in nl, fr and en."""

from __future__ import annotations

import pytest

from bot.privacy.lexicon import lexicon
from bot.privacy.offer_shapes import frequent_word, offered_shapes, plain_word
from tests.conftest import shared_core

SCRUBBER = shared_core()[2]


def offers(text: str, lang: str = "en") -> tuple[str, ...]:
    return SCRUBBER.review(text, lang).unsure


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("[naam], [naam] en nandi waren mee naar zee", "nl", "nandi"),
        ("[nom] ou nandi viendra demain", "fr", "nandi"),
        ("thabo, [name] and the baby were there", "en", "thabo"),
        ("il a trouvé du travail a la sucrerie", "fr", "la sucrerie"),
        ("hij heeft werk bij de zonnewende gevonden", "nl", "de zonnewende"),
        ("sa fille est a la farandole en maternelle", "fr", "la farandole"),
        ("her son is at the larches in year 2", "en", "the larches"),
    ],
)
def test_a_new_kind_of_offer(text: str, lang: str, word: str) -> None:
    assert word in offers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("valentins dad called the office", "en"), ("gisteren belde valentins mama nog", "nl")],
)
def test_a_glued_possessive_once_offered_is_now_masked(text: str, lang: str) -> None:
    """The sixteenth session's genitive rule masks what the thirteenth only offered."""
    review = SCRUBBER.review(text, lang)
    assert "valentins" not in review.text and "valentins" not in review.unsure


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("his parents dad lives abroad", "en"),  # "parent" is no first name
        ("haar ouders mama woont in het buitenland", "nl"),
        ("[naam] en haar kinderen kwamen samen", "nl"),  # a list of a name and a word
        ("[nom] et moi avons rempli le dossier", "fr"),
        ("[name] and the children came", "en"),
        ("[place] en nandi", "nl"),  # only a name label starts a list of people
        ("il cherche du travail a la commune", "fr"),  # an everyday place of work
        ("hij zoekt werk bij de stad", "nl"),
        ("her son is at the school in year 2", "en"),
        ("sa fille est a la maison en maternelle", "fr"),
    ],
)
def test_no_offer_where_the_shape_names_no_one(text: str, lang: str) -> None:
    assert offers(text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("rendez-vous mardi prochain à 14h", "fr"),
        ("il fait froid aujourd'hui", "fr"),
        ("z'n fiets is gestolen", "nl"),
        ("he drinks too much cola and cant sleep", "en"),
        ("the teacher said he is bright", "en"),
        ("mijn collega nam het gesprek over", "nl"),
        ("hij kijkt de koers met zijn vader elke zomer", "nl"),
    ],
)
def test_everyday_words_get_no_button(text: str, lang: str) -> None:
    assert offers(text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("chi-dera came by the office", "en", "chi-dera"),  # scraps, no words
        ("haar zoon kwabena zit thuis", "nl", "kwabena"),  # a family word, then a name
        ("elle vit avec sa fille ngozi", "fr", "ngozi"),
    ],
)
def test_rare_words_and_names_after_a_family_word_are_still_offered(
    text: str, lang: str, word: str
) -> None:
    found = {w.lower() for w in offers(text, lang)}
    labelled = "[" in SCRUBBER.review(text, lang).text
    assert word in found or labelled, "offered, or masked by a rule already"


def test_the_pieces_alone() -> None:
    lex = lexicon()
    assert plain_word("rendez-vous", lex) and plain_word("aujourd'hui", lex)
    assert plain_word("cant", lex) and plain_word("arent", lex)
    assert not plain_word("jean-pierre", lex), "a name of names stays rare"
    assert not plain_word("chi-dera", lex) and not plain_word("kwabena", lex)
    assert frequent_word("said", "en", lex) and frequent_word("elke", "nl", lex)
    assert not frequent_word("kwabena", "nl", lex)
    assert not frequent_word("said", None, lex), "no language: no frequent word"
    text = "[name] en nandi, valentins dad"
    assert [text[s:e] for s, e in offered_shapes(text, lex)] == ["valentins", "nandi"]
    school = "zoon zit op de klimtoren in het derde leerjaar"  # rules mask it in a review
    assert [school[s:e] for s, e in offered_shapes(school, lex)] == ["de klimtoren"]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("met nandi naar de bank geweest", "nl", "nandi"),  # a word of company
        ("gisteren thabo gezien aan de winkel", "nl", "thabo"),  # a word of seeing
        ("il est venu avec nandi", "fr", "nandi"),
        ("on a vu thabo au parc", "fr", "thabo"),
        ("went to the council with thabo today", "en", "thabo"),
        ("nandi", "en", "nandi"),  # a name alone as the answer
    ],
)
def test_a_word_only_a_word_list_knows_where_a_name_stands(text: str, lang: str, word: str) -> None:
    assert word in offers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ze eet graag tajine met brood", "nl"),  # mid-sentence, no name's place
        ("elle a fait un tajine pour les voisins", "fr"),
        ("she made baklava for the neighbours", "en"),
        ("iban BE71 0961 2345 6769 voor de huur", "nl"),  # a field's name, then its value
    ],
)
def test_a_word_only_a_word_list_knows_elsewhere_is_no_offer(text: str, lang: str) -> None:
    assert offers(text, lang) == ()


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Roos haar papieren zijn klaar", ()),  # masked (thirty-first session): no offer left
        ("lieve zijn fiets is gestolen", ("lieve",)),
        ("dan zijn we klaar", ()),  # a frequent word
        ("Hoop zijn er niet veel", ()),
        ("de roos zijn mooi in de tuin", ()),  # no sentence opens on it
    ],
)
def test_a_word_name_before_a_spoken_dutch_possessive(text: str, offered: tuple[str, ...]) -> None:
    assert offers(text, "nl") == offered
