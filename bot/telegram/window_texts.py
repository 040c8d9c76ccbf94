"""What the reflection window says about itself, as msgids (the engine words the rest)."""

from __future__ import annotations

from bot.msgid import N_, Np_

QUESTION_CLOSED = N_("That question is closed.")
REMOVED_NOTE = N_("I removed your message from this chat; what I keep is shown in this message.")
REMOVE_REFUSED = N_(
    "I could not remove your message from this chat: Telegram lets me delete messages only "
    "within 48 hours of sending. Delete it yourself: press and hold it, then choose Delete."
)
READ_WITH_MINE = N_("Read it with /mine.")
ENDED_UNSEEN = N_(
    "Your last reflection has ended; the saved ones are in /mine. Send /reflect "
    "again to start a new one."
)
SAVED_EARLIER = N_("Saved: this reflection was kept, though I could not confirm it at the time.")
CLEAR_LEFT = N_("This reflection left other messages in this chat. Shall I remove them?")
REJECTED_REMOVED = N_("I removed that message from this chat; nothing of it was kept.")
LONG_STAYS = N_(
    "Your message stays in this chat so you can copy it and send a shorter version; I keep "
    "nothing of it. I remove it from the chat once the shorter version is kept."
)
EDITED_LONG = N_(
    "I only read new messages: send the shorter version as a new message. Your longer "
    "message stays in this chat until then; I keep nothing of it."
)
LONG_REMOVED = N_("I also removed your longer message from this chat.")
DISCARD_STAYS = N_(
    "Telegram did not let me delete every message of this reflection from this chat (a bot may "
    "delete messages only within 48 hours of sending). Still there: {count}. I keep nothing of "
    "them; delete them yourself: press and hold each one, then choose Delete."
)
ALREADY_GONE = N_("Already gone from this chat before: {count}.")
USE_THE_BUTTONS = N_("Please use the buttons.")
"""The engine's own words, for typed text while the window asks to discard."""
ANSWER_KEPT_UNSHOWN = N_(
    "Your answer is kept, but I could not show you the next question just now. Send /reflect: "
    "it shows where you are."
)
KEPT_UNSHOWN = N_(
    "Your answers so far are kept, but I could not bring this chat up to date just now. Send "
    "/reflect: it shows where you are."
)
SAVED_UNSHOWN = N_(
    "Your reflection is saved, but I could not show it here just now. Read it with /mine."
)
DISCARDED_UNSHOWN = N_(
    "Your reflection is discarded: nothing of it was kept. I could not update this chat just now."
)
LEFT_TOO_OLD = Np_(
    "This reflection left {count} message in this chat that I can no longer delete: Telegram "
    "lets a bot delete messages only within 48 hours of sending. Delete it yourself: press and "
    "hold it, then choose Delete.",
    "This reflection left {count} messages in this chat that I can no longer delete: Telegram "
    "lets a bot delete messages only within 48 hours of sending. Delete them yourself: press "
    "and hold each one, then choose Delete.",
)
SHORTER_REMOVED = N_("I removed your shorter message from this chat; what I keep is shown above.")
LONG_REFUSED = N_(
    "Your longer message is still in this chat, with everything you typed in it: Telegram lets "
    "me delete messages only within 48 hours of sending. I keep nothing of it; delete it "
    "yourself: press and hold it, then choose Delete."
)
NOTHING_SAVED_TODAY = N_(
    "There is no reflection in progress to discard: your last one is saved. Read it with /mine; "
    "start a new one with /reflect."
)
