"""The engine's show-back of a typed answer: confirmation only when the scrubber changed or
doubted something, honest counts, and hiding a doubtful word everywhere."""

from __future__ import annotations

from bot.dialogue.engine import Engine
from bot.dialogue.events import KeepText, MaskWord, Retype, TypeText
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
    assert [b.event for row in reply.buttons for b in row] == [KeepText(STEP), Retype(STEP)]
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
