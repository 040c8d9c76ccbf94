"""Issue #12, eighth session (scrub8): organisations by shape. A club named after its town,
a school named by an article and words that are no name alone, a stay's place with its
article and town, a congregation by its own word; and the same words that name no one
place. Every sentence is invented; nl, fr and en, lower case as typed on a phone."""

from __future__ import annotations

import pytest

from tests.scrub_helpers import kinds


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("hij speelt voetbal bij royal ixelles", "royal ixelles"),
        ("il joue au basket au royal ixelles depuis deux ans", "royal ixelles"),
        ("zijn zoon speelt bij sporting lokeren", "sporting lokeren"),
        ("mijn zoon voetbalt bij sporting hasselt", "sporting hasselt"),
        ("hij traint bij union saint-gilles", "union saint-gilles"),
        ("hij zit in de jeugd van union sint-gillis", "union sint-gillis"),
        ("il est au standard de liège", "standard de liège"),
        ("il joue au standard liège", "standard liège"),
        ("il joue à l'olympic charleroi", "olympic charleroi"),
        ("hij speelt bij excelsior moeskroen", "excelsior moeskroen"),
        ("son fils joue à l'excelsior de virton", "excelsior de virton"),
        ("elle joue au racing mechelen", "racing mechelen"),
        ("il joue au racing de mons", "racing de mons"),
        ("ze speelt volley bij royal namur", "royal namur"),
        ("he plays for royal charleroi", "royal charleroi"),
        ("hij speelt bij verbroedering geel", "verbroedering geel"),
        ("il joue au daring de molenbeek", "daring de molenbeek"),
        ("he trains with cercle brugge on wednesdays", "cercle brugge"),
    ],
)
def test_a_club_named_after_its_town(text: str, club: str) -> None:
    assert (club, "organisation") in kinds(text)


def test_a_legal_form_takes_no_short_word_for_a_town() -> None:
    assert kinds("he plays for fc anderlecht on saturdays") == [("fc anderlecht", "organisation")]


@pytest.mark.parametrize(
    "text",
    [
        "he had a royal welcome in brussels",
        "the standard procedure in gent",
        "the union in antwerpen helped him",
        "it was a racing heart",
        "hij is sporting director",
        "il joue au royal on",
    ],
)
def test_club_words_without_their_town_name_no_club(text: str) -> None:
    assert not [k for k in kinds(text) if k[1] == "organisation"], kinds(text)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("elle va à l'école des trois tilleuls", "école des trois tilleuls"),
        ("ze zit in basisschool de drie linden", "basisschool de drie linden"),
        ("il va à la petite école du parc", "petite école du parc"),
        ("ze zit op de basisschool de kleine wereld", "basisschool de kleine wereld"),
        ("ze zit in basisschool de vier winden", "basisschool de vier winden"),
        ("hij gaat naar kleuterschool de blauwe vogel", "kleuterschool de blauwe vogel"),
        ("ze zit op basisschool het kleine kasteel", "basisschool het kleine kasteel"),
        ("ze gaat naar de school van de drie koningen", "school van de drie koningen"),
        ("elle va à l'école des quatre saisons", "école des quatre saisons"),
        ("il est à l'école du château", "école du château"),
        ("elle est en 3e à l'école de la fontaine", "école de la fontaine"),
        ("il fréquente l'athénée des pagodes", "athénée des pagodes"),
        ("les enfants vont à la crèche des petits lutins", "crèche des petits lutins"),
        ("elle va à la petite école des coquelicots", "petite école des coquelicots"),
        ("elle est à l'école du bois fleuri", "école du bois fleuri"),
        ("l'école des petits chênes à uccle", "école des petits chênes"),
    ],
)
def test_a_school_named_by_an_article_and_words(text: str, school: str) -> None:
    assert (school, "organisation") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "ze heeft de hele dag school",
        "na school de drie kinderen ophalen",
        "ze zit op school de drie weken voor de vakantie",
        "de school van de kleine gaat dicht",
        "vandaag de school van de kleine ik merkte het pas later",
        "de school van de kleine ligt ver",
        "na het gesprek met de school de drie afspraken genoteerd",
        "l'école du quartier est fermée",
        "il va à l'école des devoirs le mercredi",
        "elle a appris à l'école de la vie",
        "il est à l'école du soir",
        "l'école des parents organise une soirée",
        "elle va à l'école de la rue",
        "elle fréquente l'école de la deuxième chance",
    ],
)
def test_a_kind_of_school_or_a_time_names_no_school(text: str) -> None:
    assert not [k for k in kinds(text) if k[1] == "organisation"], kinds(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("she was admitted to the psychiatric centre in duffel", "psychiatric centre in duffel"),
        ("ze ligt in het ziekenhuis in aalst", "ziekenhuis in aalst"),
        ("he is in the hospital in leuven", "hospital in leuven"),
        ("elle est à l'hôpital à mons", "hôpital à mons"),
        ("she stays in the shelter at mechelen", "shelter at mechelen"),
        ("hij verblijft in het vluchthuis in hasselt", "vluchthuis in hasselt"),
        ("ze woont in het rusthuis in zelzate", "rusthuis in zelzate"),
        ("she stays at the women's shelter in leuven", "women's shelter in leuven"),
    ],
)
def test_a_stay_with_its_article_and_town_names_the_place(text: str, place: str) -> None:
    assert (place, "organisation") in kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("she is in a hospital in ghent", [("ghent", "place")]),
        ("ze gaat naar het ocmw van gent", [("gent", "place")]),
        ("elle va au cpas d'anderlecht", [("anderlecht", "place")]),
        ("hij is ingeschreven bij de vdab in mechelen", [("mechelen", "place")]),
    ],
)
def test_one_of_many_and_public_services_stay_with_the_town_masked(
    text: str, kept: list[tuple[str, str]]
) -> None:
    assert kinds(text) == kept


@pytest.mark.parametrize(
    ("text", "church"),
    [
        ("she goes to the victory pentecostal church in anderlecht", "victory pentecostal church"),
        ("she goes to the grace baptist church", "grace baptist church"),
        ("they attend the zion apostolic church in brussels", "zion apostolic church"),
    ],
)
def test_a_congregation_by_its_own_word(text: str, church: str) -> None:
    assert (church, "organisation") in kinds(text)


@pytest.mark.parametrize(
    ("text", "faith"),
    [
        ("she goes to the local pentecostal church", "pentecostal church"),
        ("ze gaat naar de nieuwe evangelische gemeente", "evangelische gemeente"),
    ],
)
def test_a_congregation_described_stays_a_religion(text: str, faith: str) -> None:
    assert kinds(text) == [(faith, "religion")]


@pytest.mark.parametrize(
    ("text", "shelter"),
    [
        ("ze verblijft in vluchthuis de schelp", "vluchthuis de schelp"),
        ("hij woont in het tehuis de wissel", "tehuis de wissel"),
        ("elle loge au foyer les tilleuls", "foyer les tilleuls"),
    ],
)
def test_a_shelter_by_its_own_name(text: str, shelter: str) -> None:
    assert (shelter, "organisation") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "ze zit in het opvangcentrum de hele week",
        "ze gaat naar het dagcentrum de volgende keer",
        "hij zit in de nachtopvang de laatste tijd",
        "il est au foyer le soir",
    ],
)
def test_a_shelter_then_a_time_names_no_shelter(text: str) -> None:
    assert not [k for k in kinds(text) if k[1] == "organisation"], kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ze werkt bij een firma die brightlane heet", "brightlane"),
        ("he works for a company called brightlane", "brightlane"),
        ("elle travaille pour une société qui s'appelle netcleaning", "netcleaning"),
        ("ze werkt bij het poetsbedrijf cleanmaster sinds maart", "poetsbedrijf cleanmaster"),
        ("she goes to the ar-rahma mosque", "ar-rahma mosque"),
        ("hij gaat naar de fatih moskee", "fatih moskee"),
        ("hij werkt bij bouwbedrijf de vos", "bouwbedrijf de vos"),
        ("ze werkt bij schoonmaakbedrijf de smet", "schoonmaakbedrijf de smet"),
    ],
)
def test_an_employer_or_place_of_worship_by_its_own_name(text: str, name: str) -> None:
    assert (name, "organisation") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "she goes to the big church",
        "ze werkt in een schoonmaakbedrijf van haar oom",
        "het poetsbedrijf is failliet",
        "hij zoekt een bouwbedrijf dat hem wil aannemen",
        "ze heeft een kapperszaak in de stad",
        "a film called frozen",
        "she has a dog named rex",
        "hij werkt bij een bedrijf dat veel uren vraagt",
        "hij werkt in een bouwbedrijf van de stad",
        "ze werkt in het familiebedrijf van haar vader",
        "hij werkt bij het schildersbedrijf van de broers",
    ],
)
def test_a_firm_or_church_described_names_none(text: str) -> None:
    assert not [k for k in kinds(text) if k[1] == "organisation"], kinds(text)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("she works at brightlane", "brightlane"),
        ("elle travaille chez netcleaning", "netcleaning"),
    ],
)
def test_an_english_or_french_note_names_a_compound_employer(text: str, employer: str) -> None:
    assert (employer, "organisation") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "she works at nightshifts",
        "he works at the warehouse",
        "hij werkt bij thuiszorgdiensten",
        "she works at weekends",
        "elle travaille chez elle",
    ],
)
def test_a_plural_or_a_dutch_compound_after_work_names_no_employer(text: str) -> None:
    assert not [k for k in kinds(text) if k[1] == "organisation"], kinds(text)
