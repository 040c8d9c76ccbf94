"""Handles named by a word for an account rather than a platform, and "@" typed with a space.

A client spells a handle after "gebruikersnaam", "username", "pseudo" or "login" as often as
after "insta"; a phone keyboard puts a space after "@" ("telegram @ sara_b"). Either still
reaches one person. The handle must look like one (a digit, "_" or "." inside) or, after a
colon or "=", be no word of the lexicon: "username forgotten again" stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.spaced_emails import public_at
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]

ACCOUNT_WORDS = Stems("gebruikersnaam|user|pseudo|login|accountnaam|profielnaam|utilisateur")
"""What CUED_HANDLE needs, decided per word: most notes have none of them."""
CUED_HANDLE = lazy(
    r"(?i:\b(?:gebruikersnaam|user(?:\s?name)?|pseudo|login|accountnaam|profielnaam"
    r"|nom\s+d['’]\s?utilisateur)\b(\s*[:=])?"
    r"(?:\s+(?:is|est|c'est|c’est|c\s+est|was|était|etait|op|on|sur|de|van|of|du|la|le|het"
    r"|zijn|haar|her|his|son|sa))*\s*)"
    r"([A-Za-z_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@])"
)
SPACED = lazy(r"(?<![\w.@])@\s+([A-Za-z_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@])")
MARK = lazy(r"[_.\d]")
"""A digit, "_" or "." inside: a handle, not a word."""
PLATFORM_NAMES = r"insta(?:gram)?|snap(?:chat)?|tik ?tok|telegram|facebook|twitter|discord|fb|ig"
"""The platforms a handle is named after, shared with `contacts.PLATFORM_HANDLE`."""
PLATFORM_BEFORE = lazy(rf"(?i:\b(?:{PLATFORM_NAMES}|x|threads)\b)")


SHORT_CUES = tuple(f"{c}{p}" for c in " (\n\t" for p in ("fb", "ig"))
""""fb" or "ig" at a word's or a line's start, in " " + the lower-cased text."""


@lru_cache(maxsize=4)
def short_hint(text: str) -> bool:
    """Whether "fb" or "ig" may be a word of `text`: asked by two rules of the same text, the
    eight strings made once (the twelfth session)."""
    lowered = " " + text.lower()
    return any(cue in lowered for cue in SHORT_CUES)


def marked_handle(handle: str) -> bool:
    """True when `handle`, a trailing dot aside, holds a digit, an underscore or a dot."""
    return MARK.search(handle.rstrip(".")) is not None


def cued_handles(text: str) -> Iterator[Found]:
    """ "gebruikersnaam djamel_1070", "son pseudo c'est titi_du_93", "username: marliesxo"."""
    if not ACCOUNT_WORDS.in_text(text):
        return
    for match in CUED_HANDLE.finditer(text):
        handle = match.group(2)
        if marked_handle(handle) or (match.group(1) and handle.lower() not in lexicon().words):
            yield match.start(2), match.end(2) - (handle[-1] == "."), "handle"


def spaced_handles(text: str) -> Iterator[Found]:
    """ "@ sara_b", or "@ lotje" right after a platform's name: a space typed after "@"."""
    for match in SPACED.finditer(text):
        handle = match.group(1)
        near = PLATFORM_BEFORE.search(text, max(0, match.start() - 30), match.start())
        public = public_at(text[max(0, match.start() - 1) : match.end()])  # "@ ocmw.gent"
        if (marked_handle(handle) or near is not None) and not public:
            yield match.start(), match.end(1) - (handle[-1] == "."), "handle"
