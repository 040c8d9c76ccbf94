"""English shops and salons named by one or two words of their own before their kind, right
after "at", "from" or "for": "works at glow beauty bar,", "rents a chair at sharp lines barbers
in etterbeek", "placement at bright corner thrift today" (#12, fifty-sixth session: probe209
and probe210 held twenty such names, their words everyday ones, which `org_compound_kinds`'
English kinds ask to be rare). Without an article or a possessive before it, a shop's kind
after a word of its own is a name; a time, a place of work with its own laundry or salon, a
number or a size is not ("at night laundry", "at hospital laundry", "at 24h laundromat")."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.org_compound_kinds import NOT_AT_NAMES, SMALL
from bot.privacy.org_named_kinds import FIRM_STOP
from bot.privacy.school_names import WORD

Found = tuple[int, int, str]
SHOP_KINDS = (
    r"laundry|laundrette|launderette|laundromat|barbers|barbershop|barber\s+shop"
    r"|(?:hair|beauty|nail|tanning)\s+(?:salon|bar|studio|lounge)|thrift(?:\s+(?:shop|store))?"
    r"|charity\s+shop|second[\s-]?hand(?:\s+(?:shop|store))?|repair\s+caf[eé]|furniture\s+bank"
)
SHOP = lazy(
    r"(?<![\w'’-])(?:at|from|for)\s+((?!(?:the|a|an|his|her|their|my|our|your|local|nearby|this"
    rf"|that|every|any|some|no|one|another)\b)({WORD}(?:\s+{WORD})?)\s+(?:{SHOP_KINDS}))\b"
)
ENDS = lazy(
    r"\s*(?:[,.;:!?)(]|$)|\s+(?:in|on|near|since|until|for|and|but|as|today|yesterday|every"
    r"|twice|paid|cash|without|with|because|where|when|till)\b"
)
"""What follows the name: the clause's end, where the shop is, when or how someone works."""
NOT_OWN = SMALL | FIRM_STOP | NOT_AT_NAMES | frozenset(
    ["hospital", "prison", "hotel", "school", "home", "camp", "centre", "center", "shelter",
     "church", "club", "gym", "station", "airport", "mall", "market", "street",
     "family", "friend", "friends", "mum", "mom", "dad", "sister", "brother", "cousin", "aunt",
     "uncle", "volunteer", "volunteering", "work", "working", "part-time", "full-time",
     "cheap", "new", "nearest", "usual", "same", "other", "only", "main", "free", "self-service",
     "coin", "coin-op", "public", "shared", "student", "students", "womens", "mens", "kids",
     "childrens"]
)  # fmt: skip
"""Words that make the kind an ordinary one: where it is, whose, what sort."""


def english_shops(lowered: str) -> Iterator[Found]:
    """Each shop named so; the text is given in lower case."""
    if " at " not in lowered and " from " not in lowered and " for " not in lowered:
        return
    for match in SHOP.finditer(lowered):
        own = match.group(2).split()
        if any(_ordinary(word) for word in own):
            continue
        if ENDS.match(lowered, match.end()):
            yield match.start(1), match.end(1), "organisation"


def _ordinary(word: str) -> bool:
    """A word no shop's own: a small or a time word, a digit, an -ing or -est form."""
    return (
        word in NOT_OWN
        or not word.replace("-", "").replace("&", "").isalpha()
        or word.endswith(("ing", "est"))
    )
