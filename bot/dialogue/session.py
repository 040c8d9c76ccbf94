"""A reflection in progress, and the entry it becomes; both serialise to small JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from bot.dialogue.model import AnswerValue

SESSION_FORMAT = 1
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""`json.dumps` with these options builds a new encoder per call: once per answer, here."""


class Undo(NamedTuple):
    """The waiting answer as it was before one tap, and the word that tap hid: a wrong tap
    is put right with one more tap, not by retyping the answer (review17). Scrubbed text
    only, like `Session.pending_text`."""

    text: str
    replaced: int
    unsure: tuple[str, ...]
    word: str


@dataclass(slots=True)
class Session:
    dialogue_id: str
    version: int
    lang: str
    current: str
    started: date
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    """Visited steps and their answers; None marks a skipped step."""
    history: list[str] = field(default_factory=list)
    """Answered steps in the order answered: where `back` returns to."""
    editing: bool = False
    """Came from the review: steps already answered are not asked again."""
    selection: tuple[str, ...] = ()
    """Options toggled on in the current multi step, kept across restarts."""
    pending_text: str | None = None
    """Scrubbed text waiting for the worker's confirmation; the raw text is never kept."""
    pending_replaced: int = 0
    """How many details the scrubber (and the worker's taps) replaced in `pending_text`."""
    pending_unsure: tuple[str, ...] = ()
    """Words of `pending_text` the scrubber was unsure of, offered to hide with one tap."""
    back_to: str | None = None
    """Inside a module: the step to return to when it ends (None: the review)."""
    previous: str | None = None
    """The last reflection's answer a follow-up module quotes ("{previous}")."""
    facts: dict[str, str] = field(default_factory=dict)
    """What the adapter knew at the start (such as "in_team"), read by conditions."""
    title: str = ""
    """What the worker's team calls its supervisors (/title), told by the adapter when the
    reflection starts or resumes; "" for the default wording. Options with a titled label
    show it (#13)."""
    pending_undo: tuple[Undo, ...] = ()
    """The waiting answer before each tap, the latest last; emptied with `pending_text`."""

    def copy(self) -> Session:
        """A copy whose answers, history and facts change apart from this one's. Written
        out: `dataclasses.replace` costs 6.5 µs, this 1.4 µs, three times per answer (#14);
        `tests/unit/test_session_copy.py` fails if a new field is left out."""
        return Session(self.dialogue_id, self.version, self.lang, self.current, self.started,
                       dict(self.answers), list(self.history), self.editing, self.selection,
                       self.pending_text, self.pending_replaced, self.pending_unsure,
                       self.back_to, self.previous, dict(self.facts), self.title,
                       self.pending_undo)  # fmt: skip

    def known(self) -> dict[str, object]:
        """Facts and answers together: what conditions read."""
        return {**self.facts, **self.answers}

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "format": SESSION_FORMAT,
            "dialogue": self.dialogue_id,
            "version": self.version,
            "lang": self.lang,
            "current": self.current,
            "started": self.started.isoformat(),
            "answers": plain_answers(self.answers),
            "history": self.history,
            "editing": self.editing,
            "selection": list(self.selection),
            "pending_text": self.pending_text,
            "pending_replaced": self.pending_replaced,
            "pending_unsure": list(self.pending_unsure),
            "back_to": self.back_to,
            "facts": self.facts,
            "previous": self.previous,
            "title": self.title,
            "pending_undo": [
                [u.text, u.replaced, list(u.unsure), u.word] for u in self.pending_undo
            ],
        }
        return _COMPACT(data)

    @classmethod
    def from_json(cls, raw: str) -> Session:
        data = json.loads(raw)
        return cls(
            dialogue_id=str(data["dialogue"]),
            version=int(data["version"]),
            lang=str(data["lang"]),
            current=str(data["current"]),
            started=date.fromisoformat(data["started"]),
            answers=typed_answers(data["answers"]),
            history=[str(k) for k in data["history"]],
            editing=bool(data["editing"]),
            selection=tuple(data["selection"]),
            pending_text=data["pending_text"],
            pending_replaced=int(data.get("pending_replaced", 0)),
            pending_unsure=tuple(str(w) for w in data.get("pending_unsure", ())),
            back_to=data.get("back_to"),
            facts={str(k): str(v) for k, v in data.get("facts", {}).items()},
            previous=data.get("previous"),
            title=str(data.get("title", "")),
            pending_undo=tuple(
                Undo(str(text), int(replaced), tuple(str(w) for w in unsure), str(word))
                for text, replaced, unsure, word in data.get("pending_undo", ())
            ),
        )


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """A finished reflection, ready to store: no time of day, no ids, only scrubbed text."""

    dialogue_id: str
    version: int
    day: date
    lang: str
    answers: dict[str, AnswerValue]
    signals: tuple[str, ...]
    flags: dict[str, bool]
    strengths: tuple[str, ...] = ()
    """What the worker did well, declared in the dialogue like signals."""

    def answers_json(self) -> str:
        return json.dumps(plain_answers(self.answers), ensure_ascii=False, separators=(",", ":"))


def plain_answers(answers: dict[str, AnswerValue]) -> dict[str, Any]:
    """Answers as JSON-ready data: multi answers become lists."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in answers.items()}


def typed_answers(data: dict[str, Any]) -> dict[str, AnswerValue]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def answers_from_json(raw: str) -> dict[str, AnswerValue]:
    return typed_answers(json.loads(raw))
