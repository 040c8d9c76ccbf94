"""Parsing the parts of a dialogue file beside its steps: report declarations, the
closing, and the facts an adapter provides."""

from __future__ import annotations

from typing import Any

from bot.dialogue.model import AGENDA_SECTIONS, REPORTS, Closing, Feed, Kind
from bot.dialogue.reader import LINE, Reader
from bot.errors import DialogueError


def parse_feed(reader: Reader, kind: Kind, item: object) -> Feed:
    """`summary`, `vignette`, `coach`, `chart`, `{agenda: SECTION}` or
    `{summary: {pair_with: KEY}}`."""
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
        reader.fail(
            "free text never feeds the coach vignette: declare it `coach` (scrubbed, "
            "and the coach question says the coach sees it)"
        )
    if report == "coach" and kind is not Kind.TEXT:
        reader.fail("only a typed answer feeds 'coach'; structured answers feed 'vignette'")
    if report == "summary" and detail is not None:
        return _summary_feed(reader, detail)
    if report in ("vignette", "coach", "chart") and detail is not None:
        reader.fail(f"'{report}' takes no details")
    return Feed(str(report), section=str(detail) if report == "agenda" else None)


def _summary_feed(reader: Reader, detail: object) -> Feed:
    """`{summary: {pair_with: STEP, title: TEXT, tally: answered}}`, each part optional."""
    fields = {k: v for k, v in detail.items() if k != LINE} if isinstance(detail, dict) else {}
    known = {"pair_with", "title", "tally"}
    if not fields or set(fields) - known or not all(isinstance(v, str) for v in fields.values()):
        reader.fail("'summary' takes nothing, or some of {pair_with: STEP, title: TEXT, "
                    "tally: answered}")  # fmt: skip
    if fields.get("tally", "answered") != "answered":
        reader.fail("a summary's 'tally' can only be 'answered' (count whether, not which)")
    return Feed("summary", pair_with=fields.get("pair_with"), title=fields.get("title"),
                answered="tally" in fields)  # fmt: skip


def parse_closing(source: str, top: Reader) -> Closing:
    if "closing" not in top.data:
        return Closing()
    reader = Reader(source, top.data["closing"], None, top.line)
    reader.only("reflect_back", "low_when", "notes")
    steps = tuple(str(k) for k in reader.items("reflect_back", required=False))
    low = reader.condition("low_when") if "low_when" in reader.data else None
    notes = []
    for item in reader.items("notes", required=False):
        note = Reader(source, item, None, reader.line)
        note.only("when", "text")
        notes.append((note.condition("when"), note.text("text")))
    return Closing(steps, low, tuple(notes))


def parse_facts(top: Reader, steps: set[str]) -> tuple[str, ...]:
    facts = tuple(top.items("facts", required=False))
    for fact in facts:
        if not isinstance(fact, str) or not fact.isidentifier() or fact in steps:
            top.fail(f"fact {fact!r} must be a plain name that is not a step key")
    return facts


VARIANT_FIELDS = ("id", "version", "title", "extends", "sections", "override", "modules",
                  "signals", "strengths", "flags", "facts", "closing", "__line__")  # fmt: skip


def extend(variant: dict[str, Any], base: dict[str, Any], source: str) -> dict[str, Any]:
    """A variant shares its base's core: the base file with the variant's id, version and
    title, its `override` steps (by key, core only), and its sections, modules, signals,
    strengths and flags added."""
    unknown = sorted(str(k) for k in variant if k not in VARIANT_FIELDS)
    if unknown:
        raise DialogueError(source, 1, None, f"a variant takes no field(s): {', '.join(unknown)}")
    merged = dict(base)
    for field in ("id", "version", "title", "extends"):
        merged[field] = variant.get(field)
    overrides = {o.get("key"): o for o in variant.get("override") or [] if isinstance(o, dict)}
    core = [overrides.pop(s.get("key"), s) for s in base.get("steps") or []]
    if overrides:
        missing = ", ".join(map(str, overrides))
        raise DialogueError(source, 1, None, f"override of step(s) not in the core: {missing}")
    merged["steps"] = core
    for field in ("sections", "modules", "signals", "strengths", "flags"):
        merged[field] = [*(base.get(field) or []), *(variant.get(field) or [])]
    if "closing" in variant:
        merged["closing"] = variant["closing"]
    return merged
