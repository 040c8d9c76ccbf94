"""Names the note itself marks as names: a word followed by "(first name)", "(voornaam)",
"(prénom)", and a nickname in quotes after a verb of calling ("ze noemen hem "Bolleke"", "la
maman appelle son fils « Loulou »"; review24b). The mark is the writer's own: no list needed."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.name_function_words import POSSESSIVES
from bot.privacy.sensitive import category_word

Found = tuple[int, int, str]
MARKED = lazy(
    r"(?<![\w'’-])([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*\((?i:first\s+name|given\s+name"
    r"|surname|last\s+name|nickname|voornaam|achternaam|familienaam|roepnaam|bijnaam|prénom"
    r"|prenom|nom(?:\s+de\s+famille)?|surnom)\)"
)
"""One or two words before the mark; both only when both are capitalised ("Jan Peeters
(voornaam en achternaam)"), else the last ("talked to Sunday (first name)")."""
FORM_LABELS = frozenset(["nom", "naam", "name", "prénom", "prenom", "voornaam", "achternaam"])
"""A form's field, not a name ("Nom (prénom)")."""
FORM_WORDS = lazy(
    r"(?i:\b(?:naam|name|nom|invullen|vul|fill|remplir|remplis|formulier|form"
    r"|formulaire)\b)"
)
"""Words of a form's instruction shortly before the mark: "vul je naam in (voornaam)"."""
FORM_PLACES = POSSESSIVES | frozenset(
    ["in", "hier", "here", "ici", "below", "hieronder", "ci-dessous", "there", "daar", "là", "en",
     "et", "and", "of", "ou", "or", "je", "jouw", "uw", "your", "ton", "ta", "votre", "my", "mijn",
     "mon", "ma"]
)  # fmt: skip
"""A word before the mark in a form's instruction ("vul je naam in (voornaam)", "write it
here (first name)"); a lower-case word anywhere else is the name the mark points at ("bloem
(voornaam) kwam niet")."""
_WHOM = r"(?:hem|haar|him|her|le|la|l['’]|them|ze|zijn|son|sa|ses|his|their|hun|leur)\s+"
_KIN = (
    r"(?:zoon|dochter|fils|fille|son|daughter|kind|enfant|child|broer|zus|frère|sœur|brother"
    r"|sister|petit|petite)\s+"
)
QUOTED = lazy(
    r"(?i:\b(?:(?:noemen|noemt|noemde|noemden|appelle|appellent|appelait|surnomme|surnomment"
    rf"|calls|called|call)\s+(?:{_WHOM}(?:{_KIN})?|{_KIN})|(?:nicknamed|bijgenaamd|surnommée?|alias"
    r"|aka|a\.k\.a\.|goes\s+by|known\s+as|gekend\s+als|bekend\s+als|(?:l['’]|le\s+|la\s+)appel"
    r"(?:le|lent|ait)|se\s+(?:présente|presente)(?:\s+comme)?|se\s+fait\s+appeler|se\s+(?:nomme|surnomme)"
    r"|introduces?\s+(?:him|her|them)sel(?:f|ves)\s+as|introduced\s+(?:him|her)self\s+as"
    r"|calls?\s+(?:him|her)self|stelt\s+zich\s+voor\s+als|noemt\s+zichzelf)\s+))"
    r"[\"“«‘']\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s*[\"”»’']"
)
"""A quoted nickname a family uses: a verb of calling with the one it calls ("noemen hem",
"appelle son fils", "calls her son"), or "nicknamed"; not "she called 'help'"."""
PASSIVE = lazy(
    r"(?i:\b(?:wordt|werd|worden|werden)\s+(?:door\s+(?:iedereen|zijn|haar|de)\s+(?:\w+\s+)?)?)"
    r"[\"“«‘']\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*[\"”»’']\s+(?i:genoemd)\b"
)
"""The same in the passive: "hij wordt 'de Rosse' genoemd" (review26a)."""
AFTER_A_NAME = lazy(
    r"(?<=[^\W\d_])\s*\(\s*[\"“«‘']([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)[\"”»’']\s*\)"
)
"""A quoted nickname in brackets right after a word: "zoon Mohammed ("Momo")" (review29a)."""
BRACKETED = lazy(
    r"(?i:\b(?:zoon|dochter|kleine|kleinste|jongste|oudste|broer|zus|zusje|broertje|papa|mama"
    r"|vader|moeder|fils|fille|petit|petite|frère|frere|sœur|soeur|maman|père|pere|mère|mere"
    r"|son|daughter|kid|baby|brother|sister|dad|mum|mom|father|mother|ex|partner)\s*\(\s*"
    r"(?:known\s+as\s+|alias\s+|aka\s+|dit\s+|dite\s+|genaamd\s+|bijgenaamd\s+|called\s+)?)"
    r"([^\W\d_][\w'’-]+)\s*\)"
)
"""A one-word nickname in brackets right after a family word: "kleine (momo)", "le fils (dédé)",
"dad (known as ziko)" (review28b); not a role or an age ("zoon (oudste)", "son (15)")."""
CALLING = ("noem", "appel", "surnom", "call", "nicknam", "bijgenaamd", "alias", "aka", "a.k.a",
           "goes by", "known as", "gekend als", "bekend als", "présente", "presente", "nomme",
           "introduce", "stelt zich")  # fmt: skip
"""QUOTED's verbs as substrings: without one the scan is skipped."""


def marked_names(text: str) -> Iterator[Found]:
    if "(" in text:
        for match in MARKED.finditer(text):
            words = match.group(1).split()
            last = words[-1]
            start = match.end(1) - len(last)
            said_of_a_form = FORM_WORDS.search(text, max(0, start - 30), start) is not None
            if last.islower() and (said_of_a_form or last in FORM_PLACES):
                continue  # "vul je naam in (voornaam)": a form's instruction
            if last.lower() in FORM_LABELS:
                continue  # "Nom (prénom)", "Naam (voornaam)": a form's field
            whole = len(words) == 2 and words[0][0].isupper() and last[0].isupper()
            yield match.end(1) - (len(match.group(1)) if whole else len(last)), match.end(1), "name"
        yield from _bracketed(text)
        for match in AFTER_A_NAME.finditer(text):
            if match.group(1)[0].isupper() and match.group(1).lower() not in frequent():
                yield match.start(1), match.end(1), "name"
    lowered = text.lower()
    if any(verb in lowered for verb in CALLING):
        common = frequent()
        for match in (*QUOTED.finditer(text), *PASSIVE.finditer(text)):
            said = match.group(1)
            if said.islower() and all(word in common for word in said.split()):
                continue  # "dat wordt 'een ramp' genoemd": a quoted phrase, not a name
            yield match.start(1), match.end(1), "name"


def _bracketed(text: str) -> Iterator[Found]:
    common = frequent()
    for match in BRACKETED.finditer(text):
        word = match.group(1).lower()
        if word in common or word in FORM_LABELS or word in NOT_NICKNAMES:
            continue
        if not category_word(word):  # "fille (autiste)": a health word, masked as such
            yield match.start(1), match.end(1), "name"


NOT_NICKNAMES = frozenset(
    ["oudste", "jongste", "eldest", "youngest", "aîné", "aine", "aînée", "cadet", "cadette",
     "stiefzoon", "stiefdochter", "stepson", "stepdaughter", "beau-fils", "belle-fille", "ex",
     "tweeling", "jumeau", "jumelle", "twin", "adoptief", "adopté", "adoptée", "adopted",
     "baby", "bébé", "peuter", "kleuter", "toddler", "ado", "teen", "teenager", "tiener"]
)  # fmt: skip
"""A family word's qualifier in brackets, not a name ("fils (aîné)", "son (twin)")."""
