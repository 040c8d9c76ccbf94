"""`reflectbot chat` (#12's eleventh session): the numbered choices hide a word and a
phrase around a label; the count stays the number of labels shown, and a repeated choice
in one line ("1 1") hides nothing more."""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.console_driver import ConsoleSession
from tests.e2e.test_telegram_showback_taps import LABEL, PHRASE, TYPED, WORD

QUOTED = re.compile(r"^“(.*)”$", re.MULTILINE)


def kept(screen: str) -> tuple[str, int]:
    """The last text shown as what will be kept, and the labels in it."""
    text = QUOTED.findall(screen)[-1]
    return text, len(LABEL.findall(text))


def test_numbered_choices_hide_a_word_then_a_phrase(tmp_path: Path) -> None:
    chat = ConsoleSession(tmp_path)
    chat.to_first_text_question()
    chat.send(TYPED)
    screen = chat.screen()
    assert kept(screen)[1] == 2 and "2 gegevens vervangen door labels tussen haakjes." in screen
    options = chat.options(screen)
    assert (options[WORD], options[PHRASE]) == ("1", "2")

    chat.send("1 1")  # the word, and the same choice again: the second is stale
    screen = chat.screen()
    assert "Dat woord staat niet meer in je antwoord." in screen
    assert kept(screen) == (
        "Mevrouw [naam] koopt [verborgen] in; [verborgen] ligt klaar. "
        "Ze zijn de enige [herkomst] familie.",
        4,
    )
    assert "4 gegevens vervangen door labels tussen haakjes." in screen.split("“Mevrouw")[-1]
    assert chat.options(screen)[PHRASE] == "1"

    chat.send("1")
    screen = chat.screen()
    text = "Mevrouw [naam] koopt [verborgen] in; [verborgen] ligt klaar. Ze zijn [verborgen]."
    assert kept(screen) == (text, 4)
    assert "4 gegevens vervangen door labels tussen haakjes." in screen
    assert "Verberg" not in screen
    chat.save_and_quit(screen)
