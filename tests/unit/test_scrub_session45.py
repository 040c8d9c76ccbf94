"""#12's forty-fifth session: how writers mark the edges of a detail (a floor in short after
the house number, the block after an address, a firm's legal form, "in prison", a kind said
before a name) and a few shapes and words they share; sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds, masked


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("woont nu op kerkhofstraat 12 3de verd zonder lift", "kerkhofstraat 12 3de verd"),
        ("famille x rue des tanneurs 41 2e ét, humidité", "rue des tanneurs 41 2e ét"),
        ("huur achter, lindenlaan 7, 1ste verd. eigenaar boos", "lindenlaan 7, 1ste verd."),
        ("hij woont in residentie zeezicht blok b, oostende", "residentie zeezicht blok b"),
    ],
)
def test_a_short_floor_or_a_block_after_an_address_is_part_of_it(text: str, address: str) -> None:
    assert address in kinds(text, "address")


@pytest.mark.parametrize(
    "text",
    [
        "rue des tanneurs 41, 3e étage sans ascenseur",
        "kerkhofstraat 12, 3rd floor, no lift",
    ],
)
def test_a_floor_written_out_stays_outside_the_address(text: str) -> None:
    found = kinds(text, "address")
    assert found and not any("étage" in a or "floor" in a for a in found)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("poetst voor clean & co bvba sinds maart", "clean & co bvba"),
        ("works nights at brussels airport cargo", "brussels airport cargo"),
        ("sam sleeps at youth shelter de boei since monday", "youth shelter de boei"),
        ("werkt bij dienstencheques het poetsje, loon te laat", "dienstencheques het poetsje"),
        ("verblijft in jongerenhuis de kompas", "jongerenhuis de kompas"),
        (
            "abdi werkt bij vleesverwerking dumortier, loon niet betaald",
            "vleesverwerking dumortier",
        ),
        ("schulden bij kredietshop geldsnel en 2 incassobureaus", "kredietshop geldsnel"),
        ("missed two weeks at école 12, mum ill", "école 12"),
    ],
)
def test_organisations_take_the_edges_writers_give_them(text: str, organisation: str) -> None:
    assert any(organisation in found for found in kinds(text, "organisation"))


@pytest.mark.parametrize(
    "text",
    [
        "il a été à l'école 3 ans, puis plus rien",
        "hij werkt bij een schoonmaakbedrijf, vast contract",
        "de kredietshop van de buurt is dicht",
    ],
)
def test_a_kind_without_its_own_name_stays(text: str) -> None:
    assert kinds(text, "organisation") == []


def test_in_prison_is_one_detention() -> None:
    found = kinds("mrs dumont, husband in prison in lantin, 4 kids", "detention")
    assert any(said.startswith("in prison") for said in found)


def test_a_nickname_after_a_surname_and_dite_is_a_name() -> None:
    assert "lolotte" in kinds("mme wasilewska (dite lolotte) vit seule à jumet", "name")


def test_a_surname_saying_an_ordinary_word_stays_speech() -> None:
    assert "merci" not in kinds("mme peeters dit merci, elle est contente", "name")


@pytest.mark.parametrize(
    ("text", "kind", "said"),
    [
        ("dochtertje terug een astma-aanval, ze zitten op spoed", "health", "astma-aanval"),
        ("odeur insoutenable, elle a le syndrome de diogène", "health", "syndrome de diogène"),
        ("family siddiqui, ahmadiyya, afraid of the neighbours", "religion", "ahmadiyya"),
    ],
)
def test_words_for_a_condition_and_a_faith_are_masked(text: str, kind: str, said: str) -> None:
    assert said in kinds(text, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("precious (nigériane) victime de traite, suivie par une asbl", "precious"),
        ("destiny (ghanaian) 22, two kids, studio way too small", "destiny"),
        ("rose vh 3e verdiep klaagt over schimmel", "rose"),
        ("lies vh jongerenhuis meldt dat hij weer op straat hangt", "lies"),
        ("lucky, dob 09/08/2004, wants help with his cv", "lucky"),
        ("blessing victime de traite, a peur de sortir", "blessing"),
        ("patience absent from school again, mum ill", "patience"),
    ],
)
def test_a_word_name_opening_a_note_with_a_persons_context_is_a_name(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "hope (optimistic) is what keeps her going",
        "winter (cold) came early this year",
        "rose, la couleur de la chambre du bébé",
    ],
)
def test_a_word_opening_a_note_with_no_persons_context_stays(text: str) -> None:
    assert kinds(text, "name") == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("ontslagen bij metaalwerken dewitte, zegt da t daarom is", "metaalwerken dewitte"),
        ("il travaille chez usine sidertec, sans contrat", "usine sidertec"),
    ],
)
def test_a_trade_and_one_word_ending_the_clause_after_work_is_a_firm(text: str, firm: str) -> None:
    assert firm in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "works at car wash weekends, paid cash",
        "la voiture fait un bruit bizarre, à signaler au garage asap",
        "hij werkt bij bakkerij morgen.",
    ],
)
def test_a_trade_and_a_time_or_shorthand_stays(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("adres nu stationsstraat 8 blok c, bus 12, bellen", "stationsstraat 8 blok c, bus 12"),
        ("maman habite rue haute 220 bloc c 5e étage, seule", "rue haute 220 bloc c 5e étage"),
        ("temp address with sister, 250 london road block e, 2nd floor", "250 london road"),
        ("mvr lambrecht dorp 14 zemst kan ni meer goed stappen", "dorp 14"),
        ("hb bij tom ooievaarsnest 4 wilrijk, niemand thuis", "ooievaarsnest 4"),
    ],
)
def test_an_address_keeps_its_block_box_and_floor_and_its_words_before_a_town(
    text: str, address: str
) -> None:
    assert address in kinds(text, "address")


@pytest.mark.parametrize(
    "text",
    [
        "école 15 minutes à pied, maman accompagne",
        "école 7 ans, il ne sait pas encore lire",
        "hope absent from his voice, worried about him",
        "patience victime de son succès, la maman est débordée",
        "works at kebab shop, no contract",
        "travaille chez nettoyages industriels, horaires de nuit",
        "kamer 3 gent is vol",
        "bus 14 gent rijdt niet",
        "perron 3 mechelen, vertrek 7u12",
        "salle 3 mons pour la réunion",
        "aged 14 leeds, in year 9",
        "works at hotel reception, no contract",
        "travaille chez usine textile, intérim",
        "werkt bij garage dichtbij, ok",
    ],
)
def test_lookalikes_the_readers_found_stay(text: str) -> None:
    found = masked(text)
    assert not [said for said, kind in found if kind in ("name", "organisation", "address")]


def test_in_a_wheelchair_is_one_condition() -> None:
    assert "in a wheelchair" in kinds(
        "mr peeters in a wheelchair since the fall, lift broken", "health"
    )


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("suivie à la clinique notre-dame des prés depuis mars", "clinique notre-dame"),
        ("ewa volunteers at children's centre the junction", "children's centre the junction"),
    ],
)
def test_a_french_or_english_kind_goes_with_the_name(text: str, organisation: str) -> None:
    assert any(organisation in found for found in kinds(text, "organisation"))


def test_a_scrubbed_place_label_is_no_plate_cue_on_a_second_scrub() -> None:
    from tests.unit.test_scrub_overlaps13 import SCRUBBER

    once = SCRUBBER.scrub("zoekt een studio in gent, budget max 450 all-in", "nl")
    assert SCRUBBER.scrub(once, "nl") == once
