"""Issue #12, the eleventh session (precise13): everyday phrases whose words are also names,
drugs, peoples or places.

An amount after "max", a sauce on a dish, a public figure in a comparison, a soft drink, a
feast or a take-away named after a people, and a year before a verb that is also a town are
kept; the same words next to real personal data, or in the shape of it, are still masked.
nl, fr and en, lower case as typed on a phone. Every sentence is invented."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ze mag max 300 euro uitgeven aan eten per maand",
        "max 2 kinderen per kamer volgens het reglement",
        "elle a max 200 euros sur son compte en fin de mois",
        "il faut min. 3 fiches de paie pour le dossier",
        "he can spend max 400 a month on rent",
        "hij at frieten met mayo na de training",
        "elle mange des frites mayo le mercredi avec sa fille",
        "he had fries with mayo and a coke at the station",
        "een bicky met andalouse en een cola, dat was zijn avondeten",
        "hij danst als michael jackson zegt hij trots",
        "ze wil zingen als adele maar durft niet",
        "il chante comme stromae et veut faire de la musique",
        "son idole c'est stromae, il connaît tout par cœur",
        "he dreams of playing like ronaldo one day",
        "the boy wants to be messi, he plays every day",
        "he drinks too much red bull and cannot sleep",
        "il boit trop de café le matin, il est nerveux",
        "ze drinkt te veel cola volgens de juf",
        "she ordered a burger and a coke for her son",
        "hij drinkt coke bij het eten, geen water",
        "elle achète ses vêtements chez kiabi avec sa fille",
        "she buys clothes at primark when there is a sale",
        "ze koopt haar kleren bij wibra want het is goedkoop",
        "ze vieren nouvel an chinois met de buren",
        "on fête le nouvel an chinois au quartier",
        "they had a party for chinese new year at the school",
        "ze eten bij de chinees op vrijdag als er geld is",
        "on mange au chinois le dimanche soir",
        "in 2019 namen ze de kinderen mee op reis",
        "in 2022 namen ze afscheid van de oude buurt",
        "she wants to chase the landlord about the repairs",
        "she needs to sue the landlord, the heating is broken",
        "she works at the post office in the city centre",
        "ze werkt bij de post als postbode",
        "il travaille à la poste depuis dix ans",
        "then never came up again in the talk",
        "she went home from work and then never called back",
        "de premie is 10 % van het bedrag, max 300 euro",
        "de auto kost max 300 euro per maand aan lening",
        "the car costs max 300 € a month, too much for her",
    ],
)
def test_an_everyday_phrase_is_kept(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("bel max op 0475 12 34 56 voor de sleutels", "0475 12 34 56"),
        ("bel max 0475 12 34 56", "0475 12 34 56"),
        ("max woont nu in boom bij zijn tante", "max"),
        ("she plays like her sister fatima", "fatima"),
        ("hij speelt zoals zijn broer ahmed", "ahmed"),
        ("hij gebruikt coke in het weekend", "coke"),
        ("he uses coke at the weekend", "coke"),
        ("hij drinkt te veel, vooral bier", "drinkt te veel"),
        ("il boit trop depuis son licenciement", "boit trop"),
        ("hij is chinees en woont alleen", "chinees"),
        ("elle est chinoise et vit seule à jette", "chinoise"),
        ("ze woont in 2850 boom sinds vorig jaar", "2850 boom"),
        ("elle habite à 4430 ans depuis 2019", "4430 ans"),
        ("in 2019 verhuisde ze naar 2850 Boom", "2850 Boom"),
        ("she wants to talk to fatima about it", "fatima"),
        ("zijn auto heeft plaat abc 123 en is gestolen", "abc 123"),
        ("elle achète du pain chez fatima le matin", "fatima"),
        ("ze koopt brood bij mukendi op de hoek", "mukendi"),
        ("ze heeft haar fiets gekocht bij Van den Berg", "Van den Berg"),
        ("hij rijdt met een witte van, nummer xyz 987", "xyz 987"),
        ("sa voiture 1-abc-234 est au garage", "1-abc-234"),
        ("ze werkt bij bpost sorteren 's nachts", "bpost"),
        ("de kinderen zitten in basisschool de regenboog in wilrijk", "basisschool de regenboog"),
        ("hij ligt in uz brussel sinds maandag", "uz brussel"),
        ("elle travaille chez colruyt à halle", "colruyt"),
        ("elle travaille chez colruyt à halle", "halle"),
    ],
)
def test_the_same_words_beside_personal_data_are_masked(text: str, masked: str) -> None:
    assert masked in [said for said, _ in spans(text)]
