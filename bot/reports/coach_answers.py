"""The coach answers of an export (XLSX sheet, JSON list) and their codebook rows.

Each answer carries the question of the Bind-Kracht triangle it answers (the key in the
JSON, the question in the team's language in the sheet) and the code of the reflection it
came from, the same code that reflection has in the export, so a supervisor can read the
answer beside its case. A reflection that is not in the export (not shared, or outside
the period) gets no code: a code that points at nothing would only mislead.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from bot.i18n import Translator
from bot.msgid import N_
from bot.reports.sheets import LIST_SEPARATOR
from bot.teams.coach import COACH_PROMPTS
from bot.teams.model import CoachPrompt

COACH_KEYS = ("question", "answer_to", "entry", "answer", "signed_by")
"""The JSON keys, in the sheet's column order."""
COACH_COLUMNS = (N_("Question"), N_("Question answered"), N_("Reflection code"), N_("Answer"),
                 N_("Signed by"))  # fmt: skip
COACH_WIDTHS = (40, 45, 14, 60, 20)
FREE_ANSWER = N_("One free answer")
COACH_HELP = (
    N_("The question the worker or the supervisor asked the coaches (scrubbed)."),
    N_("Which question of the triangle the coach answered; otherwise one free answer."),
    N_("The code of the reflection the question came from, as in the sheet of shared "
       "reflections; empty for a supervisor's own question or a reflection not in this "
       "export."),
    N_("The coach's answer (scrubbed)."),
    N_("The name the coach chose to sign with; empty: the answer is anonymous."),
)  # fmt: skip
COACH_KINDS = ("text", "choice", "code", "text", "text")


def coach_records(prompts: list[CoachPrompt], codes: dict[int, str]) -> list[dict[str, Any]]:
    """The answers as the JSON lists them: codes as keys, `answer_to` None for a free answer;
    `codes`: entry id → its code in this export, for the reflections the export holds."""
    return [{"question": p.question, "answer_to": p.answer_to,
             "entry": codes.get(p.entry) if p.entry is not None else None,
             "answer": p.answer or "", "signed_by": p.signature or ""}
            for p in prompts]  # fmt: skip


def linked_entries(prompts: list[CoachPrompt]) -> Collection[int]:
    """The reflections the answers came from: the export notes their codes as it goes."""
    return frozenset(p.entry for p in prompts if p.entry is not None)


def answered_question(answer_to: str | None) -> str:
    """The msgid of the question answered, for the sheet a supervisor reads."""
    return COACH_PROMPTS.get(answer_to or "", FREE_ANSWER)


def coach_codebook(translator: Translator, lang: str, sheet: str) -> list[dict[str, str]]:
    """One codebook row per column of the coach answers (`sheet`: that sheet's name), in
    the JSON codebook's shape: key, section, kind, label, question, options."""
    tr = translator.gettext
    triangle = LIST_SEPARATOR.join(f"{k} = {tr(lang, q)}" for k, q in COACH_PROMPTS.items())
    options = {"answer_to": f"{triangle}{LIST_SEPARATOR}– = {tr(lang, FREE_ANSWER)}"}
    return [{"key": key, "section": sheet, "kind": kind, "label": tr(lang, label),
             "question": tr(lang, help_text), "options": options.get(key, ""), "dialogue": ""}
            for key, label, help_text, kind in zip(COACH_KEYS, COACH_COLUMNS, COACH_HELP,
                                                   COACH_KINDS, strict=True)]  # fmt: skip
