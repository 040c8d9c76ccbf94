"""Special categories and organisations in the shapes a worker types on a phone, in nl,
fr and en (issue #12, points 3 and 7): each phrase is masked with the words that state it,
and the everyday use of the same words stays (invented sentences, none from an evaluation
set)."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def masked(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze gaan op zondag naar de kerk", [("gaan op zondag naar de kerk", "religion")]),
        ("ze gaat soms naar de kerk", [("gaat soms naar de kerk", "religion")]),
        ("hij is heel religieus", [("heel religieus", "religion")]),
        ("they are very religious", [("very religious", "religion")]),
        ("elle est très pieuse", [("très pieuse", "religion")]),
        ("he attends the mosque", [("attends the mosque", "religion")]),
        ("il va à la messe tous les dimanches", [("va à la messe tous les dimanches", "religion")]),
        ("het is een moslimfamilie", [("moslimfamilie", "religion")]),
        ("ze is moslema", [("moslema", "religion")]),
        ("ze is een vrome vrouw", [("vrome", "religion")]),
        ("hij is mormoon", [("mormoon", "religion")]),
        ("ils sont coptes", [("coptes", "religion")]),
        ("ze zijn jezidi", [("jezidi", "religion")]),
        ("they are jehovahs witnesses", [("jehovahs witnesses", "religion")]),
        ("she is a born again christian", [("born again christian", "religion")]),
        ("elle fait ses prières", [("fait ses prières", "religion")]),
        ("il est converti", [("converti", "religion")]),
        ("de vader is ouderling in de gemeente", [("ouderling", "religion")]),
    ],
)
def test_a_religion_its_practice_or_office_is_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij zat drie jaar vast", [("zat drie jaar vast", "detention")]),
        ("hij zit al een jaar vast", [("zit al een jaar vast", "detention")]),
        ("hij zit in de petoe", [("zit in de petoe", "detention")]),
        ("zijn broer zit in t gevang", [("zit in t gevang", "detention")]),
        ("hij werd opgesloten", [("werd opgesloten", "detention")]),
        ("hij kreeg penitentiair verlof", [("kreeg penitentiair verlof", "detention")]),
        ("il a été arrêté hier", [("a été arrêté", "detention")]),
        ("il vient de sortir de prison", [("vient de sortir de prison", "detention")]),
        ("il est en préventive", [("est en préventive", "detention")]),
        ("il est sous mandat d'arrêt", [("est sous mandat d'arrêt", "detention")]),
        ("he's been inside for two years", [("been inside", "detention")]),
        ("he is tagged", [("is tagged", "detention")]),
        ("he was jailed", [("was jailed", "detention")]),
        ("he is out on licence", [("is out on licence", "detention")]),
    ],
)
def test_a_detention_in_slang_or_in_another_tense_is_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij heeft suiker", [("suiker", "health")]),
        ("ze heeft de k", [("k", "health")]),
        ("ze is depri", [("depri", "health")]),
        ("ze is zwaar depressief", [("zwaar depressief", "health")]),
        ("hij is dement", [("dement", "health")]),
        ("elle est sous chimio", [("sous chimio", "health")]),
        ("il a le vih", [("vih", "health")]),
        ("she suffers from anxiety", [("anxiety", "health")]),
        ("elle souffre d'anxiété", [("anxiété", "health")]),
        ("hij lijdt aan angst", [("angst", "health")]),
        ("she's expecting again", [("expecting", "health")]),
        ("he tried to kill himself", [("tried to kill himself", "health")]),
        ("il est asthmatique", [("asthmatique", "health")]),
    ],
)
def test_a_condition_in_lay_words_is_masked(text: str, expected: list[tuple[str, str]]) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een roma-familie uit de buurt", [("roma", "origin")]),
        ("ze is marokkaans-belgisch", [("marokkaans-belgisch", "origin")]),
        ("hij is marrokaan", [("marrokaan", "origin")]),
        ("they are kurds", [("kurds", "origin")]),
    ],
)
def test_an_origin_in_a_compound_or_a_typo_is_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze zit in het KA in mortsel", [("KA in mortsel", "organisation")]),
        ("hij zit in het ka van mortsel", [("ka van mortsel", "organisation")]),
        ("elle va à la maison médicale du nord", [("maison médicale du nord", "organisation")]),
        ("ze zit in de ksa ter dijle", [("ksa ter dijle", "organisation")]),
        ("il va à l'école n°12 de schaerbeek", [("école n°12 de schaerbeek", "organisation")]),
        ("il est à l'école 7 d'anderlecht", [("école 7 d'anderlecht", "organisation")]),
        ("elle est à l'école communale n°3", [("école communale n°3", "organisation")]),
        ("hij verblijft in het opz geel", [("opz geel", "organisation")]),
        ("ze gaat naar het cgg de pont", [("cgg de pont", "organisation")]),
        ("ze gaat naar het cgg in leuven", [("cgg in leuven", "organisation")]),
        ("hij zit bij de voetbalclub van zelzate", [("voetbalclub van zelzate", "organisation")]),
        ("il va au club de foot d'anderlecht", [("club de foot d'anderlecht", "organisation")]),
        ("hij zit in het kdv de boemeltrein", [("kdv de boemeltrein", "organisation")]),
        ("hij werkt als magazijnier bij kuehne nagel", [("kuehne nagel", "organisation")]),
        ("elle est au lycée émile jacqmain", [("lycée émile jacqmain", "organisation")]),
        ("ze is opgenomen in het uza", [("uza", "organisation")]),
    ],
)
def test_an_institution_by_its_initials_number_or_town_is_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik heb suiker in mijn koffie gedaan",
        "hij heeft suiker nodig voor de taart",
        "ze gaan op zondag naar de markt",
        "we gingen naar de kerk voor een begrafenis",
        "she felt locked up at home",
        "ze voelt zich opgesloten in dat appartement",
        "the kids are inside",
        "he was inside the house",
        "she felt tagged in a photo",
        "elle souffre de la solitude",
        "he suffers from loneliness",
        "il est à l'école 2 jours par semaine",
        "je suis converti à cette méthode",
        "de school heeft 3 klassen",
        "hij zit bij de voetbalclub",
        "il va à la maison médicale du quartier",
        "ze zit op de ka",
        "the team is very professional",
        "elle est très gentille",
        "ze is een vrolijke vrouw",
        "de school ligt in de buurt",
    ],
)
def test_the_same_words_in_everyday_use_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il a été opéré du genou", [("opéré du genou", "health")]),
        ("hij is geopereerd aan zijn knie", [("geopereerd aan zijn knie", "health")]),
        ("ze heeft een nieuwe heup", [("nieuwe heup", "health")]),
        ("she has a bad back", [("bad back", "health")]),
        ("he broke his leg", [("broke his leg", "health")]),
        ("il est malade du coeur", [("malade du coeur", "health")]),
        ("ze loopt met krukken", [("krukken", "health")]),
        ("hij ligt in coma", [("coma", "health")]),
        ("she is in a psych ward", [("psych ward", "health")]),
        ("he had an overdose last year", [("overdose", "health")]),
        ("hij is aan de drank", [("aan de drank", "health")]),
        ("ze is in blijde verwachting", [("in blijde verwachting", "health")]),
        ("il a des problèmes d'alcool", [("problèmes d'alcool", "health")]),
        ("ze heeft ass", [("ass", "health")]),
        ("he was released from jail last month", [("was released from jail", "detention")]),
        ("elle a été libérée de prison", [("a été libérée de prison", "detention")]),
        ("hij zit in de bajes", [("zit in de bajes", "detention")]),
        ("the family are gypsies", [("gypsies", "origin")]),
        ("hij is hazara", [("hazara", "origin")]),
        ("ils sont peuls", [("peuls", "origin")]),
        (
            "ze werkt bij bakkerij janssens in lokeren",
            [("bakkerij janssens", "organisation"), ("lokeren", "place")],
        ),
        ("hij zit op de hogeschool pxl", [("hogeschool pxl", "organisation")]),
        ("elle est à la haute école galilée", [("haute école galilée", "organisation")]),
        ("ze zit in het middelbaar in het don bosco", [("don bosco", "organisation")]),
        ("ze gaat naar de academie in deurne", [("academie in deurne", "organisation")]),
        ("ze speelt bij de chiro meisjes van lier", [("chiro meisjes van lier", "organisation")]),
        ("il est aux scouts à waterloo", [("scouts à waterloo", "organisation")]),
        (
            "elle fait du judo au royal judo club de namur",
            [("royal judo club de namur", "organisation")],
        ),
    ],
)
def test_an_operated_or_broken_body_part_slang_and_more_shapes_are_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Operations and fractures by their body part, slang for prison and drink, peoples,
    and institutions by kind, initials or town."""
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the new hip hop class starts today",
        "ze heeft een gebroken hart",
        "he broke the news to her",
        "ze staat op eigen benen",
        "hij heeft problemen met zijn baas",
        "he was released from hospital",
        "we ate indian food",
        "ze spreekt tamil",
        "hij zit in de bus naar transit",
    ],
)
def test_images_and_things_beside_those_shapes_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij werkt bij vanhout in geel", [("vanhout in geel", "organisation")]),
        ("hij werkt bij transport van der veken", [("transport van der veken", "organisation")]),
        (
            "hij werkt bij tuinbouwbedrijf de clercq",
            [("tuinbouwbedrijf de clercq", "organisation")],
        ),
        (
            "hij zit in het stedelijk lyceum linkeroever",
            [("stedelijk lyceum linkeroever", "organisation")],
        ),
        ("il est au CHR de la Citadelle", [("CHR de la Citadelle", "organisation")]),
    ],
)
def test_a_family_firm_a_network_school_and_a_hospital_group_are_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "à signaler à la société de logement",
        "het bedrijf van de buurman",
        "hij werkt bij een bedrijf van de stad",
    ],
)
def test_a_firm_or_housing_company_named_by_a_word_stays(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he spent time in prison", [("spent time in prison", "detention")]),
        (
            "hij heeft al twee keer in de gevangenis gezeten",
            [("heeft al twee keer in de gevangenis gezeten", "detention")],
        ),
        ("hij heeft een tijdje gezeten", [("heeft een tijdje gezeten", "detention")]),
        ("hij komt net uit de bak", [("komt net uit de bak", "detention")]),
        ("elle rend visite à son mari en prison", [("en prison", "detention")]),
        (
            "her partner is serving a prison sentence",
            [("is serving a prison sentence", "detention")],
        ),
        ("hij is voorwaardelijk vrijgelaten", [("is voorwaardelijk vrijgelaten", "detention")]),
        ("hij draagt een kruisje", [("draagt een kruisje", "religion")]),
        ("ze is lid van een sekte", [("sekte", "religion")]),
        ("haar geloof is heel belangrijk voor haar", [("geloof", "religion")]),
        ("sa foi l'aide beaucoup", [("foi", "religion")]),
        ("her faith helps her cope", [("faith", "religion")]),
        (
            "ze is overgestapt naar het christendom",
            [("overgestapt naar het christendom", "religion")],
        ),
    ],
)
def test_time_served_a_stay_without_verb_and_a_faith_named_are_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "she has faith in the system",
        "il est de bonne foi",
        "ik geloof dat ze gelijk heeft",
        "hij draagt zijn kruis al jaren",
    ],
)
def test_faith_in_something_and_believing_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij heeft kanker in de longen", [("kanker in de longen", "health")]),
        ("il a un cancer du foie", [("cancer du foie", "health")]),
        ("she has cancer of the bowel", [("cancer of the bowel", "health")]),
        ("ze heeft last van flashbacks", [("flashbacks", "health")]),
        ("hij stottert erg", [("stottert", "health")]),
        ("he has dark thoughts", [("dark thoughts", "health")]),
        ("de baby lag in de couveuse", [("couveuse", "health")]),
        ("the syrians next door helped her", [("syrians", "origin")]),
        ("het is een arabische familie", [("arabische", "origin")]),
        ("ze zijn surinaamse", [("surinaamse", "origin")]),
        ("they are kosovars", [("kosovars", "origin")]),
    ],
)
def test_a_cancer_with_its_organ_symptoms_and_peoples_in_the_plural_are_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze zit in het vijfde leerjaar in De Klimop", [("De Klimop", "organisation")]),
        ("hij krijgt hulp van Het Anker", [("Het Anker", "organisation")]),
        ("ze werkt in Ter Biest", [("Ter Biest", "organisation")]),
        ("zij verblijft nu in Huize Monnikenheide", [("Huize Monnikenheide", "organisation")]),
        ("il va à l'école des Marronniers", [("école des Marronniers", "organisation")]),
        (
            "he goes to Saint John Berchmans College",
            [("Saint John Berchmans College", "organisation")],
        ),
        ("ze woont in De Panne", [("De Panne", "place")]),
        ("il habite à La Louvière", [("La Louvière", "place")]),
    ],
)
def test_a_place_named_by_a_capitalised_article_is_an_organisation_unless_a_town(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize("text", ["we reden met De Lijn", "Het abonnement is verlopen"])
def test_a_public_service_by_its_article_name_stays(text: str) -> None:
    assert masked(text) == []
