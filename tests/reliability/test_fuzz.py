"""Random Telegram updates into the real Application on the strict fake transport.

Any update type, any text (control characters, right-to-left marks, 10,000 characters),
malformed and forged callback data, unknown commands, group chats and channels, team
commands from every role. Invariants: no handler fails, every private-chat update gets an
answer, no other worker's state changes, and team data reaches supervisors only.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.telegram_harness import Harness
from tests.e2e.test_telegram_teams import new_team
from tests.fakes.telegram_api import BOT, FakeTelegram

SUPERVISOR = {"id": 801, "is_bot": False, "first_name": "S", "language_code": "nl"}
VICTIM = {"id": 802, "is_bot": False, "first_name": "V", "language_code": "nl"}
COACH = {"id": 806, "is_bot": False, "first_name": "C", "language_code": "nl"}
STRANGERS = [
    {"id": 900 + n, "is_bot": False, "first_name": f"X{n}", "language_code": lang}
    for n, lang in enumerate(("nl", "fr", "en", "de"))
]
SENDERS = [*STRANGERS, SUPERVISOR, COACH]
COMMANDS = (
    "/start", "/reflect", "/mine", "/cancel", "/remind", "/newteam", "/team", "/export",
    "/prompts", "/askcoaches", "/language", "/privacy", "/forget", "/help", "/nonsense",
    "/start bogus-code", "/team 2026-01-01 2025-01-01", "/newteam " + "x" * 300,
)  # fmt: skip

texts = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(codec="utf-8"), max_size=50),
    st.sampled_from(["\u202e\u200fمرحبا", "\x00\x07\x1b[31m", "a" * 10_000, "", " ", "🙂" * 900]),
    st.sampled_from(COMMANDS),
    st.builds(lambda c, t: f"{c} {t}", st.sampled_from(COMMANDS), st.text(max_size=40)),
)
callback_data = st.one_of(
    st.text(max_size=64).filter(lambda d: 0 < len(d.encode()) <= 64),
    st.sampled_from(
        [
            "r1",
            "r1|x|y|z|w",
            "m1|",
            "m1|export_pack|99:xlsx",
            "m1|team|1:all",
            "m1|unshare|1",
            "m1|coach_send|1",
            "m1|forget|yes",
            "r1|1|zz|depth|0",
        ]
    ),
    st.just("FORGED"),  # a real button of the victim's current question
)
actions = st.tuples(
    st.sampled_from(["text", "callback", "edited", "group", "channel", "sticker", "location"]),
    st.integers(0, len(SENDERS) - 1),
    texts,
    callback_data,
)


class Fuzzer:
    """One Application for all examples (state builds up, as in real life)."""

    def __init__(self, folder: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.bot = self.loop.run_until_complete(Harness(folder).start())
        self.loop.run_until_complete(self._set_up())
        self.failures: list[str] = []
        logging.getLogger("bot").addHandler(_Collect(self.failures))

    async def _set_up(self) -> None:
        codes = await new_team(self.bot)
        await self.bot.say(VICTIM, f"/start {codes['worker']}")
        await self.bot.press(VICTIM, "✓")
        await self.bot.reflect(VICTIM)
        await self.bot.say(VICTIM, "/reflect")
        for _ in range(6):
            await self.bot.answer(VICTIM)
        await self.bot.say(COACH, f"/start {codes['coach']}")
        await self.bot.press(COACH, "✓")

    @property
    def api(self) -> FakeTelegram:
        return self.bot.api

    def victim_state(self) -> tuple[Any, ...]:
        store, key = self.bot.app.store, self.bot.app.key
        pseudonym = key.pseudonym(f"tg:{VICTIM['id']}")
        session = self.loop.run_until_complete(store.load_session(pseudonym))
        entries = self.loop.run_until_complete(store.entries_of(pseudonym, 100))
        shown = [m for m in self.api.chat(VICTIM["id"]) if m["from"]["id"] == BOT["id"]]
        return (session.to_json() if session else None, entries, shown)

    def update(self, kind: str, sender: dict[str, Any], text: str, data: str) -> dict[str, Any]:
        api, chat = self.api, sender["id"]
        if kind == "callback":
            if data == "FORGED":
                data = _first_button(api.last(VICTIM["id"]))
            own = [m for m in api.chat(chat) if m["from"]["id"] == BOT["id"]]
            if not own:
                return api.send_text(sender, "/start")
            return api.press_data(sender, own[-1]["message_id"], data)
        if kind == "edited":
            mine = [m for m in api.chat(chat) if m["from"]["id"] == chat and m.get("text")]
            return api.edit_text(sender, mine[-1]["message_id"], text or ".") if mine else (
                api.send_text(sender, text or "."))  # fmt: skip
        if kind == "group":
            return api.send_text(sender, text or ".", chat_id=-1001234)
        if kind == "channel":
            post = api._new_message(-1009876, sender, text=text or ".")
            post["chat"] = {"id": -1009876, "type": "channel", "title": "Kanaal"}
            post.pop("from")
            return api._update(channel_post=post)
        if kind == "sticker":
            sticker = {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1,
                       "height": 1, "is_animated": False, "is_video": False}  # fmt: skip
            return api.send_other(sender, sticker=sticker)
        if kind == "location":
            return api.send_other(sender, location={"latitude": 50.85, "longitude": 4.35})
        return api.send_text(sender, text)

    def feed(self, update: dict[str, Any]) -> None:
        self.loop.run_until_complete(self.bot.feed(update))

    def close(self) -> None:
        self.loop.run_until_complete(self.bot.stop())
        self.loop.close()


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.ERROR)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


def _first_button(message: dict[str, Any]) -> str:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [[{"callback_data": "r1"}]])
    return str(rows[0][0].get("callback_data", "r1"))


@pytest.fixture(scope="module")
def fuzzer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzer]:
    fuzz = Fuzzer(tmp_path_factory.mktemp("fuzz"))
    yield fuzz
    fuzz.close()


Step = tuple[str, int, str, str]


def replay(fuzzer: Fuzzer, steps: list[Step]) -> None:
    """Feed the steps; check the invariants after each, and the victim's state at the end."""
    victim = fuzzer.victim_state()
    for kind, who, text, data in steps:
        sender = SENDERS[who]
        update = fuzzer.update(kind, sender, text, data)
        before = len(fuzzer.api.calls)
        fuzzer.feed(update)
        calls = fuzzer.api.calls[before:]
        assert fuzzer.failures == [], f"{kind} {text[:40]!r}: {fuzzer.failures}"
        if kind in ("text", "callback", "edited", "sticker", "location"):
            assert any(str(p.get("chat_id")) == str(sender["id"]) or m == "answerCallbackQuery"
                       for m, p in calls), f"{kind} {text[:40]!r} got no answer"  # fmt: skip
    assert fuzzer.victim_state() == victim, "another worker's reflection changed"


def assert_team_data_for_supervisors_only(fuzzer: Fuzzer) -> None:
    log = fuzzer.loop.run_until_complete(fuzzer.bot.app.store.audit_log(1000))
    supervisor = fuzzer.bot.app.key.pseudonym(f"tg:{SUPERVISOR['id']}")
    for row in log:
        if not row.action.startswith(("export", "summary", "report")):
            continue
        if row.action.endswith(".refused"):  # a refused request is audited, reads nothing
            assert row.role == "refused", row.action
        else:  # the supervisor's, or theirs under a tombstone after their /forget
            assert row.role == "supervisor", row.action
            assert row.actor == supervisor or row.actor.startswith("erased:"), row.action


def test_every_command_from_every_role(fuzzer: Fuzzer) -> None:
    replay(fuzzer, [("text", who, command, "") for command in COMMANDS
                    for who in range(len(SENDERS))])  # fmt: skip
    assert_team_data_for_supervisors_only(fuzzer)


EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
"""Sequences of updates per run; CI keeps it short, FUZZ_EXAMPLES=1000 for a long hunt."""


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(actions, min_size=1, max_size=6))
def test_random_updates_break_nothing(fuzzer: Fuzzer, steps: list[Step]) -> None:
    replay(fuzzer, steps)
    assert_team_data_for_supervisors_only(fuzzer)
