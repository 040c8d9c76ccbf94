"""Names that own the detail beside them: "precious iban BE43 …", "sarah gsm 0476 …", "new nr
for hope: 0466 …" (from `name_openers`, #12 fifty-first session)."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_cues import TITLES_AND_RELATIONS as FAMILY
from bot.privacy.name_cues import frequent
from bot.privacy.name_openers import NOT_PEOPLE
from bot.privacy.name_subjects import SUBJECTS
from bot.privacy.tokens import has_digit

OWNER_OF_DETAIL = lazy(
    r"(?i:(?<![\w'’-])([^\W\d_][\w'’-]{2,})\s+(haar\s+)?(?:(?:national|rr)\s+)?"
    r"(?:gsm|tel|tél|telefoon|phone|mobile|nr|nummer|numéro|iban|rekening|rek|mail|e-mail|email"
    r"|adres|adresse|address|dob|geboortedatum|rrn|insta|snap|fb|tiktok)\b\s*(?:(is)\s+|:\s*)?"
    r"(?=[\w+.@\[\]-]*(?:[\d@]|\[at\]|\s+at\s+\w)))"
)
"""A word right before the kind of a detail and the detail: "precious iban BE43 …", "sarah gsm
0476 …", "grace mail grace.k@…" (probe19), "serwaa haar mail is …[at]…" (probe52), "precious
national nr 88.12.03-…" (fifty-second session): the owner of the number or the address;
with "haar" or "is", not a short or elided word ("l'ami email is")."""
DETAIL_OF = lazy(
    r"(?i:(?<![\w'’-])(?:gsm|tel|tél|telefoon|phone|mobile|nr|nummer|numéro|number)\s+"
    r"(?:(?:van|vr|de|of|for|voor|pour)\s+)?([^\W\d_][\w'’-]{2,})\s*:?\s*(?=\+?\d[\d .\/-]{7,}))"
)
"""A number's kind, then its owner and the number: "tel sarah 0477.55.41.09", "new nr for hope:
0466 …" (#12, fifty-first session); a listed first name only, a word of no list there cost a
frozen set two ordinary words ("tel gheorghita 0477 …" stays missed)."""
DETAIL_FOR = lazy(
    r"(?i:(?<![\w.])(?:\+|0)\d[\d .\/-]{7,}\d\s+(?:for|voor|vr|van|pour|de)\s+([^\W\d_][\w'’-]{2,})"
    r"(?![\w'’-]))"
)
"""A number, then whose it is: "new phone 0465 30 12 88 for precious, old one stolen" (#12,
fifty-second session); a listed first name only."""


def owners_of_details(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Start of each first name (or word of no list) that owns the detail after it -> True."""
    if "@" not in text and "[at]" not in text and " at " not in text and not has_digit(text):
        return {}
    found: dict[int, bool] = {}
    matches = [
        *OWNER_OF_DETAIL.finditer(text),
        *DETAIL_OF.finditer(text),
        *DETAIL_FOR.finditer(text),
    ]
    for match in matches:
        word = match.group(1).lower()
        if word in FAMILY or word in SUBJECTS or word in NOT_PEOPLE:
            continue  # "mama gsm", "haar gsm"
        if word in frequent() and word not in lexicon.word_names:
            continue  # "nieuw nr", "werk gsm"; not "precious iban"
        told = match.re is OWNER_OF_DETAIL and (match.group(2) or match.group(3))
        if told and (len(word) < 4 or not word.isalpha()):
            continue  # "serwaa haar mail is": not a short or elided word ("l'ami email is")
        mailed = text[match.end() : match.end() + len(word)].lower() == word  # "lakhdar.s at"
        listed = word in lexicon.first or word in lexicon.word_names
        unknown = not lexicon.is_word(word) and match.re is OWNER_OF_DETAIL  # not "tel X 0477"
        if listed or mailed or unknown:  # "tel X 0477 …": a listed first name only
            found[match.start(1)] = True
    return found
