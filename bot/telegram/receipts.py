"""What the worker is told after clearing the chat or /forget: counts of what really
happened (see `bot.privacy.erasure`), each line only when it is true."""

from __future__ import annotations

from bot.dialogue.replies import Text
from bot.privacy.erasure import ForgetReceipt
from bot.telegram import texts, window_texts
from bot.telegram.chat_state import Removed


def clean_up_lines(removed: Removed) -> list[Text]:
    """The clean-up's receipt: deleted now, already gone (the worker deleted them), and
    what stays, with how to delete it by hand (never /forget: it erases everything)."""
    lines = [Text(texts.CLEARED, {"deleted": removed.deleted})]
    if removed.gone:
        lines.append(Text(window_texts.ALREADY_GONE, {"count": removed.gone}))
    if removed.too_old:
        lines.append(Text(texts.TOO_OLD_TO_DELETE, {"count": removed.too_old}))
    if removed.refused:
        lines.append(Text(window_texts.CLEAN_UP_REFUSED, {"count": removed.refused}))
    return lines


def forget_lines(receipt: ForgetReceipt, audit_years: int) -> list[Text]:
    removed, clearing = receipt.removed, receipt.clearing
    lines = [Text(texts.FORGOTTEN, {"entries": removed.get("entries", 0),
                                    "sessions": removed.get("sessions", 0)}),
             Text(texts.CLEARED, {"deleted": clearing.deleted})]  # fmt: skip
    if clearing.left:
        lines.append(Text(texts.TOO_OLD_TO_DELETE, {"count": clearing.left}))
    if receipt.kept.get("kept:audit"):
        lines.append(Text(texts.FORGET_AUDIT_KEPT, {"count": receipt.kept["kept:audit"],
                                                    "years": audit_years}))  # fmt: skip
    if receipt.shared:
        lines.append(Text(texts.FORGET_SHARED_ELSEWHERE, {"count": receipt.shared}))
    lines += [Text(texts.FORGET_BACKUPS), Text(texts.FORGET_AGAIN)]
    return lines
