"""Names a note gives beside a name (review41a's shapes, own sentences): initials in brackets
after a first name ("prince (p.m.) 17j", "ali (a.k.) est trans": the worker adds them to tell
two clients apart, so the pair says who); a nickname after "aka" or "alias", with its article
or adjective ("dirk aka de rosse", "mo alias momo"); a nickname the brackets call one before
whose it is ("toto (surnom du fils bouzidi)"); a first name before where the person belongs
and a verb of telling ("mo van 't jeugdhuis zegt"). Abbreviations in brackets stay ("(o.a.)",
"(i.e.)", "(p.s.)")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.name_initials import ABBREVIATIONS as ROW_ABBREVIATIONS
from bot.privacy.name_kin_forms import LEAD
from bot.privacy.name_word_uses import RELATIONS
from bot.privacy.tokens import sentence_starts

Found = tuple[int, int, str]
WORD = r"[^\W\d_][\w'’-]+"
INITIALS = lazy(rf"(?i:(?<![\w'’-])({WORD})\s*\(\s*((?:[a-z]\.\s?){{1,2}}[a-z]\.?)\s*\))")
"""A word and two or three initials in brackets: "prince (p.m.)", "rose (r. m.)"."""
ABBREVIATIONS = frozenset(a.replace(".", "") for a in ROW_ABBREVIATIONS) | frozenset(
    ["zoz", "mvg", "ev", "ca", "vb", "ex", "stp", "rsvp", "asap", "ok", "aka", "etc", "no", "am",
     "pm", "vm", "nm", "dmv", "iv", "im", "po", "bso", "tso", "aso", "kso", "bo", "so", "hbo",
     "lo", "es", "uc"]
)  # fmt: skip
"""Abbreviations in brackets ("(i.e.)", "(a.m.)", "(t.s.o.)"); after a listed first name the
letters are initials all the same ("prince (p.m.)")."""
ALIAS = lazy(rf"(?i:(?<![\w'’-])({WORD})\s+(?:aka|a\.k\.a\.?|alias)\s+((?:{LEAD}\s+)?{WORD}))")
"""A name, "aka" or "alias", and the nickname with its article: "dirk aka de rosse"."""
WHOSE_NICKNAME = lazy(
    rf"(?i:(?<![\w'’-])({WORD})\s*\(\s*(?:c['’ ]\s?est\s+)?(?:le\s+)?(?:surnom|bijnaam|nickname)"
    r"\s+(?:du|de|d['’]|van|of)\b)"
)
"""A word the brackets call the nickname of someone: "toto (surnom du fils bouzidi)"."""
CALLED_SO = lazy(
    r"(?i:(?:^|(?<=[.!?;:]\s))((?:petit|petite|grand|grande|gros|big|little|kleine|dikke|lange"
    r"|mama|papa|tata|tonton|le|la|the)\s+)?([^\W\d_][\w'’-]+)\s*(?:\(|,)?\s*(?:\(?\s*(?:surnom|bijnaam"
    r"|nickname|familienaam|achternaam|voornaam|nom\s+de\s+famille|pr[ée]nom|surname|first\s+name"
    r"|last\s+name)\s*!?\s*\)|c['’]est\s+comme\s+ça\s+qu['’]on\s+l['’]appelle|comme\s+on\s+l['’]appelle"
    r"|c['’]est\s+son\s+surnom|\(\s*(?:not\s+(?:his|her)\s+real\s+name|pas\s+son\s+vrai\s+nom"
    r"|niet\s+(?:zijn|haar)\s+echte\s+naam)"
    r"|zo\s+noem(?:t|en)\s+(?:iedereen|ze|we|wij)|zoals\s+ze\s+(?:hem|haar)\s+noemen"
    r"|(?:as|that['’]s\s+what)\s+(?:they|everyone|people)\s+call(?:s)?\s+(?:him|her)"
    r"|is\s+(?:her|his)\s+(?:first\s+|real\s+|nick)?name|c['’]est\s+son\s+(?:vrai\s+)?(?:pr[ée]nom|nom)"
    r"|c['’]est\s+le\s+(?:pr[ée]nom|nom(?:\s+de\s+famille)?)\s+(?:du|de|d['’])"
    r"|(?:is\s+)?the\s+(?:family|first|last)\s+name\b|is\s+de\s+(?:familie|voor|achter)naam"
    r"|the\s+nickname\s+of\b|c['’]est\s+le\s+surnom\s+(?:du|de)\b"
    r"|\(\s*(?:she|he|they)\s+(?:hates|hate|dislikes)\s+(?:that|the|this)\s+name"
    r"|\(\s*(?:elle|il)\s+déteste\s+ce\s+(?:pré)?nom|\(\s*(?:ze|hij)\s+haat\s+die\s+naam"
    r"|is\s+(?:haar|zijn)\s+(?:echte\s+)?(?:voor)?naam))"
)
"""A word the note says is someone's name or nickname: "gigi c'est comme ça qu'on l'appelle",
"moeke (zo noemt iedereen de oma)" (review42a), "winter is her first name", "petit pierre
(surnom)" (probe44), "winter (familienaam!)", "père c'est son surnom" (probe45), "joyeux c'est
le prénom du petit", "winter the family name" (probe49), at a sentence's start."""
ARTICLE_LEADS = frozenset(["le", "la", "the"])
"""Leads of CALLED_SO that are articles ("le prince c'est son surnom"): outside the name."""
CALLED_HINTS = lazy(r"surnom|bijnaam|nickname|naam|name|nom|appelle|noem|call")
"""Without one of these ("prénom", "voornaam" and "surname" hold "nom", "naam", "name"),
CALLED_SO cannot match."""
POINTERS = frozenset(["het", "dat", "dit", "die", "deze", "wat", "it", "this", "that", "what",
                      "which", "ce", "cela", "ça", "ca", "quel", "quelle", "nom", "naam",
                      "name", "prénom", "prenom", "voornaam", "achternaam", "familienaam",
                      "surname"])  # fmt: skip
"""Words before "is her name" or "(prénom)" that point or are a form's field ("Nom (prénom)")."""
FROM_SAYS = lazy(
    r"(?i:([^\W\d_][\w'’-]+)\s+(?:van\s+(?:'t|het|de|t)|vd|from\s+the|from|du"
    r"|de\s+la|de\s+l['’]|of\s+the|uit\s+de|bij\s+de)\s*((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:zegt|zei|vertelt|vertelde|belde|says|said|told|called|rang|dit|disait|a\s+dit"
    r"|a\s+appelé|raconte|komt|kwam|gaf|geeft|brengt|bracht|helpt|hielp|gave|brings|brought"
    r"|came|comes|helps|will|donne|apporte|vient)\b)"
)
"""A first name opening a note or sentence, where the person belongs (up to four words), a verb of
telling or helping: "mo van 't jeugdhuis zegt", "lina from the school said", "karim du foyer dit"
(review41a), "rose vd buren komt", "rose from de schakel vzw will bring" (seven tuning sets)."""
WORD_BEFORE_KIN = lazy(rf"(?<![\w'’.-])({WORD})\s*\(\s*([^\W\d_]+)\s*\)")
"""A word and a family word or a first name in brackets: "lucky (zoon) heeft autisme", "mo
(mohamed) is using again"."""
SURNAME_IN_BRACKETS = lazy(
    rf"(?<![\w'’.-])({WORD})\s*\(\s*((?:(?:de|van|van\s+de|van\s+der|vd|le|la|el|ben)\s+)?"
    r"[^\W\d_][\w'’-]+|[a-z]\.)\s*\)"
)
"""A first name with the family's surname or its initial in brackets: "hope (adeyemi)", "sterre
(de clercq)", "winter (k.)" (probe46): the worker tells two clients apart so."""
REALLY_NAMED = lazy(
    rf"(?<![\w'’.-])({WORD})\s*\(\s*(?i:(?:oui|yes|ja|si)\s*,?\s*)?(?i:c['’]est\s+(?:vraiment\s+)?"
    r"son\s+(?:vrai\s+)?(?:pr[ée]nom|nom)|that['’]?s\s+(?:really\s+)?(?:her|his)\s+(?:real\s+)?name"
    r"|dat\s+is\s+(?:echt\s+)?(?:haar|zijn)\s+(?:echte\s+)?naam|zo\s+heet\s+(?:ze|hij)"
    r"|(?:her|his)\s+(?:actual|real)\s+name|really\s+(?:her|his)\s+name|echte\s+naam|vrai\s+nom"
    r"|real\s+name)\s*!?\s*\)"
)
"""A word the brackets say really is the name: "mme printemps (oui c'est son nom)" (probe53)."""
_CUES = frozenset().union(*cues().values())
SEASONS = frozenset(["winter", "summer", "spring", "autumn", "zomer", "lente", "herfst", "hiver",
                     "printemps", "automne", "été"])  # fmt: skip
"""First names that are seasons: "winter van vorig jaar kwam hard aan" is the season."""
ARTICLE = lazy(r"(?i:\b(?:the|a|an|de|het|een|le|la|les|un|une|this|that|ce|cette)\s+$)")


def asides(text: str) -> Iterator[Found]:
    """The names such asides give, each its own span."""
    if "(" in text:
        for match in INITIALS.finditer(text):
            letters = "".join(c for c in match.group(2).lower() if c.isalpha())
            someone = _someone(text, match.start(1), match.group(1))
            first = someone and match.group(1).lower() in lexicon().first
            if first or letters not in ABBREVIATIONS:  # not "antibiotica (i.v.)", "lundi (a.m.)"
                yield match.start(2), match.end(2), "name"  # "the client (j.d.)" too
                if someone:
                    yield match.start(1), match.end(1), "name"
        for match in WORD_BEFORE_KIN.finditer(text):
            inside = match.group(2).lower()
            kin = inside in RELATIONS
            full = _full_name(inside)
            if (kin or full) and _someone(text, match.start(1), match.group(1)):
                yield match.start(1), match.end(1), "name"  # "lucky (zoon) heeft autisme"
                if full:
                    yield match.start(2), match.end(2), "name"  # "mo (mohamed) is using"
        for match in SURNAME_IN_BRACKETS.finditer(text):
            if _first_and_surname(text, match):
                yield match.start(1), match.end(1), "name"
                yield match.start(2), match.end(2) - match.group(2).endswith("."), "name"
        for match in REALLY_NAMED.finditer(text):
            yield match.start(1), match.end(1), "name"
        for match in WHOSE_NICKNAME.finditer(text):
            said = match.group(1).lower()  # called a nickname: any word but a cue or a frequent one
            if said not in _CUES and (said in lexicon().first or said not in frequent()):
                yield match.start(1), match.end(1), "name"
    lowered = text.lower()
    called = CALLED_HINTS.search(lowered) is not None
    for match in CALLED_SO.finditer(text) if called else ():  # "moeke (zo noemt iedereen)"
        if match.group(2).lower() in POINTERS:
            continue  # "het is zijn naam niet", "that is her name"
        lead = match.group(1)
        if lead and lead.split()[0].lower() not in ARTICLE_LEADS:
            yield match.start(1), match.end(1) - 1, "name"  # "petit" of "petit pierre"
        yield match.start(2), match.end(2), "name"
    words = lexicon()
    for start in sentence_starts(text):
        told = FROM_SAYS.match(text, start)
        if told is None:
            continue
        word, where = told.group(1).lower(), told.group(2).lower().split()
        place = all(_where_word(w) for w in where)  # not "bart van de velde belde"
        if word in words.first and word not in _CUES and word not in SEASONS and place:
            yield told.start(1), told.end(1), "name"
    if "aka" in lowered or "alias" in lowered or "a.k.a" in lowered:
        for match in ALIAS.finditer(text):
            nickname = match.group(2).split()
            small = len(nickname[0]) < 4 and lexicon().is_word(nickname[0].lower())
            if len(nickname) == 1 and (small or nickname[0].lower() in frequent()):
                continue  # "under an alias in antwerp", "un alias sur instagram"
            if _someone(text, match.start(1), match.group(1)) or _called_too(text, match):
                yield match.start(1), match.end(1), "name"  # not "the alias was used"
            yield match.start(2), match.end(2), "name"  # "the guy aka big mo"


def _where_word(word: str) -> bool:
    """A word of a place or group, no surname: "buren", "2de", "tenants"."""
    words = lexicon()
    return (words.is_word(word) or word[0].isdigit()) and word not in words.last


def _called_too(text: str, match: re.Match[str]) -> bool:
    """A word, no cue, before "aka" and a listed first name: "sunshine aka fatima el amrani"
    (probe77's "rocky aka rick de backer" stays out: "rocky" is frequent and no listed name)."""
    word, nickname = match.group(1).lower(), match.group(2).split()[0].lower()
    plain = word in _CUES or ARTICLE.search(text, 0, match.start(1))
    given = word not in frequent() or word in lexicon().first  # "rocky" is a word too
    return not plain and given and nickname in lexicon().first


def _someone(text: str, start: int, word: str) -> bool:
    """The word before the aside names someone: no cue ("zoon", "mme"), no noun after an
    article ("the guy aka"), a listed first name or a word of no list ("the client (j.d.)",
    "begeleiding (zus) stopt", "un alias sur instagram" stay)."""
    if word.lower() in _CUES or ARTICLE.search(text, 0, start):
        return False
    return _named(word)


def _first_and_surname(text: str, match: re.Match[str]) -> bool:
    """A first name (a word-name too) before a listed surname that is no word, a listed
    compound one, or one initial, in brackets."""
    words, first, inside = lexicon(), match.group(1).lower(), match.group(2).lower()
    if first in _CUES or ARTICLE.search(text, 0, match.start(1)):
        return False
    if first not in words.first and first not in words.word_names:
        return False
    if len(inside) == 2 and inside.endswith("."):
        return True  # "winter (k.)"
    if " " in inside:
        return inside in words.compound_surnames
    return inside in words.last and not words.is_word(inside) and inside not in frequent()


def _full_name(word: str) -> bool:
    """A listed first name that is no word: the full name a nickname stands for ("mo
    (mohamed)", review42a)."""
    words = lexicon()
    return word in words.first and not words.is_word(word) and word not in frequent()


def _named(word: str) -> bool:
    """A listed first name that is no frequent word of the note, or a word of no list."""
    lowered, words = word.lower(), lexicon()
    if lowered in words.first:
        return lowered not in frequent() or lowered in words.word_names or len(lowered) > 3
    return not words.is_word(lowered) and len(lowered) > 1
