"""Unknown lower-case words that a cue makes a person's name: a name of any origin typed
in lower case is in no list, but "haar vriend nsimba" and "nsimba belde" still name her."""

from __future__ import annotations

import re

from bot.privacy.lexicon import Lexicon, cues

_CUES = cues()
TITLES_AND_RELATIONS = _CUES["titles"] | _CUES["relations"]
VERBS = _CUES["verbs"]
SENTENCE_END = frozenset('.!?:;("“«•\n')
COMPANY = frozenset(["met", "bij", "voor", "van", "aan", "naar", "avec", "chez", "pour", "with",
                     "for", "to"])  # fmt: skip
"""After these, a longer word that is no ordinary word is someone: "de mama van chiamaka"."""


def cued_words(
    text: str, matches: list[re.Match[str]], lexicon: Lexicon, context: frozenset[str]
) -> set[int]:
    """Starts of lower-case words that are no ordinary word and no cue
    (`context`), right after a form of address, a family word or a word such as "met",
    or opening a sentence right before a verb of the notes ("belde", "zegt")."""
    found = set()
    for i, match in enumerate(matches):
        word = match.group()
        if not word[0].islower() or len(word) < 3 or not word.isalpha():
            continue
        previous = matches[i - 1] if i else None
        gap = text[previous.end() : match.start()] if previous else ""
        cue = previous.group().lower() if previous and gap.strip(" .,") == "" else ""
        after_cue = cue in TITLES_AND_RELATIONS or (cue in COMPANY and len(word) > 3)
        opens = previous is None or gap.strip() in SENTENCE_END
        verb = (
            i + 1 < len(matches)
            and matches[i + 1].group() in VERBS
            and text[match.end() : matches[i + 1].start()] == " "
        )
        if (after_cue or (opens and verb)) and word not in context and not lexicon.is_word(word):
            found.add(match.start())
    return found
