"""A first name right before what the scrubber hid as a person's trait: "kevin [stemt vlaams
belang]", "nicolas [milite au ptb]", "amir [is in jail]". The category's own rule took the
verb ("stemt", "milite", "zit"), so the name rules, which look for a verb after a word, saw
none; but only a person votes, is ill, prays or is locked up. The word must be a first name
of the lists, not a frequent word, so that "Dutch [...]" or "the family [...]" never counts;
one that is also an everyday word only when it opens the sentence ("rose [is on dialysis]";
in "grace has [diabetes]" the word before the span is "has"). Also a name of the lists,
first name or surname, right before "uit" or "from" and a place: "ivanova uit [tienen]",
"mercy from [schaerbeek]". A word of no list opening the note right before an origin, with or
without a comma, or before a trait, is a name too: "sevda [koerdisch]", "liridona,
[kosovo-albanian]" (review42a), "temesgen [orthodox christian]" (probe44); a family is said of
a noun ("familie [roma]") and a noun is a word."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.name_groups import ARTICLE_BEFORE
from bot.privacy.name_initials import ABBREVIATIONS
from bot.privacy.names import TOKEN

TRAITS = frozenset({"health", "detention", "religion", "politics", "orientation"})
"""Kinds of span that say something of a person."""
BEFORE = 30
"""How far back a name may start: one word before the span."""
FROM = lazy(r"(?i: (?:uit|from|van) $)")
"""Before a place or a country: the name before it is where someone comes from or lives
("ivanova uit [tienen]", "rose van [zwijnaarde]", "blessing uit [nigeria] zoekt werk")."""
OF_STREET = lazy(r"(?i: (?:van de|van het|van 't|van|vd|from|du|de la|des) $)")
"""Before an address: "roos van de [meir 88]" is Roos who lives there (probe44)."""
OPENING_INITIALS = lazy(r"^\s*((?:[a-z]\.){1,2}[a-z])\.\s*$")
"""Two or three initials alone before a trait that opens a note (probe47)."""
DESCRIBED = lazy(
    r"(?i:\s+(?:jonge\s+(?:man|vrouw|gast|moeder)|young\s+(?:man|woman|guy|mum|mother)"
    r"|jeune\s+(?:homme|femme|fille|maman)|sans\s+papiers|zonder\s+papieren|undocumented"
    r"|alleenstaande\s+(?:man|vrouw|moeder)|single\s+(?:mum|mother|dad|father))$)"
)
"""Who someone is, said between the name and the origin: "tchouameni sans papiers,
[camerounais]"."""
PERSON_NEXT = lazy(
    r"(?i:\s*,?\s*(?:zoekt|is|heeft|woont|werkt|kwam|komt|wil|vraagt|looks|has|lives|works|came"
    r"|wants|asks|cherche|est|habite|travaille|veut|demande|staying|stays|sleeps|slaapt|verblijft"
    r"|dort|loge|wacht|waits|attend|asked|sells|sold|called|rang|needs|belde|belt|verkoopt"
    r"|sorteert|vend|appelle|a\s+appelé|bénévole|vrijwilliger|volunteers|stand|kraam|\d{1,2}\b))"
)
"""What a person from a country does next: a word that is a name ("blessing uit [nigeria]
zoekt werk") is one only then; asking, selling, calling and volunteering too ("liberty from
[ghana] asked", "grace [ivoirienne] stand de tissus": probe210, probe212, #12's fifty-sixth)."""
OPENS = lazy(r"(?:^|[.!?:;\n]\s*|^\W*)$")
"""Nothing but a stop or the text's start before a word: it opens the sentence."""


def _surname(bare: str, lexicon: Lexicon) -> bool:
    return bare in lexicon.last and not lexicon.is_word(bare)


def names_before_traits(
    text: str, found: Iterable[tuple[int, int, str]], lexicon: Lexicon
) -> Iterator[tuple[int, int]]:
    """The first names directly before a trait's span, not already inside a span."""
    spans = list(found)
    if all(
        kind not in TRAITS and kind not in ("place", "origin", "address") for _, _, kind in spans
    ):
        return  # most sentences: no trait, no mask of busy letters to build
    busy = bytearray(len(text) + 1)
    for start, end, _ in spans:
        busy[start:end] = b"\x01" * (end - start)
    for start, end, kind in spans:
        if kind == "origin" or kind in TRAITS:
            yield from _opening_before_trait(text, start, end, busy, lexicon)
        origin = (
            FROM.search(text, max(0, start - 6), start) if kind in ("place", "origin") else None
        )
        if kind == "origin" and origin is None:
            continue
        if origin is not None:  # "blessing uit [nigeria] zoekt werk", "rose van [zwijnaarde]"
            start = origin.start() + 1  # "ivanova uit [tienen]": the word before "uit"
        elif kind == "address" and (lives := OF_STREET.search(text, max(0, start - 9), start)):
            start = lives.start() + 1  # "roos van de [meir 88]"
        elif kind not in TRAITS:
            continue
        if start < 2 or text[start - 1] != " ":
            continue
        words = list(TOKEN.finditer(text, max(0, start - BEFORE), start - 1))
        word = words[-1] if words else None
        if word is None or word.end() != start - 1 or busy[word.start()]:
            continue
        if word.start() > 0 and text[word.start() - 1].isalnum():  # a word cut by the window
            continue
        bare = word.group().lower()
        if len(bare) < 3 or bare in frequent():
            continue
        if ARTICLE_BEFORE.search(text, max(0, word.start() - 6), word.start()):
            continue  # "la maman [prend du lithium]": a word after its article
        if bare in lexicon.word_names:
            if kind == "origin" and not PERSON_NEXT.match(text, end):
                continue  # "jade uit [china], mooi beeldje", "amber from [poland] as a souvenir"
            if OPENS.search(text, 0, word.start()):
                yield word.start(), word.end()  # "rose [is on dialysis]", "mercy from [...]"
        elif bare in lexicon.first or (kind == "place" and _surname(bare, lexicon)):
            yield word.start(), word.end()
        elif origin is not None and _unlisted_opening(text, word, end, bare, lexicon):
            yield word.start(), word.end()  # "gebremedhin uit [eritrea] sorteert" (probe210)


def _unlisted_opening(
    text: str, word: re.Match[str], end: int, bare: str, lexicon: Lexicon
) -> bool:
    """A word of no list that opens the note before "uit"/"from" and a country, and a person's
    act after it."""
    if not OPENS.search(text, 0, word.start()) or not PERSON_NEXT.match(text, end):
        return False
    return not lexicon.is_word(bare) and fold(bare) not in gazetteer().names


def _opening_before_trait(
    text: str, start: int, end: int, busy: bytearray, lexicon: Lexicon
) -> Iterator[tuple[int, int]]:
    """The word that opens the note right before an origin or a trait ("sevda [koerdisch]"), when
    no list knows it as a word: a listed first name there is the name rules' to judge."""
    gap = 2 if text[max(0, start - 2) : start] in (", ", " (") else 1
    if start < gap + 3 or text[start - 1] not in " (":
        return  # "gjergj ([albanian]) asked" (probe58): in brackets too
    if (described := DESCRIBED.search(text, 0, start - gap)) is not None:
        gap = start - described.start()  # "ahmadzai jonge man [afghaan]" (probe50)
    if " " in text[: start - gap].strip():
        return  # one word only before the trait: most traits stand later in a note
    if (initials := OPENING_INITIALS.match(text, 0, start - gap)) is not None:
        if initials.group(1) + "." not in ABBREVIATIONS:  # not "o.a. [marokkaanse] families"
            yield initials.start(1), initials.end(1)  # "s.b. [eritrees] wacht"
        return
    words = list(TOKEN.finditer(text, 0, start - gap))
    if len(words) != 1 or words[0].end() != start - gap or busy[words[0].start()]:
        return
    word = words[0]
    bare = word.group().lower()
    if text[: word.start()].strip() or len(bare) < 3 or not bare.replace("-", "").isalpha():
        return  # "he's [eritrean]": a contraction
    named = bare in lexicon.word_names or bare in lexicon.first
    if gap == 1 and named and PERSON_NEXT.match(text, end):
        yield word.start(), word.end()  # "patience [cameroonian] staying with" (probe112)
        return
    if bare in frequent():
        return
    if (
        gap == 2
        and text[start - 1] == "("
        and (bare in lexicon.word_names or bare in lexicon.first)
    ):
        yield word.start(), word.end()  # "blessing ([nigeriaanse]) woont" (probe57)
        return
    if lexicon.is_word(bare) or bare in lexicon.word_names or fold(bare) in gazetteer().names:
        return  # "bxl, [turkse] familie": a place, the place rules' to judge
    if "-" in bare and all(len(part) > 1 and lexicon.is_word(part) for part in bare.split("-")):
        return  # "grand-père [surdité] totale" (reader56b): a family word
    yield word.start(), word.end()
