"""Issue #12, eleventh session (tap11): what the show-back offers for a tap. Rare family
facts offered whole (seven children or more, twins of the parents, the only family of an
origin in a street, a great age in words, the oldest resident, a family on a named channel,
a death in an attack, a story gone viral, a relative's local office) and a school or
employer named by a word after a verb of school or work; negatives in nl, fr and en."""

from __future__ import annotations

import pytest

from benchmarks.scrub import after_taps, ours
from bot.privacy.scrub import Scrubber

SCRUBBER = Scrubber(lambda _, msgid: msgid)


def offered(text: str, lang: str = "en") -> tuple[str, ...]:
    return SCRUBBER.review(text, lang).unsure


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("ze hebben zeven kinderen en een klein huis", "zeven kinderen"),
        ("maman de sept enfants et sans travail", "sept enfants"),
        ("he has 7 kids and two jobs", "7 kids"),
        ("ze is bevallen van een tweeling in maart", "bevallen van een tweeling"),
        ("papa de jumeaux et au chomage", "papa de jumeaux"),
        ("dad of twins and works nights", "dad of twins"),
        ("de opa is achtennegentig en woont alleen", "achtennegentig"),
        ("la voisine a nonante-trois ans", "nonante-trois ans"),
        ("her aunt turned ninety-one last week", "ninety-one"),
        ("il a fete ses cent ans au home", "cent ans"),
        ("mon grand-pere a quatre vingt dix sept ans", "quatre vingt dix sept ans"),
        ("la dame a nonante sept ans", "nonante sept ans"),
        ("the lady is ninety seven and lives alone", "ninety seven"),
        ("ze is de oudste inwoonster van het dorp", "de oudste inwoonster van het dorp"),
        ("c est la doyenne du village", "la doyenne du village"),
        ("the oldest resident of the town lives there", "the oldest resident of the town"),
        ("het gezin was op vtm na de brand", "was op vtm"),
        ("la famille est passee sur rtl", "passee sur rtl"),
        ("the mum was on the bbc after the flood", "was on the bbc"),
        ("haar zus stond in het laatste nieuws", "stond in het laatste nieuws"),
        ("zijn vader kwam om bij de treinramp", "kwam om bij de treinramp"),
        ("son oncle est mort dans l attentat", "mort dans l attentat"),
        ("her video went viral on tiktok", "went viral on tiktok"),
        ("his uncle is a local councillor", "his uncle is a local councillor"),
        ("son cousin est depute", "son cousin est depute"),
        ("hij woont als enige gezin in de straat zonder auto", "gezin in de straat"),
    ],
)
def test_a_rare_fact_is_offered_whole(text: str, phrase: str) -> None:
    assert any(phrase in word for word in offered(text)), offered(text)


@pytest.mark.parametrize(
    "text",
    [
        "ze hebben zes kinderen en een hond",
        "trois enfants et un chat",
        "the twins next door play outside",
        "de tweeling van de buren speelt buiten",
        "het kost honderd euro per maand",
        "il a cent raisons de partir",
        "she is ninety percent sure",
        "het is negentig minuten rijden",
        "de tv staat op vtm",
        "we keken naar het journaal",
        "the only family member who came",
        "c est la seule famille qui reste",
        "de enige manier is praten",
        "de brand in de keuken was snel geblust",
        "the video was long and boring",
    ],
)
def test_an_ordinary_sentence_offers_no_rare_fact(text: str) -> None:
    assert offered(text, "nl") == ()


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        ("ze zijn de enige turkse familie in de straat", "nl", "familie in de straat"),
        ("c est la seule famille marocaine de la rue", "fr", "famille [origin] de la rue"),
        ("they are the only polish family on the estate", "en", "the only [origin] family"),
    ],
)
def test_the_only_family_of_an_origin_is_offered_with_its_label(
    text: str, lang: str, phrase: str
) -> None:
    review = SCRUBBER.review(text, lang)
    assert "[origin]" in review.text
    offer = next(word for word in review.unsure if phrase in word)
    tapped = SCRUBBER.mask(review.text, offer, lang)
    assert "[origin]" not in tapped.text, "the tap hides the phrase and its label whole"
    assert "[chosen]" in tapped.text or "[" in tapped.text
    assert tapped.replaced == 0, "one label for another: the count of labels stays true"
    assert len(after_taps(text)) > len(ours(text))


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        ("hij zit op de vlinder maar wordt gepest", "nl", "de vlinder"),  # a child: masked
        ("hij werkt bij de zonnebloem als kok", "nl", "de zonnebloem"),
        ("son fils va a la fourmiliere depuis septembre", "fr", "la fourmiliere"),
        ("elle bosse chez la cigogne le soir", "fr", "la cigogne"),
        ("she cleans at the anchor three days a week", "en", "the anchor"),
        ("he works nights at the beacon", "en", "the beacon"),
    ],
)
def test_a_school_or_employer_named_by_a_word_is_offered(text: str, lang: str, phrase: str) -> None:
    assert phrase in offered(text, lang)
    tapped = SCRUBBER.mask(SCRUBBER.review(text, lang).text, phrase, lang)
    assert phrase not in tapped.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ze zit op de bus naar huis", "nl"),
        ("hij werkt bij de stad als arbeider", "nl"),
        ("ze zitten in de problemen", "nl"),
        ("il va a la piscine le mercredi", "fr"),
        ("elle travaille a la chaine", "fr"),
        ("she works at the station at night", "en"),
        ("he works at the factory", "en"),
    ],
)
def test_an_everyday_place_after_a_verb_of_work_is_not_offered(text: str, lang: str) -> None:
    assert offered(text, lang) == ()
