"""Rule families skipped before they run, in a text that holds none of their triggers.

Each family below opens with its own test and returns when it fails; most texts fail it.
The call, its generator and that test cost more than a look at the text's shared per-word
stem mask (`tokens.Stems`, computed once per text for every family), so `find_spans` asks
`skipped(text)` once and does not call those families at all.

How a rule declares its trigger: a `Trigger` in `TRIGGERS`, built from the objects the
family itself tests (its `Stems`, its cue strings, its word sets), never from a copy. The
trigger must hold in every text where the family can find a span: a *necessary*
condition, which may be wider than the family's own test. A family without an entry
always runs, so a new rule is never skipped by a gate it did not declare; a rule added
inside a gated family must be reachable only through the family's own opening test, or
that test and its trigger widened together. `tests/unit/test_scrub_gate10.py` runs every
gated family without the gate on every corpus and test sentence (also in lower case) and
fails when one finds a span where its trigger does not hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.privacy.contacts import EMAIL_CUES, PLATFORMS, emails, handles
from bot.privacy.employers import WORK_HINT, employers_at_work
from bot.privacy.name_articles import ARTICLE_WORDS, article_surnames
from bot.privacy.patterns import STREET_ENDS, addresses
from bot.privacy.places import NEIGHBOURS, ORIGIN_WORDS, origin_places
from bot.privacy.streets import FRENCH_STREETS, RESIDENCE_CUES, STREET_HINTS, streets
from bot.privacy.tokens import LETTERS, Stems, has_digit, letter_runs

FOLDED_APART = ("ſ", "ı", "İ")
"""Letters whose lower case is no single letter of the same run ("İ" -> "i̇"): a text with
one is never gated (the families' own tests handle them)."""


@dataclass(frozen=True)
class Trigger:
    """Any of: a stem of `stems` in the text's words, a character of `chars` in the text,
    a whole word of `words` among its runs of letters (lower case); `spaced`: the text must
    also hold a space."""

    stems: Stems | None = None
    chars: str = ""
    words: frozenset[str] = frozenset()
    spaced: bool = False
    digits: bool = False
    """Any digit lets the family run (its rules with a number are not gated)."""

    def holds(self, text: str, runs: list[str]) -> bool:
        if self.spaced and " " not in text:
            return False
        if self.digits and has_digit(text):
            return True
        if self.stems is not None and self.stems.in_text(text):
            return True
        for char in self.chars:
            if char in text:
                return True
        return not self.words.isdisjoint(runs)


def from_cues(cues: Iterable[str], *more: str) -> Trigger:
    """A trigger for a family that tests `any(cue in text.lower() for cue in cues)`: a cue
    of letters is a stem (it lies inside one run of letters), " at " a whole word, any
    other a character that every occurrence of the cue holds (its first)."""
    stems, chars, words = [*more], "", set()
    for cue in cues:
        inner = cue.strip(" ")
        if LETTERS.fullmatch(inner) and inner == inner.lower():
            if cue == inner:
                stems.append(cue)
            else:
                words.add(inner)  # " at ": the word "at" alone, spaces around it
        else:
            chars += cue[0]
    return Trigger(Stems(stems) if stems else None, chars, frozenset(words))


def _first_runs(phrases: Iterable[str]) -> list[str]:
    """ "pays-bas" in the lower-cased text holds "pays" in one of its runs of letters."""
    return [LETTERS.findall(phrase)[0] for phrase in phrases]


Recogniser = Callable[[str], Iterable[tuple[int, int, str]]]
TRIGGERS: dict[Recogniser, Trigger] = {
    emails: from_cues(EMAIL_CUES),
    handles: Trigger(PLATFORMS, "@/", frozenset(["fb", "ig"])),
    employers_at_work: Trigger(WORK_HINT),
    origin_places: Trigger(Stems([*ORIGIN_WORDS.stems, *_first_runs(NEIGHBOURS)])),
    article_surnames: Trigger(words=ARTICLE_WORDS, spaced=True),
    addresses: Trigger(STREET_ENDS, digits=True),
    streets: Trigger(
        Stems([*STREET_HINTS, *RESIDENCE_CUES, *_first_runs(FRENCH_STREETS)]), digits=True
    ),
}
"""Family -> its trigger. `handles`: "@" and "/" open its first two scans, a platform's
name (or "fb", "ig" as a word, `contacts.SHORT_PLATFORM`) the third. `origin_places`: a
neighbouring country, or a word saying where someone comes from. `addresses` and `streets`:
without a digit, only their street words (a street-type ending; "straat" after "de", a
residence, "rue") can start a span."""
_GATED = tuple(TRIGGERS.items())


def skipped(text: str) -> tuple[Recogniser, ...]:
    """The gated families that cannot find anything in `text`."""
    for letter in FOLDED_APART:
        if letter in text:
            return ()
    runs = letter_runs(text)
    return tuple(family for family, trigger in _GATED if not trigger.holds(text, runs))
