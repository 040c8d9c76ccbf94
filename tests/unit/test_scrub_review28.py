"""#12's twenty-fifth session: names reviewers who never read the rules (review27b, review28b)
saw missed, each tried on sentences made up here in nl, fr and en."""

from __future__ import annotations

import pytest

from tests.unit.test_scrub_probe21 import masked


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("te bellen: van daele, bouzidi, nkemba", ["van daele", "bouzidi", "nkemba"]),
        ("à rappeler: dufrasne, ouazzani et kabongo", ["dufrasne", "ouazzani", "kabongo"]),
        ("no shows: tchamba, ouedraogo, lambrecht", ["tchamba", "ouedraogo"]),
        ("famille: maman ludmila, papa ruslan et bébé zoya", ["ludmila", "ruslan", "zoya"]),
        ("mvr qi heeft een nieuwe job", ["qi"]),
        ("mme ye a appelé ce matin", ["ye"]),
        ("de kleinste (fifi) slaapt slecht", ["fifi"]),
        ("la fille (nounou) va à la crèche", ["nounou"]),
        ("her brother (aka titi) moved out", ["titi"]),
        ("hij stelt zich voor als 'de Tank'", ["de Tank"]),
        ("elle se fait appeler 'Lolo' au quartier", ["Lolo"]),
        ("grace missed the appointment with the landlord", ["grace"]),
        ("jade found a job in a warehouse", ["jade"]),
        ("roos miste de afspraak bij de huisarts", ["roos"]),
        ("espérance a raté son rdv chez l'avocat", ["espérance"]),
    ],
)  # fmt: skip
def test_names_review28b_saw_missed(text: str, names: list[str]) -> None:
    found = masked(text)
    for name in names:
        assert (name, "name") in found


@pytest.mark.parametrize(
    "text",
    [
        "opvolgen: huur, energie, school",
        "opvolgen: huur, enrgie, schol",
        "à suivre: loyer, énergie, crèche",
        "te bellen: ocmw, caw, mutualiteit",
        "kinderen: gaan slapen om acht uur",
        "present: me, the coordinator, the client",
        "zoon (oudste) zit in het derde middelbaar",
        "son (15) plays football on saturdays",
        "mr is vandaag ziek",
        "mme a dit qu'elle revient",
        "hope missed the point of the meeting",
        "peace found a way into the family",
    ],
)
def test_words_near_those_shapes_stay(text: str) -> None:
    assert masked(text) == []


def test_a_health_word_in_brackets_stays_health() -> None:
    assert masked("fille (autiste) à la maison") == [("autiste", "health")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("afspraak met p. de smedt van het clb", ["p. de smedt"]),
        ("échange avec c. dumont du service", ["c. dumont"]),
        ("call w t. van roey tomorrow", ["t. van roey"]),
        ("H.B. (buurvrouw) belde de wijkagent", ["H.B."]),
        ("neighbour K.L. called the landlord", ["K.L"]),
        ("Yasmines vader werkt in de haven", ["Yasmines"]),
        ("Dimitris girlfriend moved in", ["Dimitris"]),
        ("fille Khadija (\"Dija\") absente", ["Khadija", "Dija"]),
        ("il se fait appeler 'le Petit Prince' dans la cité", ["le Petit Prince"]),
    ],
)  # fmt: skip
def test_initials_owners_and_nicknames_review29a_saw_missed(text: str, names: list[str]) -> None:
    found = masked(text)
    for name in names:
        assert (name, "name") in found


@pytest.mark.parametrize(
    "text",
    [
        "ik ga met m. naar huis",
        "gesproken met b. over de huur",
        "de frigo stond vol met stella en jupiler",
        "kleren gekocht bij zara en primark",
        "vêtements chez zara et kiabi",
        "the kids watch donald duck and mario kart",
        "une demande à la fondation roi baudouin",
        "mum made pasta and the kids ate well",
        "dad wants to buy a mercedes",
        'het woord ("Hoop") staat op de muur',
    ],
)
def test_brands_cartoons_and_abbreviations_stay(text: str) -> None:
    assert masked(text) == []


def test_m_is_monsieur_not_an_initial() -> None:
    assert masked("le propriétaire, m. dupont, a appelé") == [("dupont", "name")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("hij neemt asaflow sinds zijn infarct", ("asaflow", "health")),
        ("elle prend du stilnox le soir", ("stilnox", "health")),
        ("oma heeft skizofrenie volgens de dokter", ("skizofrenie", "health")),
        ("grandpa has demenita and gets lost", ("demenita", "health")),
        ("elle a fait une depression post partum", ("depression post partum", "health")),
        ("dad is hooked on gambling again", ("hooked on gambling", "health")),
        ("il est incarcéré depuis mars", ("est incarcéré", "detention")),
        ("il doit faire des travaux d'intérêt général", ("travaux d'intérêt général",
                                                          "detention")),
        ("she does ramadan with her sisters", ("does ramadan", "religion")),
        ("hij betaalt tiende aan zijn kerk", ("betaalt tiende", "religion")),
        ("hij zegt dat hij bi is", ("bi", "orientation")),
        ("she says shes bi", ("bi", "orientation")),
        ("elle dit qu'elle est bisexuelle", ("bisexuelle", "orientation")),
        ("she's into women since college", ("into women", "orientation")),
        ("depuis deux ans elle aime les femmes", ("aime les femmes", "orientation")),
        ("hij is lid vd acv sinds jaren", ("lid vd acv", "politics")),
        ("ze is schepen van onderwijs", ("schepen van onderwijs", "politics")),
        ("il est conseiller communal ptb", ("conseiller communal ptb", "politics")),
    ],
)  # fmt: skip
def test_special_categories_review28a_saw_missed(text: str, found: tuple[str, str]) -> None:
    assert found in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "he is into football and films",
        "il aime les enfants et les animaux",
        "bi-weekly meeting with the team",
        "ze komt bij ons op bezoek",
    ],
)
def test_words_near_those_categories_stay(text: str) -> None:
    assert masked(text) == []
