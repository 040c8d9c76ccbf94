"""A first name in the owner's place: "kevins moeder", "emmas verjaardag", "thomas mama". A
name typed in lower case is in no context the other rules read, but what follows says whose."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_context_words import KIN, named_word
from bot.privacy.name_function_words import OWNED
from bot.privacy.rare_words import core, name_words

_CUES = cues()
FAMILY = _CUES["titles"] | _CUES["relations"]
OWNERS_NEXT = OWNED | FAMILY  # "kevins moeder", "emmas verjaardag"
VERBS = _CUES["verbs"]


def owners(matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon) -> Iterator[int]:
    """The starts of first names with a genitive s before a family word or something
    owned ("marcs mum"), or already ending in s before a family word, where Flemish and
    English drop the second s ("thomas mama", "jonas' papa")."""
    for i in (j - 1 for j, word in enumerate(lowered) if j and word in OWNERS_NEXT):
        word = lowered[i]
        if not word.endswith("s"):
            continue  # "Mehmets moeder", "kevins moeder": capital or not (review29a)
        stem = word[:-1]
        kin = lowered[i + 1] in FAMILY  # "jades mama": a word-name owning family (review36b)
        named = stem in lexicon.first and (kin or stem not in lexicon.homographs)
        named = named and stem not in VERBS
        genitive = word.isalpha() and named and len(stem) > 2
        everyday = lexicon.is_word(word) and word in core()  # a French plural of some list
        elided = lowered[i + 1] in FAMILY and len(word) > 3 and word in lexicon.first
        elided = elided and word not in lexicon.homographs and word not in VERBS
        elided = elided and word not in lexicon.word_names and word not in name_words()
        if (genitive and not everyday) or elided:
            yield matches[i].start()


KIN_OR_OWNED = KIN | OWNED
"""After "grace's": her family or what she owns ("grace's mum", "goodluck's email")."""
NEW = frozenset(["new", "old", "little", "big", "eldest", "youngest", "late", "ex"])
"""A word between an owner and her family: "amber's new boyfriend"."""
NOT_OWNERS = frozenset(["the", "a", "an", "my", "his", "her", "their", "our", "your", "this",
                        "that", "its", "one", "every", "each"])  # fmt: skip
"""Before a thing that owns ("the company's letter", "my dog's bowl"), no person."""


def owned_after(lowered: list[str], i: int, owned: frozenset[str]) -> str:
    """The family word or thing owned after word `i` (over one of `NEW`), or ""."""
    following = lowered[i + 1 : i + 3]
    if following and following[0] in owned:
        return following[0]
    if len(following) == 2 and following[0] in NEW and following[1] in owned:
        return following[1]
    return ""


def listed_owner(previous: str, owner: str, owned: str, lexicon: Lexicon) -> bool:
    """After a title or as a word of no language, any owner ("mrs baker's flat", "grace's
    mum"); a first name of the lists, even one that is a word, owning family or a letter
    ("daisy's letter", "amber's new boyfriend"; review30b); not after an article ("the
    company's letter")."""
    if previous in FAMILY or named_word(owner, lexicon):
        return True
    return previous not in NOT_OWNERS and owner in lexicon.first and owner not in VERBS
