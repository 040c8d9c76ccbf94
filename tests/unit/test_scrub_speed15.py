"""The twelfth session's cheaper gates (speed15) decide exactly what the scans they spare
would have: `plain_phrases` runs each pattern only where the words it cannot match without
are, and `orientations` scans for "bi" only where "bi" is. Checked against the old work on
every fifth sentence of the corpora and on made-up nl, fr and en sentences, also in upper
case and with the letters a case-insensitive pattern reads as "i" and "s" ("ı", "ſ")."""

from __future__ import annotations

from collections.abc import Iterator

from benchmarks.scrub_families import texts
from bot.privacy.orientation import BI, orientations
from bot.privacy.plain_phrases import (
    AMOUNT,
    FIGURE,
    GATES,
    HINTS,
    INFINITIVE,
    SAUCE,
    SHOPPING,
    _shops,
    plain_phrases,
    tried,
)

SAUCES = SAUCE.pattern.split(r"\s+(")[-1].split(")")[0].split("|")
SHOP_VERBS = SHOPPING.pattern.split(r"\b(?:")[1].split(r")\b")[0].split("|")
FIGURES = ["ze zingt als adele", "hij danst zoals shakira", "il chante comme stromae",
           "he plays just like ronaldo", "zijn idool is messi", "son idole c'est stromae",
           "her idol was beyonce", "his hero is kompany", "haar held was hazard",
           "son héros était zidane", "he wants to be messi", "hij wil worden courtois",
           "il veut devenir mbappé", "elle veut être aya", "she dreams of being rihanna",
           "ze droomt van lukaku"]  # fmt: skip
OTHERS = ["max 300 euro per maand", "min. 2 kinderen thuis", "ca 40 km van hier",
          "she wants to chase the landlord", "il a besoin de 2 semaines",
          "ze belde gisteren naar de dokter", "il est bi", "hij is bij zijn moeder",
          "she is bi and out", "he sang a song", "mijn zoon speelt voetbal"]  # fmt: skip
PLAIN = ["ze belde gisteren naar de dokter", "il est fatigué", "she slept badly"]


def made_up() -> list[str]:
    made = [f"fries with {sauce}" for sauce in SAUCES]
    made += [f"ze {verb} kleren bij primark" for verb in SHOP_VERBS]
    return [*made, *FIGURES, *OTHERS]


def variants(text: str) -> Iterator[str]:
    yield text
    yield text.upper()
    yield text.replace("i", "\u0131")  # "ı" is "i" to a case-insensitive pattern
    yield text.replace("s", "\u017f")  # and "ſ" is "s"


def every_pattern(text: str) -> Iterator[tuple[int, int, str]]:
    """`plain_phrases` before this session: every pattern behind the common gate."""
    if not any(gate in text.lower() for gate in GATES):
        return
    yield from _shops(text)
    for match in AMOUNT.finditer(text):
        yield match.start(), match.end(), "label"
    for pattern in (SAUCE, FIGURE, INFINITIVE):
        for match in pattern.finditer(text):
            yield match.start(1), match.end(1), "label"


def test_each_plain_pattern_is_tried_wherever_it_can_match() -> None:
    patterns = (SHOPPING, AMOUNT, SAUCE, FIGURE, INFINITIVE)
    for text in [v for t in [*made_up(), *texts()[::5]] for v in variants(t)]:
        for pattern, hint in zip(patterns, tried(text), strict=True):
            assert hint or pattern.search(text) is None, (pattern.pattern[:30], text)
        assert list(plain_phrases(text)) == list(every_pattern(text)), text
        assert HINTS[3].in_text(text) == any(gate in text.lower() for gate in GATES), text


def test_the_made_up_phrases_are_found_and_plain_texts_skip_every_pattern() -> None:
    assert all(SAUCE.search(text) for text in made_up()[: len(SAUCES)])
    assert all(SHOPPING.search(f"ze {verb} kleren bij primark") for verb in SHOP_VERBS)
    assert all(FIGURE.search(text) for text in FIGURES)
    assert all(FIGURE.search(text.upper()) for text in FIGURES)
    idol = "hij wil worden courtois"
    assert [idol[s:e] for s, e, _ in plain_phrases(idol)] == ["courtois"]
    assert [text[s:e] for text in OTHERS[:3] for s, e, _ in plain_phrases(text)] == [
        "max ",
        "min. ",
        "ca ",
    ]
    for text in PLAIN:
        assert not any(tried(text)), text
        assert list(plain_phrases(text)) == []


def test_bi_is_scanned_for_only_where_it_may_be() -> None:
    for text in [v for t in [*OTHERS, *texts()[::5]] for v in variants(t)]:
        found = [m.span(1) for m in BI.finditer(text)]
        spans = [(s, e) for s, e, kind in orientations(text) if kind == "orientation"]
        assert all(span in spans for span in found), text
    assert [kind for *_, kind in orientations("il est bi")] == ["orientation"]
    assert [kind for *_, kind in orientations("she is b\u0131")] == ["orientation"]
    assert list(orientations("hij is bij zijn moeder")) == []
