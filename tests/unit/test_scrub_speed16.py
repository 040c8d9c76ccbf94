"""The thirteenth session's cheaper shared work (speed16) decides exactly what it replaces:
the stems of more than letters ("& co", " to ", "huis van het kind") are looked for once
per text, with the words' bits, instead of by each family as it asks; the place-name
starts are those the old test gave. Checked against the old
definitions on every fifth sentence of the corpora and on made-up nl, fr and en sentences,
also in upper case and with "ı" and "ſ"."""

from __future__ import annotations

from collections.abc import Iterator

from benchmarks.scrub_families import texts
from bot.privacy import tokens
from bot.privacy.places import EMPTY, gazetteer, name_starts
from bot.privacy.tokens import Stems, letter_runs

MADE_UP = ["garage & co in de stad", "hij werkt bij jansen en co", "smith and co hired her",
           "il bosse chez dupont et co", "she wants to move", "ze wil worden kapper",
           "huis van het kind in aalst", "la maison de l'enfant", "max 300 euro",
           "ze belde de dokter", "il est fatigué", "she slept badly",
           "haar werkgever is de stad", "mon employeur est la ville de liège",
           "her employer the council", "gaat naar de school in de stad",
           "woont in sint-niklaas", "de kinderen spelen"]  # fmt: skip


def variants(text: str) -> Iterator[str]:
    yield text
    yield text.upper()
    yield text.replace("i", "\u0131")
    yield text.replace("s", "\u017f")


def sentences() -> list[str]:
    return [v for t in [*texts()[::5], *MADE_UP] for v in variants(t)]


def asked_before(family: Stems, text: str) -> bool:
    """`Stems.in_text` before this session: the words' bit, else each phrase in the text."""
    if any(family.holds(word) for word in letter_runs(text)):
        return True
    return any(stem in text.lower() for stem in family._phrases)


def test_every_family_answers_as_before() -> None:
    phrased = [family for family in tokens._FAMILIES if family._phrases]
    assert phrased, "no family has a stem of more than letters: nothing here is checked"
    all_sentences = sentences()
    for family in tokens._FAMILIES:
        differ = [t for t in all_sentences if family.in_text(t) != asked_before(family, t)]
        assert differ == [], f"{family.stems[:3]}: {differ[:3]}"
    found = [f for f in phrased if any(f.in_text(t) for t in all_sentences)]
    assert len(found) >= 3, "the rules' three families of phrases (tests may add more) unseen"


def test_a_family_made_after_a_text_was_asked_about_sees_its_phrases() -> None:
    text = "ze gaat naar qzx vqw morgen"
    tokens._FAMILIES[0].in_text(text)  # the text's bits are cached now
    late = Stems("qzx vqw|zzzq")
    assert late.in_text(text) and late.in_text(text.upper())
    assert not Stems("qzx  vqw").in_text(text)  # two spaces: not in the text
    assert Stems("zzzq").in_text("een zzzqje") and not Stems("zzzq").in_text("een zzqje")


def test_the_check_can_fail() -> None:
    """A family that ignored its phrases would differ from the old answer somewhere."""
    phrased = next(family for family in tokens._FAMILIES if " to " in family._phrases)
    assert any(
        asked_before(phrased, t) and not any(phrased.holds(w) for w in letter_runs(t))
        for t in sentences()
    ), "no sentence holds a phrase without a word stem: the phrases are never checked"


def old_name_starts(folded: list[str]) -> list[int]:
    """`places.name_starts` before this session."""
    places = gazetteer()
    longest, names, seconds = places.longest, places.names, places.seconds
    present = longest.keys() & folded
    if not any(w in names or not seconds.get(w, EMPTY).isdisjoint(folded) for w in present):
        return []
    return [i for i, word in enumerate(folded) if word in longest and (word in names or (
        i + 1 < len(folded) and folded[i + 1] in seconds.get(word, ())))]  # fmt: skip


def test_place_name_starts_are_those_of_the_old_test() -> None:
    found = 0
    for text in sentences():
        folded = letter_runs(text)
        assert name_starts(folded, gazetteer()) == old_name_starts(folded), text
        found += bool(old_name_starts(folded))
    assert found, "no sentence holds a place name: a weak check"
