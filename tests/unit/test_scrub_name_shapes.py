"""Issue #12, fifth session (scrubnames3): name shapes that a rule set still missed, each
by shape, position or context rather than by list. Invented sentences, positive and
negative, in nl, fr and en, typed the way a worker types on a phone."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text) if s.kind == "name"]


def masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mr pietrs was boos", ["pietrs"]),
        ("meneer jansens belde terug", ["jansens"]),
        ("madame dialo est venue ce matin", ["dialo"]),
        ("mr. piters called back", ["piters"]),
    ],
)
def test_a_typed_surname_after_a_title_is_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vandaag kwam dragos te laat op de afspraak", ["dragos"]),
        ("gisteren belde ionela nog voor de huur", ["ionela"]),
        ("hier is tesfay nog niet geweest", ["tesfay"]),
        ("toen zei florica dat ze moest gaan", ["florica"]),
    ],
)
def test_a_word_of_no_language_after_an_opening_adverb_and_a_verb_is_a_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "vandaag kwam de tolk niet",
        "gisteren was het druk in de wachtzaal",
        "daarna ging ze naar huis",
        "toen kwam alles samen",
        "vandaag kwam er niemand opdagen",
        "nu woont ze alleen",
    ],
)
def test_an_inverted_sentence_without_a_name_stays(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dzhemile en haar man kwamen samen", ["dzhemile"]),
        ("ntumba et son mari sont passés", ["ntumba"]),
        ("gwoyeza and her husband came in", ["gwoyeza"]),
    ],
)
def test_a_word_of_no_language_with_their_family_is_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mohamed ould abdallah est arrivé hier", ["mohamed ould abdallah"]),
        ("ben-ali wil een afspraak", ["ben-ali"]),
        ("el-amrani belde om 9u", ["el-amrani"]),
        ("samira ibn rachid was er ook", ["samira ibn rachid"]),
    ],
)
def test_names_with_a_foreign_particle_are_masked_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ionut aka johnny kwam niet", ["ionut", "johnny"]),
        ("the boy, alias kiki, ran off", ["kiki"]),
    ],
)
def test_a_name_after_aka_or_alias_is_masked(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hij heeft als bijnaam een grap",
        "the alias was used twice",
        "son surnom c'est la classe",
    ],
)
def test_naming_nouns_alone_mask_nothing(text: str) -> None:
    assert names(text) == []


def places(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text) if s.kind == "place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze woont in molenbeeck sinds mei", ["molenbeeck"]),
        ("hij woont in anderlcht", ["anderlcht"]),
        ("elle habite à scharbeek", ["scharbeek"]),
        ("ze woont in kortrjik bij haar zus", ["kortrjik"]),
        ("hij woont in sint-jans-molenbek", ["sint-jans-molenbek"]),
    ],
)
def test_a_belgian_place_with_one_slip_after_in_is_a_place(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "niemand komt te werten wie jij bent",
        "ze gaat naar afsprak morgen",
        "we gaan naar schoool",
        "hij zit in augustsu",
    ],
)
def test_a_typo_of_a_word_after_in_is_no_place(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hij woont in st-gillis", ["st-gillis"]),
        ("elle habite à st-josse depuis un an", ["st-josse"]),
        ("ze verhuist naar st-truiden", ["st-truiden"]),
        ("familie in charleroi en la louvière", ["charleroi", "la louvière"]),
        ("ze woont in het kiel", ["kiel"]),
        ("hij was in cracovie voor zijn werk", ["cracovie"]),
        ("ze ging naar boekarest", ["boekarest"]),
        ("elle vient d'alep", ["alep"]),
        ("zijn broer woont in istanboel", ["istanboel"]),
        ("de familie woont in cluj", ["cluj"]),
    ],
)
def test_short_saints_article_towns_neighbourhoods_and_exonyms_are_places(
    text: str, expected: list[str]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de panne van de auto was vervelend",
        "de kiel van de boot",
        "le havre de paix du quartier",
    ],
)
def test_an_article_and_a_word_stays_a_word(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mykola vertelt over de oorlog", ["mykola"]),
        ("wojtek en kasia zijn gescheiden", ["wojtek", "kasia"]),
        ("tadesse had pijn aan zijn rug", ["tadesse"]),
        ("yared kwam met de bus", ["yared"]),
        ("aissata sow est venue", ["aissata sow"]),
        ("haben told me about the journey", ["haben"]),
        ("jojo heeft gebeld", ["jojo"]),
        ("ik heb roya en omid gezien", ["roya", "omid"]),
    ],
)
def test_lower_case_first_names_of_many_origins_are_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chance speelt buiten met de buren", ["Chance"]),
        ("Patience est venue seule", ["Patience"]),
        ("Hope is vertrokken naar haar zus", ["Hope"]),
        ("Will plays football on saturdays", ["Will"]),
    ],
)
def test_a_word_name_that_acts_or_comes_is_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hope is what she feels today",
        "la chance est venue avec le temps",
        "Gift ligt onder de boom",
        "Il lit beaucoup le soir",
    ],
)
def test_the_same_words_used_as_words_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("amina, tesfu en kalinda kwamen mee", ["amina", "tesfu", "kalinda"]),
        ("yusuf, ndeko et sami jouaient dehors", ["yusuf", "ndeko", "sami"]),
        ("bilal, soufiane, tesfu en wendimu speelden", ["bilal", "soufiane", "tesfu", "wendimu"]),
    ],
)
def test_words_of_no_language_listed_with_a_first_name_are_names(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["ja, prima en dank je", "brood, kaas en melk", "huur, water, gas en internet"]
)
def test_a_list_of_words_is_no_list_of_people(text: str) -> None:
    assert masked(text) == []


def test_a_compound_of_three_letter_stems_is_no_word_for_the_name_rules() -> None:
    from bot.privacy.compounds import plain_word
    from bot.privacy.lexicon import lexicon

    words = lexicon()
    assert not plain_word("kalinda", words)  # "kal" + "inda": a name, not a compound
    assert plain_word("huurprijs", words)
    assert plain_word("budgetbeheer", words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lies vanderlinden belde gisteren", ["lies vanderlinden"]),
        ("met jan claes besproken", ["jan claes"]),
    ],
)
def test_a_first_name_before_a_surname_of_no_language_is_one_person(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_a_word_before_a_river_stays() -> None:
    assert masked("de lies van de rivier") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("haar naam is nasra", ["nasra"]),
        ("son prénom c'est djibril", ["djibril"]),
        ("son nom est tesfu", ["tesfu"]),
        ("ze noemen hem wendimu", ["wendimu"]),
        ("on l'appelle kiki", ["kiki"]),
    ],
)
def test_a_name_given_by_a_naming_verb_and_a_pronoun_or_a_word_for_name(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "his name is not on the list",
        "je naam is niet zichtbaar",
        "call him back tomorrow",
        "they call it home",
        "haar voornaam is moeilijk",
    ],
)
def test_a_word_for_name_before_a_word_masks_nothing(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze komt van boom", ["boom"]),
        ("elle vient d'alep", ["alep"]),
        ("elle vient de tetouan", ["tetouan"]),
        ("hij woont in st.-niklaas", ["st.-niklaas"]),
        ("hij woont in st. gillis", ["st. gillis"]),
        ("ze woont in antwerpen-noord", ["antwerpen-noord"]),
        ("hij woont in gent-zuid", ["gent-zuid"]),
    ],
)
def test_where_someone_comes_from_saints_with_a_full_stop_and_parts_of_towns(
    text: str, expected: list[str]
) -> None:
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text", ["het komt van de boom", "elle vient de loin", "ze woont in een studio"]
)
def test_coming_from_a_thing_is_no_place(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("then rutendo came in", ["rutendo"]),
        ("yesterday kiran called twice", ["kiran"]),
        ("ensuite ibrahima est parti", ["ibrahima"]),
        ("chioma and her kids left", ["chioma"]),
    ],
)
def test_a_name_after_an_opening_adverb_or_with_their_children(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "then everything came together",
        "yesterday nobody called",
        "ensuite tout est allé vite",
        "the mum and her kids left",
        "later she said it was fine",
    ],
)
def test_an_opening_adverb_before_a_word_masks_nothing(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met yusuf kandemiroglu gesproken", ["yusuf kandemiroglu"]),
        ("gesprek met kevin vanbruystegem.", ["kevin vanbruystegem"]),
        ("ik belde met sarah mbuyamba", ["sarah mbuyamba"]),
    ],
)
def test_a_word_of_no_language_after_a_first_name_is_its_surname(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kevin wsa er niet", ["kevin"]),
        ("kevin thuis gezien", ["kevin"]),
        ("met jan gisteren", ["jan"]),
    ],
)
def test_a_typo_or_a_word_after_a_first_name_is_no_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ionel zit in roemenie voor een begrafenis", ["roemenie"]),
        ("ils vivent à marchienne", ["marchienne"]),
        ("il habite à jemeppe", ["jemeppe"]),
    ],
)
def test_countries_without_accents_and_short_walloon_names_after_in_are_places(
    text: str, expected: list[str]
) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text", ["roemenie is ver", "la marche était longue", "in de chapelle", "elle va à la ville"]
)
def test_the_same_names_without_a_place_word_stay(text: str) -> None:
    assert masked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aujourd'hui tshilanda est venu seul", ["tshilanda"]),
        ("yesterday selamawit phoned", ["selamawit"]),
    ],
)
def test_more_opening_adverbs_and_verbs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_sessions_own_sentences_keep_their_recall() -> None:
    from pathlib import Path

    from tests.pii_corpus import from_markup, score

    sentences = from_markup(Path(__file__).parent.parent / "data" / "pii-scrubnames3.txt")
    result = score(sentences, lambda t: [(s.start, s.end) for s in find_spans(t)])
    assert len(sentences) == 50
    assert result.recall("PERSON") >= 0.93
    assert result.recall("LOCATION") == 1.0
