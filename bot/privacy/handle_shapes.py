"""A handle anywhere in a note that speaks of an account (#12, the twelfth session): "insta
account 'lila.b' is privé", "volgt haar op tiktok (lila.b)", "sur insta elle s'appelle
lila.officiel", "zijn youtube kanaal karimvlogs", "gamertag is xXkarimXx". Where a platform,
an account or a nickname is named, a word joined by "." or "_" is an account's name whatever
stands between them; a word of no language after a naming word ("kanaal", "naam", "gamertag")
too. Without such a cue, "o.a.", "b.v." and "file_name" stay."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.handle_cues import ACCOUNT_WORDS
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.platform_handles import GATE, SITE
from bot.privacy.spaced_emails import SERVICES
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]

OTHER_ACCOUNTS = Stems(
    "roblox|fortnite|whatsapp|messenger|gamertag|nickname|account|compte|profiel|profil"
)
"""Cues beside the platforms (`platform_handles.GATE`) and the account words
(`handle_cues.ACCOUNT_WORDS`): without one of them nothing here is a handle."""
JOINED = lazy(r"(?<![\w@./-])(?=[\w.]*[^\W\d_])\w+(?:\.\w+)*(?:[._]\w+)+(?![\w@/-]|\.\w)")
"""Words joined by "." or "_" with at least one letter: "lila.b", "karim_1990", "x.y.z"; one
of them three characters long at least ("o.a", "b.v" are abbreviations)."""
PUBLIC = lazy(rf"(?i:{SERVICES})")
WORDLIKE = lazy(r"[^\W\d_]\w")
"""A part that starts with a letter and has a second character: a name's part, not "30u"."""
NAMED = lazy(
    r"(?i:\b(?:kanaal|channel|chaîne|naam|name|nom|gamertag|nickname)\b"
    r"\s*(?:is|est|c['’]est|=|:)?\s*)([^\W\d_][\w]{2,30})(?![\w@.'’-])"
)
"""A naming word and the name it gives: "kanaal karimvlogs", "gamertag is xXkarimXx" (the
words for a user name are `handle_cues.CUED_HANDLE`'s)."""

BRACKETED = lazy(r"\[[^\[\]]{1,40}\]")
"""A label already in the text ("[gebruikersnaam]", "[pseudo]": the handle's own label in nl
and fr is an account word)."""


def _account_word(text: str) -> bool:
    """An account word outside a label: a label is no cue, or a second scrub of
    "[gebruikersnaam]:0.A00" masks what the first kept (scrubbing twice must change nothing)."""
    if "[" in text and ACCOUNT_WORDS.in_text(text):
        text = BRACKETED.sub(" ", text)
    return ACCOUNT_WORDS.in_text(text)


DIGITED = lazy(r"(?<![\w@./-])([^\W\d_]{3,})\d{2,4}(?![\w@/-]|\.\w)")
"""Letters and two to four digits, a user name's usual shape ("stijnboy04", "lola99"), read
only where a platform or an account is named (review38a's lead)."""
BANK_SHAPED = lazy(r"(?i:[a-z]{2}\d{2}[._]\d{4}[._]\d{4})")
"""An IBAN with dots for its spaces: the IBAN rules read it, with their label."""


UNDERSCORED = lazy(r"(?<![\w@./-])([^\W\d_]{3,})_([^\W\d_]{3,}\d*)(?![\w@/-]|\.\w)")
"""Two words of letters joined by "_", the second perhaps with digits: "sweety_marleen",
"chris_lemaire", "dark_angel99"."""


def underscored_handles(text: str) -> Iterator[Found]:
    """Such a handle without a cue, when one of its words is a name or no word at all: notes
    hold no file names, and people type a user name as it is ("file_name" stays)."""
    if "_" not in text:
        return
    words = lexicon()
    for match in UNDERSCORED.finditer(text):
        parts = [match.group(1).lower(), match.group(2).lower().rstrip("0123456789")]
        if any(p in words.first or p in words.last or not words.is_word(p) for p in parts):
            yield match.start(), match.end(), "handle"


def account_handles(text: str) -> Iterator[Found]:
    """Handles in a text that names a platform, an account or a nickname."""
    if not (GATE.in_text(text) or _account_word(text) or OTHER_ACCOUNTS.in_text(text)):
        yield from underscored_handles(text)
        return
    words = lexicon().words
    for match in JOINED.finditer(text):
        found = match.group()
        if found.lower() in words or SITE.search(found) or PUBLIC.match(found):
            continue  # a word, a site, a public service's ("ocmw.gent")
        if BANK_SHAPED.match(found):
            continue  # "compte BE68.5390.0754.7034": a bank account, masked as one
        parts = re.split(r"[._]", found)
        if max(map(len, parts)) < 3 or not any(map(WORDLIKE.match, parts)):
            continue  # "o.a", "10.30u": an abbreviation, a time
        if text[: match.start()].rstrip().endswith("@"):
            continue  # "telegram @ omar_k": `handle_cues.spaced_handles` takes it with its "@"
        yield match.start(), match.end(), "handle"
    names = lexicon()
    for match in DIGITED.finditer(text):
        letters = match.group(1).lower()
        if (letters not in words and not names.is_word(letters)) or letters in names.first:
            yield match.start(), match.end(), "handle"  # "volgt hem als stijnboy04 op tiktok"
    for match in NAMED.finditer(text):
        name = match.group(1).lower()
        if name not in words and not lexicon().is_word(name):
            yield match.start(1), match.end(1), "handle"
