"""Parsing the parts of a dialogue file beside its steps: report declarations, the
closing, and the facts an adapter provides."""

from __future__ import annotations

from bot.dialogue.model import AGENDA_SECTIONS, REPORTS, Closing, Feed, Kind
from bot.dialogue.reader import LINE, Reader


def parse_feed(reader: Reader, kind: Kind, item: object) -> Feed:
    """`summary`, `vignette`, `chart`, `{agenda: SECTION}` or `{summary: {pair_with: KEY}}`."""
    if isinstance(item, dict):
        entries = [(k, v) for k, v in item.items() if k != LINE]
        if len(entries) != 1:
            reader.fail("a report declaration names one report")
        ((report, detail),) = entries
    else:
        report, detail = item, None
    if report not in REPORTS:
        reader.fail(f"unknown report {report!r} (known: {', '.join(REPORTS)})")
    if report == "agenda" and detail not in AGENDA_SECTIONS:
        reader.fail(f"'agenda' takes a section: {', '.join(AGENDA_SECTIONS)}")
    if report == "chart" and kind is not Kind.SCALE:
        reader.fail("only a scale can feed the personal chart")
    if report == "vignette" and kind is Kind.TEXT:
        reader.fail("free text never feeds the coach vignette: a coach must not learn who wrote")
    if report == "summary" and detail is not None:
        if not isinstance(detail, dict) or not isinstance(detail.get("pair_with"), str):
            reader.fail("'summary' takes nothing, or {pair_with: STEP}")
        return Feed("summary", pair_with=str(detail["pair_with"]))
    if report in ("vignette", "chart") and detail is not None:
        reader.fail(f"'{report}' takes no details")
    return Feed(str(report), section=str(detail) if report == "agenda" else None)


def parse_closing(source: str, top: Reader) -> Closing:
    if "closing" not in top.data:
        return Closing()
    reader = Reader(source, top.data["closing"], None, top.line)
    reader.only("reflect_back", "low_when")
    steps = tuple(str(k) for k in reader.items("reflect_back", required=False))
    low = reader.condition("low_when") if "low_when" in reader.data else None
    return Closing(steps, low)


def parse_facts(top: Reader, steps: set[str]) -> tuple[str, ...]:
    facts = tuple(top.items("facts", required=False))
    for fact in facts:
        if not isinstance(fact, str) or not fact.isidentifier() or fact in steps:
            top.fail(f"fact {fact!r} must be a plain name that is not a step key")
    return facts
