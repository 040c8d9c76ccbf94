"""The clean-up's receipt counts what really happened, in the grammatical number of each
count (#14: "refused to delete 1 of them ... Delete them yourself" read wrong for one)."""

from __future__ import annotations

import pytest

from bot.i18n import Translator
from bot.telegram.chat_state import Removed
from bot.telegram.receipts import clean_up_lines


def said(translator: Translator, lang: str, removed: Removed) -> list[str]:
    return [translator.render(lang, line) for line in clean_up_lines(removed)]


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "refused to delete 1 message just now. Delete it yourself",
         "refused to delete 2 messages just now. Delete them yourself"),
        ("nl", "weigerde zonet 1 bericht te verwijderen. Verwijder het zelf",
         "weigerde zonet 2 berichten te verwijderen. Verwijder ze zelf"),
        ("fr", "refuser de supprimer 1 message. Supprimez-le vous-même",
         "refuser de supprimer 2 messages. Supprimez-les vous-même"),
    ],
)  # fmt: skip
def test_a_refusal_is_counted_in_its_number(
    translator: Translator, lang: str, one: str, two: str
) -> None:
    assert one in said(translator, lang, Removed(deleted=0, gone=0, too_old=0, refused=1))[-1]
    assert two in said(translator, lang, Removed(deleted=0, gone=0, too_old=0, refused=2))[-1]


def test_each_line_only_when_it_is_true(translator: Translator) -> None:
    lines = said(translator, "en", Removed(deleted=3, gone=0, too_old=0, refused=0))
    assert len(lines) == 1 and "3" in lines[0]
    assert not any("/forget" in line for line in said(
        translator, "en", Removed(deleted=0, gone=1, too_old=1, refused=1)))  # fmt: skip
