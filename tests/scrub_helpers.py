"""What the scrubber's unit tests ask of `find_spans`, written once."""

from __future__ import annotations

from bot.privacy.scrub import find_spans


def covered(text: str, phrase: str) -> float:
    """The share of the phrase's letters and digits inside a masked span (the scoring's
    rule: a span counts as caught at 90 %)."""
    start = text.index(phrase)
    inside = {i for s in find_spans(text) for i in range(s.start, s.end)}
    chars = [start + i for i, ch in enumerate(phrase) if ch.isalnum()]
    return sum(i in inside for i in chars) / len(chars)


def kinds(text: str) -> list[tuple[str, str]]:
    """Each masked span's text and kind, in order."""
    return [(text[s.start : s.end], s.kind) for s in find_spans(text)]


def of_kind(text: str, kind: str) -> list[str]:
    """The text of each masked span of one kind ("name", "email", ...), in order."""
    return [text[s.start : s.end] for s in find_spans(text) if s.kind == kind]
