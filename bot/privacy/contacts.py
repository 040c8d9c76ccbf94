"""E-mail addresses and social-media handles, in the notations typed on a phone.

An address is masked with "@" or spelled out ("[at]", "(at)", " at ", "apenstaartje",
"arobase", "punt be"), with spaces around "@", and without its domain's ending
("fatima.el@gmail"): a half-typed address still reaches one person. A handle is masked
with its "@" anywhere, and without it right after the name of a platform ("ig:
fatima.ea", "snap fatima_85", "son insta c'est nour.del_1060"), and in a link to a
profile ("t.me/fatima_ea85").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.handle_cues import (
    PLATFORM_NAMES,
    cued_handles,
    marked_handle,
    short_hint,
    spaced_handles,
)
from bot.privacy.handle_shapes import account_handles
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.loose_emails import loose_emails
from bot.privacy.platform_handles import loose_platform_handles, spoken_handles
from bot.privacy.spaced_emails import ENDINGS, public_at, spaced_emails
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]

AT_WORD = lazy(r"(?i:\bat\b)")
EMAIL = lazy(
    r"[\w+-]{1,64}+(?:(?:\.|[\[({](?:dot|punt|point)[\])}])[\w+-]{1,64}+){0,15}(?:@\s?|\s@(?=[\w-]+\.(?:com|be|net|org|fr|nl|de|eu|lu|info|uk|io)\b)"
    r"|\s?[\[({]\s?(?:at|@|a)\s?[\])}]\s?|\s(?:at|@)\s)[\w-]+"
    r"(?:(?:\.|\s?[\[({]\s?(?:dot|punt|point|\.)\s?[\])}]\s?)[\w-]+)*"
    r"(?:\.|,(?=(?:com|be|net|org|fr|nl|eu)\b)|\s?[\[({]\s?(?:dot|punt|point|\.)\s?[\])}]\s?"
    rf"|\s\.\s?(?=(?:{ENDINGS})\b))"
    r"(?:[a-z]{2,6})\b(?!@|\s?[\[({]\s?(?:at|@|a)\s?[\])}])",
    re.IGNORECASE,
)
"""An address; not a word "at" a dotted local part that an "@" or "(at)" follows ("teacher
at j.harris@school.be", "mail her at anna.dubois(at)hotmail.com": the address is the part
after "at"; review30b, thirty-first session)."""
BRACKETED_AT_SPOKEN_DOT = lazy(
    r"[\w.+-]{1,64}\s?[\[({]\s?(?:at|@)\s?[\])}]\s?[\w-]+"
    r"(?:\s(?:dot|punt|point)\s[\w-]+)*\s(?:dot|punt|point)\s"
    r"(?:com|be|net|org|fr|nl|de|eu|lu|info|uk|io)\b",
    re.IGNORECASE,
)
"""A bracketed "at" and the dots said: "k.dubois [at] school dot be"."""
SPOKEN_DOT = r"(?:\s(?:dot|punt|point)\s|\s[._-]\s|[._-])"
SPOKEN_EMAIL = lazy(
    rf"\b\w{{1,64}}(?:{SPOKEN_DOT}\w{{1,64}}){{0,16}}\s(?:at|ape?n?staart(?:je)?|arobase|@|chez)\s\w+"
    rf"(?:{SPOKEN_DOT}\w+)*?"
    rf"(?:\s(?:dot|punt|point)\s|\s\.\s|\.)(?:{ENDINGS})\b",
    re.IGNORECASE,
)
"""An address read out: "jan punt peeters at gmail punt com", "amina dot h at gmail dot com",
"sarah chez gmail point com" (its ending said: "chez" is "at" only then)."""
EMAIL_CUES = ("@", " at ", "[", "(", "{", "staart", "arobase", " chez ")
SPOKEN_LINK = lazy(r"(?i:\s(?:at|ape?n?staart(?:je)?|arobase|@|chez)\s)")
"""What SPOKEN_EMAIL needs (it starts with a word boundary: slow to scan for)."""
HALF_EMAIL = lazy(
    r"[\w.+-]{0,63}\w@[^\W\d_][\w-]*(?:\.[\w-]+)*"
    r"(?i:\s(?:dot|punt|point)\s(?:com|be|net|org|fr|eu|nl|de|info|uk|lu|io)\b)?"
)
CUED_PROVIDER_EMAIL = lazy(
    r"(?i:\b(?:e-?mail|mail|courriel|adres|adresse|address)\s*:?\s+"
    r"((?:[^\W\d_]\s)?[\w+-]+(?:(?:\.|\s(?:dot|punt|point)\s)[\w+-]+)*)"
    r"\s(?:at|@|arobase|chez|ape?n?staart(?:je)?)\s(?:gmail|hotmail|outlook|yahoo"
    r"|skynet|telenet|proximus|icloud|msn|protonmail)\b"
    rf"(?:\s(?:(?:dot|punt|point)\s)?(?:{ENDINGS})\b)?)"
)
"""After a word for e-mail, any local part (its dots maybe said) and a known provider, its
ending left out or said: "haar mail sarah at gmail", "mail sarah @ gmail", "mail sophie dot
dubois at gmail", "mail peeters at telenet be"."""
"""A local part glued to "@" and a domain without its ending, or with its ending said:
"fatima.el@gmail", "sarah@gmail dot com"."""
PROVIDER_EMAIL = lazy(
    r"(?i:(?<![\w.+-])(?=[\w.+-]*[._\d])[\w+-]+(?:\.[\w+-]+)*\s(?:at|apenstaart(?:je)?|arobase)\s(?:gmail|hotmail|outlook|yahoo"
    r"|skynet|telenet|proximus|live|icloud|msn|protonmail|proton|orange|voo|scarlet)\b"
    rf"(?:(?:\s(?:dot|punt|point)\s|\s?\.\s?)(?:{ENDINGS})\b)?)"
)
"""An address said without its ending, at a known provider: "jan.peeters at gmail"; its
local part has a dot, "_" or a digit ("she works at proximus" is no address); its ending
when said ("lea.m at gmail dot ma")."""

HANDLE = lazy(r"(?<![\w.@\]])@\w(?:[\w.-]{1,30}\w)?(?![\w@])")
"""A mention, in any alphabet's letters ("@Céline", "@Zoë": a colleague or a person named),
with a hyphen's tail ("@jan-peeters"): its tail alone would read as a name once scrubbed. Not
right after a label: "0@a@0" is one odd address, and a second scrub must not find "]@0"."""
PLATFORMS = Stems("insta|snap|tiktok|tik|telegram|facebook|twitter|discord")
"""Decided once per word; "ig" and "fb" are in too many words to gate on that way."""
SHORT_PLATFORM = lazy(r"(?i:(?<![\w])(?:fb|ig)(?![\w]))")
PLATFORM_HANDLE = lazy(
    rf"(?i:\b(?:{PLATFORM_NAMES})"
    r"\b(\s*[:=])?(?:\s+(?:is|est|c'est|c’est|c\s+est|als|as|heet|genaamd|called|nommée?|naam|name"
    r"|account|compte|handle|pseudo|nu|now|maintenant|ze|zij|hij|elle|il|she|he))*\s*\(?\s*)"
    r"([A-Za-z_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@])"
)
"""A platform's name, link words, then the handle itself without its "@", also in brackets:
"contact via fb (samira.bk.officiel)" (probe101)."""
NAMING = lazy(r"(?i:\b(?:is|est|c'est|c’est|c\s+est|heet|genaamd|called|nommée?|handle|pseudo)\b)")
"""A word that names the account ("her tiktok is kevzzz"): a handle of letters only follows."""
PROFILE_LINK = lazy(
    r"(?i:\b(?:t\.me|wa\.me|youtu\.be|(?:www\.|m\.|vm\.)?(?:instagram|tiktok|facebook|fb"
    r"|snapchat|twitter|x|youtube|linkedin|threads)\.(?:com|net)"
    r"(?:/add|/in|/c|/channel|/user)?)/)@?[\w.-]*\w"
)
"""A link to someone's profile or channel: "t.me/fatima_ea85", "instagram.com/fatima.ea",
"youtube.com/@bilalvlogs" (read before a bare "@name", which would leave the link)."""


WIDE_AT = str.maketrans({"＠": "@", "﹫": "@"})
"""The full-width and small "@" of some keyboards, one character each: the offsets stay."""


def emails(text: str) -> Iterator[Found]:
    """Addresses, also written "naam [at] domein.be" or "name at domain dot com"."""
    text = text.translate(WIDE_AT)
    yield from loose_emails(text)  # "jan.peeters@@gmail.com", "jpeeters gmail com"
    lowered = text.lower()
    if not any(cue in lowered for cue in EMAIL_CUES):
        return
    yield from spaced_emails(text)  # "x@gmail .com" whole, before EMAIL reads "x@gmail"
    if "@" in text or AT_WORD.search(text) or "(a)" in lowered or "[a]" in lowered:  # "[at]"
        for match in EMAIL.finditer(text):
            if not public_at(match.group()):  # "@ ocmw.gent": "at" a public service's site
                yield match.start(), match.end(), "email"
        for match in BRACKETED_AT_SPOKEN_DOT.finditer(text):
            yield match.start(), match.end(), "email"
    links = {match.group().strip().lower() for match in SPOKEN_LINK.finditer(text)}
    if links - {"chez"} or (links and _said_dot(lowered)):
        for match in SPOKEN_EMAIL.finditer(text):
            if not public_at(match.group()):
                yield match.start(), match.end(), "email"
        for match in PROVIDER_EMAIL.finditer(text):
            yield match.start(), match.end(), "email"
        for match in CUED_PROVIDER_EMAIL.finditer(text):
            if _someone(match.group(1).lower()):  # "mail me at gmail": no one's address
                yield match.start(1), match.end(), "email"
    if "@" in text:
        for match in HALF_EMAIL.finditer(text):
            yield match.start(), match.end(), "email"


def _said_dot(lowered: str) -> bool:
    """ "chez" links an address read out only with its dot said: "sarah chez gmail point com"
    (French notes say "chez" often: the scans stay for those that say a dot too)."""
    return " point " in lowered or " punt " in lowered or " dot " in lowered


def _someone(local: str) -> bool:
    """A local part of three letters or more that is a first name or no frequent word."""
    return len(local) > 2 and (local in lexicon().first or local not in frequent())


def _short_platform(text: str) -> bool:
    """ "fb" or "ig" as a word: a substring test first, the pattern is slow to scan."""
    return short_hint(text) and SHORT_PLATFORM.search(text) is not None  # a line's start too


def handles(text: str) -> Iterator[Found]:
    """`all_handles`, each with the "#1234" a Discord name ends in ("jan.b40#2918": the
    number stayed in sight after a shorter reading of the same handle, review22a)."""
    for start, end, kind in all_handles(text):
        tag = DISCORD_TAG.match(text, end) if "#" in text else None
        yield start, tag.end() if tag else end, kind


DISCORD_TAG = lazy(r"#\d{4}(?!\w)")


def all_handles(text: str) -> Iterator[Found]:
    """Handles with "@" ("@fatou_d93"), and without it right after a platform's name when
    they hold a digit, "_" or "." ("snap fatima_85") or follow a colon or a naming word and
    are no word ("insta: fatima", "her tiktok is kevzzz", not "insta: geen", "insta is
    privé")."""
    yield from spoken_handles(text)  # "insta bella dot x dot 07": before its first word alone
    yield from account_handles(text)  # "insta account 'lila.b'", "youtube kanaal karimvlogs"
    if "/" in text:
        for match in PROFILE_LINK.finditer(text):
            yield match.start(), match.end(), "handle"
    if "@" in text:
        for match in HANDLE.finditer(text):
            yield match.start(), match.end(), "handle"
        yield from spaced_handles(text)
    yield from cued_handles(text)
    yield from loose_platform_handles(text)  # where PLATFORM_HANDLE reads one too: same span
    if not PLATFORMS.in_text(text) and not _short_platform(text):
        return
    for match in PLATFORM_HANDLE.finditer(text):
        handle = match.group(2)
        marked = marked_handle(handle)
        named = match.group(1) or NAMING.search(text, match.start(), match.start(2))
        if marked or (named and handle.lower() not in lexicon().words):
            yield match.start(2), match.end(2) - (handle[-1] == "."), "handle"
