"""A word that a bracket right after it says is someone: by their family tie ("mo (grote
broer) zegt"), by their pronouns ("sam (they/them)"), by a title and a name ("pietje (mr
verbruggen)") or a real name; and two words that a bracket calls twins ("blessing and hope
(twins) came by"). Writers of the thirty-eighth session's sets used each shape in several
notes (probe88, probe90, probe91, probe93, probe94); the bracket is what tells the word apart
from the everyday word. A frequent word stays even then ("rocky (real name rachid)", "van
(thats what everyone calls mr v.)"): "the guy (real name …)" is no name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon

Found = tuple[int, int, str]
SAID = cues()["titles"] | cues()["relations"]
"""Forms of address and family words: "mama (ziek)" names no one."""
ROLES = frozenset(["santa", "sinterklaas", "sint", "kerstman", "zwarte", "piet"])
"""Who plays a part at a feast: "santa (mr goris from the 3rd floor) was late" (probe54)."""
WORD = r"[^\W\d_][\w'’-]{1,14}"
ASIDE = lazy(
    rf"(?<![\w'’-])({WORD})\s*\(\s*(?i:(?:(?:de|het|the|le|la|l['’]|sa|son|her|his|haar"
    r"|zijn)\s*)?(?:(?:grote|kleine|oudste|jongste|big|little|older"
    r"|younger|eldest|youngest|petit|petite|grand|grande)\s+)?(?:broer|zus|zoon|dochter|neef"
    r"|nicht|brother|sister|son|daughter|cousin|cousine|frère|frere|soeur|sœur|fils|fille"
    r"|grandfather|grandmother|grootvader|grootmoeder|grand-père|grand-mère"
    r"|(?P<parent>mama|papa|moeder|vader|mother|father|mum|mom|dad|maman|mère|mere|père|pere|oma"
    r"|opa|grandma|grandpa|tante|oncle|nonkel|aunt|uncle))\b"
    r"|(?:de|the|le|la|sa|son|her|his|haar|zijn)\s+(?:man|vrouw|vriend|vriendin|partner|husband"
    r"|wife|boyfriend|girlfriend|mari|femme|copain|copine|ex)\b"
    r"|(?:they|she|he|zij|hij|il|elle)\s*/\s*(?:them|her|him|hun|haar|hem|elle|il|iel)\b"
    r"|(?P<named>(?:real\s+name|echte\s+naam|vrai\s+nom|de\s+son\s+vrai\s+nom|geboren\s+als"
    r"|born\s+as)\b"
    r"|(?:that['’]?s\s+what|c['’]est\s+comme\s+ça|zo\s+noemen|iedereen\s+noemt)\b"
    r"|(?:mr|mvr|mevr|mme|mrs|dhr|madame|monsieur)\.?\s+[^\W\d_])"
    r"|(?:(?:roepnaam|bijnaam|surnom|nickname)\b|(?:ja|yes|oui)\s+(?:echt\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:is\s+(?:haar|zijn)\s+naam|zo\s+genoemd|c['’]est\s+son\s+(?:vrai\s+)?"
    r"(?:nom|prénom)|(?:really|that['’]?s)\s+(?:her|his)\s+name))"
    r"|(?P<age>\d{1,2})\s*(?:mnd|maanden|maand|mo|months?|mois|jaar|j|ans?|y|yrs?|years?|weken|weeks?"
    r"|sem|semaines)\b"
    r"|(?:man|vrouw|jongen|meisje|woman|guy|girl|homme|femme|jeune)\s+(?:uit|from|van|de|du|d['’])"
    r"\s*[^\W\d_])"
)
"""Kin and pronouns need a listed first name or a word of no list before them ("begeleiding
(zus) stopt" is a service); so do a nickname ("winter (roepnaam van …)", "lieve (ja lieve is
haar naam)") and where someone is from ("sunday (man uit ghana)"); an age only a listed first
name not after another ("storm (3 mnd)"; not "baby (3 mnd)", "la petite-fille (12 ans)"): #12,
fifty-second session; not "(sic)", which follows a quotation as often ("'ik wil hulp' (sic)",
reader52b). A name, a title or a calling, only no frequent word ("pietje"). A parent ("goedele
(mama)", review49a) takes no "van" before it: "het kind van sarah (mama)"."""
TWINS = lazy(
    rf"(?<![\w'’-])({WORD})\s+(?:and|en|et|&)\s+({WORD})\s*\(\s*(?i:twins|tweeling|jumeaux"
    r"|jumelles|the\s+twins|de\s+tweeling)\b"
)


GIVEN_IN_BRACKETS = lazy(rf"(?:^|(?<=[.;!?]\s))\s*({WORD})\s*\(\s*([^\W\d_][\w'’-]{{2,14}})\s*\)")
"""A surname opening the note, then the first name in brackets: "d'hondt (tinneke) ging naar
…" (probe103). Only there: "mr el amrani (youssef)" is read whole by the title's rules."""
DIMINUTIVE = ("ke", "je")
"""A Flemish pet name no list holds: "tinneke", "jefke", "mieke"."""
VAN_BEFORE = lazy(r"(?i:(?<![\w'’-])(?:van\s+(?:de[nr]?\s+)?|de\s+|le\s+)$)")
"""A Dutch surname's particle before the word: "van hoof (zoon) heeft autisme" (review48a);
"de" and "le" only with a surname the lists hold: "de wit (the grandfather)" (probe107)."""
FULL_NAME = lazy(rf"(?<![\w'’-])({WORD})\s*\(\s*([^\W\d_][\w'’-]+)\s+([^\W\d_][\w'’-]+)\s*\)")
"""A pet name, then the full name in brackets: "tante mimi (marie-jeanne mbuyi)" (probe108)."""


def _aged(text: str, match: re.Match[str]) -> bool:
    """An age in brackets after a listed first name alone ("storm (3 mnd)"); not after a word
    of no list ("la petite-fille (12 ans)") or a surname whose first name is before it
    ("prince kalala (14 ans)": the names' rules')."""
    names, word = lexicon(), match.group(1).lower()
    before = text[max(0, match.start(1) - 20) : match.start(1)].split()
    after_given = bool(before) and before[-1].lower() in names.first
    return word in names.first and not after_given


def bracketed_names(text: str) -> Iterator[Found]:
    """The word before such a bracket when no form of address, family word or frequent word
    (a listed first name may be both: "hope"); both words before "(twins)"."""
    if "(" not in text:
        return
    names, common = lexicon(), frequent()
    for match in ASIDE.finditer(text):
        word = match.group(1).lower()
        if word in SAID or word in ROLES or (match.group("age") and not _aged(text, match)):
            continue  # "baby (3 mnd)", "la petite-fille (12 ans)": no first name
        start = match.start(1)
        particle = None if match.group("age") else VAN_BEFORE.search(text, max(0, start - 9), start)
        listed = particle is not None and (
            " ".join([*particle.group().lower().split(), word]) in names.compound_surnames
        )
        if particle is not None and (
            match.group("parent") or not particle.group().lower().startswith("van")
        ):
            particle = particle if listed else None  # "de kat (zoon)"
        if particle is not None and (listed or word not in common):
            yield particle.start(), match.end(1), "name"
            continue
        if (
            word in names.first
            or not names.is_word(word)
            or (match.group("named") and word not in common)
        ):
            yield match.start(1), match.end(1), "name"
    for match in FULL_NAME.finditer(text):
        word, given, last = (match.group(n).lower() for n in (1, 2, 3))
        if word in SAID or word in ROLES or word in common or given not in names.first:
            continue
        if last in names.last or not names.is_word(last):
            yield match.start(1), match.end(1), "name"
    for match in GIVEN_IN_BRACKETS.finditer(text):
        surname, given = match.group(1).lower(), match.group(2).lower()
        if given in common or surname in common:
            continue
        listed = surname in names.last
        pet = given.endswith(DIMINUTIVE) and not names.is_word(given)  # "d'hondt (tinneke)"
        if given not in names.first and not (listed and pet):
            continue
        if listed or not names.is_word(surname.replace("'", "").replace("’", "")):
            yield match.start(1), match.end(1), "name"
            yield match.start(2), match.end(2), "name"
    for match in TWINS.finditer(text):
        pair = (match.group(1).lower(), match.group(2).lower())
        if all(word in names.first and word not in SAID for word in pair):
            yield match.start(1), match.end(1), "name"
            yield match.start(2), match.end(2), "name"
