"""Every msgid a dialogue shows, with the line and step it comes from."""

from __future__ import annotations

from collections.abc import Iterator

from bot.dialogue.model import Dialogue


def dialogue_texts(dialogue: Dialogue) -> Iterator[tuple[int, str | None, str]]:
    """(line, step key or None, msgid) for titles, questions, labels, options and signals."""
    yield 1, None, dialogue.title
    for section in dialogue.sections:
        yield section.line, None, section.title
    for step in dialogue.steps:
        for msgid in (
            step.text,
            step.label,
            step.low,
            step.high,
            *(o.text for o in step.options),
            *(o.titled for o in step.options if o.titled),
        ):
            if msgid:
                yield step.line, step.key, msgid
        for feed in step.feeds:
            if feed.title:
                yield step.line, step.key, feed.title
    for module in dialogue.modules:
        yield module.line, None, module.title
        yield module.line, None, module.button
    for _, note in dialogue.closing.notes:
        yield 1, None, note
    for signal in (*dialogue.signals, *dialogue.flags, *dialogue.strengths):
        yield signal.line, None, signal.label
