"""Handles without "@" that `contacts.PLATFORM_HANDLE` leaves, in the notations typed on a phone.

A handle of letters only typed right after the platform's name ("ig sannevdb", "tiktok
noorxo", "op snap als jonasvdb") reaches one person as surely as "@sannevdb"; it is masked
when it is no word, no compound and no typo of a word ("insta stories", "snap het",
"insta filmkes" stay). A handle with a digit, "_" or "." a few words after the platform's
name ("insta van de zoon ayoub.1070") or before it ("she goes by lina.lux on insta") is
masked too, unless it is an abbreviation ("o.a.") or a site ("facebook.com"); so is an old
Discord tag ("lina#1234"). YouTube, Twitch, LinkedIn, BeReal, Pinterest, Reddit and the games
children's handles are met on (Roblox, Fortnite, Xbox, PSN) count as platforms here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.handle_cues import PLATFORM_NAMES, marked_handle, short_hint
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.tokens import Stems
from bot.privacy.typos import typo_of_a_word

Found = tuple[int, int, str]
MORE = "youtube|twitch|linkedin|bereal|pinterest|reddit|roblox|fortnite|xbox|psn"
NAMES = f"(?:{PLATFORM_NAMES}|{MORE})(?:-?(?:account|naam|name|handle|profiel|profile|pseudo))?"
"""A platform's name, alone or in one word with a word for the account ("tiktokname",
"insta-account")."""
GATE = Stems(f"insta|snap|tiktok|tik|telegram|facebook|twitter|discord|{MORE}")
"""What the rules below need, decided per word; "ig" and "fb" by a substring test first."""

ADJACENT = lazy(
    rf"(?i:\b(?:{NAMES})\b(\s*[:=])?(?:\s+(?:als|as|comme|onder|under|sous))?\s+)"
    r"([A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])(?![\w@])"
)
"""The platform's name, at most a colon or "als"/"as"/"comme", then the handle."""
DIGIT_FIRST = lazy(
    rf"(?i:\b(?:{NAMES})\b(?:\s*[:=])?(?:\s+(?:als|as|comme|onder|under|sous))?\s+)"
    r"(\d[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@])"
)
"""A handle that starts with a digit ("snap 93_nour", "tiktok: 4ever_lisa"): with "_" or "."
and three letters, unlike a time or an amount ("insta 10.30u", "snap 3x")."""
NEAR = lazy(
    rf"(?i:\b(?:{NAMES})\b(?:\s+[^\W\d_]+){{0,4}}?\s*[:=]?\s+)"
    r"(?=[A-Za-z0-9_.]*[_.\d])([A-Za-z_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@])"
)
"""A handle with "_" or "." at most four words after the platform's name."""
BEFORE = lazy(
    r"(?<![\w@.])(?=[A-Za-z0-9_.]*[_.])([A-Za-z_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@])"
    rf"(?=(?:\s+[^\W\d_]+){{0,3}}\s+(?i:{NAMES})\b)"
)
"""A handle with "_" or "." at most three words before the platform's name."""
CALLED = lazy(
    r"(?i:\b(?:goes\s+by|went\s+by|known\s+as|calls\s+(?:him|her)self|noemt\s+zich|heet"
    r"|s['’ ]?appelle|se\s+fait\s+appeler"
    r"|(?:under|onder|sous)\s+(?:the\s+|de\s+|le\s+)?(?:name|naam|nom))\s+)"
    r"([A-Za-z][A-Za-z0-9]{1,28}\d)(?![\w@.])"
)
"""A name for an account ending in digits after the words that name it, in a note that names
a platform: "on insta he goes by kingkofi99" (neither "_" nor "." to mark it off)."""
SPOKEN = lazy(
    rf"(?i:\b(?:{NAMES})\b[^.;!?]{{0,40}}?\s)"
    r"((?:[A-Za-z0-9]+\s(?:dot|punt|point|underscore|(?:laag\s)?streepje|tiret(?:\sbas)?)\s)+"
    r"[A-Za-z0-9]+)(?![\w@])"
)
"""A handle read out, its dots or "_" said ("insta name is written down as bella dot x dot
07"): two said marks, or one and a digit; not after an article ("op dat punt")."""
SAID_MARK = lazy(r"(?i:\s(?:dot|punt|point|underscore|(?:laag\s)?streepje|tiret(?:\sbas)?)\s)")
ARTICLES = frozenset(("de", "het", "een", "dat", "dit", "le", "la", "un", "au", "ce", "the", "a"))
TAG = lazy(r"(?<![\w#@])[A-Za-z][\w.]{1,31}#\d{4}(?!\d)")
"""An old Discord tag: "lina#1234"."""
SITE = lazy(r"(?i:\.(?:com|be|net|org|fr|nl|eu|me|io|tv)$|^www\.)")
MARKED_OFF = lazy(r"[_.]")
"""Further from the platform, "_" or "." inside: "op tiktok over covid19" is no handle."""
ABBREVIATION = lazy(r"(?i:(?:[a-z]{1,2}\.)+[a-z]{0,2})")
"""Dotted short parts: "o.a", "m.a.w", "bv.", "p.s": no handle."""
NEXT_WORD = lazy(r"\s+([^\W\d_]+)")
PARTICLES = frozenset(("el", "al", "ben", "bin", "van", "de", "der", "den", "le", "la", "da", "di"))
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


def _full_name(text: str, end: int, lowered: str) -> bool:
    """A listed first name with a surname after it ("fb nadia el ouali"): a person's name on
    the platform, masked whole as a name rather than split into a handle and a name."""
    after = NEXT_WORD.match(text, end)
    if after is None or not lexicon().is_name(lowered):
        return False
    word = after.group(1).lower()
    return word in PARTICLES or lexicon().is_name(word)


def _name_end(text: str, end: int) -> int:
    """The end of the surname after a first name: its particles and the word after them."""
    after = NEXT_WORD.match(text, end)
    while after is not None and after.group(1).lower() in PARTICLES:
        following = NEXT_WORD.match(text, after.end())
        if following is None:
            break
        after = following
    return after.end() if after else end


def spoken_handles(text: str) -> Iterator[Found]:
    """Handles read out near a platform's name (`SPOKEN`), read before every other handle rule
    so that none takes the first word alone ("snap name is tom underscore b underscore 15")."""
    if not GATE.in_text(text) and not short_hint(text):
        return
    for match in SPOKEN.finditer(text):
        handle = match.group(1)
        marks = len(SAID_MARK.findall(handle))
        first = handle.split(maxsplit=1)[0].lower()
        if (marks >= 2 or any(map(str.isdigit, handle))) and first not in ARTICLES:
            yield match.start(1), match.end(1), "handle"


def loose_platform_handles(text: str) -> Iterator[Found]:
    """Handles of letters only right after a platform's name; marked ones a little further."""
    if not GATE.in_text(text) and not short_hint(text):
        return
    words = lexicon()
    if "#" in text:
        for match in TAG.finditer(text):
            yield match.start(), match.end(), "handle"
    for match in ADJACENT.finditer(text):
        handle = match.group(2)
        if marked_handle(handle):
            continue  # NEAR's, below
        lowered = handle.lower()
        if match.group(1):  # after a colon, as `contacts.PLATFORM_HANDLE`: "youtube: bilalvlogs"
            named = lowered not in words.words
        else:
            named = not _word(lowered) and not typo_of_a_word(lowered, words)
        if _full_name(text, match.end(2), lowered):  # "on facebook as jade vandeputte"
            yield match.start(2), _name_end(text, match.end(2)), "name"
        elif len(lowered) >= 4 and named:
            yield match.start(2), match.end(2), "handle"
    for pattern in (NEAR, BEFORE):
        yield from _marked(pattern, text)
    for match in CALLED.finditer(text):
        if sum(map(str.isalpha, match.group(1))) >= 3:
            yield match.start(1), match.end(1), "handle"
    for match in DIGIT_FIRST.finditer(text):
        handle = match.group(1)
        if MARKED_OFF.search(handle) and sum(map(str.isalpha, handle)) >= 3:
            yield match.start(1), match.end(1), "handle"


def _marked(pattern: re.Pattern[str], text: str) -> Iterator[Found]:
    for match in pattern.finditer(text):
        handle = match.group(1).rstrip(".")
        if (
            MARKED_OFF.search(handle)
            and not any(ch.isdigit() for ch in handle[:1])
            and not SITE.search(handle)
            and not ABBREVIATION.fullmatch(handle)
        ):
            yield match.start(1), match.start(1) + len(handle), "handle"
