"""#12's forty-third session: rules from misses that writers of many tuning sets share (mined
over every tuning set, review52a and review53a opened at the session's start among them);
sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import kinds


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("karim (gay) wordt gepest in de buurt", "gay"),
        ("mr adeyemi ghanaian, gay, asks about asylum", "gay"),
        ("jeune kevin gay, viré de chez lui", "gay"),
        ("hes gay and muslim, conflict at home", "gay"),
        ("yusuf and tom are a gay couple, neighbours insult them", "gay couple"),
        ("noor en haar vriendin, lesbisch koppel, problemen met huisbaas", "lesbisch koppel"),
        ("rené couple gay avec son voisin, proprio pas content", "gay"),
        ("noah 19/03/2004 bi volgens haar, broer dreigt", "bi"),
        ("mme lambert bi, sa compagne a emménagé", "bi"),
        ("jeune théo trans rejeté par son père", "trans"),
        ("hij zegt dat zijn vriend robin trans is", "trans"),
        ("sacha (trans) zoekt een kamer", "trans"),
    ],
)
def test_an_orientation_said_of_a_name_without_a_verb_is_masked(text: str, word: str) -> None:
    assert word in kinds(text, "orientation")


@pytest.mark.parametrize(
    "text",
    [
        "the team went to gay pride in antwerp",
        "the gay bar on the corner closed",
        "found a gay-friendly shelter for the weekend",
        "thats so gay he said about the homework",
        "kids calling everything gay at school, teacher told them off",
        "the gay gordons at the school ceilidh",
        "le mariage gay au journal, elle a zappé",
        "ik ga morgen bi de buren langs",
        "bi-weekly meeting with the landlord",
        "de trans is vertraagd",
    ],
)
def test_the_same_words_about_no_one_stay(text: str) -> None:
    assert kinds(text, "orientation") == []


def test_a_person_word_before_trans_stays_in_the_span() -> None:
    assert "zoon trans" in kinds("mvr zegt dat zoon trans is", "orientation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("winston lost his job at the garage, rent arrears", "winston"),
        ("winston belt morgen terug voor zijn huur", "winston"),
        ("oude fons leeft alleen, wil thuishulp", "fons"),
    ],
)
def test_names_that_word_lists_count_as_words_are_names(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("ontslagen bij metaalbouw vercruysse, vakbond helpt", "metaalbouw vercruysse"),
        ("il bosse chez garage lambert frères, contrat fini", "garage lambert frères"),
        ("werkt zwart bij bouw de clercq bv op de werf", "bouw de clercq bv"),
        ("licenciée du supermarché delcourt, droit au chômage?", "supermarché delcourt"),
        ("works for carpentry van loo, no contract", "carpentry van loo"),
        ("depuis le licenciement de filature dewavrin", "filature dewavrin"),
        ("werkt 's nachts bij schoonmaakbedrijf iris clean", "schoonmaakbedrijf iris clean"),
        ("travaille chez garage ozturk auto à cureghem", "garage ozturk auto"),
    ],
)
def test_a_firm_named_by_its_trade_and_a_family_name_is_masked(text: str, firm: str) -> None:
    assert firm in kinds(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "de garage van de buren is dicht",
        "boulangerie du coin fermée depuis lundi",
        "de fabriek dicht sinds maart",
        "transport naar het ziekenhuis geregeld",
        "nettoyage complet de l'appartement demandé",
    ],
)
def test_a_trade_before_an_everyday_word_stays(text: str) -> None:
    assert kinds(text, "organisation") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("big mo came by the office again, owes rent", "big mo"),
        ("big mike from the squat says the police came", "big mike"),
        ("didier dit le grand sort de prison lundi", "le grand"),
        ("ze noemen hem de kapitein in de buurt", "de kapitein"),
        ("de buurman, ze noemen hem de blauwe, helpt mvr", "de blauwe"),
    ],
)
def test_nicknames_in_the_shapes_writers_share_are_names(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("a big mark on her arm, says she fell", "mark"),
        ("claire dit la vérité sur son ex", "la vérité"),
        ("ze noemen hem de baas van de straat", "de baas"),
        ("mr b calls himself the king of the block", "the king"),
        ("little noah is 9 months, mum alone", "little noah"),
        ("the landlord aka the boss says rent goes up", "landlord"),
        ("neighbour aka sandra from number 12 called", "neighbour"),
        ("big maman, c'est la grand-mère, elle garde les petits", "big maman"),
    ],
)
def test_words_in_the_same_shapes_that_name_no_one_stay(text: str, kept: str) -> None:
    assert kept not in kinds(text, "name")


def test_a_full_name_before_aka_stays_whole() -> None:
    assert "kevin de wolf" in kinds("kevin de wolf aka kevke op insta", "name")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("summer (thats her real first name) wants help with her cv", "summer"),
        ("joke (ja echt, zo heet ze) poetst 12u per week", "joke"),
        ("le petit espoir (oui c son prenom) est placé en ippj", "espoir"),
        ("espoir c'est le prenom du petit, pas de l espoir hein", "espoir"),
        ("winter (zo noemt ie zich) slaapt in het station", "winter"),
    ],
)
def test_a_word_the_note_says_is_a_name_is_masked(text: str, name: str) -> None:
    assert name in kinds(text, "name")


@pytest.mark.parametrize(
    "text", ["this is his name, not hers", "the form (his name is on it) was lost"]
)
def test_talk_about_a_name_names_no_one(text: str) -> None:
    assert kinds(text, "name") == []


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("husband driss on dialysis, the kids translate", "on dialysis"),
        ("elle est diabétique et presque aveugle", "presque aveugle"),
        ("the eldest is in psychiatric care since march", "in psychiatric care"),
        ("mme lenoir suivie en psychiatrie depuis 2019", "suivie en psychiatrie"),
        ("il voit un psy depuis le décès de sa femme", "voit un psy"),
    ],
)
def test_a_condition_takes_the_words_writers_mark_with_it(text: str, health: str) -> None:
    assert health in kinds(text, "health")


def test_on_before_other_treatments_stays_outside() -> None:
    assert "methadone" in kinds("her husband on methadone via transit", "health")


def test_a_second_scrub_reads_no_handle_after_a_label() -> None:
    from tests.unit.test_scrub_unseen import SCRUBBER

    once = SCRUBBER.scrub("0@A@0", "nl")
    assert SCRUBBER.scrub(once, "nl") == once
