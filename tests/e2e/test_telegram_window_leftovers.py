"""What a reflection leaves in the chat, end to end (#14, a tester's defects 2, 3, 4, 6,
7, 10): text the bot cannot use, a discard after 48 hours, the clean-up, late taps."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.telegram_harness import Harness, consented
from tests.e2e.test_telegram_window import reflect_leaving_a_sticker, to_typed_question

ANN: dict[str, Any] = {"id": 702, "is_bot": False, "first_name": "Worker", "language_code": "nl"}
REMOVED = "Ik heb je bericht uit deze chat verwijderd; wat ik bewaar, staat in dit bericht."
REJECTED = "Ik heb dat bericht uit deze chat verwijderd; er werd niets van bewaard."
LONG_STAYS = "Je bericht blijft in deze chat staan, zodat je het kan kopiëren en een kortere versie"
EDITED_LONG = "Ik lees alleen nieuwe berichten: stuur de kortere versie als een nieuw bericht."
LONG_REMOVED = "Ik heb ook je langere bericht uit deze chat verwijderd."
CLOSED = "Die vraag is afgesloten."
LONG = ("Ik luisterde naar mevrouw en vroeg wat zij zelf belangrijk vond; we overliepen de "
        "brieven van de energieleverancier en de planning voor volgende week. ") * 6  # fmt: skip


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with consented(tmp_path, ANN) as harness:
        yield harness


def present(bot: Harness, message_id: int) -> bool:
    return (ANN["id"], message_id) in bot.api.messages


async def to_overview(bot: Harness, text: str = "Ze vond zelf een oplossing.",
                      modules: bool = False) -> dict[str, Any]:  # fmt: skip
    """From /reflect to the overview; `modules`: every deepening module opened on the way."""
    await bot.say(ANN, "/reflect")
    opened: set[str] = set()
    for _ in range(300):
        labels = bot.api.buttons(bot.question(ANN))
        module = next((b for b in labels if "minuten)" in b and b not in opened), None)
        if modules and module is not None:
            opened.add(module)
            await bot.press(ANN, module)
        elif "✓ Bewaren" in labels:
            return bot.question(ANN)
        else:
            await bot.answer(ANN, text=text, save="-")
    raise AssertionError("no overview")


def data_of(message: dict[str, Any], label: str) -> str:
    keys = [k for row in message["reply_markup"]["inline_keyboard"] for k in row]
    return str(next(k["callback_data"] for k in keys if k["text"] == label))


async def test_text_typed_where_buttons_are_asked_leaves_the_chat_at_once(bot: Harness) -> None:
    await bot.say(ANN, "/reflect")
    window = bot.question(ANN)["message_id"]
    update = bot.api.send_text(ANN, "Huisbezoek bij mevrouw Peeters in de Kerkstraat")
    typed = update["message"]["message_id"]
    start = len(bot.api.calls)
    await bot.feed(update)
    assert not present(bot, typed), "nothing is lost: the buttons answer the question"
    shown = bot.question(ANN)
    assert shown["message_id"] == window and shown["text"].endswith(REJECTED)
    assert "knoppen" in shown["text"], "the reason is said too"
    assert [m for m, _ in bot.api.calls[start:]] == ["deleteMessage", "editMessageText"]


async def test_an_empty_answer_leaves_the_chat_at_once(bot: Harness) -> None:
    await to_typed_question(bot, ANN)
    update = bot.api.send_text(ANN, "🙂 🙂")
    await bot.feed(update)
    assert not present(bot, update["message"]["message_id"])
    assert bot.question(ANN)["text"].endswith(REJECTED)


async def test_a_too_long_text_stays_until_the_shorter_one_is_kept(bot: Harness) -> None:
    await to_typed_question(bot, ANN)
    update = bot.api.send_text(ANN, LONG)
    long = update["message"]["message_id"]
    await bot.feed(update)
    assert present(bot, long), "the worker's writing is not lost"
    shown = bot.question(ANN)["text"]
    assert "800" in shown and LONG_STAYS in shown
    assert REMOVED not in shown and REJECTED not in shown, "no claim of a removal"
    short = bot.api.send_text(ANN, "Ik luisterde en vroeg wat zij belangrijk vond.")
    await bot.feed(short)
    assert not present(bot, long) and not present(bot, short["message"]["message_id"])
    shown = bot.question(ANN)["text"]
    assert REMOVED in shown and LONG_REMOVED in shown, "both removals are said"
    assert len(bot.worker_messages(ANN)) == 1, "only /start is left of theirs"


async def test_an_edit_of_the_too_long_text_is_told_to_come_as_a_new_message(
    bot: Harness,
) -> None:
    """Tester, eighth session: the window said the worker could shorten the long text
    "from there", and an edit of it was then told to use ← Back, which had nothing to
    change. The window now says to send a shorter version, and an edit of the long text
    is told exactly that; it stays in the chat, promised to go once the short one is kept."""
    await to_typed_question(bot, ANN)
    update = bot.api.send_text(ANN, LONG)
    long = update["message"]["message_id"]
    await bot.feed(update)
    assert "van daaruit" not in bot.question(ANN)["text"]
    await bot.feed(bot.api.edit_text(ANN, long, "Ik luisterde."))
    shown = bot.question(ANN)["text"]
    assert EDITED_LONG in shown and "Terug" not in shown.split(EDITED_LONG)[0]
    assert present(bot, long), "not claimed removed: it stays until the short one is kept"
    short = bot.api.send_text(ANN, "Ik luisterde en vroeg wat zij belangrijk vond.")
    await bot.feed(short)
    assert not present(bot, long) and LONG_REMOVED in bot.question(ANN)["text"]


async def test_a_discard_after_48_hours_says_what_stays_and_how_to_delete_it(
    bot: Harness,
) -> None:
    """Nothing is kept by the bot, but the text Telegram no longer lets it delete stays in
    the chat: both are said, with how to delete it by hand."""
    await to_typed_question(bot, ANN)
    update = bot.api.send_text(ANN, LONG)
    long = update["message"]["message_id"]
    await bot.feed(update)
    bot.api.age(ANN["id"], 49, [long])
    await bot.say(ANN, "/cancel")
    await bot.press(ANN, "Ja, weggooien")
    assert present(bot, long)
    end = bot.api.last(ANN["id"])["text"]
    assert end.startswith("Weggegooid. Niets van deze reflectie is bewaard.")
    assert "Nog in de chat: 1." in end and "hou elk bericht ingedrukt" in end


async def test_a_discard_within_48_hours_deletes_what_it_left_and_says_nothing_more(
    bot: Harness,
) -> None:
    await to_typed_question(bot, ANN)
    update = bot.api.send_text(ANN, LONG)
    await bot.feed(update)
    await bot.say(ANN, "/cancel")
    await bot.press(ANN, "Ja, weggooien")
    assert not present(bot, update["message"]["message_id"])
    assert "Nog in de chat" not in bot.api.last(ANN["id"])["text"]
    assert len(bot.worker_messages(ANN)) == 1


async def test_an_overview_button_tapped_after_a_change_was_asked_is_closed(
    bot: Harness,
) -> None:
    overview = await to_overview(bot)
    save = data_of(overview, "✓ Bewaren")
    await bot.press(ANN, "✎ Context aanpassen")
    asked = bot.question(ANN)["text"]
    await bot.feed(bot.api.press_data(ANN, overview["message_id"], save))  # tapped before
    assert bot.toasts()[-1] == CLOSED
    assert bot.question(ANN)["text"] == asked, "nothing changed"
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    assert await bot.app.store.entries_of(pseudonym, 5) == [], "not saved"
    assert await bot.app.store.load_session(pseudonym) is not None


async def test_a_second_save_tap_is_told_the_question_is_closed(bot: Harness) -> None:
    overview = await to_overview(bot)
    save = data_of(overview, "✓ Bewaren")
    await bot.press(ANN, "✓ Bewaren")
    receipt = bot.api.messages[(ANN["id"], overview["message_id"])]
    assert receipt["text"].startswith("Bewaard")
    await bot.feed(bot.api.press_data(ANN, overview["message_id"], save))
    assert bot.toasts()[-1] == CLOSED
    await bot.restart()  # the window's memory is gone: still closed, never "no reflection"
    await bot.feed(bot.api.press_data(ANN, overview["message_id"], save))
    assert bot.toasts()[-1] == CLOSED


async def test_a_second_discard_tap_is_told_the_question_is_closed(bot: Harness) -> None:
    await bot.say(ANN, "/reflect")
    await bot.say(ANN, "/cancel")
    confirm = bot.question(ANN)
    discard = data_of(confirm, "Ja, weggooien")
    await bot.press(ANN, "Ja, weggooien")
    await bot.feed(bot.api.press_data(ANN, confirm["message_id"], discard))
    assert bot.toasts()[-1] == CLOSED


async def test_a_long_overview_split_in_two_leaves_no_ghost_offer(bot: Harness) -> None:
    overview = await to_overview(bot, text=LONG[:790], modules=True)
    before = [m for m in bot.api.chat(ANN["id"]) if m["message_id"] < overview["message_id"]]
    chunks = [m for m in before if "Soort contact" in (m.get("text") or "")]
    assert chunks, "the overview was split in two"
    await bot.press(ANN, "✓ Bewaren")
    receipt = bot.api.last(ANN["id"])
    assert receipt["text"].startswith("Bewaard")
    assert "andere berichten" not in receipt["text"] and not bot.api.buttons(receipt)
    bot_messages = [m["message_id"] for m in bot.api.chat(ANN["id"])
                    if m["from"]["id"] != ANN["id"] and m["message_id"] > 3]  # fmt: skip
    assert bot_messages == [receipt["message_id"]], "the receipt alone is left"


async def test_the_clean_up_keeps_its_receipt_and_says_what_was_already_gone(
    bot: Harness,
) -> None:
    """A sticker the worker already deleted by hand is "already gone", never "refused",
    and the receipt the offer sits under is not counted among the "other messages"."""
    await reflect_leaving_a_sticker(bot, ANN)
    receipt = bot.api.last(ANN["id"])
    sticker = next(m for m in bot.api.chat(ANN["id"]) if "sticker" in m)
    del bot.api.messages[(ANN["id"], sticker["message_id"])]  # deleted by hand
    await bot.press(ANN, "🧹 Chat leegmaken", receipt["message_id"])
    said = bot.texts(ANN)[-1]
    assert said.startswith("Berichten uit deze chat verwijderd: 0.")
    assert "Was al uit deze chat verdwenen: 1." in said
    assert "weigerde" not in said and "/forget" not in said
    assert present(bot, receipt["message_id"]), "the offer spoke of other messages"


async def test_text_typed_at_the_discard_question_asks_it_again(bot: Harness) -> None:
    """Typing instead of pressing after /cancel never answers the question below it."""
    await to_typed_question(bot, ANN)
    pseudonym = bot.app.key.pseudonym(f"tg:{ANN['id']}")
    before = await bot.app.store.load_session(pseudonym)
    await bot.say(ANN, "/cancel")
    update = bot.api.send_text(ANN, "ja, gooi weg, het ging over mevrouw Peeters")
    await bot.feed(update)
    assert not present(bot, update["message"]["message_id"])
    shown = bot.question(ANN)
    assert "Deze reflectie weggooien?" in shown["text"] and REJECTED in shown["text"]
    assert bot.api.buttons(shown)[0] == "Ja, weggooien"
    assert await bot.app.store.load_session(pseudonym) == before, "no answer was recorded"
    await bot.press(ANN, "Ja, weggooien")
    assert await bot.app.store.load_session(pseudonym) is None


async def test_mine_during_a_first_reflection_says_it_is_kept_once_saved(bot: Harness) -> None:
    await bot.say(ANN, "/mine")
    assert "Start er een met /reflect" in bot.api.last(ANN["id"])["text"]
    await bot.say(ANN, "/reflect")
    await bot.say(ANN, "/mine")
    said = bot.api.last(ANN["id"])["text"]
    assert "Start er een met /reflect" not in said and "✓ Bewaren" in said


async def test_a_long_overview_split_in_two_is_edited_where_it_stands(bot: Harness) -> None:
    """A change asked from a split overview edits its messages in place: the question
    takes the window's place (the part above it goes), and the overview comes back in
    that same message, its second part with the buttons sent just below it."""
    overview = await to_overview(bot, text=LONG[:790], modules=True)
    window = overview["message_id"]
    first = [m for m in bot.api.chat(ANN["id"]) if m["message_id"] < window
             and "Soort contact" in (m.get("text") or "")]  # fmt: skip
    assert first, "the overview was split in two"
    calls = len(bot.api.calls)
    await bot.press(ANN, "✎ Context aanpassen")
    assert bot.question(ANN)["message_id"] == window, "the question took the window's place"
    assert not present(bot, first[0]["message_id"]), "the overview's first part went"
    await bot.press(ANN, "Soort contact")
    await bot.press(ANN, "Op kantoor")
    back = bot.question(ANN)
    top = bot.api.messages[(ANN["id"], window)]
    assert "Soort contact: Op kantoor" in top["text"] and not bot.api.buttons(top)
    assert [m["message_id"] for m in bot.api.chat(ANN["id"]) if m["message_id"] >= window] == [
        window,
        back["message_id"],
    ], "the overview stands where it stood, nothing between its parts"
    made = [method for method, _ in bot.api.calls[calls:]]
    assert made.count("sendMessage") == 1 and made.count("deleteMessage") == 1
    await bot.press(ANN, "✓ Bewaren")
    receipt = bot.api.last(ANN["id"])
    assert receipt["text"].startswith("Bewaard") and receipt["message_id"] == back["message_id"]
    assert not present(bot, window), "the overview's first part went with the save"
