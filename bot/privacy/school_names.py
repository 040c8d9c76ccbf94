"""Schools and care places named in lower case after their kind, as typed on a phone
(probe18): "ingeschreven in basisschool het spoor", "gaat naar kdv de kleine prins",
"kids go to atheneum van de velde", "at atheneum da vinci" (review42a). With a capital these
are found by `institution_shapes`; in lower case the article after the kind, with no article
before it, says a name follows ("in de basisschool de juf" has one before it and is no
name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.name_cues import frequent

Found = tuple[int, int, str]
KINDS = (
    r"basisschool|kleuterschool|lagere\s+school|kdv|kinderdagverblijf|crèche|creche|wzc"
    r"|woonzorgcentrum|rusthuis|atheneum|lyceum|dagcentrum|internaat|jeugdhuis|kinderopvang"
    r"|buitenschoolse\s+opvang|ibo|bso|vrije\s+basisschool|gemeentelijke\s+basisschool"
    r"|thuiszorg|gezinszorg|poetsdienst|bs|vbs|gbs|gvbs|hotelschool|kunstschool|sportschool"
    r"|middelbare\s+school|secundaire\s+school|muziekschool|academie"
)
KIND_HINTS = frozenset(
    ["basisschool", "kleuterschool", "school", "kdv", "kinderdagverblijf", "crèche", "creche",
     "wzc", "woonzorgcentrum", "rusthuis", "atheneum", "lyceum", "dagcentrum", "internaat",
     "jeugdhuis", "kinderopvang", "opvang", "ibo", "bso", "thuiszorg", "gezinszorg",
     "poetsdienst", "bs", "vbs", "gbs", "gvbs", "hotelschool", "kunstschool", "sportschool",
     "muziekschool", "academie"]
)  # fmt: skip
"""The last word of each kind: without one, no rule here can match."""
WORD = r"[^\W\d_][\w'’-]*"
KIND_START = r"(?:(?<![\w'’-])|(?<=\b[ld]['’]))"
"""Where a kind starts: after no word, or right after an elided "l'"/"d'" ("à l'hôpital des
cinq clochers", "de l'asbl le pont"; #12, fiftieth session)."""
ARTICLE_NAME = lazy(
    rf"(?<![\w'’])(?<!de\s)(?<!het\s)(?<!la\s)(?<!le\s)(?<!een\s)(?<!the\s)(?:{KINDS})\s+"
    rf"(?:de|het|'t|den|ter|les|la|le|da|di|del|della)\s+({WORD})(?:\s+({WORD}))?(?:\s+({WORD}))?"
)
PERSON_NAME = lazy(
    rf"(?<![\w'’])(?:atheneum|lyceum|college|collège|basisschool|instituut|institut)\s+"
    rf"(?:van\s+(?:de|der|den)|vande|vander|vanden)\s+({WORD})"
)
"""A school named after a person with a Flemish surname: "atheneum van de velde"."""
PEOPLE_THERE = frozenset(
    ["juf", "juffrouw", "meester", "directeur", "directrice", "leerkracht", "leerkrachten",
     "klas", "klassen", "kinderen", "kids", "bewoners", "begeleiders", "begeleiding",
     "opvoeders", "verpleging", "verpleegsters", "zorg", "dokter", "arts", "maîtresse",
     "institutrice", "instituteur", "enfants", "élèves", "eleves", "résidents", "residents",
     "teacher", "teachers", "staff", "nurses", "leerlingen", "ouders", "parents"]
)  # fmt: skip
"""Who is there, after a kind and an article: "in de basisschool de juf zegt", "het rusthuis
de bewoners" are no names."""
STOP = PEOPLE_THERE | frozenset(
    ["in", "te", "van", "op", "om", "bij", "naar", "met", "en", "of", "maar", "want", "omdat",
     "dus", "sinds", "tot", "voor", "na", "is", "was", "zit", "zat", "gaat", "ging", "komt",
     "ze", "hij", "zij", "we", "wij", "je", "ik", "mr", "mevr", "nog", "al", "ook", "niet",
     "wel", "daar", "hier", "nu", "à", "a", "au", "et", "est", "il", "elle", "depuis", "pour",
     "at", "to", "and", "he", "she", "they", "since", "for", "de", "het", "la", "le", "les",
     "hele", "volgende", "eerste", "laatste", "andere", "zelfde", "dag", "week",
     "morgen", "middag", "avond", "jaar", "maand", "keer", "tijd", "zegt", "zei", "belt",
     "belde", "heeft", "had", "kan", "moet", "wil", "zal", "die", "dat", "deze", "dit", "er",
     "weet", "wist", "vindt", "vond", "zag", "ziet", "doet", "deed", "belt",
     "avec", "sur", "dans", "par", "chez", "pendant", "car", "qui", "que", "où", "ses", "son",
     "sa", "leur", "leurs", "ce", "cette", "with", "this", "that", "these", "those", "from",
     "on", "during", "because", "who", "which", "where", "his", "her", "their"]
)  # fmt: skip
"""Words that end a name, or show that what follows the article is no name."""


KIND_AFTER = lazy(
    rf"(?<![\w'’])((?:de|het|'t|la|le|les|l['’])\s*({WORD})(?:\s+({WORD}))?)\s*\(\s*(?:dagopvang"
    r"|kinderopvang|opvang|kdv|crèche|creche|school|basisschool|kleuterschool|daycare|nursery"
    r"|garderie|école|ecole|internaat|jeugdhuis|wzc|rusthuis|maison\s+de\s+repos|werkgever"
    r"|employer|employeur|asbl|vzw|club)\s*\)"
)
"""A name with its kind in brackets after it: "zit in de boomhut (dagopvang)" (probe44)."""


def words_of_a_name(parts: list[str], stop: frozenset[str]) -> int:
    """How many of the words after a kind and its article belong to the name: those before
    the first word that ends a name or shows there is none."""
    for kept, part in enumerate(parts):
        if part in stop:
            return kept
    return len(parts)


def words_to_clause_end(ends: re.Pattern[str], text: str, word_ends: list[int]) -> int:
    """How many of a name's words run to the end of its clause: the most after which `ends`
    matches (a comma, a stop, "sinds" …), or none (#12, forty-sixth session)."""
    return max((n for n, at in enumerate(word_ends, 1) if ends.match(text, at)), default=0)


NUMBERED = lazy(
    r"(?<![\w'’])[ée]cole\s+(?:(?:n°\s*|nr\.?\s*|no\.?\s*|numéro\s+)\d{1,3}(?![\w,.])"
    r"|\d{1,3}(?=\s*(?:[,;:!?)]|\.(?!\d)|$)|\s+(?:in|à|a|de|d['’]|te|at|van|of)\s))"
)
"""A commune's school by its number: "école n°7", "ecole 13"; all eight on the tuning sets
labelled (#12, forty-fifth session). A bare number only where the clause ends or a town
follows: "école 15 minutes à pied", "école 7 ans" (reader45b) count something else."""


def lower_case_schools(lowered: str, words: frozenset[str]) -> Iterator[Found]:
    """Each school or care place named by an article and words after its kind."""
    if "cole" in lowered:
        for match in NUMBERED.finditer(lowered):
            yield match.start(), match.end(), "organisation"
    for match in KIND_AFTER.finditer(lowered) if "(" in lowered else ():
        own = [w for w in (match.group(2), match.group(3)) if w]
        if not any(w in STOP or w in frequent() for w in own):
            yield match.start(1), match.end(1), "organisation"
    if KIND_HINTS.isdisjoint(words):
        return
    for match in ARTICLE_NAME.finditer(lowered):
        parts = [match.group(i) for i in (1, 2, 3) if match.group(i)]
        kept = words_of_a_name(parts, STOP)
        if kept:
            yield match.start(), match.end(kept), "organisation"
    for match in PERSON_NAME.finditer(lowered):
        if match.group(1) not in STOP and match.group(1) not in frequent():
            yield match.start(), match.end(), "organisation"
