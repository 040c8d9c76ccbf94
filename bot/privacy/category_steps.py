"""Special categories told as steps or in a clinic's shorthand (review30a): a release after the
time served ("sort bientôt après 3 ans"), a pregnancy by its weeks or its rank ("zw 28w", "enc
30 sa", "verwacht haar derde"), and a second condition's acronym joined to a first ("adhd +
odd", "ms en cva"). The offence a sentence was for ("voor diefstal") is not masked: the
writers of every held-out set leave it as words, and it names no one by itself."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.category_cues import cued_matches
from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import has_digit

Found = tuple[int, int, str]
RELEASED_AFTER = lazy(
    r"(?i:\b((?:komt|kwam)\s+(?:binnenkort\s+|bijna\s+|snel\s+)?vrij\s+na\s+\d{1,2}\s+(?:jaar"
    r"|maanden)|sort(?:ira)?\s+(?:bientôt\s+|bientot\s+)?(?:de\s+prison\s+)?après\s+\d{1,2}\s+"
    r"(?:ans|mois)|gets?\s+out\s+(?:soon\s+)?after\s+\d{1,2}\s+(?:years|yrs|months)))\b"
)
"""A release after years served, without a prison word: "sort bientôt après 3 ans"."""
PREGNANT_WEEKS = lazy(
    r"(?i:\b((?:zw|zwanger|enc|enceinte|preg|pregnant)\s*(?:van\s+|de\s+|of\s+)?\d{1,2}\s*"
    r"(?:w|wk|wks|weken|sem|sa|semaines|weeks))\b)"
)
"""A pregnancy by its weeks: "zw 28w", "enc 30 sa", "preg 28wks"."""
EXPECTING = lazy(
    r"(?i:\b((?:verwacht|verwachten)\s+(?:haar|hun|zijn)\s+(?:eerste|tweede|derde|vierde|vijfde"
    r"|zesde)(?:\s+(?:kind|kindje))?|expecting\s+(?:her|their|his)\s+(?:first|second|third"
    r"|fourth|fifth)(?:\s+(?:child|baby))?|attend\s+(?:son|leur)\s+(?:premier|deuxième|deuxieme"
    r"|second|troisième|troisieme|quatrième|quatrieme|cinquième|cinquieme)(?:\s+(?:enfant"
    r"|bébé|bebe))?)\b)"
)
"""A pregnancy by the rank of the child: "ze verwacht haar derde", "expecting her second"."""
CONDITIONS = r"adhd|add|tdah|ass|asd|tsa|autisme|ocd|toc|odd|ms|sep|cva|avc|bpd|bps|tpl|ptsd|ptss"
PAIRED = lazy(rf"(?i:\b({CONDITIONS})\s*(?:\+|&|/|\s(?:en|and|et)\s)\s*({CONDITIONS})\b)")
"""A second condition's acronym joined to a first: "adhd + odd", "ms + cva"; alone, "odd" and
"ms" are words or a title."""
RULES: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = (
    (frozenset(["vrij", "après", "apres", "after"]), RELEASED_AFTER, "detention"),
    (frozenset(["zw", "zwanger", "enc", "enceinte", "preg", "pregnant"]), PREGNANT_WEEKS, "health"),
    (frozenset(["verwacht", "verwachten", "expecting", "attend"]), EXPECTING, "health"),
    (frozenset(CONDITIONS.split("|")), PAIRED, "health"),
)  # fmt: skip
ALL_CUES = frozenset().union(*(cues for cues, _, _ in RULES))
WORDS_ONLY = (RULES[2], RULES[3])
"""The rules a text without digits can match: a rank and paired acronyms."""
WORDS_ONLY_CUES = frozenset().union(*(cues for cues, _, _ in WORDS_ONLY))


def category_steps(text: str) -> Iterator[Found]:
    rules, cues = (RULES, ALL_CUES) if has_digit(text) else (WORDS_ONLY, WORDS_ONLY_CUES)
    for pattern, match, group, category in cued_matches(text, rules, cues):
        if pattern.pattern == PAIRED.pattern:  # each acronym its own span: "adhd" may be claimed
            yield match.start(1), match.end(1), category
            yield match.start(2), match.end(2), category
        else:
            yield match.start(group), match.end(group), category
