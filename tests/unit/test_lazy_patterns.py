"""Regular expressions compiled at first use (#12, start-up): the same pattern as
`re.compile` would give, every one of them valid, and all compiled by the bot's warm-up."""

from __future__ import annotations

import gc
import re

import pytest

import bot.privacy.scrub  # noqa: F401  (imports every recogniser, so every pattern is made)
from bot.privacy import lazy_patterns
from bot.privacy.lazy_patterns import LazyPattern, compile_all, lazy
from bot.privacy.warm import settle


def test_a_lazy_pattern_compiles_at_first_use_and_answers_as_re_compile() -> None:
    made = lazy(r"(\d+)-(?P<b>[a-z]+)", re.IGNORECASE)
    assert isinstance(made, LazyPattern) and made.compiled is None
    assert made.pattern == r"(\d+)-(?P<b>[a-z]+)"
    eager = re.compile(r"(\d+)-(?P<b>[a-z]+)", re.IGNORECASE)
    text = "12-AB en 3-c, 4-"
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert made.compiled is eager  # the same object from re's cache: the same pattern
    assert made.groups == 2 and made.flags == eager.flags and made.groupindex == {"b": 2}
    assert made.sub("x", text) == eager.sub("x", text)
    assert made.search(text, 5) is not None and made.match(text, 2) is None
    assert "finditer" in vars(made)  # kept: the next lookup never reaches __getattr__


def test_every_pattern_of_the_scrubber_is_valid_and_compiles() -> None:
    assert compile_all() >= 150
    assert all(made.compiled is not None for made in lazy_patterns._MADE)
    assert all(
        made.compiled == re.compile(made.pattern, made.flags_given) for made in lazy_patterns._MADE
    )


def test_the_warm_up_compiles_every_pattern() -> None:
    fresh = lazy(r"warm[- ]?up")
    assert fresh.compiled is None
    try:
        settle()
        assert fresh.compiled is not None
    finally:
        import gc

        gc.unfreeze()


def test_the_first_text_pauses_the_collector_and_leaves_it_as_it_found_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.privacy import scrub

    seen: list[bool] = []
    real = scrub.lexicon

    def watching() -> object:
        seen.append(gc.isenabled())  # the word lists load here, on the first text
        return real()

    for enabled in (True, False):
        scrub._LOADED.clear()
        (gc.enable if enabled else gc.disable)()
        monkeypatch.setattr(scrub, "lexicon", watching)
        try:
            spans = scrub.find_spans("mevrouw Peeters")
            again = scrub.find_spans("mevrouw Peeters")
            assert gc.isenabled() is enabled
        finally:
            monkeypatch.undo()
            gc.enable()
        assert spans == again == [scrub.Span(8, 15, "name")]
    assert seen == [False, True, False, False]  # paused for the first text only


def test_once_compiled_the_module_holds_the_compiled_pattern_itself() -> None:
    module: dict[str, object] = {"lazy": lazy}
    exec('LATER = lazy(r"l[a@]ter")\nKEPT = (LATER,)', module)  # a module body
    stand_in = module["LATER"]
    assert isinstance(stand_in, LazyPattern) and module["KEPT"] == (stand_in,)
    assert stand_in.search("see you l@ter") is not None
    assert isinstance(module["LATER"], re.Pattern)  # the module's own uses: no stand-in
    assert module["LATER"] is stand_in.compiled
    assert module["KEPT"] == (stand_in,)  # a copy held elsewhere is untouched and answers
    assert stand_in.search("later") is not None
