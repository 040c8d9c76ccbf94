"""Issue #12, tenth session (scrubnames10): lower-case names that the shape of their clause
reveals (the subject of a subordinate clause, a first name after "the little", a first name
before a listed surname, particles after a title), and the words that stay: chat words after
a first name, a word-name said to be a word. Invented sentences in nl, fr and en."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import Scrubber, find_spans


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("toen wanjiru binnenkwam begon ze te huilen", ["wanjiru"]),
        ("nadat obiora vertrokken was hebben we gebeld", ["obiora"]),
        ("quand adjoa est arrivée elle avait froid", ["adjoa"]),
        ("parce que kadiatou a raté le bus on a attendu", ["kadiatou"]),
        ("when lindiwe came in she was upset", ["lindiwe"]),
        ("because oluchi lost her phone we met later", ["oluchi"]),
    ],
)
def test_the_subject_of_a_subordinate_clause_is_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "toen de bel ging kwam niemand binnen",
        "ze werkt als poetshulp bij een bakker",
        "quand la mère est arrivée elle pleurait",
        "when the doctor came in he looked tired",
        "because nobody called we went home",
        "because wifi was down we phoned",
        "quand chomage arrive elle paie",
    ],
)
def test_a_word_opening_a_subordinate_clause_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de kleine imane heeft koorts", ["imane"]),
        ("la petite divine dort enfin", ["divine"]),
        ("the little kwabena cried all night", ["kwabena"]),
    ],
)
def test_a_first_name_after_the_little_is_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "le petit prince est un beau livre",
        "de kleine heeft koorts",
        "the little one was crying",
    ],
)
def test_a_word_after_the_little_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i called ben okafor this morning", ["ben okafor"]),
        ("jan verbruggen komt morgen langs", ["jan verbruggen"]),
        ("ben nwachukwu est passé hier", ["ben nwachukwu"]),
    ],
)
def test_a_first_name_that_is_a_word_before_a_listed_surname(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mr van der berg called about the rent", ["van der berg"]),
        ("meneer van den bos is opgenomen", ["van den bos"]),
        ("madame van der heyden veut un rendez vous", ["van der heyden"]),
    ],
)
def test_particles_after_a_title_make_a_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "meneer van de gemeente belde terug",
        "madame de la mairie a appelé",
        "mevrouw van het ocmw komt langs",
    ],
)
def test_a_title_of_a_service_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("amir efkes gebeld over de huur", ["amir"]),
        ("kofi asap terugbellen", ["kofi"]),
        ("inès vite passée au bureau", ["inès"]),
        ("sanne direct doorverwezen", ["sanne"]),
    ],
)
def test_a_chat_word_after_a_first_name_is_no_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_chat_word_after_a_first_name_is_not_offered() -> None:
    review = Scrubber(lambda _, msgid: msgid).review("amir efkes gebeld", "nl")
    assert review.text == "[name] efkes gebeld"
    assert "efkes" not in review.unsure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Destiny is een woord dat ze vaak gebruikt", []),
        ("Hope is a word she often uses", []),
        ("Destiny is een lieve meid", ["Destiny"]),
        ("hope is wat haar overeind houdt", []),
        ("grace is ce qui lui manque", []),
    ],
)
def test_a_word_name_said_to_be_a_word_stays(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sarah baker came in late", ["sarah baker"]),
        ("joy mbeki belde vanochtend", ["joy mbeki"]),
        ("giulia ferraro cherche un appart", ["giulia ferraro"]),
    ],
)
def test_a_first_name_a_rarer_word_and_a_verb_are_a_full_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maryam and zainab share a room", ["maryam", "zainab"]),
        ("adebayo found a job in a warehouse", ["adebayo"]),
        ("jonas gisteren belde hij", ["jonas"]),
        ("you may recognise a colleague", []),
    ],
)
def test_a_verb_or_an_adverb_after_a_first_name_is_no_surname(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("lorsqu'awa est arrivée on a commencé", "lorsqu'[name] est arrivée on a commencé"),
        ("puisqu'ousmane refuse on arrête", "puisqu'[name] refuse on arrête"),
        ("lorsqu'il est arrivé on a commencé", "lorsqu'il est arrivé on a commencé"),
        ("madame n'diaye a perdu son travail", "madame [name] a perdu son travail"),
    ],
)
def test_an_elided_que_stays_before_a_name(text: str, masked: str) -> None:
    assert Scrubber(lambda _, msgid: msgid).scrub(text, "fr") == masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tesfaye komt uit een groot gezin", ["tesfaye"]),
        ("hij zegt dat ntombi hem bedreigt", ["ntombi"]),
        ("elle dit que kadiatou viendra demain", ["kadiatou"]),
        ("she says that olumide will come", ["olumide"]),
    ],
)
def test_a_word_of_no_list_before_a_verb_of_people_is_a_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "vandag komt ze niet",
        "gisteen belde ze terug",
        "dat formulierr is kwijt",
        "Que voulez-vous faire ?",
        "Celle-ci était déjà close.",
        "ce que wifi fait la nuit",
    ],
)
def test_a_typo_or_a_french_inversion_stays(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("avec une amie Samira au parc", ["Samira"]),
        ("she goes to the grace baptist church", []),
    ],
)
def test_a_friend_word_or_a_church_name_is_no_first_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thanks chidinma for the lift", ["chidinma"]),
        ("merci fatoumata", ["fatoumata"]),
        ("bedankt nokuthula voor de hulp", ["nokuthula"]),
        ("alors mamadi a dit non", ["mamadi"]),
        ("thanks for the help", []),
        ("merci beaucoup pour tout", []),
        ("bedankt voor de hulp", []),
        ("alors on a dit non", []),
    ],
)
def test_whom_thanks_are_said_to_is_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "offered"),
    [
        ("gesprek gehad met luca ferraro", "nl", "ferraro"),
        ("rendez-vous avec amina jabari", "fr", "jabari"),
        ("talked to fatou mbaye", "en", "mbaye"),
    ],
)
def test_a_word_after_a_name_of_no_word_of_the_language_is_offered(
    text: str, lang: str, offered: str
) -> None:
    review = Scrubber(lambda _, msgid: msgid).review(text, lang)
    # since names11 a rare word after a first name is masked as a surname: hidden or offered
    assert offered in review.unsure or offered not in review.text


@pytest.mark.parametrize(
    "text",
    ["gesprek met ahmed over de huur", "ahmad works in a restaurant", "bintou garde les enfants"],
)
def test_a_word_of_the_language_after_a_name_is_not_offered(text: str) -> None:
    review = Scrubber(lambda _, msgid: msgid).review(text, "en")
    assert review.replaced == 1
    assert review.unsure == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mme de la Croix a appelé.", ["de la Croix"]),
        ("Madame de la Poste a appelé", []),
    ],
)
def test_a_capital_after_a_title_and_particles_is_a_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dat appke was lief", []),
        ("omdat schoonma komt", []),
        ("omdat kotteke te klein is", []),
        ("omdat anneke belde", ["anneke"]),
        ("de kleine jorieke slaapt", ["jorieke"]),
    ],
)
def test_a_flemish_diminutive_or_kin_word_is_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pendant que mbali dormait on a rangé", ["mbali"]),
        ("avant que seynabou parte il faut signer", ["seynabou"]),
        ("pour que ce soit clair", []),
    ],
)
def test_que_after_a_conjunction_opens_a_clause(text: str, expected: list[str]) -> None:
    assert names(text) == expected
