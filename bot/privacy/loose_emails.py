"""E-mail addresses typed loosely on a phone (#12, the twelfth session): "@" doubled
("jan.peeters@@gmail.com"), or a known provider after the local part with no "@" at all, by a
space or a preposition ("jpeeters gmail com", "peeters.jan op gmail", "k.diallo chez hotmail
point be"). The local part must look like one: a dot, "_" or a digit in it, or no word of any
language before a provider and its ending ("je zit op gmail", "elle est sur outlook" stay)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.spaced_emails import PROVIDERS as KNOWN_PROVIDERS
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]

WORDS_TOO = frozenset(["live", "orange", "voo", "scarlet", "mail", "proton"])
PROVIDERS = "|".join(p for p in KNOWN_PROVIDERS.split("|") if p not in WORDS_TOO)
"""`spaced_emails`' providers but those that are words too ("live", "orange", "mail"): with
no "@", only a name that is no word is a cue, and the gate."""
ENDINGS = r"co[. ]uk|com|be|net|org|fr|nl|eu|lu|uk"
PROVIDER = Stems(PROVIDERS)
"""Decided per word with the other families' stems: a pattern scanned every text."""
DOUBLE_AT = lazy(r"(?<![\w.+-])[\w.+-]{1,64}@{2,}[\w-]+(?:\.[\w-]+)*")
"""A slip of the thumb on "@": the address is still someone's."""
DOT_FOR_AT = lazy(
    rf"(?i:(?<![\w.@+-])(?!(?:www|mail|smtp|imap|pop3?|login|accounts|m|web)\.)[a-z][\w+-]{{0,63}}"
    rf"(?:\.[\w+-]+){{0,4}}\.(?:{PROVIDERS})\.(?:{ENDINGS})(?![\w.@]))"
)
"""A dot typed for the "@": "k.peeters.gmail.com" (review22a) is still someone's address."""
CUT_SHORT = lazy(
    rf"(?i:(?<![\w.@+-])[^\W\d_][\w.+-]{{1,63}}@(?=\s|$|[,;)])"
    rf"(?!\s*(?:[\w-]+\s?[.,]\s?\w|(?:{PROVIDERS})\b|live\b|orange\b|voo\b|scarlet\b|proton)))"
)
"""An address broken off after its "@" ("zijn mail is kpeeters@ maar ..."): the local part
is still someone's."""
BY_PROVIDER = lazy(
    rf"(?i:(?<![\w.@+-])([\w+-]{{1,64}}(?:\.[\w+-]+){{0,8}})\s"
    rf"(?:(op|bij|chez|sur|on|via|at)\s)?(?:{PROVIDERS})(?![\w@])(\s?(?:[.,]|\s(?:dot|punt|point)\s|\s)\s?(?:{ENDINGS})(?!\w))?)"
)
"""A local part, a space (or "op", "chez", "on", "at") and a provider, its ending perhaps after
a space, a dot, a comma or a spoken dot."""
MAIL_CUE = lazy(r"(?i:\b(?:e-?mail|mail|e-?mailadres|mailadres|adresse\s+(?:e-)?mail|courriel)\b)")
"""An e-mail named before it: then a local part of no word, joined to the provider by "at",
"op", "chez", is one ("her email is sarahpeeters at gmail"), its ending left out; "mail naar
klachtendienst proximus" names a service."""


SPOKEN = frozenset(["at", "apenstaartje", "apestaartje", "apenstaart", "apestaart", "arobase",
                    "dot", "punt", "point", "chez"])  # fmt: skip
SPOKEN_BEFORE = lazy(r"(?i:\s(?:dot|punt|point|at|ape?n?staart(?:je)?|arobase|chez)\s$)")
"""An address read out ends before the provider: its own pattern reads it from its start."""
SPOKEN_AFTER = lazy(r"(?i:\s(?:dot|punt|point)\s)")
"""Or goes on after it with a spoken dot: "… at yahoo dot co dot uk" is read whole there."""


def loose_emails(text: str) -> Iterator[Found]:
    """Addresses with "@" doubled or left out before a known provider."""
    if "@@" in text:
        for match in DOUBLE_AT.finditer(text):
            yield match.start(), match.end(), "email"
    if "@" in text:
        for match in CUT_SHORT.finditer(text):
            yield match.start(), match.end(), "email"
    if not PROVIDER.in_text(text):
        return
    for match in DOT_FOR_AT.finditer(text):
        yield match.start(), match.end(), "email"
    for match in BY_PROVIDER.finditer(text):
        local, joined, ending = match.groups()
        at = joined is not None and joined.lower() == "at"
        if at and ending:
            continue  # "j peeters at telenet be": `contacts.SPOKEN_EMAIL` reads it whole
        before = SPOKEN_BEFORE.search(text, 0, match.start())
        if local.lower() in SPOKEN or before or SPOKEN_AFTER.match(text, match.end()):
            continue  # "amina dot haidari at gmail dot com": `contacts.SPOKEN_EMAIL`'s, whole
        if not any(map(str.isalpha, local)):
            continue  # "schuld 1.080 bij proximus": an amount, no one's address
        shaped = any(ch in local for ch in "._") or any(ch.isdigit() for ch in local)
        cued = joined and MAIL_CUE.search(text, max(0, match.start() - 30), match.start())
        named = (ending and local.lower() not in lexicon().words) or (
            cued and not plain_word(local.lower(), lexicon())
        )
        if shaped or named:
            yield match.start(), match.end(), "email"
