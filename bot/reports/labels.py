"""Readable labels for summary cells, from the dialogue's own option texts (msgids)."""

from __future__ import annotations

from bot.dialogue.model import Dialogue
from bot.dialogue.replies import Text
from bot.msgid import N_
from bot.reports.summary import SectionSpec

ANSWERED = {"answered": N_("yes"), "skipped": N_("no")}


def cell_label(dialogue: Dialogue, spec: SectionSpec, value: str | None) -> Text | str:
    if value is None:
        return Text(N_("(skipped)"))
    if spec.mode == "answered":
        return Text(ANSWERED.get(value, value))
    if spec.mode == "signals":
        signal = next((s for s in dialogue.signals if s.key == value), None)
        return Text(signal.label) if signal else value
    if "+" in spec.field:
        first, second = spec.field.split("+")
        a, _, b = value.partition("→")
        pair = {"first": _option(dialogue, first, a), "second": _option(dialogue, second, b)}
        return Text(N_("{first} → {second}"), pair)
    return _option(dialogue, spec.field, value)


def _option(dialogue: Dialogue, step: str, value: str) -> Text | str:
    if not dialogue.has_step(step):
        return value
    option = dialogue.step(step).option(value)
    return Text(option.text) if option else value
