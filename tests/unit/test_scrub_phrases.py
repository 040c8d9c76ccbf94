"""The span a privacy officer would mask for organisations and special categories (issue
#12): the fact's own words, not the link words, articles or durations around them; a named
prison, church or care place an organisation of its own. Invented sentences, nl/fr/en."""

from __future__ import annotations

import pytest

from bot.privacy.rare_facts import indirect_identifiers
from bot.privacy.scrub import find_spans


def masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "haar broer zit in voorhechtenis in de gevangenis van Hasselt",
            [("zit in voorhechtenis", "detention"), ("gevangenis van Hasselt", "organisation")],
        ),
        (
            "il est détenu depuis mai, à la prison de Mons",
            [("est détenu", "detention"), ("prison de Mons", "organisation")],
        ),
        ("omdat haar man sinds januari vastzit", [("sinds januari vastzit", "detention")]),
        ("her husband is in prison in namur", [("is in prison", "detention"), ("namur", "place")]),
        ("the bus to ittre prison takes an hour", [("ittre prison", "organisation")]),
        (
            "broer zit in de gevangenis van ieper",
            [("zit in de gevangenis van ieper", "detention")],
        ),
        ("de justitieassistent belde", [("justitieassistent", "detention")]),
    ],
)
def test_a_detention_fact_and_a_named_prison_are_two_spans(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "she spent two months in hospital after the fall",
        "we spent three weeks with her sister",
        "ze zit vast in de file",
    ],
)
def test_time_spent_somewhere_is_no_detention(text: str) -> None:
    assert "detention" not in [kind for _, kind in masked(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze wordt opgevolgd in uz leuven", [("uz leuven", "organisation")]),
        ("il est suivi au chu de namur", [("chu de namur", "organisation")]),
        ("hij verblijft in pz dr. hendrickx", [("pz dr. hendrickx", "organisation")]),
        ("la maison médicale du bas-moulin", [("maison médicale du bas-moulin", "organisation")]),
        ("la maison médicale du quartier est fermée", []),
        (
            "suivie au centre de santé mentale l'adret",
            [("centre de santé mentale l'adret", "organisation")],
        ),
        (
            "ze bidt in de attawhid-moskee",
            [("bidt", "religion"), ("attawhid-moskee", "organisation")],
        ),
        ("de sint-annaparochie helpt met voedsel", [("sint-annaparochie", "organisation")]),
        (
            "il fréquente l'église protestante béthanie",
            [("fréquente l'église protestante béthanie", "religion")],
        ),
        ("the pastor at a church in liège", [("pastor", "religion"), ("liège", "place")]),
        ("ze ligt in een ziekenhuis in jette", [("jette", "place")]),
        (
            "ze bidt in de moskee in kuregem",
            [("bidt in de moskee", "religion"), ("kuregem", "place")],
        ),
        ("het atheneum van mortsel belde", [("atheneum van mortsel", "organisation")]),
    ],
)
def test_care_places_and_places_of_worship_in_lower_case(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dat wil ze niet zeggen aan haar werkgever steelco", [("steelco", "organisation")]),
        (
            "elle travaille au carrefour market de ciney",
            [("carrefour market de ciney", "organisation")],
        ),
        ("she works at the aldi in mol now", [("aldi in mol", "organisation")]),
        ("il a un compte chez bpost, on verra", []),
        ("zijn werkgever is niet tevreden", []),
    ],
)
def test_employers_with_their_branch(text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze draagt sinds kort een hoofddoek", [("draagt sinds kort een hoofddoek", "religion")]),
        ("hij is sjiiet", [("sjiiet", "religion")]),
        ("il est pasteur dans une petite église", [("pasteur", "religion")]),
        (
            "hij is diaken in een protestantse kerk",
            [("diaken in een protestantse kerk", "religion")],
        ),
        ("elle est enceinte de cinq mois", [("enceinte de cinq mois", "health")]),
        ("il fait des crises d'asthme", [("crises d'asthme", "health")]),
        ("their son was born premature", [("born premature", "health")]),
        ("ze heeft nachtmerries sinds de brand", [("nachtmerries", "health")]),
        ("hij is manisch-depressief", [("manisch-depressief", "health")]),
        ("de ziekenhuisopname kostte veel", []),
        ("het formulier was een nachtmerrie", []),
        ("ze is van turkse afkomst", [("turkse", "origin")]),
        ("il est arrivé d'algérie en 2019", [("algérie", "origin")]),
        ("ze zijn roma uit kosovo", [("roma", "origin"), ("kosovo", "origin")]),
        ("ils sont roms de bulgarie", [("roms de bulgarie", "origin")]),
    ],
)
def test_a_category_takes_its_own_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meneer janssen (93) woont alleen", ["93"]),
        ("ze is 92 en kookt nog zelf", ["92"]),
        ("the neighbour is 95, she still drives", ["95"]),
        ("madame a 96 ans", ["96 ans"]),
        ("une voisine âgée de 99 ans", ["âgée de 99"]),
        ("hij werd 91-jarige gevierd", ["91-jarige"]),
        ("la centenaire de la rue", ["centenaire"]),
        ("de kleine is 1 jaar oud", ["1 jaar oud"]),
        ("bébé de 7 semaines", ["7 semaines"]),
        ("ils ont des quadruplés", ["des quadruplés"]),
        ("mère de neuf enfants", ["neuf enfants"]),
        ("haar vader burgemeester is geweest", ["burgemeester is geweest"]),
        ("his uncle was on the news in 2021", ["was on the news in 2021"]),
        ("de huur is 95 euro", []),
        ("she is 90 minutes late", []),
        ("ze woont op nummer 94", []),
        ("zijn zoon is 12", []),
        ("no signal in the last twelve months", []),
        ("ze volgt de cursus sinds 4 maanden", []),
        ("de baby is 4 maanden", ["4 maanden"]),
    ],
)
def test_every_kind_of_rare_fact_is_offered_in_every_notation(
    text: str, expected: list[str]
) -> None:
    assert sorted(text[a:b] for a, b in indirect_identifiers(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her cousin is in the nick again", [("is in the nick", "detention")]),
        (
            "hij staat onder elektronisch toezicht",
            [("staat onder elektronisch toezicht", "detention")],
        ),
        ("il a purgé sa peine", [("a purgé sa peine", "detention")]),
        (
            "ze kwam vorige maand uit de gevangenis",
            [("kwam vorige maand uit de gevangenis", "detention")],
        ),
        (
            "they go to the kingdom hall on sundays",
            [("go to the kingdom hall on sundays", "religion")],
        ),
        ("he goes to church every sunday", [("goes to church every sunday", "religion")]),
        ("ze doet mee aan de ramadan", [("doet mee aan de ramadan", "religion")]),
        ("na de ramadan belt ze terug", []),
        ("elle est voilée", [("voilée", "religion")]),
        ("ze staat op de wachtlijst", []),
    ],
)
def test_detention_and_practice_said_in_other_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "elle travaille à l'hôpital de la citadelle",
            [("hôpital de la citadelle", "organisation")],
        ),
        ("l'école de la ville est fermée", []),
        ("hij voetbalt bij kfc eendracht zele", [("kfc eendracht zele", "organisation")]),
        (
            "ze gaat naar het wijkgezondheidscentrum de vonk",
            [("wijkgezondheidscentrum de vonk", "organisation")],
        ),
        ("ik was in het wijkgezondheidscentrum de hele week", []),
        ("hij gaat naar het wgc botermarkt", [("wgc botermarkt", "organisation")]),
        (
            "il est au centre fermé 127bis",
            [("est au centre fermé", "detention"), ("127bis", "organisation")],
        ),
        ("elle est suivie au chu st pierre", [("chu st pierre", "organisation")]),
        ("ze is ingeschreven bij de vdab en het ocmw", []),
        ("il va au cpas et à l'onem", []),
    ],
)
def test_more_organisations_in_lower_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij zit op het kta in ronse", [("kta in ronse", "organisation")]),
        ("ze zit in het don bosco instituut", [("don bosco instituut", "organisation")]),
        ("ze zit in het technisch instituut", []),
        ("her son missed school again", []),
        ("she studies at the vub", [("vub", "organisation")]),
        ("elle étudie à l'ulb", [("ulb", "organisation")]),
        ("hij is kok in restaurant de kroon", [("restaurant de kroon", "organisation")]),
        ("hij werkt in het restaurant de hele week", []),
        ("ze werkt bij de mcdonalds in lier", [("mcdonalds in lier", "organisation")]),
        ("hij slaapt in het nachtasiel van gent", [("nachtasiel van gent", "organisation")]),
        ("hij zit bij de scouts van heverlee", [("scouts van heverlee", "organisation")]),
        ("elle joue au rsc anderlecht", [("rsc anderlecht", "organisation")]),
        ("ze turnt bij gymclub sparta", [("gymclub sparta", "organisation")]),
        (
            "ze zit in psychiatrisch centrum dr. peeters",
            [("psychiatrisch centrum dr. peeters", "organisation")],
        ),
        ("hij zit in het pz bethaniënhuis", [("pz bethaniënhuis", "organisation")]),
        ("ze speelt om 5 uur", []),
        ("l'école le lundi", []),
    ],
)
def test_schools_clubs_shelters_and_shops_named_in_lower_case(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("elle est hospitalisée à saint-luc", [("saint-luc", "organisation")]),
        ("he goes to the st. mary's school", [("st. mary's school", "organisation")]),
        ("her son is at saint-louis college", [("saint-louis college", "organisation")]),
        ("he goes to the new school", []),
        ("he is treated at the jessa hospital", [("jessa hospital", "organisation")]),
        ("elle est au home les glycines", [("home les glycines", "organisation")]),
        ("she is at home le soir", []),
        ("ze gaat naar de crèche les lutins", [("crèche les lutins", "organisation")]),
        ("ze zit in de kinderopvang de hele dag", []),
        ("la fête de la saint-pierre", []),
    ],
)
def test_care_places_and_schools_in_english_and_french_order(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he is a practising catholic", [("practising catholic", "religion")]),
        ("het is een strenge leraar", []),
        ("elle fait des crises d'angoisse", [("crises d'angoisse", "health")]),
        ("il a un problème d'alcool", [("problème d'alcool", "health")]),
        ("she has a learning disability", [("learning disability", "health")]),
        ("il est handicapé mental", [("handicapé mental", "health")]),
        ("elle s'est convertie à l'islam", [("convertie à l'islam", "religion")]),
    ],
)
def test_categories_with_an_elided_article_or_a_qualifier(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze zit op basischool de vlinder", [("basischool de vlinder", "organisation")]),
        ("hij zit op het atheneum in berchem", [("atheneum in berchem", "organisation")]),
        ("ze zit op een college in leuven", [("leuven", "place")]),
        ("l'école primaire les coccinelles", [("école primaire les coccinelles", "organisation")]),
        ("l'école primaire le matin", []),
        ("hij is nachtwaker bij securitas", [("securitas", "organisation")]),
        ("he delivers for deliveroo", [("deliveroo", "organisation")]),
    ],
)
def test_schools_with_a_typo_or_their_town_and_employers_of_more_trades(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he was sentenced to three years", [("was sentenced", "detention")]),
        ("elle a fait de la préventive", [("a fait de la préventive", "detention")]),
        ("il est en liberté conditionnelle", [("est en liberté conditionnelle", "detention")]),
        ("hij heeft een enkelband gekregen", [("heeft een enkelband gekregen", "detention")]),
        ("zij heeft long covid", [("long covid", "health")]),
        ("hij hoort stemmen", [("hoort stemmen", "health")]),
        ("he had a nervous breakdown", [("nervous breakdown", "health")]),
        ("he prays at the mosque", [("prays at the mosque", "religion")]),
        ("il fait le carême", [("fait le carême", "religion")]),
        ("il est prêtre", [("prêtre", "religion")]),
        ("ze hoort de buren", []),
        ("une action préventive", []),
    ],
)
def test_more_words_for_detention_health_and_religion(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij is kassier bij carefour in jambes", [("carefour in jambes", "organisation")]),
        ("elle travaille chez colryut", [("colryut", "organisation")]),
        ("ze werkt bij familie", []),
        ("hij werkt bij zijn broer", []),
    ],
)
def test_a_listed_employer_typed_one_letter_off(text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("durft het niet te zeggen aan haar werkgever brouwland", [("brouwland", "organisation")]),
        ("haar werkgever betaalt te laat", []),
        ("hij werkt bij de bakker", []),
        ("ze werkt bij de slager", []),
    ],
)
def test_an_employer_after_werkgever_and_a_trade_that_names_no_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


def test_a_listed_college_after_into() -> None:
    assert masked("her son got into kask last year") == [("kask", "organisation")]
    assert masked("she got into trouble") == []
