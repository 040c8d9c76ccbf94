"""Health as a worker types it after a visit (issue #12, sixth session): diagnoses,
conditions, disabilities, addictions, treatments and pregnancy in nl, fr and en, lower case,
with their qualifier; and the same words used as images ("blind to the problem", "addicted
to her phone", "le cancer de la paperasse"), which stay. Invented sentences, none taken
from an evaluation set."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import find_spans


def hidden(text: str, part: str) -> bool:
    """Every letter of `part` lies in a health span."""
    at = text.index(part)
    spans = [s for s in find_spans(text) if s.kind == "health"]
    letters = [i for i in range(at, at + len(part)) if text[i].isalnum()]
    return all(any(s.start <= i < s.end for s in spans) for i in letters)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("elle est malade chronique depuis des années", "malade chronique"),
        ("she is chronically ill and lives alone", "chronically ill"),
        ("ze is ernstig ziek en ligt in bed", "ernstig ziek"),
        ("il est gravement malade", "gravement malade"),
        ("his wife is seriously ill", "seriously ill"),
        ("il est en phase terminale", "en phase terminale"),
        ("hij krijgt palliatieve zorg thuis", "palliatieve zorg"),
        ("she is in palliative care", "palliative care"),
        ("zijn zoon heeft het syndroom van asperger", "syndroom van asperger"),
        ("hij heeft een beperking en werkt niet", "beperking"),
        ("he has a disability and needs a carer", "disability"),
        ("her son is disabled", "disabled"),
        ("ze is rolstoelgebruiker sinds het ongeval", "rolstoelgebruiker"),
        ("she attempted suicide in the spring", "attempted suicide"),
        ("il a une hépatite b", "hépatite b"),
        ("elle a fait une dépression post-partum", "dépression post-partum"),
        ("il a des toc depuis l'enfance", "toc"),
        ("il a une hernie discale", "hernie discale"),
        ("he has a slipped disc", "slipped disc"),
        ("she has arthritis in both hands", "arthritis"),
        ("she has motor neurone disease", "motor neurone disease"),
        ("he has a brain tumour", "brain tumour"),
        ("he is partially sighted", "partially sighted"),
        ("il est sourd-muet", "sourd-muet"),
        ("il a un trouble du spectre de l'autisme", "trouble du spectre de l'autisme"),
        ("il a un stress post-traumatique", "stress post-traumatique"),
        ("he has post-traumatic stress", "post-traumatic stress"),
        ("il fait des attaques de panique", "attaques de panique"),
        ("ze heeft een psychiatrische stoornis", "psychiatrische stoornis"),
        ("il a des troubles psychiatriques", "troubles psychiatriques"),
        ("il a des problèmes psychologiques", "problèmes psychologiques"),
        ("il est dément", "dément"),
        ("il a un diabète de type 2", "diabète de type 2"),
        ("hij heeft epilepsieaanvallen", "epilepsieaanvallen"),
        ("she has seizures at night", "seizures"),
        ("il a eu un traumatisme crânien", "traumatisme crânien"),
        ("elle a avorté l'an dernier", "avorté"),
        ("elle a fait une ivg", "ivg"),
        ("ze volgt een ivf-traject", "ivf-traject"),
        ("hij is incontinent", "incontinent"),
        ("he has tb", "tb"),
        ("hij heeft malaria", "malaria"),
        ("il a le paludisme", "paludisme"),
        ("ze heeft schurft", "schurft"),
        ("il a la gale", "gale"),
        ("she has scabies", "scabies"),
        ("he is a heroin addict", "heroin addict"),
        ("she has high blood pressure", "high blood pressure"),
        ("il est dyslexique", "dyslexique"),
        ("he is dyslexic", "dyslexic"),
        ("hij heeft ALS sinds vorig jaar", "ALS"),
        ("ze is verslaafd aan gokken", "verslaafd aan gokken"),
    ],
)
def test_a_condition_in_any_language_is_masked(text: str, part: str) -> None:
    assert hidden(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "ze had een blind vertrouwen in de dokter",
        "he was blind to the problem",
        "j'ai le cancer de la paperasse",
        "ze is verslaafd aan haar gsm",
        "il est accro à son téléphone",
        "she is addicted to her phone",
        "ze heeft als doel werk te vinden",
        "hij heeft als kind veel meegemaakt",
        "he has a tb drive for the photos",
        "ze heeft sla gekocht voor de soep",
        "ik ben ziek van de administratie",
        "i am sick of waiting for the council",
        "j'en ai marre de ces rendez-vous",
        "de dokter belde terug",
        "the nurse was kind",
    ],
)
def test_the_same_words_as_images_stay(text: str) -> None:
    assert [s for s in find_spans(text) if s.kind == "health"] == []


def kinds_of(text: str, part: str) -> set[str]:
    at = text.index(part)
    return {s.kind for s in find_spans(text) if s.start < at + len(part) and at < s.end}


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        ("he will be released next month", "will be released next month", "detention"),
        ("her husband should be released on parole", "should be released on parole", "detention"),
        ("he is a baptist preacher", "baptist preacher", "religion"),
        ("they go to a baptist church on sundays", "baptist church", "religion"),
        ("she lives in residentie het hof", "residentie het hof", "organisation"),
    ],
)
def test_closing_notes_open_misses_are_masked(text: str, part: str, kind: str) -> None:
    assert kinds_of(text, part) == {kind}
    at = text.index(part)
    spans = [s for s in find_spans(text) if s.kind == kind]
    assert all(any(s.start <= i < s.end for s in spans) for i in range(at, at + len(part))
               if text[i].isalnum())  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "the film will be released next month",
        "she will be released from hospital tomorrow",
        "Jean-Baptiste est venu hier",
        "de residentie is oud",
    ],
)
def test_releases_and_names_of_no_category_stay(text: str) -> None:
    assert [s.kind for s in find_spans(text) if s.kind in ("detention", "religion")] == []


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        ("il est diabetique depuis l'enfance", "diabetique", "health"),
        ("il est schizophrene", "schizophrene", "health"),
        ("elle est seropositive", "seropositive", "health"),
        ("il a une leucemie", "leucemie", "health"),
        ("il est handicape depuis l'accident", "handicape", "health"),
        ("il a des problemes psychologiques", "problemes psychologiques", "health"),
        ("elle a des idees suicidaires", "idees suicidaires", "health"),
        ("il prend des antidepresseurs", "antidepresseurs", "health"),
        ("elle est epileptique", "epileptique", "health"),
        ("elle est chretienne", "chretienne", "religion"),
        ("il est algerien", "algerien", "origin"),
    ],
)
def test_a_category_typed_without_accents_is_masked(text: str, part: str, kind: str) -> None:
    at = text.index(part)
    spans = [s for s in find_spans(text) if s.kind == kind]
    assert all(any(s.start <= i < s.end for s in spans) for i in range(at, at + len(part))
               if text[i].isalnum())  # fmt: skip


def test_a_bare_form_that_is_a_frequent_word_stays() -> None:
    assert [s.kind for s in find_spans("il est interne au college")] == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ze heeft een depresie", "depresie"),
        ("he has epilipsy", "epilipsy"),
        ("ze heeft kankker", "kankker"),
        ("he is diabetec", "diabetec"),
        ("ze is zwangar van de tweede", "zwangar"),
        ("she is pregnent again", "pregnent"),
        ("il est diabetiqe", "diabetiqe"),
        ("hij heeft diabetis", "diabetis"),
        ("she has alzheimers", "alzheimers"),
        ("hij is verslaaft", "verslaaft"),
    ],
)
def test_a_condition_typed_with_one_slip_is_masked(text: str, part: str) -> None:
    assert hidden(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "ze zijn weer aan het kankeren",
        "de bewerking duurt lang",
        "ze at asperges met ham",
        "de zangeres was goed",
        "a very expressive drawing",
        "the migratie dienst belde",
    ],
)
def test_words_one_slip_from_a_condition_stay(text: str) -> None:
    assert [s for s in find_spans(text) if s.kind == "health"] == []
