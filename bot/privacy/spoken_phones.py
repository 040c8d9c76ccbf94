"""Phone numbers written out in words, as dictated: "nul vier zeven nul twaalf vierendertig",
"zero four seven five one two ...", "zéro quatre septante-cinq douze".

A run of number words that stands for eight to thirteen digits is a phone number when it
starts with zero (every Belgian number does) or follows a phone cue and holds a zero: no
count, amount or date is said that way. Each word counts as one digit (zero to nine) or two (ten to
ninety-nine), so "vierendertig" and "septante-cinq" are two; "double one" is two.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.loose_ids import CUE_REACH, PHONE_CUE
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]

ZERO = r"nul|zero|zéro|oh"
UNITS = (
    r"een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|un|une|deux|trois|quatre|cinq|six|sept"
    r"|huit|neuf|one|two|three|four|five|seven|eight|nine"
)  # fmt: skip
TEENS = (
    r"tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
    r"|dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)  # fmt: skip
DUTCH_TENS = r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
FRENCH_TENS = r"vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante"
ENGLISH_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
TWO_DIGITS = (
    rf"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:{DUTCH_TENS})"
    rf"|(?:{FRENCH_TENS}|quatre-vingts?)(?:[\s-]et[\s-](?:un|onze)|-(?:{UNITS}|{TEENS}))?"
    rf"|(?:{ENGLISH_TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|{TEENS}"
)
WORD = rf"(?:{TWO_DIGITS}|{ZERO}|{UNITS})"
REPEAT = r"double|dubbel|triple|trippel"
PART = rf"(?:(?:(?:{REPEAT})\s+)?{WORD}|\d{{1,4}})"
RUN = lazy(rf"(?i:(?<![\w-]){WORD}(?:[\s,./-]+(?:cent\s+)?{PART}){{3,12}}(?![\w-]))")
"""A number word and three to twelve more number words or digit groups, read longest first:
"nul vier zeven vijf twaalf ...", and "zero four seven five 12 34 56" (spoken, then typed; a
slash between, probe189); French hundreds and "et un" inside ("quatre cent septante-cinq",
"trente et un")."""
TYPED_THEN_SPOKEN = lazy(
    rf"(?i:(?<![\w-])0\d{{1,3}}(?:[\s,.-]+(?:{WORD}|\d{{1,3}})){{2,8}}(?![\w-]))"
)
"""A prefix typed, the rest said, or said and typed by turns: "0476 twaalf vierendertig
zesenvijftig", "0475 twaalf 34 56", "04 septante-huit 21 43 65" (a zero digit, so no zero
word is needed; at least one number word, review22a)."""
TRAILING_WORDS = lazy(rf"(?i:(?:[\s,.-]+{WORD})+$)")
SINGLE = lazy(rf"(?i:{ZERO}|{UNITS})")
WORDS = lazy(rf"(?i:\b(?:{WORD})\b)")
DIGITS = lazy(r"\d+")
NEEDED = Stems("nul|zero|zéro|oh")
"""Every Belgian phone number has a zero (a mobile's second "0" too): no zero word, no run."""
STARTS_WITH_ZERO = lazy(rf"(?i:{ZERO})\b")


def _typed_first(said: str) -> bool:
    """A whole number typed in digits, then a number word of the sentence ("02 123 45 67 een
    keer"): the other rules read the number; the word is no part of it."""
    trailing = TRAILING_WORDS.search(said)
    typed = said[: trailing.start()] if trailing else said
    return not WORDS.search(typed) and _digit_count(typed) >= 9


def _digit_count(run: str) -> int:
    """Digits that the words of `run` stand for: one per word up to nine, two above."""
    count = sum(len(group) for group in DIGITS.findall(run))
    for match in WORDS.finditer(run):
        count += 1 if SINGLE.fullmatch(match.group()) else 2
    lowered = run.lower()  # "double one": a digit said twice (review31b)
    return count + lowered.count("doub") + 2 * lowered.count("trip")


PIECES = lazy(
    r"(?i:(?<![\w.,/+-])0\d{1,3}(?:(?:\s*(?:\.{2,}|…)\s*|\s+(?:then|puis|dan|daarna|and\s+then"
    r"|et\s+puis|en\s+dan)\s+|\s+)\d{2,3}){2,5}(?![\w.,/-]?\d))"
)
"""A number said in pieces: "0496 then 27 then 84 then 11", "0477 ... 41 ... 09 ... 83",
"0468 en dan 112 445"."""
JOINER = lazy(r"(?i:\.{2,}|…|\b(?:then|puis|dan|daarna)\b)")


def spoken_phones(text: str) -> Iterator[Found]:
    """Runs of number words for eight to thirteen digits, starting with zero or after a cue."""
    if " 0" in text or text.startswith("0"):
        for match in PIECES.finditer(text):
            joined = JOINER.search(match.group()) is not None  # plain groups: `phones`
            if joined and 9 <= _digit_count(match.group()) <= 10:
                yield match.start(), match.end(), "phone"
        for match in TYPED_THEN_SPOKEN.finditer(text):
            said = match.group()
            if 9 <= _digit_count(said) <= 10 and WORDS.search(said) and not _typed_first(said):
                yield match.start(), match.end(), "phone"
    if not NEEDED.in_text(text):
        return
    for match in RUN.finditer(text):
        count = _digit_count(match.group())
        if not 8 <= count <= 13:
            continue
        zero = STARTS_WITH_ZERO.match(match.group()) is not None
        cued = PHONE_CUE.search(text, max(0, match.start() - CUE_REACH), match.start())
        if zero or cued is not None:
            yield match.start(), match.end(), "phone"
