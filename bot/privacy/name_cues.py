"""Unknown lower-case words that a cue makes a person's name: a name of any origin typed
in lower case is in no list, but "haar vriend nsimba" and "nsimba belde" still name her."""

from __future__ import annotations

import re

from bot.privacy.lexicon import Lexicon, cues

_CUES = cues()
TITLES_AND_RELATIONS = _CUES["titles"] | _CUES["relations"]
VERBS = _CUES["verbs"]
SENTENCE_END = frozenset('.!?:;("“«•\n')


def cued_words(
    text: str, matches: list[re.Match[str]], lexicon: Lexicon, context: frozenset[str]
) -> set[int]:
    """Starts of lower-case words that are no ordinary word and no cue
    (`context`), right after a form of address or a family word, or opening a sentence
    right before a verb of the notes ("belde", "zegt")."""
    found = set()
    for i, match in enumerate(matches):
        word = match.group()
        if not word[0].islower() or len(word) < 3 or not word.isalpha():
            continue
        previous = matches[i - 1] if i else None
        gap = text[previous.end() : match.start()] if previous else ""
        after_cue = previous is not None and gap.strip(" .,") == ""
        after_cue = (
            after_cue
            and previous is not None
            and previous.group().lower() in (TITLES_AND_RELATIONS)
        )
        opens = previous is None or gap.strip() in SENTENCE_END
        verb = (
            i + 1 < len(matches)
            and matches[i + 1].group() in VERBS
            and text[match.end() : matches[i + 1].start()] == " "
        )
        if (after_cue or (opens and verb)) and word not in context and not lexicon.is_word(word):
            found.add(match.start())
    return found
