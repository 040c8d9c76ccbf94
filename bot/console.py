"""The terminal adapter: the same reflection, engine, storage and catalogs as Telegram.

Options are numbered; `b` goes back, `s` skips, `q` pauses. Input is read outside the
event loop, so Ctrl-C pauses at once; every answer was already committed.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Coroutine
from typing import Any, TextIO, TypeVar

from bot.app import App
from bot.dialogue.events import Back, Event, Skip, TypeText
from bot.dialogue.replies import Button, Param, Reply, ReplyKind, Text
from bot.msgid import N_
from bot.reflections import EntryView

T = TypeVar("T")
NAV_KEYS = {Back: "b", Skip: "s"}
ENDED, PAUSED = "ended", "paused"


class Console:
    def __init__(
        self,
        app: App,
        lang: str,
        stdin: TextIO,
        stdout: TextIO,
        call: Callable[[Coroutine[Any, Any, Any]], Any],
    ) -> None:
        self._app, self._lang = app, lang
        self._in, self._out = stdin, stdout
        self._call = call

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run one coroutine on the adapter's loop; input is read outside of it."""
        result: T = self._call(coroutine)
        return result

    def say(self, msgid: str, **params: Param) -> None:
        self._print(self._app.translator.render(self._lang, Text(msgid, params)))

    def _print(self, line: str = "") -> None:
        self._out.write(line + "\n")
        self._out.flush()

    def _read(self) -> str | None:
        self._out.write("> ")
        self._out.flush()
        line = self._in.readline()
        return None if line == "" else line.rstrip("\r\n")

    def main(self) -> int:
        reflections = self._app.reflections
        pseudonym = self._run(reflections.worker(f"console:{getpass.getuser()}", self._lang))
        if self._run(reflections.in_progress(pseudonym)) and self._reflect(pseudonym) == PAUSED:
            return 0
        while True:
            self._print()
            self.say(N_("What would you like to do?"))
            self.say(N_("1) Reflect on a contact"))
            self.say(N_("2) Read my earlier reflections"))
            self.say(N_("q) Quit"))
            choice = self._read()
            if choice is None or choice.strip().lower() in ("q", "3"):
                return 0
            if choice.strip() == "1":
                if self._reflect(pseudonym) == PAUSED:
                    return 0
            elif choice.strip() == "2":
                self._earlier(pseudonym)
            else:
                self.say(N_("Please type 1, 2 or q."))

    def _reflect(self, pseudonym: str) -> str:
        """Run the reflection until it ends (saved or discarded) or is PAUSED."""
        reflections = self._app.reflections
        turn = self._run(reflections.begin(pseudonym, self._lang))
        while True:
            numbered, lettered = self._show(turn.replies)
            if turn.ended:
                return ENDED
            line = self._read()
            if line is None or line.strip().lower() == "q":
                self.say(N_("Paused. Your answers are kept: run reflectbot chat to continue."))
                return PAUSED
            for event in self._events(line, numbered, lettered):
                turn = self._run(reflections.handle(pseudonym, event))
                if turn.ended:
                    break

    @staticmethod
    def _events(line: str, numbered: list[Event], lettered: dict[str, Event]) -> list[Event]:
        """Letters for navigation, numbers (several for a multi-select), else typed text."""
        word = line.strip().lower()
        if word in lettered:
            return [lettered[word]]
        parts = word.replace(",", " ").split()
        if parts and all(p.isdigit() and 1 <= int(p) <= len(numbered) for p in parts):
            return [numbered[int(p) - 1] for p in parts]
        return [TypeText(line)]

    def _show(self, replies: tuple[Reply, ...]) -> tuple[list[Event], dict[str, Event]]:
        numbered: list[Event] = []
        lettered: dict[str, Event] = {}
        for reply in replies:
            render = self._app.translator.render
            body = reply.body[1:] if reply.kind is ReplyKind.ANSWERED else reply.body
            self._print()
            for text in body:
                self._print(render(self._lang, text))
            for row in reply.buttons:
                for button in row:
                    self._option(button, numbered, lettered)
        return numbered, lettered

    def _option(self, button: Button, numbered: list[Event], lettered: dict[str, Event]) -> None:
        label = self._app.translator.render(self._lang, button.label)
        letter = NAV_KEYS.get(type(button.event))
        if letter is not None:
            lettered[letter] = button.event
            self._print(f"  {letter}) {label}")
        else:
            numbered.append(button.event)
            self._print(f"  {len(numbered)}) {label}")

    def _earlier(self, pseudonym: str) -> None:
        views = self._run(self._app.reflections.earlier(pseudonym))
        if not views:
            self.say(N_("You have no saved reflections yet."))
            return
        for number, view in enumerate(views, start=1):
            self._print(f"{number}) {self._app.translator.day(self._lang, view.entry.day)}")
        self.say(N_("Type a number to read a reflection, or press Enter to go back."))
        choice = (self._read() or "").strip()
        if choice.isdigit() and 1 <= int(choice) <= len(views):
            self._entry(views[int(choice) - 1])

    def _entry(self, view: EntryView) -> None:
        render = self._app.translator.render
        self._print()
        self._print(self._app.translator.day(self._lang, view.entry.day))
        for section in view.sections:
            self._print()
            for text in section:
                self._print(render(self._lang, text))
        if view.strengths:
            self._print()
            self.say(N_("What you did well: {strengths}"), strengths=view.strengths)
        if view.signals:
            self._print()
            self.say(N_("Points for supervision: {signals}"), signals=view.signals)
