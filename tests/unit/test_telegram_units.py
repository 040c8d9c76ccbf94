"""Callback data and message splitting: Telegram's 64-byte and 4096-character limits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.dialogue.events import (
    Back,
    Choose,
    Discard,
    Done,
    Edit,
    EditSection,
    KeepText,
    MaskWord,
    Resume,
    Retype,
    Save,
    ShowReview,
    Skip,
    Toggle,
    UndoMask,
)  # fmt: skip
from bot.dialogue.registry import Compiled
from bot.dialogue.replies import Button
from bot.i18n import Translator
from bot.telegram.callback_data import (
    LIMIT,
    CallbackTooLong,
    MenuAction,
    decode,
    encode,
    encode_menu,
)
from bot.telegram.views import MESSAGE_LIMIT, render, split
from tests.walk import complete

EVENTS = [
    Choose("depth", "quick"), Toggle("feelings", "tired"), Toggle("feelings", "tired", True),
    Toggle("feelings", "tired", False), Done("feelings"),
    KeepText("insight"), UndoMask("insight"), Retype("insight"), Back("insight"), Skip("insight"),
    MaskWord("insight", 3, "0a9f3c"), MaskWord.offering("insight", 7, "zorbek"),
    EditSection("review", "presence"), Edit("review", "tension_dependency_autonomy"),
    ShowReview("review"), Save("review"), Discard("review"), Discard("review", confirmed=True),
]  # fmt: skip


@pytest.mark.parametrize("event", EVENTS)
def test_events_round_trip_through_callback_data(event: object) -> None:
    data = encode(event, 7)  # type: ignore[arg-type]
    assert len(data.encode()) <= LIMIT
    assert decode(data) == (7, event)


def test_menu_actions_round_trip() -> None:
    assert decode(encode_menu(MenuAction("lang", "fr"))) == MenuAction("lang", "fr")


@pytest.mark.parametrize("data", ["", "x", "r1|a|c|s|v", "r1|1|?|s|v", "r2|1|c|s|v", "m1|x"])
def test_forged_or_broken_data_decodes_to_nothing(data: str) -> None:
    assert decode(data) is None


def test_too_long_data_is_refused_when_the_keyboard_is_built() -> None:
    with pytest.raises(CallbackTooLong):
        encode(Choose("k" * 40, "o" * 20), 1)
    with pytest.raises(ValueError, match="no button form"):
        encode(Resume(), 1)  # type: ignore[arg-type]


def test_every_button_of_post_contact_fits(
    compiled: Compiled, engine: object, translator: Translator
) -> None:
    seen: list[Button] = []

    def collect(outcome: object) -> None:
        for reply in outcome.replies:  # type: ignore[attr-defined]
            seen.extend(b for row in reply.buttons for b in row)
            for lang in ("nl", "fr", "en"):
                render(translator, lang, reply, compiled.dialogue.version)

    complete(engine, compiled, {"depth": "deep", "ask_coach": "yes"}, hook=collect)  # type: ignore[arg-type]
    assert len(seen) > 100


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12000))
def test_split_respects_the_limit_and_loses_nothing(text: str) -> None:
    chunks = split(text)
    assert all(len(c) <= MESSAGE_LIMIT for c in chunks)
    assert "".join(chunks).replace("\n", "") == text.replace("\n", "")


def test_an_error_is_located_by_our_frames_only() -> None:
    from bot.telegram.failures import located

    def ours() -> None:
        from bot.telegram.callback_data import decode

        decode(None)  # type: ignore[arg-type]

    try:
        ours()
    except Exception as exc:
        where = located(exc)
    assert where.startswith(("AttributeError at bot.telegram.callback_data:decode:",
                             "TypeError at bot.telegram.callback_data:decode:"))  # fmt: skip
    assert "tests." not in where, "frames outside bot/ are left out"
    assert located(ValueError("never shown")) == "ValueError", "no traceback: the type alone"


def test_a_long_overview_is_split_only_at_the_limit_with_its_buttons_last() -> None:
    from bot.app import build_core
    from bot.dialogue.events import EditSection, Save
    from bot.dialogue.replies import Button, Reply, ReplyKind, Text
    from bot.reflections import Turn
    from bot.telegram.chat_state import ChatState
    from bot.telegram.window import ReflectionWindow

    _, translator, _ = build_core()
    window = ReflectionWindow(translator, ChatState(None))  # type: ignore[arg-type]

    def section(name: str, size: int) -> Reply:
        edit = Button(Text("✎ {s}", {"s": name}), EditSection("review", name))
        return Reply(ReplyKind.REVIEW, (Text(name), Text("{v}", {"v": "x" * size})), ((edit,),))

    closing = Reply(ReplyKind.QUESTION, (Text("Save?"),),
                    ((Button(Text("✓"), Save("review")),),), "review")  # fmt: skip
    short = window.compose("en", Turn((section("a", 100), section("b", 100), closing), 1), [])
    assert len(short) == 1, "one message while it fits"
    keyboard = short[0].markup.inline_keyboard if short[0].markup else ()
    assert [len(row) for row in keyboard] == [2, 1], "sections two to a row, then save"
    turn = Turn((section("a", 3000), section("b", 3000), closing), 1)
    views = window.compose("en", turn, [])
    assert len(views) == 2 and all(len(v.text) <= MESSAGE_LIMIT for v in views)
    assert views[0].markup is None and views[1].markup is not None
    assert sum(v.text.count("x") for v in views) == 6000, "nothing lost"
