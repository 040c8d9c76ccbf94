"""#12's fifty-second session: clubs, pools, libraries and choirs named in all three languages,
a club's town and what follows it, French colleges and shelters, dates of a death or a coming
of age, national numbers and spoken phones with a slash, drinking said with the plain verb, a
first name that a bracket of age or calling says is one, and surnames after Romance or Arabic
particles. Sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("stopt met turnclub de sprinkhanen, te duur", "turnclub de sprinkhanen"),
        ("dochter zit bij dansclub de pirouette want ze houdt van dansen", "dansclub de pirouette"),
        ("gratis naar zwembad de spetter met de uitpas", "zwembad de spetter"),
        ("wil lezen in bib t hoekske op woensdag", "bib t hoekske"),
        ("animator bij speelplein de zandbak, cursus betaald", "speelplein de zandbak"),
    ],
)  # fmt: skip
def test_dutch_places_of_free_time_with_a_name_are_organisations(text: str, place: str) -> None:
    assert place in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "bij voetbalclub morgen langs",
        "bij hockeyclub de laatste tijd veel ruzie",
        "naar zwembad de hele dag",
        "in bib de boeken teruggebracht",
        "naar zwembad gisteren",
        "in koor de hele avond gezongen",
        "van voetbalclub de kinderen opgehaald",
    ],
)  # fmt: skip
def test_dutch_places_of_free_time_without_a_name_stay(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("hij speelt bij kc wilrijk noord sinds vorig jaar", "kc wilrijk noord"),
        ("il joue au sc couillet les lions, cotisation trop chère", "sc couillet les lions"),
        ("son fils veut aller à as cureghem united", "as cureghem united"),
        ("coaches the u12 of fc deurne star", "fc deurne star"),
    ],
)  # fmt: skip
def test_a_clubs_town_and_what_follows_it_are_one_organisation(text: str, club: str) -> None:
    assert club in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    ["same as brussels city", "as gent won the cup", "il joue au sc couillet le samedi"],
)
def test_as_before_a_town_or_a_clubs_day_makes_no_club_tail(text: str) -> None:
    assert not any(" ".join(club.split()[2:]) for club in kinds(text, "organisation"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("à la piscine les mouettes mardi", "piscine les mouettes"),
        ("inscrite à l'edd les lucioles, maman contente", "edd les lucioles"),
        ("carte à la bibliothèque des tilleuls, enfin", "bibliothèque des tilleuls"),
        ("commence à haute école des deux rives en mai", "haute école des deux rives"),
        ("inscrit à institut supérieur des ormes, bourse ok", "institut supérieur des ormes"),
        ("il dort à l'asile de nuit le phare depuis lundi", "asile de nuit le phare"),
        ("via centre de formation les hêtres, contrat signé", "centre de formation les hêtres"),
    ],
)  # fmt: skip
def test_french_places_of_free_time_study_and_shelter_with_a_name(text: str, place: str) -> None:
    assert place in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "à la piscine le samedi",
        "à la piscine les enfants nagent",
        "à la bibliothèque la semaine passée",
        "à la bibliothèque l'ordinateur, il cherche",
        "au théâtre des marionnettes",
        "à la bibliothèque du quartier",
        "à l'asile de nuit le soir",
    ],
)  # fmt: skip
def test_french_places_of_free_time_without_a_name_stay(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("her son wants to go to chess club white rook, fee too high", "chess club white rook"),
        ("cant take him to dance school fouetté anymore", "dance school fouetté"),
        ("oldest member of red fox chess club, goes every week", "red fox chess club"),
        ("walks with the monday ramblers walking group", "monday ramblers"),
    ],
)  # fmt: skip
def test_english_clubs_named_before_or_after_their_kind(text: str, club: str) -> None:
    assert club in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "at saturday football club",
        "went to dance school twice",
        "at swimming club tuesdays",
        "joined the local chess club",
        "with the weekly walking group",
        "goes to youth club on fridays",
        "wants to join boxing club",
    ],
)  # fmt: skip
def test_english_clubs_without_a_name_stay(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("vrouw overleden op 12 april, factuur begrafenis", "12 april"),
        ("papa décédé le 9 mars, succession bloquée", "9 mars"),
        ("her father died 2 feb, funeral costs", "2 feb"),
        ("jarno wordt 18 op 3 mei en dan stopt de hulp", "3 mei"),
        ("inès a 18 ans le 14/10, quitte le foyer", "14/10"),
        ("dhr x †17/02, geen testament", "17/02"),
    ],
)  # fmt: skip
def test_a_day_of_death_or_coming_of_age_is_a_date(text: str, date: str) -> None:
    assert date in kinds(text, "date")


@pytest.mark.parametrize(
    "text", ["rdv le 14/10 à 10h", "afspraak op 12 april", "meeting on 2 feb about rent"]
)
def test_a_day_and_month_alone_is_an_appointment(text: str) -> None:
    assert kinds(text, "date") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("rijksreg papa 85 04 12 / 231 44, kind nog niet", "85 04 12 / 231 44"),
        ("rr nr klopt niet in dossier: 79 02 11 - 318 05 ??", "79 02 11 - 318 05"),
    ],
)  # fmt: skip
def test_national_numbers_with_slashes_or_after_a_files_word(text: str, number: str) -> None:
    assert number in kinds(text, "national_id")


def test_a_files_own_number_stays_after_its_word() -> None:
    assert kinds("dossier 2024 - 1234 - 56 rrn", "national_id") == []


def test_a_phone_said_then_typed_after_a_slash() -> None:
    text = "gsm of the son: zero four nine one / 22 48 13"
    assert "zero four nine one / 22 48 13" in kinds(text, "phone")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("thuis: man drinkt en slaat, ze is bang", "drinkt"),
        ("elle boit depuis la mort de son fils", "boit"),
        ("il boit seul le soir", "boit"),
        ("was dronken op de afspraak", "dronken"),
        ("diabète et alcool, ne mange plus", "alcool"),
        ("terug aan de alcohol sinds de scheiding", "alcohol"),
    ],
)  # fmt: skip
def test_drinking_said_with_the_plain_verb_is_health(text: str, verb: str) -> None:
    assert verb in kinds(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        "ze drinkt alleen spa blauw",
        "hij drinkt koffie bij ons",
        "de baby drinkt slecht",
        "le bébé boit depuis hier",
        "geen drugs en alcohol.",
        "il boit un verre d'eau",
    ],
)  # fmt: skip
def test_drinking_with_an_object_a_baby_or_a_rule_stays(text: str) -> None:
    assert not {"drinkt", "boit", "alcohol", "alcool"} & set(kinds(text, "health"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("storm (4 mnd) nog niet ingeënt", "storm"),
        ("sky (9 mo) cries at night", "sky"),
        ("winter (roepnaam van zijn oom) belde", "winter"),
        ("lieve (ja lieve is haar naam) kwam langs", "lieve"),
    ],
)  # fmt: skip
def test_a_bracket_of_age_or_calling_makes_a_first_name(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    "text",
    [
        "ons gezin (3 maanden) zonder verwarming",
        "baby (3 mnd) huilt veel",
        "fleur la petite-fille (12 ans) fait les courses",
        "jp van de overkant (bijnaam de pater) wou iets",
    ],
)  # fmt: skip
def test_a_bracket_of_months_after_a_word_names_no_one(text: str) -> None:
    said = kinds(text, "name")
    assert not {"gezin", "baby", "petite-fille", "overkant"} & set(said)


def test_a_bracket_of_age_after_a_full_name_keeps_the_whole_name() -> None:
    assert "prince kalala" in kinds("prince kalala (14 ans) décroche", "name")


def test_a_surname_no_list_holds_after_an_arabic_particle() -> None:
    assert "mohamed ait lhaj" in kinds("contact via (= mohamed ait lhaj) insta", "name")


def test_a_word_after_a_french_particle_stays_a_word() -> None:
    assert kinds("victoire la grande soeur s'occupe de tout", "name") == ["victoire"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("hb kerkstr12b3 lier, deurbel stuk", "kerkstr12b3"),
        ("vad av. des roses 17/b4 schaerbeek, bébé", "av. des roses 17/b4"),
    ],
)  # fmt: skip
def test_glued_or_slashed_boxes_stay_with_the_house_number(text: str, address: str) -> None:
    assert address in kinds(text, "address")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("werkt nachten bij zolvaro handling maar contract loopt af", "zolvaro handling"),
        ("he does IT for brimwell systems in diegem", "brimwell systems"),
        ("now at kestrova hub in brucargo", "kestrova hub"),
        ("rijdt voor taxi bekir in deurne", "taxi bekir"),
        ("factuur van takeldienst de meerval, 380 eur", "takeldienst de meerval"),
        ("inscrit à l'auto-école la chicane, examen en mai", "auto-école la chicane"),
        ("naar praatgroep bij rouwpunt de libel in berchem", "rouwpunt de libel"),
    ],
)  # fmt: skip
def test_firms_by_a_made_up_word_and_their_trade_or_kind(text: str, firm: str) -> None:
    assert firm in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    ["works for baggage handling", "at the hub", "for airport security", "met taxi naar huis",
     "voor taxi morgen bellen"],
)  # fmt: skip
def test_a_trade_word_without_a_made_up_name_stays(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("joy national nr 88.12.03-412.19 for the form", "joy"),
        ("nieuw rr nr vr hope 85.12.03-146.77 doorgegeven", "hope"),
        ("new phone 0465 30 12 88 for blessing, old one stolen", "blessing"),
    ],
)  # fmt: skip
def test_a_first_name_that_owns_a_detail(text: str, name: str) -> None:
    assert name in kinds(text, "name")


def test_a_number_for_a_service_names_no_one() -> None:
    assert kinds("call 0465 30 12 88 for the school", "name") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("papa aan t drinken, mama zegt niks", "drinken"),
        ("still drinking every night, kids at school", "drinking"),
        ("drinking alone in his flat", "drinking"),
        ("neighbour says he is drunk most days", "drunk"),
        ("he gambles on football every weekend", "gambles"),
        ("alcool tous les jours depuis son départ", "alcool"),
        ("a rechuté (alcool), perdu son boulot", "alcool"),
        ("la maman a un souci d'alcool", "alcool"),
    ],
)  # fmt: skip
def test_drinking_as_a_habit_and_gambling_are_health(text: str, word: str) -> None:
    assert word in kinds(text, "health")


@pytest.mark.parametrize(
    "text",
    ["aan het drinken van water", "still drinking coffee at ten", "pas d'alcool depuis 2 ans"],
)
def test_drinking_water_or_no_alcohol_stays(text: str) -> None:
    assert kinds(text, "health") == []


def test_a_problem_with_alcohol_stays_masked_whole() -> None:
    assert "problème d'alcool" in kinds("il a un problème d'alcool depuis le divorce", "health")


@pytest.mark.parametrize(
    "text",
    ["hij schreef 'ik wil hulp' (sic) op het briefje", "she wrote 'i am fine' (sic) in the form"],
)
def test_a_quotation_before_sic_names_no_one(text: str) -> None:
    assert kinds(text, "name") == []


@pytest.mark.parametrize(
    "text",
    [
        "bartender tom gives him free drinks",
        "bartender gave them the drinks.",
        "whisky and the drinks",
    ],
)
def test_drinks_as_a_noun_stay(text: str) -> None:
    assert kinds(text, "health") == []
    assert "free" not in kinds(text, "name")


def test_a_verb_after_a_clubs_name_stays_out_of_it() -> None:
    found = kinds("naast harmonie de eendracht oefent de fanfare", "organisation")
    assert found == ["harmonie de eendracht"]


@pytest.mark.parametrize(
    ("text", "found", "kind"),
    [
        ("mama drinkt op krediet in het café", "drinkt", "health"),
        ("he drinks, says his wife", "drinks", "health"),
        ("hij overleed op 4 mei in het ziekenhuis", "4 mei", "date"),
        ("ze werd 18 op 5 januari en moet leefloon vragen", "5 januari", "date"),
        ("wordt achttien op 14 december", "14 december", "date"),
        ("registre nat 92 04 11 / 287 63 sur la carte", "92 04 11 / 287 63", "national_id"),
    ],
)  # fmt: skip
def test_reader52b_shapes_both_versions_missed(text: str, found: str, kind: str) -> None:
    assert found in kinds(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "de kat is dronken van de kattenkruid zegt het kind",
        "ze gokt dat het een jongen wordt",
        "oma drinkt elke dag haar melk met honing",
        "gel hydroalcoolique (alcool) à l'entrée du bureau",
        "hand gel (alcohol) at the entrance",
        "he was drunk with happiness when they got the flat",
    ],
)  # fmt: skip
def test_reader52c_lookalikes_of_drinking_stay(text: str) -> None:
    assert kinds(text, "health") == []


@pytest.mark.parametrize(
    ("text", "found", "kind"),
    [
        ("man gokt heel zijn loon op in het café", "gokt", "health"),
        ("elle boit en cachette, la fille trouve des bouteilles", "boit", "health"),
        ("elle a eu 18 ans le 8 mars et doit quitter le foyer", "8 mars", "date"),
        ("il est devenu majeur le 8 mars", "8 mars", "date"),
    ],
)  # fmt: skip
def test_reader52c_shapes_both_versions_missed(text: str, found: str, kind: str) -> None:
    assert found in kinds(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "il joue au fc liège la semaine prochaine",
        "au fc namur les mercredis",
        "il joue au rfc seraing la saison prochaine",
        "au fc namur les gars sont là",
    ],
)  # fmt: skip
def test_a_time_or_a_frequent_word_after_a_clubs_town_stays_out_of_its_name(text: str) -> None:
    assert all(len(club.split()) == 2 for club in kinds(text, "organisation"))
