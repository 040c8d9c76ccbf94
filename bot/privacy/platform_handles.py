"""Handles without "@" that `contacts.PLATFORM_HANDLE` leaves, in the notations typed on a phone.

A handle of letters only typed right after the platform's name ("ig sannevdb", "tiktok
noorxo", "op snap als jonasvdb") reaches one person as surely as "@sannevdb"; it is masked
when it is no word, no compound and no typo of a word ("insta stories", "snap het",
"insta filmkes" stay). A handle with a digit, "_" or "." a few words after the platform's
name ("insta van de zoon ayoub.1070") is masked too, unless it is an abbreviation ("o.a.")
or a site ("facebook.com").
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.handle_cues import PLATFORM_NAMES, marked_handle
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.typos import typo_of_a_word

Found = tuple[int, int, str]

ADJACENT = lazy(
    rf"(?i:\b(?:{PLATFORM_NAMES})\b(?:\s*[:=])?(?:\s+(?:als|as|comme|onder|under|sous))?\s+)"
    r"([A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])(?![\w@])"
)
"""The platform's name, at most a colon or "als"/"as"/"comme", then the handle."""
NEAR = lazy(
    rf"(?i:\b(?:{PLATFORM_NAMES})\b(?:\s+[^\W\d_]+){{0,4}}?\s*[:=]?\s+)"
    r"(?=[A-Za-z0-9_.]*[_.\d])([A-Za-z_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@])"
)
"""A handle with "_" or "." at most four words after the platform's name."""
SITE = lazy(r"(?i:\.(?:com|be|net|org|fr|nl|eu|me|io|tv)$|^www\.)")
MARKED_OFF = lazy(r"[_.]")
"""Further from the platform, "_" or "." inside: "op tiktok over covid19" is no handle."""
ABBREVIATION = lazy(r"(?i:(?:[a-z]{1,3}\.)+[a-z]{0,3})")
"""Dotted short parts: "o.a", "m.a.w", "bv.", "p.s": no handle."""
SPOKEN_ENDINGS = ("kes", "ske", "ke", "jes", "je", "tje", "kens", "ken", "s", "e", "n")
"""Endings a word takes in speech or as a diminutive, checked on the word's stem."""


def _word(lowered: str) -> bool:
    """A word, a long compound of words ("jonasvdb" cuts into "jona", "s" and "vdb": not
    for short ones), or a word as spoken in Flanders: a diminutive or an "e" dropped
    ("filmke", "kijkn")."""
    words = lexicon().words
    if lowered in words or (len(lowered) >= 10 and lexicon().is_word(lowered)):
        return True
    if lowered.endswith("n") and lowered[:-1] + "en" in words:  # "kijkn", "gaan" aside
        return True
    return any(
        lowered.endswith(ending) and lowered[: -len(ending)] in words
        for ending in SPOKEN_ENDINGS
        if len(lowered) - len(ending) >= 3
    )


def loose_platform_handles(text: str) -> Iterator[Found]:
    """Handles of letters only right after a platform's name; marked ones a little further."""
    words = lexicon()
    for match in ADJACENT.finditer(text):
        handle = match.group(1)
        if marked_handle(handle):
            continue  # NEAR's, below
        lowered = handle.lower()
        if len(lowered) >= 4 and not _word(lowered) and not typo_of_a_word(lowered, words):
            yield match.start(1), match.end(1), "handle"
    for match in NEAR.finditer(text):
        handle = match.group(1).rstrip(".")
        if (
            MARKED_OFF.search(handle)
            and not any(ch.isdigit() for ch in handle[:1])
            and not SITE.search(handle)
            and not ABBREVIATION.fullmatch(handle)
        ):
            yield match.start(1), match.start(1) + len(handle), "handle"
