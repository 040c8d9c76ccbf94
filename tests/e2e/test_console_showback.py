"""`reflectbot chat`: the words the scrubber doubted are numbered choices that hide them."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.console_driver import ConsoleSession


def test_a_numbered_choice_hides_a_doubtful_word(tmp_path: Path) -> None:
    chat = ConsoleSession(tmp_path)
    chat.to_first_text_question()
    chat.send("Mevrouw Peeters koopt zorbek in; zorbek ligt klaar.")
    screen = chat.screen()
    assert "“Mevrouw [naam] koopt zorbek in; zorbek ligt klaar.”" in screen
    assert "1 gegeven vervangen door een label tussen haakjes." in screen
    options = chat.options(screen)
    assert options["Verberg “zorbek”"] == "1"
    chat.send("1")
    screen = chat.screen()
    assert "“Mevrouw [naam] koopt [verborgen] in; [verborgen] ligt klaar.”" in screen
    assert "3 gegevens vervangen door labels tussen haakjes." in screen
    assert "Verberg" not in screen
    chat.send(chat.options(screen)["↶ Toon “zorbek” weer"])  # a wrong tap, undone
    screen = chat.screen()
    assert "“Mevrouw [naam] koopt zorbek in; zorbek ligt klaar.”" in screen
    assert chat.options(screen)["Verberg “zorbek”"] == "1"
    chat.save_and_quit(screen)
