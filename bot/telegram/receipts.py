"""What the worker is told after clearing the chat or /forget: counts of what really
happened (see `bot.privacy.erasure`), each line only when it is true."""

from __future__ import annotations

from bot.dialogue.replies import Text
from bot.privacy.erasure import Clearing, ForgetReceipt
from bot.telegram import texts


def clearing_lines(clearing: Clearing) -> list[Text]:
    lines = [Text(texts.CLEARED, {"deleted": clearing.deleted})]
    if clearing.too_old:
        lines.append(Text(texts.TOO_OLD_TO_DELETE, {"count": clearing.too_old}))
    if clearing.refused:
        lines.append(Text(texts.DELETE_REFUSED, {"count": clearing.refused}))
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
