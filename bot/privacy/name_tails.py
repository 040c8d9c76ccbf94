"""A surname that no list knows, right after a first name: "olena shevchenko", "grace
uwimana kwam". A full name is one person; a masked first name beside a kept surname still
identifies. The word after the name joins it when it is no word of nl, fr or en, no cue,
and looks like a name (letters only, four or more, a vowel): a typo of an ordinary word
there is masked too, which costs a word and keeps no one's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.privacy.compounds import frequent
from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_clauses import CHAT
from bot.privacy.name_cue_lists import SUBJECT_VERBS
from bot.privacy.name_initials import (
    ABBREVIATIONS,
    DONE_TO,
    FILES,
    RANKS,
    RELEASED,
    TITLE,
    YOUNG,
)
from bot.privacy.name_word_described import NEXT_DOOR

FOLLOWING = lazy(r"[ ]([^\W\d_]{4,}(?:[-'’][^\W\d_]{2,})?)(?![\w@'’-])")
"""One space, then a word of letters (a hyphen or apostrophe inside: "ben-ali", "d'souza")."""
LAST_WORD = lazy(r"([^\W\d_]+)$")
VOWELS = frozenset("aeiouyàáâäãåèéêëìíîïòóôöõùúûüýăąęėıœø")
_CUES = cues()
CONTEXT = frozenset().union(*_CUES.values())
"""Titles, relation words, particles, verbs of people: never a surname here."""
ENDINGS = ("enko", "chuk", "czuk", "ski", "ska", "sky", "cki", "cka", "wicz", "ović", "ovic",
           "ević", "evic", "escu", "eanu", "oğlu", "oglu", "idze", "shvili", "yan")  # fmt: skip
"""Endings of Ukrainian, Polish, Balkan, Romanian, Turkish, Georgian and Armenian surnames:
such a word in the frequency lists ("shevchenko", "kowalski") is still a surname here."""


def name_not_word(word: str, lexicon: Lexicon) -> bool:
    """A first name or surname of the lists that is no ordinary word ("uwimana", "peeters"),
    or a word with a surname's ending that is not among the most frequent words."""
    if lexicon.is_name(word) and not lexicon.is_word(word):
        return True
    return len(word) >= 6 and word.endswith(ENDINGS) and word not in frequent()


def surname_shaped(word: str, lexicon: Lexicon) -> bool:
    """A surname of the lists with such an ending that is no word: a name in lower case with
    no cue, wherever it stands ("suren petrosyan belde": "suren" is a word, so no first name
    led to it)."""
    return name_not_word(word, lexicon) and word.endswith(ENDINGS) and word in lexicon.last


INITIAL = lazy(r"[A-Z]\.(?:[A-Z]\.){0,2}(?![\w.])")
"""One to three capitals with full stops: a person written by initials ("met A. en haar
moeder", "J.V. (buurman) belde")."""
ROLE_AFTER = lazy(r"\s?\(([^\W\d_]+)\)")
"""A family word or role in brackets after initials: "M.D. (voisin)" (review29a)."""
LOWER_INITIAL = lazy(
    r"(?<![\w.'’])[b-ln-z]\.\s((?:(?:de|van|van\s+de|van\s+der|vander|le|la|du|el|ben|di|da)\s)?)"
    r"[a-zà-ÿ][\w'’-]{2,}"
)
"""An initial and a surname typed in lower case: "met k. de wilde", "avec s. leroy" (review29a);
"a." is the English article at a sentence's end too often, "m." French "monsieur"."""
WORD_BEFORE = lazy(r"([^\W\d_]+)[,:]?\s+$")
AGE_AFTER = lazy(r"\s?\(\d{1,2}\s?(?:j|jaar|ans|an|y|yrs|years)?\)")
PEOPLE = CONTEXT - frozenset(_CUES["verbs"]) | frozenset(
    ["met", "avec", "with", "w", "bij", "chez", "petit", "petite", "little", "young", "jonge",
     "door", "visited", "bezocht", "zag", "saw", "vu"]
)  # fmt: skip
"""Words after which an initial stands for a person: titles, family words, "met", "chez", "door"
and a verb of visiting or seeing ("rdv gemist door f.d. want ziek", "visited m.k. in": probe63,
probe64; a comma right after the initials still ends the rule's reach)."""


def with_unknown_surnames(
    text: str, found: Iterable[tuple[int, int]], free: bytearray, lexicon: Lexicon
) -> Iterator[tuple[int, int]]:
    """`found` (name spans), each grown over an unknown surname right after its first name;
    and initials standing alone for a person ("de kleine L.", "E. (14j)")."""
    names = [(start, _grown(text, start, end, free, lexicon)) for start, end in found]
    if ". " in text:
        names = _lower_initials(text, free, names, lexicon)
    yield from names
    if "." in text:
        yield from _initials(text, free, names)
        yield from _lower_rows(text, free, names)
        yield from _initial_before_names(text, free, names)
        opening = OPENING_INITIAL.match(text)
        if (
            opening
            and (
                opening.group(2).replace("’", "'") in SUBJECT_VERBS
                or opening.group(2) in FROM
                or NEXT_DOOR.match(text, opening.end(1) + 1)  # "b. van de overkant zegt"
            )
            and free[opening.start(1)]
        ):
            yield opening.start(1), opening.end(1)
        first = FIRST_AND_INITIAL.match(text)  # "marie b. a appelé hier" (a reader's misses)
        said = first is not None and first.group(3).replace("’", "'") in SUBJECT_VERBS
        if first and said and first.group(1).lower() in lexicon.first and free[first.start(1)]:
            yield first.start(1), first.end(2)
        yield from _titled_lone_initials(text, free, names)


def _initials(
    text: str, free: bytearray, names: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    for match in INITIAL.finditer(text):  # a capital first, the character before it then
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "._"):
            continue  # inside a word or a row of initials ("J.D.")
        if not free[start] or not free[end - 1] or any(a < end and start < b for a, b in names):
            continue
        before = WORD_BEFORE.search(text, max(0, start - 20), start)
        cued = before is not None and before.group(1).lower() in PEOPLE
        role = ROLE_AFTER.match(text, end)
        if role and end - start > 2 and role.group(1).lower() in _CUES["relations"]:
            cued = True  # "J.V. (buurman)": not "A. (Ahmed)", which names the first name too
        if cued or AGE_AFTER.match(text, end):
            yield start, end


LOWER_ROW = lazy(
    r"(?<![\w.])([a-z]\.-?[a-z]\.(?:[a-z]\.){0,2}(?:\s[a-z]\.)?)\s+([a-zà-ÿ'’]+"
    r"|\(\s*(?:(?:de|het|la|le|the|l['’])\s*)?[a-zà-ÿ]+\s*\)|\((?=[a-zà-ÿ])|\(\d{1,2}[),])"
)
"""Two to four initials typed in lower case before a verb of the notes: "j.v. came to the
office" (review32a), "k.v.d.b. is terug", "j.-p. m. a rappelé" (review39a); "i.v.m. de huur",
"o.a.", "e.g." are abbreviations no verb follows, and the few a verb can follow are listed; a
family word in brackets follows a person too ("j.v. (broer) komt", "m.o. didn't", probe42), and
so does a rank among the children ("a.b. (de oudste)"), a name found ("m.-c. delvaux") or a
case file's word before them ("dossier j.v. afgesloten", "file e.b. closed"; review42a, probe43);
opening a note, any aside in brackets follows a person ("t.b. (refuses his name) sleeps rough",
review45a)."""
NOT_HOME = frozenset(["thuis", "home", "in", "gekomen", "opgedaagd", "verschenen", "there",
                      "là", "opengedaan", "open", "show"])  # fmt: skip
"""What "niet"/"not" after initials must be about for a person: "j.v. niet thuis", "b.d. no
show" (probe64)."""
NEGATIONS = frozenset(["niet", "nie", "not", "ni", "no"])
BORN = frozenset(["geboren", "born", "né", "née", "°"])
THE_AFTER = lazy(r"\s+(?:het|'t|the|de|la|le)\b")
WORD_AFTER = lazy(r"\s+([^\W\d_][\w'’-]+)")


def _town_after(text: str, match: re.Match[str]) -> bool:
    """A town after opening initials and "from"/"van": "k.b. from etterbeek" (probe58)."""
    after = WORD_AFTER.match(text, match.end(2))
    return after is not None and fold(after.group(1)).replace("-", " ") in gazetteer().names


BY_AFTER = lazy(r"\s+(?:by|door|par)\b")
PARENT_OF = lazy(r"\s+(?:van|of|de|du|des)\b")

AGAIN = frozenset(["weer", "opnieuw", "again", "encore", "toujours", "nog", "terug", "niet", "nie",
                   "not", "ni", "no"])  # fmt: skip
"""What a note says of a person right after their initials: "j.v.d.b. weer in de bak", "j.v.
niet thuis" (probe48)."""


def _lower_rows(
    text: str, free: bytearray, names: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Lower-case initials before a verb ("j.v. came") or after a word for company or a title
    ("gesprek met j.v. over de huur", "rdv avec m.b. demain")."""
    for match in LOWER_ROW.finditer(text):
        start, end = match.span(1)
        before = WORD_BEFORE.search(text, max(0, start - 20), start)
        titled = before is not None and before.group(1).lower() in _CUES["titles"]
        if (match.group(1) in ABBREVIATIONS and not titled) or not all(free[start:end]):
            continue  # "dhr o.k. krijgt" (probe51): after a title, initials all the same
        if any(a <= start and end <= b for a, b in names):
            continue  # "mr j.-p. claes": in a name already
        if text[:start].rstrip()[-1:].isdigit():
            continue  # "at 10 a.m. not in": a time
        after = match.group(2).replace("’", "'")
        aside = after == "(" and not text[:start].strip()  # "t.b. (only initials) …"
        aged = after[1:2].isdigit()  # "jongen b.y. (17)" (probe65)
        in_brackets = after.startswith("(") and after != "(" and not aged
        bracket = after.strip("( )").split()[-1].split("'")[-1] if in_brackets else ""
        kin = bracket in _CUES["relations"] or bracket in RANKS or bracket in YOUNG
        named = any(a == match.start(2) for a, _ in names)  # "m.-c. [delvaux]"
        parent = after in _CUES["relations"] and not text[:start].strip()  # "f.d. vader van 3"
        parent = parent and PARENT_OF.match(text, match.end(2)) is not None
        again = after in AGAIN and (after not in NEGATIONS or _not_home(text, match))
        again = again and match.group(1) not in ("a.m.", "p.m.")  # "a.m. not in": the morning
        done_to = after in DONE_TO and BY_AFTER.match(text, match.end(2)) is not None
        opening = not text[:start].strip() and after in ("van", "from")  # "j.v. van het inloop"
        from_the = opening and (THE_AFTER.match(text, match.end(2)) or _town_after(text, match))
        # "g.b. geboren", "s.b. released", "r.t. referred by", "j.v. van het inloop"
        told = after in BORN or after in RELEASED or done_to or from_the
        subject = after in SUBJECT_VERBS or again or kin or named or parent or told or aside or aged
        people = before is not None and before.group(1).lower() in PEOPLE | FILES
        if subject or people:
            yield start, end - 1  # the last full stop stays, as after "J.V" in capitals


FIRST_AND_INITIAL = lazy(r"^\s*([^\W\d_][\w'’-]+)\s([b-z])\.\s+([a-zà-ÿ'’]+)")
"""A first name and the initial of the surname opening a note, before a verb of the notes."""
FROM = frozenset(["from"])
"""Where the person of an opening initial comes from: "d. from the cité modèle" (probe51); not
Dutch "van", which opens a surname ("t. van den berghe") or follows French "m."."""
OPENING_INITIAL = lazy(r"^\s*([b-z])\.\s+([a-zà-ÿ'’]+)")
"""One lower-case initial opening a note before a verb of the notes: "d. heeft een enkelband",
"b. says her uncle" (probe45)."""
INITIAL_BEFORE = lazy(r"(?<![\w.'’-])(?:[a-z]\.|[a-z]\.-[a-z]\.\s)$")
"""A lower-case initial glued to the name after it: "k.vdb belde" (probe43), or a double one
("mr j.-p. claes", review42a). A single one spaced may end a sentence ("ik dank u. jan kwam"):
the rules that read the word before it judge those."""


def _initial_before_names(
    text: str, free: bytearray, names: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    for start, _ in names:
        initial = INITIAL_BEFORE.search(text, max(0, start - 6), start)
        if initial is not None and free[initial.start()]:
            letters = initial.group().rstrip().rstrip(".")  # the last full stop stays outside
            yield initial.start(), initial.start() + len(letters)


def _not_home(text: str, match: re.Match[str]) -> bool:
    following = text[match.end(2) :].split()
    return bool(following) and following[0].strip(".,;:!?").lower() in NOT_HOME


TITLED_LONE = lazy(rf"(?i:{TITLE})([b-z]\.)(?![\w.])")
"""A title and one lower-case initial for the surname: "mevr v. heeft gebeld", "mme l. est
malade" ("mme a. appelé" is a typo of "a appelé")."""
LONE_LETTER = lazy(r"(?<![\w.])[b-z]\.(?![\w.])")
"""The same letter without the titles' alternation: one cheap scan first."""


def _titled_lone_initials(
    text: str, free: bytearray, names: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    if LONE_LETTER.search(text) is None:
        return  # one scan without the titles' alternation: most texts stop here
    for match in TITLED_LONE.finditer(text):
        start, end = match.span(1)
        if free[start] and not any(a < end and start < b for a, b in names):
            yield start, end


def _lower_initials(
    text: str, free: bytearray, names: list[tuple[int, int]], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """`names`, with "met k. de wilde": an initial after a word for company and its surname
    (a word of the lists only after a particle: "met m. naar huis" stays)."""
    for match in LOWER_INITIAL.finditer(text):
        start, end = match.span()
        before = WORD_BEFORE.search(text, max(0, start - 20), start)
        word = text[match.end(1) : end].lower()
        opening = not text[:start].strip() and word in lexicon.last and not lexicon.is_word(word)
        cued = before is not None and before.group(1).lower() in PEOPLE
        if not (cued or opening) or not all(free[start:end]):
            continue  # "j. vermeiren whatsapp": a listed surname opening a note (probe44)
        joined = [(a, b) for a, b in names if a < end and start < b]
        if not joined and not match.group(1) and (word in frequent() or lexicon.is_word(word)):
            continue
        names = [n for n in names if n not in joined]
        names.append((start, max([end] + [b for _, b in joined])))
    for match in DOUBLE_INITIAL.finditer(text):  # "j-m. collard", "m.-t. fontaine" (probe53)
        start, end, word = match.start(), match.end(), match.group(1).lower()
        listed = word in lexicon.last or not lexicon.is_word(word)
        if listed and word not in frequent() and all(free[start:end]):
            names = [(a, b) for a, b in names if not (a < end and start < b)] + [(start, end)]
    return sorted(names)


DOUBLE_INITIAL = lazy(r"(?<![\w.'’-])[a-z]\.?-[a-z]\.\s+([a-zà-ÿ][\w'’-]{2,})")
"""Two initials of a hyphenated first name and a surname: no word of the notes is so typed."""


def _grown(text: str, start: int, end: int, free: bytearray, lexicon: Lexicon) -> int:
    following = FOLLOWING.match(text, end)  # first: most names end a clause or meet a short word
    if following is None or not free[following.start(1)] or not free[following.end(1) - 1]:
        return end
    last = LAST_WORD.search(text, start, end)
    if last is None or last.group(1).lower() not in lexicon.first:
        return end  # a surname ends the span already, or an initial does
    if last.start() > start and text[start:end].count(" ") >= 2:
        return end  # three words already: "ahmad zia sharifi"
    word = following.group(1)
    bare = word.lower()
    if word.isupper() or not VOWELS.intersection(bare) or bare in CONTEXT or bare in CHAT:
        return end  # "amir OCMW", "fatou shh", "amir efkes"
    if name_not_word(bare, lexicon):
        return following.end(1)
    if lexicon.is_word(bare) or any(lexicon.is_word(p) for p in bare.replace("’", "'").split("'")):
        return end
    return following.end(1)
