"""Issue #12, ninth session (scrubcats9): special categories and organisations by shape.
Detention as a whole phrase ("onder elektronisch toezicht", "gets out next month", "in
hechtenis genomen"), religion told without its faith ("she converted"), movements and
typos ("salafisten", "mosliem"), care homes, shelters and hotels named by several words
("woonzorgcentrum hof ter linden", "the meadow view care home", "hotel amigo"), French
school names ending in an adjective ("l'école de la source vive"); and the same words used
as images or for no one. Every sentence is invented; nl, fr and en, lower case as typed on
a phone."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans
from tests.scrub_helpers import covered


def _kind_of(text: str, phrase: str) -> set[str]:
    start = text.index(phrase)
    end = start + len(phrase)
    return {s.kind for s in find_spans(text) if s.start < end and start < s.end}


DETENTION = [
    ("sinds april onder elektronisch toezicht, dus geen uitstap", "onder elektronisch toezicht"),
    ("zijn vader staat nu onder elektronisch toezicht", "onder elektronisch toezicht"),
    ("il est sous surveillance électronique depuis mai", "sous surveillance électronique"),
    ("he is under electronic monitoring at home", "under electronic monitoring"),
    ("her dad gets out next month and she is nervous", "gets out next month"),
    ("my client's brother gets out in june", "gets out in june"),
    ("he gets out of prison in june", "gets out of prison"),
    ("her son got out of jail last week", "got out of jail"),
    ("hij zit een celstraf uit in brugge", "zit een celstraf uit"),
    ("haar man zat een gevangenisstraf uit", "zat een gevangenisstraf uit"),
    ("hij is gisteren in hechtenis genomen", "in hechtenis genomen"),
    ("haar broer werd in voorhechtenis genomen", "in voorhechtenis genomen"),
    ("hij is vorige week in de bak gevlogen", "in de bak gevlogen"),
    ("he is in jial since march", "in jial"),
    ("haar zoon zit in voorhechtenis in afwachting van zijn proces", "zit in voorhechtenis"),
    ("il est en détention préventive depuis janvier", "est en détention préventive"),
    ("her partner is behind bars", "is behind bars"),
    ("she is on parole and sees her officer weekly", "is on parole"),
    ("il sort de prison la semaine prochaine", "sort de prison"),
    ("hij werd vrijgelaten uit de gevangenis", "vrijgelaten uit de gevangenis"),
    ("hij zit in de gesloten jeugdinstelling van everberg", "zit in de gesloten jeugdinstelling"),
    ("he's out on bail until the hearing", "out on bail"),
    ("zijn zoon is vrij op borg", "vrij op borg"),
    ("il est libéré sous caution depuis lundi", "libéré sous caution"),
    ("il s'est fait arrêter samedi", "est fait arrêter"),
    ("her brother got nicked again", "got nicked"),
    ("hij zit in het fpc sinds vorig jaar", "fpc"),
    ("haar vader zit in de gevangennis", "zit in de gevangennis"),
    ("hij zit al maanden in de gevangeis", "in de gevangeis"),
    ("il est en prsion depuis l'été", "est en prsion"),
    ("son fils est en prisonn", "est en prisonn"),
    ("hij zit thuis met een enkelband", "zit thuis met een enkelband"),
    ("il est retourné en prison en mars", "est retourné en prison"),
    ("il a été interpellé hier soir", "a été interpellé"),
    ("il s'est fait coffrer samedi", "est fait coffrer"),
    ("hij moet zijn straf nog uitzitten", "zijn straf nog uitzitten"),
    ("hij had zes maanden voorhechtenis gedaan", "had zes maanden voorhechtenis gedaan"),
    ("il a fait trois mois de préventive", "a fait trois mois de préventive"),
    ("he did eighteen months in jail", "did eighteen months in jail"),
    ("she spent a night in a cell after the fight", "spent a night in a cell"),
    ("he spent the weekend in a police cell", "police cell"),
    ("hij bracht een nacht door in de cel", "bracht een nacht door in de cel"),
    ("hij heeft een nacht in de cel gezeten", "een nacht in de cel gezeten"),
    ("il a passé la nuit au cachot", "a passé la nuit au cachot"),
    ("zijn broer heeft een enkelband gedragen", "heeft een enkelband gedragen"),
    ("hij moest een enkelband dragen", "moest een enkelband dragen"),
]


@pytest.mark.parametrize(("text", "phrase"), DETENTION)
def test_a_detention_phrase_is_masked_whole(text: str, phrase: str) -> None:
    assert covered(text, phrase) >= 0.9
    assert "detention" in _kind_of(text, phrase)


RELIGION = [
    ("she converted last year and her family does not know", "converted"),
    ("he converted two years ago", "converted"),
    ("hij bekeerde zich vorig jaar", "bekeerde zich"),
    ("ze is mosliem en draagt geen hoofddoek", "mosliem"),
    ("hij is moslem sinds zijn huwelijk", "moslem"),
    ("zijn broer zit bij de salafisten", "salafisten"),
    ("il fréquente les salafistes du quartier", "salafistes"),
    ("he goes to koran school on saturdays", "koran school"),
    ("the boys go to quranic school after class", "quranic school"),
    ("he goes to the gurdwara every sunday", "gurdwara"),
    ("ze gaan naar de koninkrijkszaal", "koninkrijkszaal"),
    ("hij doet de ramdan dit jaar niet mee", "ramdan"),
    ("ze doet de ramadam", "ramadam"),
    ("ze is afvallig en haar familie weet het", "afvallig"),
    ("hij is getuige van jehovah", "getuige van jehovah"),
    ("sa tante est diaconesse", "diaconesse"),
    ("she left the church after the divorce", "left the church"),
    ("Elle est kimbanguiste depuis toujours", "kimbanguiste"),
    ("She is a Seventh-day Adventist", "Seventh-day Adventist"),
    ("Hij gaat naar een gebedsgroep op woensdag", "gebedsgroep"),
    ("She goes to a prayer group on Wednesdays", "prayer group"),
    ("Elle va au groupe de prière du jeudi", "groupe de prière"),
    ("He went on hajj last year", "hajj"),
    ("Elle a perdu la foi après le décès", "perdu la foi"),
    ("He lost his faith when his son died", "lost his faith"),
    ("Il fait ses cinq prières même au travail", "fait ses cinq prières"),
    ("Hij leidt het gebed in de moskee", "leidt het gebed"),
    ("Zij is zondagsschooljuf", "zondagsschooljuf"),
]


@pytest.mark.parametrize(("text", "phrase"), RELIGION)
def test_religion_is_masked(text: str, phrase: str) -> None:
    assert covered(text, phrase) >= 0.9
    assert "religion" in _kind_of(text, phrase)


ORGANISATIONS = [
    ("haar moeder woont in woonzorgcentrum hof ter linden", "woonzorgcentrum hof ter linden"),
    ("oma zit in wzc hof ter kouter in lebbeke", "wzc hof ter kouter"),
    ("opa verhuist naar woonzorgcentrum ter vlierbeke", "woonzorgcentrum ter vlierbeke"),
    ("hij verblijft in het woonzorgcentrum huize sint-anna", "woonzorgcentrum huize sint-anna"),
    ("ze woont in het rusthuis hof van egmont", "rusthuis hof van egmont"),
    ("haar vader woont in serviceflat ter bede", "serviceflat ter bede"),
    ("ze werkt in de keuken bij hof ter linden", "hof ter linden"),
    ("Hij werkt bij Hof ter Linden in de keuken", "Hof ter Linden"),
    ("Zij werkt als kok bij Huis van Egmont", "Huis van Egmont"),
    ("hij woont nu in huize sint-jozef", "huize sint-jozef"),
    ("il est à la résidence les jardins de la cambre", "résidence les jardins de la cambre"),
    ("sa mère vit à la maison de repos les tilleuls dorés", "maison de repos les tilleuls dorés"),
    ("she lives at the meadow view care home", "meadow view care home"),
    ("her gran moved to the willow court nursing home", "willow court nursing home"),
    ("she stays at the shelter de schuilplaats", "shelter de schuilplaats"),
    ("ze verblijft in het vrouwenopvangcentrum de wissel", "vrouwenopvangcentrum de wissel"),
    ("ze slaapt in de nachtopvang de ark", "nachtopvang de ark"),
    ("hij werkt in hotel amigo", "hotel amigo"),
    ("hij werkt in het hilton hotel", "hilton hotel"),
    ("she works at the radisson blu", "radisson blu"),
    ("she cleans rooms at the crowne plaza", "crowne plaza"),
    ("she works at starbucks in the station", "starbucks"),
    ("elle va à l'école de la source vive", "école de la source vive"),
    ("son fils est à l'école du bois joli", "école du bois joli"),
    ("sa fille est à l'école du val fleuri", "école du val fleuri"),
    ("ils vont à l'école de la rose blanche", "école de la rose blanche"),
    ("il est au centre neuropsychiatrique saint-martin", "centre neuropsychiatrique saint-martin"),
    ("elle est au centre hospitalier saint-vincent", "centre hospitalier saint-vincent"),
    ("hij gaat naar het buurthuis de nieuwe zon", "buurthuis de nieuwe zon"),
    ("ze zit in gbs de kleine wereld", "gbs de kleine wereld"),
    ("ze verblijft in het mpi oosterlo tijdens de week", "mpi oosterlo"),
    ("hij zit op de kbs de twee vijvers", "kbs de twee vijvers"),
    ("ze studeert aan de thomas more hogeschool", "thomas more hogeschool"),
    ("hij studeert aan de kul", "kul"),
    ("she works at north sea port", "north sea port"),
]


@pytest.mark.parametrize(("text", "phrase"), ORGANISATIONS)
def test_a_named_institution_is_masked_whole(text: str, phrase: str) -> None:
    assert covered(text, phrase) >= 0.9
    assert "organisation" in _kind_of(text, phrase)


NO_ONE = [
    "elle a un voile dans la voix",
    "il y avait un voile de brume sur la ville",
    "he is orthodox about the rules of the house",
    "he converted the garage into a room",
    "she converted the file to pdf",
    "ze woont sinds kort in een rusthuis",
    "het rusthuis de komende maanden is nog niet zeker",
    "hij slaapt in de nachtopvang de hele week",
    "they booked a hotel room near the station",
    "they stayed at a hotel near the station for two nights",
    "she works at the hotel down the road",
    "het gezin sliep in het hotel tegenover het station",
    "ils dorment à l'hôtel près de la gare",
    "on se retrouve à l'hôtel de ville",
    "she moved to the local care home",
    "ze gingen naar het hof van beroep",
    "hij zit vast in de file",
    "ze voelt zich opgesloten in haar eigen huis",
    "elle sort de l'école à 16h",
    "he gets out of school at four",
    "ze zit vast op haar werk",
    "hij kwam vrij laat thuis",
    "hij is vrij op woensdag",
    "god zij dank",
    "thank god it is friday",
    "we zitten in het buurthuis de ganse dag",
    "dat is allemaal kul",
    "ze zit in de gbs de hele dag",
    "he spent two days in hospital",
    "ze bracht een nacht door bij haar zus",
    "il a passé la nuit chez sa mère",
    "hij zit in het mpi sinds zijn tiende",
]


@pytest.mark.parametrize("text", NO_ONE)
def test_the_same_words_for_no_one_stay(text: str) -> None:
    assert [s for s in find_spans(text) if s.kind != "place"] == []


HEALTH = [
    ("elle est anorexique depuis ses quinze ans", "anorexique"),
    ("ze is boulimisch en wordt gevolgd", "boulimisch"),
    ("hij heeft een verstandelijke handicap", "verstandelijke handicap"),
    ("ze gebruikt drugs sinds haar scheiding", "gebruikt drugs"),
    ("she cuts herself when it gets too much", "cuts herself"),
    ("ze heeft een hartafwijking van bij de geboorte", "hartafwijking"),
    ("il a un problème de drogue depuis longtemps", "problème de drogue"),
    ("ze is kankervrij sinds vorig jaar", "kankervrij"),
    ("hij heeft een hoorapparaat nodig", "hoorapparaat"),
    ("ze heeft slaapapneu en is altijd moe", "slaapapneu"),
    ("ze krijgt bestralingen in het ziekenhuis", "bestralingen"),
    ("she has pcos and is on medication", "pcos"),
]


@pytest.mark.parametrize(("text", "phrase"), HEALTH)
def test_a_condition_is_masked(text: str, phrase: str) -> None:
    assert covered(text, phrase) >= 0.9
    assert "health" in _kind_of(text, phrase)


ORIGIN = [
    ("hij is palestijn en woont hier sinds 2015", "palestijn"),
    ("she is morrocan and lives with her aunt", "morrocan"),
    ("il est kabyle et parle peu le français", "kabyle"),
    ("hij is rifijn van afkomst", "rifijn"),
    ("hij is tibetaan", "tibetaan"),
]


@pytest.mark.parametrize(("text", "phrase"), ORIGIN)
def test_an_origin_is_masked(text: str, phrase: str) -> None:
    assert covered(text, phrase) >= 0.9
    assert "origin" in _kind_of(text, phrase)


@pytest.mark.parametrize(
    "text",
    [
        "il aime la cuisine marocaine",
        "ze heeft een poolse auto gekocht",
        "ze hing de turkse vlag op voor de match",
        "we dronken een georgische wijn",
    ],
)
def test_an_origin_word_of_a_thing_stays(text: str) -> None:
    assert [s for s in find_spans(text) if s.kind == "origin"] == []
