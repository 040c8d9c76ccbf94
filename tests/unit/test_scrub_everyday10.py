"""Issue #12, tenth session, second round (precise12): towns that name no one's place.

A town that names a club someone supports or a side a team played, a dish or a product named
after a town, an event named by its town, and "ans" after a count (years, not the town Ans)
are kept; the same towns where someone lives, goes or comes from stay places, and a club
someone plays in stays an organisation. nl, fr and en, lower case as typed on a phone. Every
sentence is invented."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "hij is supporter van club brugge al heel zijn leven",
        "zijn broer is fan van anderlecht en kijkt elke match",
        "ze heeft een seizoenskaart voor kv mechelen gekregen",
        "les garçons sont supporters du standard de liège",
        "il est fan de charleroi depuis tout petit",
        "il est pour le sporting de charleroi depuis qu'il est petit",
        "hij is voor club brugge, al van toen hij klein was",
        "elle a gagné contre namur au tennis de table",
        "he supports liverpool and never misses a game",
        "they lost against genk last night, he was upset",
        "de match van antwerp was afgelast door de sneeuw",
        "ze keken naar de derby tussen genk en standard",
        "il a regardé le derby entre charleroi et mons au café",
    ],
)
def test_a_club_someone_supports_is_kept(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ze kookte brussels spruitjes met puree",
        "on a mangé des gaufres de liège au goûter",
        "il met du sirop de liège sur ses tartines",
        "we kochten een stuk mechelse koekoek en brugse kaas",
        "de kinderen gaan kijken naar de stoet van aalst",
        "il adore le carnaval de binche et les gilles en costume",
        "elle a vu le cortège de la ducasse de mons à la télé",
        "ze wil vrijwilliger zijn op rock werchter deze zomer",
        "elle a fait la braderie de lille avec sa voisine",
    ],
)
def test_a_dish_or_an_event_named_by_its_town_is_kept(text: str) -> None:
    assert not [kind for _, kind in spans(text) if kind == "place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze is fan van anderlecht en woont in brugge", [("brugge", "place")]),
        ("il supporte le standard mais il habite à seraing", [("seraing", "place")]),
        ("ze speelt bij kv mechelen", [("kv mechelen", "organisation")]),
        ("she moved to ghent and eats waffles every day", [("ghent", "place")]),
        ("ze gaat naar de kermis in zele met de kinderen", [("zele", "place")]),
        ("hij woont in brugge kaas eten doet hij niet", [("brugge", "place")]),
        ("he lost his job in hasselt", [("hasselt", "place")]),
        ("het pakket is voor gent, niet voor hier", [("gent", "place")]),
    ],
)
def test_where_someone_lives_or_plays_stays_masked(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il regarde ce feuilleton depuis vingt ans dit il", []),
        ("elle a 20 ans et habite à ans", [("ans", "place")]),
        ("elle habite à 4430 ans depuis mai", [("4430 ans", "place")]),
        ("ze verhuisde van ans naar luik", [("ans", "place"), ("luik", "place")]),
    ],
)
def test_ans_after_a_count_is_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_years_in_prison_stay_detention() -> None:
    assert spans("il a fait deux ans de prison pour vol") == [
        ("a fait deux ans de prison", "detention")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij kijkt de tour met zijn vader elke zomer", []),
        ("ze belt haar moeder elke vrijdag", []),
        ("haar zus elke belde gisteren", [("elke", "name")]),
        ("hij zag elke zondag zijn dochter elke", [("elke", "name")]),
    ],
)
def test_elke_before_a_word_of_time_is_each(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected
