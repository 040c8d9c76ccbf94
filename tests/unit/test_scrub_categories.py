"""Special categories masked with the words that state them, and the rare facts offered
whole for review (issue #12, point 7), with a negative case beside each rule."""

from __future__ import annotations

import pytest

from bot.privacy.rare_facts import indirect_identifiers
from bot.privacy.scrub import Scrubber, find_spans


def masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


def offered(text: str) -> list[str]:
    return [text[start:end] for start, end in indirect_identifiers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("haar man zit vast sinds de zomer", [("zit vast", "detention")]),
        (
            "de vader zat twee jaar in de gevangenis",
            [("zat twee jaar in de gevangenis", "detention")],
        ),
        ("hij draagt een enkelband", [("draagt een enkelband", "detention")]),
        ("son frère est en prison depuis mars", [("est en prison", "detention")]),
        ("le fils a été placé en ippi", [("a été placé en ippi", "detention")]),
        ("he did three years inside", [("did three years inside", "detention")]),
        ("he has been in prison since march", [("has been in prison", "detention")]),
        ("he is on probation after prison", [("is on probation after prison", "detention")]),
        ("mr x is in pre-trial detention", [("is in pre-trial detention", "detention")]),
        (
            "meneer kwam net vrij uit de gevangenis",
            [("kwam net vrij uit de gevangenis", "detention")],
        ),
        ("the father is doing time", [("is doing time", "detention")]),
        ("de vader is vorige week opgepakt", [("is vorige week opgepakt", "detention")]),
    ],
)
def test_a_detention_fact_is_masked_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hij zit vast in de file elke ochtend",
        "ze zat vast met haar papieren",
        "il est prisonnier de ses dettes",
        "she felt like she was in prison at home",
        "ze gaat op bezoek bij haar zus",
        "the prison documentary made her cry",
        "de gevangenis is een thema dat ik moeilijk vind",
        "la prison est un sujet difficile",
        "ze is vrij op woensdag",
    ],
)
def test_an_image_of_prison_is_no_detention(text: str) -> None:
    assert [kind for _, kind in masked(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze komt uit eritrea", [("eritrea", "origin")]),
        ("elle est née à kinshasa", [("née à kinshasa", "origin")]),
        ("il vient du cameroun", [("cameroun", "origin")]),
        ("they are from aleppo", [("aleppo", "place")]),
        ("ze komt uit tienen", [("tienen", "place")]),
        ("the letter came from the landlord", []),
        ("ze komt uit spanje", [("spanje", "origin")]),
        ("elle est née au mexique", [("née au mexique", "origin")]),
        ("het gezin is spaans", [("spaans", "origin")]),
        ("he is of Syrian descent", [("Syrian", "origin")]),
        ("ze spreekt goed spaans", []),
        ("ze aten turkse pizza", []),
        ("de marokkaanse bakker is vriendelijk", []),
        ("il parle un peu de grec", []),
        ("de tolk vertaalde in het arabisch", []),
    ],
)
def test_an_origin_takes_its_participle_and_cities_abroad_only(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij is verslaafd aan gokken", [("verslaafd aan gokken", "health")]),
        ("she has ms and uses a walker", [("ms", "health")]),
        ("haar zoon heeft add", [("add", "health")]),
        ("his wife has early onset dementia", [("early onset dementia", "health")]),
        ("she has sickle cell disease", [("sickle cell disease", "health")]),
        ("il est sous méthadone", [("est sous méthadone", "health")]),
        ("he relapsed into heroin use", [("relapsed into heroin use", "health")]),
        ("hij drinkt te veel", [("drinkt te veel", "health")]),
        ("he is a recovering alcoholic", [("recovering alcoholic", "health")]),
        (
            "hij heeft een licht verstandelijke beperking",
            [("licht verstandelijke beperking", "health")],
        ),
        ("he has type 2 diabetes", [("type 2 diabetes", "health")]),
        ("add the dates to the list", []),
        ("ms peeters is not in", [("peeters", "name")]),
        ("hij drinkt koffie", []),
        ("hij drinkt te veel koffie", []),
    ],
)
def test_a_condition_takes_the_words_that_state_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ze is moslima en doet de ramadan",
            [("moslima", "religion"), ("doet de ramadan", "religion")],
        ),
        ("ze is bekeerd tot de islam", [("bekeerd tot de islam", "religion")]),
        ("she converted to islam last year", [("converted to islam", "religion")]),
        ("elle va à la mosquée le vendredi", [("va à la mosquée le vendredi", "religion")]),
        ("he prays five times a day", [("prays five times a day", "religion")]),
        (
            "hij is voorganger in een evangelische kerk",
            [("voorganger in een evangelische kerk", "religion")],
        ),
        ("ze draagt een hoofddoek sinds vorig jaar", [("draagt een hoofddoek", "religion")]),
        (
            "ze zijn joods en vieren sjabbat",
            [("joods", "religion"), ("vieren sjabbat", "religion")],
        ),
        ("hij draagt een pet", []),
        ("na de ramadan komt ze terug", []),
        ("je vous en prie, madame", []),
        ("she converted the money to euros", []),
        ("zijn voorganger op het werk was streng", []),
        ("de kerk staat naast het station", []),
        ("de kerk van de parochie helpt", []),
    ],
)
def test_a_religion_takes_its_practice(text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze zijn zonder papieren", ["zonder papieren"]),
        ("she has refugee status and speaks dari", ["refugee status", "dari"]),
        ("de oma is 97 jaar oud", ["97 jaar oud"]),
        ("het kindje is 14 maanden", ["14 maanden"]),
        ("ze is mama van een drieling", ["een drieling"]),
        ("ze hebben elf kinderen", ["elf kinderen"]),
        ("haar oom is burgemeester", ["haar oom is burgemeester"]),
        ("het gezin stond in de krant", ["stond in de krant"]),
        ("her father is a member of parliament", ["her father is a member of parliament"]),
        ("de baby is negen maanden", ["negen maanden"]),
        ("haar nonkel is schepen van sociale zaken", ["haar nonkel is schepen van sociale zaken"]),
        ("de familie kwam vorig jaar in het nieuws", ["kwam vorig jaar in het nieuws"]),
        ("de tweeling is vijf jaar", []),
        ("de oma is 67 jaar", []),
        ("ze hebben drie kinderen", []),
    ],
)
def test_rare_facts_and_residence_status_are_offered_whole(text: str, expected: list[str]) -> None:
    assert sorted(offered(text)) == sorted(expected)
    assert all(kind not in {"origin", "health"} for _, kind in masked(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij is magazijnier bij katoen natie", [("katoen natie", "organisation")]),
        ("il bosse chez colruyt comme magasinier", [("colruyt", "organisation")]),
        ("she cleans offices for iss at night", [("iss", "organisation")]),
        ("elle est caissière au delhaize de jambes", [("delhaize de jambes", "organisation")]),
        ("hij werkt in de keuken van het hilton", [("hilton", "organisation")]),
        (
            "ze doet de afwas in restaurant de gouden leeuw",
            [("restaurant de gouden leeuw", "organisation")],
        ),
        ("hij werkt bij Brussels Airlines sinds mei", [("Brussels Airlines", "organisation")]),
        ("hij werkt via Randstad", [("Randstad", "organisation")]),
        ("ze werkt bij het OCMW", []),
        ("Mijn collega van het CAW belt", []),
        ("hij werkt in garage Peeters", [("garage Peeters", "organisation")]),
        ("bakkerij Van Damme heeft brood", [("bakkerij Van Damme", "organisation")]),
        ("ze werkt in een fabriek", []),
        ("de bakkerij is dicht", []),
        ("hij is aan de slag bij Aquafin als chauffeur", [("Aquafin", "organisation")]),
        ("hij werkt bij de stad Gent als groenarbeider", [("Gent", "place")]),
        ("ze werkt bij het ocmw van Gent", [("Gent", "place")]),
        ("ze werkt bij de gemeente als poetsvrouw", []),
        ("hij kreeg een slag op zijn hoofd bij de buren", []),
        ("ze is verpleegster bij Sint-Elisabeth", [("Sint-Elisabeth", "organisation")]),
        ("hij is koerier voor Deliveroo", [("Deliveroo", "organisation")]),
        ("the nurse at the clinic was kind", []),
        ("ze doet boodschappen bij de aldi", []),
        ("de facturen van engie blijven liggen", []),
        ("ze bleef in het café de hele avond", []),
    ],
)
def test_an_employer_counts_when_someone_works_there(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de kinderen zitten in vrije basisschool sint-pieter",
            [("vrije basisschool sint-pieter", "organisation")],
        ),
        (
            "il est suivi au centre hospitalier de mouscron",
            [("centre hospitalier de mouscron", "organisation")],
        ),
        ("il est soigné au CHU de Liège", [("CHU de Liège", "organisation")]),
        ("hij is opgenomen in pc sint-amedeus", [("pc sint-amedeus", "organisation")]),
        (
            "she was admitted to the psychiatric centre in duffel",
            [("psychiatric centre in duffel", "organisation")],  # a town's one centre (scrub8)
        ),
        (
            "il fréquente l'église évangélique de cureghem",
            [("fréquente l'église évangélique de cureghem", "religion")],
        ),
        (
            "il est suivi à l'Hôpital Universitaire des Enfants Reine Fabiola",
            [("Hôpital Universitaire des Enfants Reine Fabiola", "organisation")],
        ),
        (
            "Emre gaat naar Sint-Gregorius in Gent",
            [("Emre", "name"), ("Sint-Gregorius", "organisation"), ("Gent", "place")],
        ),
        ("elle est à l'hôpital de Jolimont", [("hôpital de Jolimont", "organisation")]),
        (
            "elle loge au centre Fedasil de Jodoigne",
            [("centre Fedasil de Jodoigne", "organisation")],
        ),
        (
            "zijn dochter zit in het Koninklijk Atheneum Antwerpen",
            [("Koninklijk Atheneum Antwerpen", "organisation")],
        ),
        ("ze verhuist naar Sint-Niklaas", [("Sint-Niklaas", "place")]),
        ("he sleeps at the shelter", []),
        ("de school belde over de kinderen", []),
        ("mijn pc crashte weer", []),
        (
            "they pray at the grand mosque of brussels",
            [("grand mosque of brussels", "organisation")],
        ),
    ],
)
def test_schools_care_places_and_places_of_worship_by_name_or_town(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze is opgenomen in stuivenberg", [("stuivenberg", "organisation")]),
        ("elle dort au samusocial", [("samusocial", "organisation")]),
        ("opgenomen in Delta", [("Delta", "organisation")]),
        ("ze gaat naar school de klimop", [("school de klimop", "organisation")]),
        ("ze bidt in moskee el fath", [("bidt", "religion"), ("moskee el fath", "organisation")]),
        ("she was taken to Brugmann hospital", [("Brugmann hospital", "organisation")]),
        ("he goes to Don Bosco school", [("Don Bosco school", "organisation")]),
        ("ze zit in het Sint-Lievenscollege", [("Sint-Lievenscollege", "organisation")]),
        ("de Klimopschool belde", [("Klimopschool", "organisation")]),
        ("zoon zit op KTA Zottegem", [("KTA Zottegem", "organisation")]),
        ("dochter zit in vbs de wingerd", [("vbs de wingerd", "organisation")]),
        ("Primary school is hard for him", []),
        ("Her school called", []),
        ("de vbs is dicht", []),
        ("hij zit in de bus naar transit", []),
        ("un delta de rivière", []),
        ("ze gaat naar school de hele week", []),
        ("hij lag in het ziekenhuis de hele week", []),
        ("de moskee om de hoek is dicht", []),
        ("ze ging naar de kerk voor de begrafenis", []),
    ],
)
def test_care_places_schools_and_places_of_worship_by_their_own_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


def test_a_rare_fact_is_offered_whole_and_one_tap_hides_all_of_it() -> None:
    scrubber = Scrubber(lambda _, msgid: msgid)
    text = "haar nonkel is schepen van sociale zaken, de oma is 97 jaar en ze zijn zonder papieren"
    review = scrubber.review(text, "en")
    assert review.replaced == 0
    assert review.unsure[:3] == (
        "haar nonkel is schepen van sociale zaken",
        "97 jaar",
        "zonder papieren",
    )
    masked = scrubber.mask(review.text, review.unsure[0], "en")
    assert masked.text.startswith("[hidden], de oma is 97 jaar")
    assert "schepen" not in masked.text and "sociale" not in masked.text
    assert masked.replaced == 1
    assert masked.unsure[:2] == ("97 jaar", "zonder papieren")
