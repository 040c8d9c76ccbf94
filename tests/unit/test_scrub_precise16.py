"""Issue #12, the thirteenth session (precise16): false alarms and ordinary words masked.

Each cause fixed has its false alarm kept and a case of the same words that must still be
masked, in nl, fr and en where it applies: a word before an inverted speech verb, a word
after an article or a measure that no person or town takes, a trade after "werkt als", a
town after a verb of playing, a second club after a supporter's first, a condition said of
a whole group, a people's adjective for a thing or a cuisine, a day after a youth movement,
a brand after an indefinite article, the country of an account, a capital in a Title Case sentence,
a degree word after "atteinte d'un", a word with one letter too many after a
word about work, a religious office named with its article, a clitic, an article or a
closed-class word at the edge of a name. Lower case as typed on a phone; every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import covered, kinds, of_kind


@pytest.mark.parametrize(
    "text",
    [
        # what was said before an inverted speech verb
        "courage zegt ze altijd als het moeilijk wordt",
        "victoire zei hij toen de brief van het ocmw kwam",
        "patience dit-elle en riant, tout va s'arranger",
        "innocent dit il, mais le juge ne le croit pas",
        # a word after an article or a measure no person or town takes
        "the autumn makes her tired every year",
        "she ate a bowl of bouillon and went to bed",
        "ze dronk een kop bouillon en at een boterham",
        "elle a préparé un bouillon de poulet pour les petits",
        "il boit une chimay le samedi avec son voisin",
        "les gilles dansent dans la rue au carnaval",
        "the baker on the corner gives them yesterday's bread",
        # a trade after "werkt als", "works as a"
        "hij werkt in het weekend als stewart op festivals",
        "she wants to work as a carter for the moving company",
        # a town right after a verb of playing: an instrument
        "het meisje speelt lier op het schoolfeest",
        # a condition said of a whole group
        "veel mensen krijgen een depressie in de winter",
        "beaucoup de gens font une dépression après les fêtes",
        "many people get depressed when the days get short",
        # a degree word after "atteint d'un", "suffers from a"
        "elle est atteinte d'un petit coup de blues ce matin",
        "he suffers from a little bit of stage fright",
        # one letter too many after a word about work
        "op zijn werk wisten ze niks van de afspraakk",
        # the second club a supporter names
        "hij is supporter van club brugge en anderlecht",
        "il est supporter de charleroi et anderlecht depuis toujours",
        "she is a fan of genk and anderlecht, both",
        # a people's adjective for a thing or a cuisine; a day after a youth movement
        "de kinderen kijken graag chinese tekenfilms",
        "ze kookt marokkaans voor het buurtfeest",
        "he cooked indian for the whole group",
        "les enfants vont aux scouts le samedi",
        "de jongste gaat naar de chiro elke zondag",
        # a brand after an indefinite article: a thing someone has
        "she drives a ford fiesta to the shop",
        "hij rijdt met een oude opel naar de markt",
        "elle a une samsung avec l'écran cassé",
        # where an account or a number is held
        "haar bulgaarse rekening is geblokkeerd",
        "son compte polonais est vide depuis mars",
        "his romanian account was closed by the bank",
        "zijn rekening in nederland is leeg",
        "son compte au maroc est bloqué",
        "her account in germany costs too much",
        # capitals in a sentence typed In Title Case
        "He Works At The Station At Night",
        "Ze Werkt In De Keuken Van Het Restaurant",
        # a religious office with its article: someone else's role
        "de pastoor van de parochie deelt soep uit op zondag",
        "le curé du quartier prête la salle aux familles",
        "the imam of the mosque on the corner helps with forms",
    ],
)
def test_a_word_that_is_no_detail_here_is_kept(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a name that is no word before an inverted verb; a clause after the pronoun
        ("mijn naam is youssef zegt hij aan de balie", "youssef"),
        ("patience zegt ze is moe van het werk", "patience"),
        # a name after "the" with its family; a place after a preposition
        ("the hassan family moved to another flat", "hassan"),
        ("il vient de bouillon et cherche du travail", "bouillon"),
        ("ze woont in lier sinds de zomer", "lier"),
        ("hij speelt in lier bij de jeugdploeg", "lier"),
        ("she moved to chimay with her kids", "chimay"),
        # a country after "du": an origin
        ("il vient du congo avec sa famille", "congo"),
        # a name after "werkt als" followed by a clause ("when Jan is home")
        ("mevrouw baker belt morgen terug", "baker"),
        # a condition of one of the group, or of someone
        ("veel mensen in de buurt hebben diabetes zoals haar vader", "diabetes"),
        ("many people, her mother too, have diabetes", "diabetes"),
        ("elle est atteinte d'un cancer du sein", "cancer"),
        # an unknown employer after a word about work
        ("hij werkt als magazijnier bij vandekerckhove in wevelgem", "vandekerckhove"),
        # a town after a supporter's club that is no second club
        ("hij is supporter van genk en woont in hasselt", "hasselt"),
        # the same words said of a person; a youth movement by its own name
        ("hij is marokkaans en kookt voor de buren", "marokkaans"),
        ("she is chinese and watches cartoons", "chinese"),
        ("les enfants vont aux scouts saint-rémi le samedi", "scouts saint-rémi"),
        # the firm someone works for, also one branch of it
        ("ze werkt bij een colruyt in de buurt", "colruyt"),
        ("he works in a lidl near the station", "lidl"),
        ("il travaille a caterpillar depuis avril", "caterpillar"),
        # an origin said of a person, beside an account
        ("ze is bulgaarse en heeft geen rekening", "bulgaarse"),
        ("il est polonais et son compte est vide", "polonais"),
        ("he is romanian and his account was closed", "romanian"),
        ("ze woont in nederland en heeft daar geen rekening", "nederland"),
        ("elle est partie en france avec son compte", "france"),
        # an employer in a Title Case sentence
        ("She Works At Colruyt In Halle", "Colruyt"),
        ("Zij Werkt Bij Brussels Airport Sinds Mei", "Brussels Airport"),
        # a religious office said of someone
        ("zijn vader is de imam van de moskee", "imam"),
        ("son oncle, le pasteur, vient le dimanche", "pasteur"),
        ("her uncle is the pastor of a church in schaerbeek", "pastor"),
        ("de imam van de moskee in kuregem kwam langs", "imam"),
        ("the priest's daughter plays with her", "priest"),
    ],
)
def test_the_same_words_as_details_are_masked(text: str, phrase: str) -> None:
    assert covered(text, phrase) >= 0.9


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la mère d'amine est passée au bureau", "amine"),
        ("chez l'oncle d'ayoub il y a trop de bruit", "ayoub"),
        ("le fils d'ahmed et l'amie d'inès jouent dehors", "inès"),
        ("tobias and mila were at the park all day", "mila"),
        ("met carnaval ging lotte mee naar de stoet", "lotte"),
        ("she said that kevin was never told about it", "kevin"),
    ],
)
def test_a_name_span_holds_no_clitic_article_or_closed_word(text: str, name: str) -> None:
    assert name in of_kind(text, "name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mevrouw d'hondt belde over de huur", "d'hondt"),
        ("D'Haese belde gisteren terug", "D'Haese"),
        ("dirk vos is weduwnaar sinds maart", "dirk vos"),
        ("mrs sarah white came to the office", "sarah white"),
        ("pieter de coninck belde terug", "pieter de coninck"),
    ],
)
def test_a_flemish_surname_and_a_surname_that_is_a_word_stay_whole(text: str, name: str) -> None:
    assert covered(text, name) >= 0.9


def test_a_word_said_is_kept_and_the_sayer_masked() -> None:
    text = "courage zegt fatima altijd tegen haar zoon"
    assert of_kind(text, "name") == ["fatima"]
