"""The engine's show-back of a typed answer: confirmation only when the scrubber changed or
doubted something, honest counts, and hiding a doubtful word everywhere."""

from __future__ import annotations

from bot.dialogue.engine import Engine
from bot.dialogue.events import KeepText, MaskWord, Retype, TypeText, UndoMask
from bot.dialogue.registry import Compiled
from bot.dialogue.replies import ReplyKind, Text
from bot.dialogue.session import Session
from tests.unit.test_engine import advance_to, msgids

STEP = "plan"
"""The fixture dialogue's typed question (tests/data/dialogues)."""

MISSES = (
    "Something identifying may still be there: the filter misses some. Read it once more "
    "before you keep it."
)
"""The caution shown when no word is left to offer."""


def typed(engine: Engine, compiled: Compiled, text: str) -> Session:
    outcome = engine.handle(advance_to(engine, compiled, STEP), TypeText(text))
    assert outcome.session is not None
    return outcome.session


def test_an_answer_with_nothing_to_hide_is_kept_at_once(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    outcome = fixture_engine.handle(
        advance_to(fixture_engine, fixture_compiled, STEP), TypeText("Ze was heel moedig.")
    )
    assert outcome.session is not None and outcome.session.pending_text is None
    assert outcome.session.answers[STEP] == "Ze was heel moedig."
    assert outcome.replies[0].kind is ReplyKind.ANSWERED


def test_the_show_back_counts_what_was_replaced(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = typed(fixture_engine, fixture_compiled, "Mevrouw Peeters belde naar 0470 12 34 56.")
    assert session.pending_text == "Mevrouw [naam] belde naar [telefoon]."
    assert session.pending_replaced == 2 and session.pending_unsure == ()
    outcome = fixture_engine.handle(session, Retype(STEP))
    assert outcome.session is not None and outcome.session.pending_replaced == 0
    (asked,) = outcome.replies
    last = Text("Your last version, to copy and change: “{text}”", {"text": session.pending_text})
    assert asked.kind is ReplyKind.QUESTION and asked.body[-1] == last, "nothing to retype by heart"
    shown = fixture_engine.handle(session, MaskWord.offering(STEP, 0, "Peeters"))
    assert msgids(shown)[0] == "That word is no longer in your answer."
    assert shown.session == session and not shown.changed


def test_a_tap_hides_the_word_everywhere_and_the_count_follows(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    session = typed(
        fixture_engine, fixture_compiled, "Mevrouw Peeters koopt zorbek in; zorbek ligt klaar."
    )
    assert session.pending_unsure == ("zorbek",)
    masked = fixture_engine.handle(session, MaskWord.offering(STEP, 0, "zorbek"))
    assert masked.session is not None
    assert (
        masked.session.pending_text
        == "Mevrouw [naam] koopt [verborgen] in; [verborgen] ligt klaar."
    )
    assert masked.session.pending_replaced == 3 and masked.session.pending_unsure == ()
    (reply,) = masked.replies
    assert reply.kind is ReplyKind.CONFIRM and reply.refresh
    assert Text("{count} details replaced by labels in brackets.", {"count": 3}) in reply.body
    events = [b.event for row in reply.buttons for b in row]
    assert events == [UndoMask(STEP), KeepText(STEP), Retype(STEP)]
    ids = [t.msgid for t in reply.body]
    assert MISSES in ids, "no button left is no all-clear"
    assert not any(i.startswith("Something identifying may still be there. Tap") for i in ids)
    late = fixture_engine.handle(masked.session, MaskWord.offering(STEP, 0, "zorbek"))  # again
    assert late.session == masked.session and not late.changed
    kept = fixture_engine.handle(masked.session, KeepText(STEP))
    assert kept.session is not None
    assert kept.session.answers[STEP] == masked.session.pending_text


def test_doubtful_words_are_buttons_and_no_promise_is_made(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    shown = fixture_engine.handle(
        advance_to(fixture_engine, fixture_compiled, STEP), TypeText("Het werd zorbek.")
    )
    (confirm,) = shown.replies
    ids = [t.msgid for t in confirm.body]
    assert "Nothing was replaced." in ids
    assert any(i.startswith("Something identifying may still be there. Tap a button") for i in ids)
    assert MISSES not in ids
    assert not any("Anything that could identify" in i for i in ids)
    labels = [b.label for row in confirm.buttons for b in row]
    assert labels[0] == Text("Hide “{word}”", {"word": "zorbek"})


def test_the_draft_survives_a_restart(fixture_engine: Engine, fixture_compiled: Compiled) -> None:
    session = typed(fixture_engine, fixture_compiled, "Mevrouw Peeters koopt zorbek in.")
    restored = Session.from_json(session.to_json())
    assert restored == session
    legacy = session.to_json().replace(',"pending_replaced":1,"pending_unsure":["zorbek"]', "")
    assert Session.from_json(legacy).pending_unsure == ()


def test_a_wrong_tap_is_undone_with_one_more_tap(
    fixture_engine: Engine, fixture_compiled: Compiled
) -> None:
    """review17: a tap hides a word everywhere; a wrong one must not cost the whole answer."""
    session = typed(fixture_engine, fixture_compiled, "Mevrouw Peeters koopt zorbek en plimtak.")
    assert session.pending_unsure == ("zorbek", "plimtak")
    first = fixture_engine.handle(session, MaskWord.offering(STEP, 1, "plimtak"))
    second = fixture_engine.handle(first.session, MaskWord.offering(STEP, 0, "zorbek"))
    assert second.session is not None
    assert second.session.pending_text == "Mevrouw [naam] koopt [verborgen] en [verborgen]."
    (shown,) = second.replies
    labels = [b.label for row in shown.buttons for b in row]
    assert labels[0] == Text("↶ Show “{word}” again", {"word": "zorbek"}), "the last tap first"
    undone = fixture_engine.handle(second.session, UndoMask(STEP))
    assert undone.session is not None and undone.session == first.session
    (reply,) = undone.replies
    assert reply.kind is ReplyKind.CONFIRM and reply.refresh, "the same window, redrawn"
    assert Text("{count} details replaced by labels in brackets.", {"count": 2}) in reply.body
    assert [b.label for row in reply.buttons for b in row][:2] == [
        Text("Hide “{word}”", {"word": "zorbek"}),
        Text("↶ Show “{word}” again", {"word": "plimtak"}),
    ]
    back_to_start = fixture_engine.handle(undone.session, UndoMask(STEP))
    assert back_to_start.session is not None
    assert back_to_start.session.pending_text == session.pending_text
    assert back_to_start.session.pending_unsure == session.pending_unsure
    assert back_to_start.session.pending_replaced == 1
    events = [b.event for row in back_to_start.replies[0].buttons for b in row]
    assert UndoMask(STEP) not in events, "nothing left to undo, no button"
    stale = fixture_engine.handle(back_to_start.session, UndoMask(STEP))
    assert msgids(stale)[0] == "There is no hidden word to show again."
    assert stale.session == back_to_start.session and not stale.changed
    restored = Session.from_json(second.session.to_json())
    assert restored == second.session, "the undo survives a restart"
    kept = fixture_engine.handle(undone.session, KeepText(STEP))
    assert kept.session is not None and kept.session.pending_undo == ()
    assert kept.session.answers[STEP] == "Mevrouw [naam] koopt zorbek en [verborgen]."
