"""#12's fifty-eighth session: a bar, club, cinema, pool or practice named by an article and
words after its kind; a club by its sport; places named by their own words before an English
kind; a first name and its particle surname held together; firms named by two glued words.
Sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds
from tests.unit.test_scrub_unseen_categories import hidden as covered


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("serveuse au bar le merle blanc, pas déclarée", "bar le merle blanc"),
        ("elle fait le vestiaire au dancing la gondole le vendredi", "dancing la gondole"),
        ("technicien au cinéma le vox à wavre, payé en retard", "cinéma le vox"),
        ("kassierster bij bioscoop de zwaan, wil dagwerk", "bioscoop de zwaan"),
        ("poetst in sportcomplex de vlonder, laat om 22u", "sportcomplex de vlonder"),
        (
            "moeder bracht haar naar dokterspraktijk de weide, parkeerboete",
            "dokterspraktijk de weide",
        ),
        ("inscrit au futsal club les faucons à dour", "futsal club les faucons"),
        ("her son trains at judo club kaze dojo, fees due", "judo club kaze dojo"),
        ("wil kickboksen bij fightgym vulcan, geen attest", "fightgym vulcan"),
        ("poetst snachts in cocktailbar mirabel, zwart betaald", "cocktailbar mirabel"),
    ],
)
def test_a_venue_or_club_by_an_article_or_a_sport_and_its_words(text: str, place: str) -> None:
    assert covered(text, place, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "on se voit au bar le soir, après le boulot",
        "de kinderen zaten in zwembad de hele dag",
        "il joue au club de foot le mercredi",
        "ze gaan naar zwembad de kinderen zijn blij",
        "ze werkt in bioscoop de laatste voorstelling altijd",
    ],
)
def test_a_time_or_the_people_after_a_kinds_article_are_no_name(text: str) -> None:
    """A time, the people there, a French "de" (of), or no end of the clause."""
    assert kinds(text, "organisation") == []


def test_a_clubs_town_before_a_dutch_infinitive_ends_its_name() -> None:
    """ "bij fight club lier opzeggen": the infinitive is the worker's, not the club's; a
    hotel's English word after a district stays in its name."""
    assert kinds("wil abonnement bij fight club lier opzeggen maar", "organisation") == [
        "fight club lier"
    ]
    assert covered("tired at her job at hotel sablon garden", "hotel sablon garden", "organisation")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("nights at vantrex warehouse, back pain", "vantrex warehouse"),
        ("gambles every friday at golden reel arcade", "golden reel arcade"),
        ("suspended from lumora academy, fees unpaid", "lumora academy"),
        ("lost his job at brenwick consulting, debts", "brenwick consulting"),
    ],
)
def test_an_english_place_by_its_own_words_before_its_kind(text: str, place: str) -> None:
    assert covered(text, place, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "she wants to start a bakery one day",
        "he wants to cancel her gym membership",
        "works at the warehouse near the station",
        "got a job at sorting hub last week",
    ],
)
def test_a_determiner_or_plain_words_before_an_english_kind_are_no_name(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hb bij gerlinde van der moortel, alles ok", "gerlinde van der moortel"),
        ("wijkagent zegt dat mariette vd brempt weer alleen zit", "mariette vd brempt"),
        ("hanne vd wouwer van het buurthuis belde", "hanne vd wouwer"),
    ],
)
def test_a_first_name_and_its_particle_surname_are_one_name(text: str, name: str) -> None:
    assert covered(text, name, "name")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("hanne de hele dag niet gezien", "de hele dag"),
        ("rose van hiernaast kwam meeluisteren", "van hiernaast"),
        ("s'occupe de sa nièce grace le week-end", "le week-end"),
        ("sofie vd buurtwerking belt morgen", "vd buurtwerking"),
        ("j'ai parlé avec espoir de l'école hier", "de l'école"),
    ],
)
def test_a_particle_before_a_word_of_the_lists_is_no_surname(text: str, kept: str) -> None:
    """A time, a place ("van hiernaast"), a compound of listed words: the name stops."""
    at = text.index(kept)
    assert all(span.end <= at for span in _names(text) if span.start < at)


def _names(text: str) -> list[object]:
    from bot.privacy.scrub import find_spans

    return [span for span in find_spans(text) if span.kind == "name"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("livreur pour vélofacile, compte bloqué", "vélofacile"),
        ("il livre des colis pour colisrapid au noir", "colisrapid"),
        ("union rep for the riders at parcelzip, fewer orders", "parcelzip"),
        ("dettes chez cashplume depuis 2022", "cashplume"),
    ],
)
def test_a_firm_named_by_two_glued_words(text: str, firm: str) -> None:
    assert covered(text, firm, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "werkt voor kinderopvang in de buurt",
        "afspraak bij schuldbemiddeling volgende week",
        "schade door overstorming in de kelder",
        "hij werkte jaren bij weverij in de stad",
        "caravan staat op de vaartdijk bij de sluis",
    ],
)
def test_dutch_compounds_slips_trades_and_streets_are_no_glued_firm(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("dort chez sa soeur rue des meuniers 14 rez à jumet", "rue des meuniers 14 rez"),
        ("lives avenue brugmann 77 2nd fl, forest", "avenue brugmann 77 2nd fl"),
        ("woont op molenstr. 41/b sinds mei", "molenstr. 41/b"),
        ("mrs ade from flat 9 block c in evere", "flat 9 block c"),
    ],
)
def test_a_short_floor_a_box_letter_or_a_flat_before_its_block_go_with_the_address(
    text: str, address: str
) -> None:
    assert covered(text, address, "address")


def test_a_flat_and_a_word_block_are_no_address() -> None:
    """ "flat 14 in block party": no building's letter after "block"."""
    assert kinds("we had flat 14 in block party", "address") == []


def test_the_first_names_left_in_a_list_of_names_are_names() -> None:
    """Two names found make the list one of people: its first names that are words follow."""
    text = "kids chosen for the trip: amira, noah, dior, river and sunny, all via the school"
    assert covered(text, "river", "name") and covered(text, "sunny", "name")


@pytest.mark.parametrize(
    "text",
    ["sarah, ahmed, school and work were discussed", "bought bread, milk, eggs and rice"],
)
def test_words_in_a_list_stay_words(text: str) -> None:
    """A list of things holds no two names; words that are no first names stay."""
    assert not any(said in ("school", "work", "bread", "rice") for said in kinds(text, "name"))


def test_reader58bs_lines() -> None:
    """A superlative after a bar's article is no name; a French adverb ends a dojo's name."""
    assert kinds("elle travaille au bar le plus proche de chez elle", "organisation") == []
    assert kinds("mr donne cours au dojo le lotus bénévolement", "organisation") == [
        "dojo le lotus"
    ]
