"""What the worker is told after clearing the chat or /forget: counts of what really
happened (see `bot.privacy.erasure`), each line only when it is true."""

from __future__ import annotations

from bot.dialogue.replies import Text, counted
from bot.msgid import N_
from bot.privacy.erasure import ForgetReceipt
from bot.telegram import counts, texts, window_texts
from bot.telegram.chat_state import Removed

FORGET_CLEARED = N_(
    "Messages removed from this chat: up to {deleted} (any you had already deleted yourself "
    "are counted too)."
)
"""/forget deletes in batches, and Telegram skips a message already gone without saying
so: the count is at most what was removed, and says so."""


def clean_up_lines(removed: Removed) -> list[Text]:
    """The clean-up's receipt: deleted now, already gone (the worker deleted them), and
    what stays, with how to delete it by hand (never /forget: it erases everything)."""
    lines = [Text(texts.CLEARED, {"deleted": removed.deleted})]
    if removed.gone:
        lines.append(Text(window_texts.ALREADY_GONE, {"count": removed.gone}))
    if removed.too_old:
        lines.append(counted(counts.TOO_OLD_TO_DELETE, removed.too_old))
    if removed.refused:
        lines.append(counted(counts.CLEAN_UP_REFUSED, removed.refused))
    return lines


def forget_lines(receipt: ForgetReceipt, audit_years: int) -> list[Text]:
    removed, clearing = receipt.removed, receipt.clearing
    erased = {
        "reflections": counted(counts.SAVED_REFLECTIONS, removed.get("entries", 0)),
        "in_progress": counted(counts.IN_PROGRESS, removed.get("sessions", 0)),
    }
    lines = [Text(texts.FORGOTTEN, erased), Text(FORGET_CLEARED, {"deleted": clearing.deleted})]
    if clearing.left:
        lines.append(counted(counts.TOO_OLD_TO_DELETE, clearing.left))
    if receipt.kept.get("kept:audit"):
        kept = receipt.kept["kept:audit"]
        lines.append(counted(counts.AUDIT_KEPT, kept, {"years": audit_years}))
    if receipt.shared:
        lines.append(counted(counts.SHARED_ELSEWHERE, receipt.shared))
    lines += [Text(texts.FORGET_BACKUPS), Text(texts.FORGET_AGAIN)]
    return lines
