"""Issue #12, eleventh session (cats13): the GDPR special categories the scrubber did not know
(sexual orientation and gender identity, political opinion and trade-union membership),
conditions told by their medicine or their organ, a union delegate's employer; and the same
words used for no one (a partner named "vriendin", a union as the office that pays benefits,
"it's political", a prison as an image, the lithium of a battery). Every sentence is
invented; nl, fr and en, lower case as typed on a phone."""

from __future__ import annotations

import pytest

from bot.i18n import Translator
from bot.privacy.scrub import Scrubber, find_spans
from tests.scrub_helpers import covered


def _kind_of(text: str, phrase: str) -> set[str]:
    start = text.index(phrase)
    end = start + len(phrase)
    return {s.kind for s in find_spans(text) if s.start < end and start < s.end}


MASKED = [
    # sexual orientation and gender identity
    ("hij is homo en zijn vader weet het niet", "homo", "orientation"),
    ("ze is lesbisch en woont bij haar tante", "lesbisch", "orientation"),
    ("de oudste is een trans jongen van vijftien", "trans jongen", "orientation"),
    ("ze is een transvrouw en zoekt een kamer", "transvrouw", "orientation"),
    ("na zijn coming-out mocht hij niet meer thuis slapen", "coming-out", "orientation"),
    ("ze is uit de kast gekomen bij haar ouders", "uit de kast gekomen", "orientation"),
    ("hij gaat elke week naar een holebi-jongerengroep", "holebi-jongerengroep", "orientation"),
    ("elle est lesbienne et sa mère le refuse", "lesbienne", "orientation"),
    ("son fils est homosexuel et vit chez un ami", "homosexuel", "orientation"),
    ("c'est une fille trans de seize ans", "fille trans", "orientation"),
    ("depuis son coming out il dort chez sa soeur", "coming out", "orientation"),
    ("il est gay et a peur au foyer", "gay", "orientation"),
    ("he's gay and his dad kicked him out", "gay", "orientation"),
    ("she came out as bisexual at school", "bisexual", "orientation"),
    ("my client is non-binary and uses they", "non-binary", "orientation"),
    ("he's trans and waiting for his new id", "trans", "orientation"),
    ("hij wordt gevolgd door het genderteam van het uz", "genderteam", "orientation"),
    ("elle souffre de dysphorie de genre depuis l'enfance", "dysphorie de genre", "orientation"),
    ("she has gender dysphoria and waits for the clinic", "gender dysphoria", "orientation"),
    # political opinion and trade-union membership
    ("hij is militant bij het abvv sinds de staking", "militant bij het abvv", "politics"),
    ("ze is vakbondsafgevaardigde in het ziekenhuis", "vakbondsafgevaardigde", "politics"),
    ("haar broer is lid van het vlaams belang", "lid van het vlaams belang", "politics"),
    ("hij stemt vlaams belang en daar botst het op", "vlaams belang", "politics"),
    ("zijn vader is extreemrechts en zegt dat luid", "extreemrechts", "politics"),
    ("il est délégué syndical fgtb depuis dix ans", "délégué syndical fgtb", "politics"),
    ("elle est militante au ptb dans le quartier", "militante au ptb", "politics"),
    ("il milite à la csc depuis qu'il a vingt ans", "à la csc", "politics"),
    ("sa mère est membre du ps et conseillère", "membre du ps", "politics"),
    ("il est syndiqué et fait grève demain", "syndiqué", "politics"),
    ("he's a union rep for the acv at the depot", "union rep for the acv", "politics"),
    ("her husband is a member of the n-va", "member of the n-va", "politics"),
    ("he is a shop steward at the port", "shop steward", "politics"),
    ("hij is lid van de socialistische vakbond", "lid van de socialistische vakbond", "politics"),
    ("hij is actief in de vakbond sinds de sluiting", "actief in de vakbond", "politics"),
    ("il est membre du syndicat chrétien", "membre du syndicat chrétien", "politics"),
    ("hij deelt folders voor de pvda op de markt", "folders voor de pvda", "politics"),
    ("il manifeste avec la fgtb demain", "manifeste avec la fgtb", "politics"),
    ("hij is gemeenteraadslid voor groen", "gemeenteraadslid voor groen", "politics"),
    ("haar vader stemt groen", "stemt groen", "politics"),
    ("een christendemocraat uit de gemeenteraad", "christendemocraat", "politics"),
    ("he's a communist party member", "communist party member", "politics"),
    ("she's active in the union at work", "active in the union", "politics"),
    ("hij is bi en heeft een vriend", "bi", "orientation"),
    # conditions told by their medicine, their organ or their device
    ("il prend des antirétroviraux depuis des années", "antirétroviraux", "health"),
    ("hij neemt prep sinds de zomer", "neemt prep", "health"),
    ("ze neemt sertraline en slaapt slecht", "sertraline", "health"),
    ("elle est sous neuroleptiques depuis l'hôpital", "neuroleptiques", "health"),
    ("de kleine heeft een insulinepomp gekregen", "insulinepomp", "health"),
    ("he has prostate cancer and two grandchildren", "prostate cancer", "health"),
    ("her mum had ovarian cancer last year", "ovarian cancer", "health"),
    ("he's on seroquel since the crisis", "seroquel", "health"),
    ("elle a un cancer de la peau mais ça va", "cancer de la peau", "health"),
    ("hij heeft kanker aan de huid gehad", "kanker aan de huid", "health"),
    # a qualifier of practice, a time done in a prison town
    ("they are strict muslims and the girls can't swim", "strict muslims", "religion"),
    ("ze zijn strenge moslims en vasten", "strenge moslims", "religion"),
    ("son frère a fait deux ans à lantin", "a fait deux ans à", "detention"),
    ("he did three years at haren before", "did three years at", "detention"),
]


@pytest.mark.parametrize(("text", "phrase", "kind"), MASKED)
def test_a_special_category_is_masked_with_its_label(text: str, phrase: str, kind: str) -> None:
    assert covered(text, phrase) >= 0.9
    assert kind in _kind_of(text, phrase)


KEPT = [
    # a partner, a topic, a word that is no one's orientation
    "ze heeft haar vriendin meegenomen naar de afspraak",
    "elle est venue avec sa copine du quartier",
    "het homohuwelijk was het thema van de les",
    "homo sapiens kwam in de les geschiedenis",
    "hij kwam uit de kast met een doos speelgoed",
    "the transport to the hospital was late",
    "is it a trans-european route",
    "he is coming out of hospital next week",
    "the coming out of the new phone was a hit",
    "on a parlé du coming out de la chanteuse à la télé",
    # a union as a service, politics as a topic, a vote that is no party
    "ze gaat naar de vakbond voor haar stempelgeld",
    "hij moet langs het abvv voor zijn werkloosheidsuitkering",
    "il passe à la fgtb pour ses allocations de chômage",
    "il va à la csc pour son dossier chômage",
    "he went to the union office to sort his benefits",
    "het is politiek zei de schepen",
    "it's political they said at the town hall",
    "c'est politique tout ça",
    "ze stemmen voor groen licht op de vergadering",
    "the board voted for the plan",
    "ze is lid van de bib en van de voetbalclub",
    "les militants du quartier ont nettoyé le parc",
    "il est délégué de classe cette année",
    "she is a delegate at the youth council",
    "ze is links en sociaal maar moe",
    "hij is actief in het groen en wandelt veel",
    "ze gaat actief vooruit met haar dossier",
    "the kids protested with the teacher about the trip",
    "het is bijna tijd voor de les",
    "de christendemocratische partij won de verkiezingen",
    # images and everyday uses of the other categories
    "het is hier een gevangenis zegt ze",
    "thuis is het echt een gevangenis voor haar",
    "c'est vraiment une prison ici",
    "de lithium-ion batterij van haar fiets is kapot",
    "ze heeft het lithium van de batterij niet nodig",
    "we did meal prep on sunday with the kids",
    "ik word er ziek van al die papieren",
    "ça me rend malade de voir ça",
    "honestly she's sick of it all",
    "ze is een heilige voor die kinderen",
    "il est strict avec les horaires",
    "the rules are strict here",
    "we did three years at the same school",
    "the gender of the baby is still a surprise",
    "ce genre de réunion me fatigue",
]


@pytest.mark.parametrize("text", KEPT)
def test_the_same_words_for_no_one_stay(text: str) -> None:
    assert find_spans(text) == []


def test_public_services_stay_while_the_town_goes() -> None:
    text = "ze heeft een afspraak bij het ocmw van aalst en de vdab"
    masked = " ".join(text[s.start : s.end] for s in find_spans(text))
    assert masked == "aalst"


def test_a_union_delegates_employer_is_masked() -> None:
    text = "il est délégué syndical fgtb chez caterpillar"
    assert _kind_of(text, "délégué syndical fgtb") == {"politics"}
    assert _kind_of(text, "caterpillar") == {"organisation"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "hij is homo en lid van de pvda", "hij is [geaardheid] en [politiek]"),
        ("fr", "elle est lesbienne et membre du ptb", "elle est [orientation] et [politique]"),
        ("en", "she's trans and a union member", "she's [orientation] and a [politics]"),
    ],
)
def test_the_labels_read_in_the_workers_language(
    translator: Translator, lang: str, text: str, expected: str
) -> None:
    assert Scrubber(translator.gettext).scrub(text, lang) == expected
