"""Care homes, shelters and hotels named by more than one word, as typed on a phone
(issue #12, scrubcats9).

"woonzorgcentrum hof ter linden", "wzc hof ter kouter", "rusthuis hof van egmont", "het
woonzorgcentrum huize sint-anna", "résidence les jardins de la cambre", "the meadow view
care home", "vrouwenopvangcentrum de wissel", "the shelter de schuilplaats", "hotel amigo".
The other rules took one word after the kind, or only a village inside the name ("linden"
is a village of Lubbeek). A care home or shelter is where someone lives or hides: its name
points at few people. A kind with a time or a kind of its own after it ("het rusthuis de
komende maanden", "l'hôtel de ville", "the local care home") names no place.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.category_cues import words_of
from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.org_shapes import GENERIC, NO_NAME, NOT_OWN, VERBS
from bot.privacy.shops import THINGS

Found = tuple[int, int, str]
HOMES = (
    r"woonzorgcentrum|wzc|rusthuis|serviceflats?|assistentiewoningen|dagcentrum|residentie"
    r"|résidence|residence|home|maison\s+de\s+repos(?:\s+et\s+de\s+soins)?|vluchthuis"
    r"|opvanghuis|vrouwenopvang(?:centrum)?|vrouwenhuis|crisisopvang|nachtopvang|opvangcentrum"
    r"|shelter|foyer|centre\s+d['’]accueil|begeleidingstehuis|tehuis|hotel|hôtel"
)
NAMED_HOME = lazy(
    rf"\b(?:{HOMES})\s+(hof|huize|ter|ten|den|de|het|'t|les|le|la|l['’])(?:\s+|(?<=['’]))"
)
"""The kind and the first word of the name: "woonzorgcentrum hof", "vluchthuis de"."""
LINKS = frozenset(["ter", "ten", "van", "de", "der", "den", "het", "'t", "la", "les", "du",
                   "des", "l'", "l’", "sint", "saint", "sainte"])  # fmt: skip
"""Words inside a name: "hof van egmont", "les jardins de la cambre"."""
WORD = lazy(r"[^\W\d_][\w'’-]*")
STOPS = frozenset(["in", "te", "à", "at", "to", "naar", "bij", "op", "aan", "on", "en", "et",
                   "and", "is", "est", "was", "a", "heeft", "has", "voor", "pour", "for",
                   "als", "comme", "as", "sinds", "depuis", "since", "tot", "until", "avec",
                   "with", "this", "that", "ce", "cette", "deze", "dit", "met", "sur", "dans",
                   "during", "pendant", "tijdens"])  # fmt: skip
TIMES = frozenset(["komende", "voorbije", "afgelopen", "eerstvolgende", "prochaine",
                   "prochains", "dernière", "derniers", "nuit", "nacht", "night", "ville",
                   "jour", "dag"])  # fmt: skip
"""After a kind, a time ("de komende maanden") or "l'hôtel de ville" names no place."""
DUTCH = frozenset(["de", "het", "'t"])
STRONG_LEADS = frozenset(["hof", "huize", "ter", "ten", "den"])
"""Leads that only a name follows: "hof ter linden", "huize sint-anna", "ter vlierbeke"."""
HOME_CUES = frozenset(
    ["woonzorgcentrum", "wzc", "rusthuis", "serviceflat", "serviceflats", "assistentiewoningen",
     "dagcentrum", "residentie", "résidence", "residence", "home", "repos", "vluchthuis",
     "opvanghuis", "vrouwenopvang", "vrouwenopvangcentrum", "vrouwenhuis", "crisisopvang",
     "nachtopvang", "opvangcentrum", "shelter", "foyer", "accueil", "begeleidingstehuis",
     "tehuis", "hotel", "hôtel", "hof", "huize", "centre", "centrum", "ziekenhuis", "kliniek",
     "clinique", "hôpital", "hopital", "hospital", "mpi", "obc", "ibo", "pvt"]
)  # fmt: skip
CARE_HOME = lazy(
    r"\b(?:the|at)\s+([^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?)\s+(?:care|nursing|residential"
    r"|retirement)\s+home\b"
)
"""An English care home by its own words: "the meadow view care home"."""
QUALIFIERS = frozenset(["best", "only", "nearest", "closest", "cheapest", "private", "public",
                        "former", "current", "previous", "first", "second", "dementia", "her",
                        "his", "their", "our", "my", "your", "a", "an", "council",
                        "good"])  # fmt: skip
"""Words that say which care home, not its name: "the nearest care home"."""
HOF = lazy(
    r"\b(?:in|naar|bij|op|uit|van|à|at|chez)\s+(?:(?:het|'t|the)\s+)?((?:hof\s+(?:ter|ten)|huize)\s+)"
)
"""A Flemish house name after a preposition: "werkt bij hof ter linden", "in huize sint-anna"."""
SAINT_KIND = lazy(
    r"\b(?:centre|centrum|ziekenhuis|kliniek|clinique|hôpital|hopital|hospital|home)"
    r"(?:\s+[^\W\d_]+(?:ique|isch|ische|ier|ic|ical))?\s+(?:saint|sainte|sint|st)[ -]"
    r"[^\W\d_][\w'’-]+"
)
"""A care place by its saint, a qualifier between: "le centre neuropsychiatrique saint-martin"."""
SAINTS = frozenset(["saint", "sainte", "sint", "st"])
MPI = lazy(r"\b(?:mpi|obc|ibo|pvt)\s+([^\W\d_][\w'’-]{2,})")
"""A medical-pedagogical institute or home by its own word: "het mpi oosterlo"."""
MPI_CUES = frozenset(["mpi", "obc", "ibo", "pvt"])
HOTEL = lazy(r"\b(?:hotel|hôtel)\s+([^\W\d_][\w'’-]{2,})")
"""A hotel by its own word: "hotel amigo"; "hotel room", "hôtel de ville" stay."""
NEARBY = frozenset(["near", "nearby", "by", "down", "up", "across", "opposite", "next", "behind",
                    "beside", "close", "off", "around", "outside", "inside", "along", "past",
                    "vlakbij", "naast", "tegenover", "dichtbij", "achter", "om", "rond", "nabij",
                    "près", "proche", "derrière", "devant", "loin", "face"])  # fmt: skip
"""Where a hotel is, not its name: "a hotel near the station", "the hotel down the road"."""
NOT_OWN_NAME = NO_NAME | VERBS | STOPS | TIMES
"""Words after "mpi" or "hotel" that name nothing: a verb, a link, a time."""
NOT_A_HOTEL = NOT_OWN_NAME | THINGS | NEARBY


def named_homes(text: str, lowered: str) -> Iterator[Found]:
    """Care homes, shelters and hotels of the shapes above (`lowered` as long as `text`)."""
    words = words_of(text)
    if HOME_CUES.isdisjoint(words):
        return  # most sentences: one set test
    for match in NAMED_HOME.finditer(lowered):
        lead = match.group(1)
        if match.group().startswith("home") and lead in DUTCH:
            continue  # "at home de facturen": English "home" before a Dutch clause
        end = _name_end(lowered, match.end(), lead in STRONG_LEADS, lead not in DUTCH)
        if end:
            yield match.start(), end, "organisation"
    if "hof" in words or "huize" in words:
        for match in HOF.finditer(lowered):
            end = _name_end(lowered, match.end(), True, True)
            if end:
                yield match.start(1), end, "organisation"
    if not SAINTS.isdisjoint(words) or "-" in text:
        for match in SAINT_KIND.finditer(lowered):
            yield match.start(), match.end(), "organisation"
    if not MPI_CUES.isdisjoint(words):
        for match in MPI.finditer(lowered):
            own = match.group(1)
            if own not in frequent() and own not in NOT_OWN_NAME:
                yield match.start(), match.end(), "organisation"
    if "home" in words:
        for match in CARE_HOME.finditer(lowered):
            own = match.group(1).split()
            if not any(w in NOT_OWN or w in NO_NAME or w in QUALIFIERS for w in own):
                yield match.start(1), match.end(), "organisation"
    if "hotel" in words or "hôtel" in words:
        for match in HOTEL.finditer(lowered):
            own = match.group(1)
            if own not in frequent() and own not in NOT_A_HOTEL:
                yield match.start(), match.end(), "organisation"


def _name_end(lowered: str, start: int, strong: bool, linked: bool) -> int:
    """Where the name after its first word ends: up to four words, the last a name word
    (after a Dutch article at most two, without link words: "de wissel"); 0 when no name
    follows."""
    end, names, position = 0, 0, start
    for _ in range(4 if linked else 2):
        word = WORD.match(lowered, position)
        if word is None:
            break
        said = word.group()
        if said in STOPS or said in VERBS or said in TIMES or said in GENERIC or said in HOME_CUES:
            break
        if said in LINKS and not linked:
            break
        if said not in LINKS:
            if said in NO_NAME:
                break
            names, end = names + 1, word.end()
        if lowered[word.end() : word.end() + 1] != " ":
            break
        position = word.end() + 1
    if names == 0 or (not strong and names == 1 and end - start < 4):
        return 0
    return end
