"""Dates of birth written out in words, as a worker types what was said: "geboren op
twaalf juli negentien vijfentachtig", "né le quinze août deux mille trois", "born on the
twenty third of june two thousand and five", "de eerste van mei achtennegentig" (review31b).
Only right after a word of birth: a date in words elsewhere is an appointment."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.dates import BIRTH_CUE, MONTHS
from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
_TENS = r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
NUMBER = (
    rf"(?:\w+en)?(?:{_TENS})(?:ste)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf"
    r"|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|honderd|duizend"
    r"|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
    r"|\w+tiende|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|octante"
    r"|nonante|quatre-vingts?|cent|mille|mil|premier|one|two|three|four|five|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth|\w+honderd\w*"
    r"|\w+duizend\w*"
)
WORDS = rf"(?:{NUMBER})(?:(?:[\s-]+(?:et|and|en))?[\s-]+(?:{NUMBER}))*"
SPELLED = lazy(
    rf"(?i:\s*(?:(?:op|le|the|on\s+the|on|de|op\s+de)\s+)?({WORDS}(?:\s+(?:of|van))?\s+(?:{MONTHS})"
    rf"(?:\s+{WORDS}|\s+['’]?\d{{2,4}})?)(?![\w-]))"
)
"""Day, month and year in words (a year in digits too), after the small words of a date."""
HINT = Stems("geb|°|né|ne|nee|naissance|born|birth|dob|verjaardag|jarig|anniversaire|geboorte")
"""The stems of a word of birth: most sentences have none, and stop here."""


def spelled_dates(text: str) -> Iterator[Found]:
    if not HINT.in_text(text):
        return
    for cue in BIRTH_CUE.finditer(text):
        match = SPELLED.match(text, cue.end())
        if match and any(not c.isdigit() for c in match.group(1).split()[0]):
            yield match.start(1), match.end(1), "date"
