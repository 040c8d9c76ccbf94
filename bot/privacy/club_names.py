"""Sports clubs named by their letters and ordinary words: "kfc zwarte leeuw", "sk eernegem",
"royal léopold fc", "la jeunesse sportive de cuesmes". A club someone trains at says where
they live and who coaches them; its words are everyday ones ("zwarte", "leeuw"), so only the
club's letters, before or after them, make them a name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.org_shapes import town_word
from bot.privacy.places import place_names

Found = tuple[int, int, str]
LETTERS = frozenset(["kfc", "fc", "rfc", "sk", "ksk", "kvv", "kv", "kvc", "ksc", "ksv", "rsc",
                     "vc", "rbc", "rwdm", "vv", "kwsc", "rcs", "rfcl", "kvk"])  # fmt: skip
"""A club's letters before its name (not "ac", "bc", "sc": "de ac staat aan"); before words
other than a town only with a word of sport in the sentence ("de vv papieren", "een vc
gesprek", "kfc kip" stay)."""
LETTER_WORD = lazy(
    r"(?<![\w'’-])(?:" + "|".join(sorted(LETTERS, key=len, reverse=True)) + r")(?![\w'’-])"
)
SPORT = lazy(
    r"\b(?:speelt|speelde|spelen|traint|trainde|trainen|training|joue|jouent|jouait|plays|played"
    r"|playing|trains|trained|voetbal|football|foot|basket|basketball|volley|hockey|wedstrijd"
    r"|match|ploeg|équipe|team|entraîneur|trainer|coach)\b"
)
"""A word of sport: the letters then name a club."""
HINTS = ("fc", "sk", "kv", "vc", "vv", "rbc", "rwdm", "rcs", "ksc", "kvk", "sc", "bc", "hc",
         "sportiv", "sportif", "athletic", "club")  # fmt: skip
"""Substrings without which no club of these shapes is named."""
SUFFIXES = r"fc|sc|vc|bc|afc|hc"
SUFFIX_WORD = lazy(rf"\b(?:{SUFFIXES})\b")
STOP = frozenset(
    """in op te à a au aux en et and on at for voor met with avec van de du des d la le les l
    het een un une the an every elke chaque sinds depuis since maar mais but dus want omdat
    parce because who die dat qui que what wat waar où where zo so als when quand wanneer
    is was est are were zijn heeft has had a ont hebben en of or ou no geen pas not niet
    nog still encore ook also aussi al already déjà then dan puis toen morgen demain tomorrow
    vandaag today aujourd'hui gisteren hier yesterday zaterdag samedi saturday zondag dimanche
    sunday woensdag mercredi wednesday maandag lundi monday dinsdag mardi tuesday donderdag
    jeudi thursday vrijdag vendredi friday training entrainement entraînement match wedstrijd
    game trainer coach mais elke every tous alle""".split()  # noqa: SIM905
)
"""Words that end a club's name: a preposition, a conjunction, a verb, a day, a time."""
WORD = lazy(r"\s+([^\W\d_][\w'’-]*)")
TEAM = lazy(r"\s+(?:u\d{1,2}|-\d{1,2}|jeunesse|jeugd|dames|ladies|reserves|réserves)\b")
"""The team of the club: its age group ("u15") or its section ("jeugd", "dames")."""
TAIL = lazy(
    r"\s+(?:noord|zuid|oost|west|nord|sud|ouest|north|south|east|united|stars?|sport|sports"
    r"|city|boys|girls|eagles|lions|étoile|etoile|olympic|(?:les|le|la)\s+(?!(?:plus|moins"
    r"|samedi|dimanche|mercredi|lundi|mardi|jeudi|vendredi|matin|soir|week-end|weekend|semaine"
    r"|saison|mois|année|fois|prochaine?|dernière?|jeune|enfant|parent|minime|cadet|junior"
    r"|senior|dame|fille|garçon|match|entraînement|entrainement|équipe|coach|entraîneur"
    r"|terrain|club|stade|vestiaire|cotisation)s?\b)[a-zà-ÿ]{4,})(?![\w'’-])"
)
"""What follows a club's town in its name: "fc kuurne sport", "kc hoboken noord", "sc jumet les
alouettes", "as kuregem united" (probe184); not a time, a part of the club or whom ("au sc
jumet le samedi", "au fc liège la semaine prochaine", "au fc namur les mercredis"); after an
article, no frequent word ("au fc namur les gars sont là"): `club_tail`."""
BEFORE_LETTERS = lazy(
    r"(?i:\b(?:for|bij|at|à|au|voor|in|chez|aan|with|met|avec|pour)\s+"
    r"((?:[^\W\d_][\w'’-]*\s+){1,2}?)(?:" + SUFFIXES + r")\b)"
)
"""A club's name before its letters, after a preposition: "plays for royal léopold fc"."""
SPORTING = lazy(
    r"(?i:\b(?:jeunesse|entente|union|étoile|etoile|royale?|racing|sporting|olympic)\s+"
    r"(?:sportive|sportif|athletic|football|club)(?:\s+club)?\s+(?:de\s+|d['’]|van\s+))"
)
"""A French club named by its kind and its town: "la jeunesse sportive de cuesmes"."""


def club_names(text: str) -> Iterator[Found]:
    """Spans of the clubs of the shapes above."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return  # most sentences: a few substring tests
    sport = SPORT.search(lowered) is not None
    if LETTER_WORD.search(lowered):
        yield from _after_letters(text, lowered, sport)
    if sport and SUFFIX_WORD.search(lowered):
        for match in BEFORE_LETTERS.finditer(lowered):
            name = match.group(1).split()
            if name and not any(word in STOP for word in name) and _own_name(text, match, name):
                yield match.start(1), match.end(), "organisation"
    if "sportive" in lowered or "sportif" in lowered or "athletic" in lowered or "club" in lowered:
        for match in SPORTING.finditer(lowered):
            town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
            if town and town[0] == 0:
                yield match.start(), match.end() + town[1], "organisation"


def club_tail(lowered: str, end: int) -> re.Match[str] | None:
    """The words of a club's name after its town, if any (`TAIL`)."""
    tail = TAIL.match(lowered, end)
    if tail is None:
        return None
    words = tail.group().split()
    article = len(words) == 2  # "les alouettes", not "les gars"
    return None if article and words[1] in frequent() else tail


def _own_name(text: str, match: re.Match[str], name: list[str]) -> bool:
    """Words before the letters that make a name: a capital, a name of the lists, or a word of
    no language ("royal léopold fc"; not "le petit fc du quartier", "hetzelfde fc")."""
    words = lexicon()
    capital = text[match.start(1)].isupper()
    return capital or any(w in words.first or w in words.last or not words.is_word(w) for w in name)


def _after_letters(text: str, lowered: str, sport: bool) -> Iterator[Found]:
    """ "kfc zwarte leeuw": the letters and a town, or, with a word of sport in the sentence,
    one or two words that end no name ("de kv vergadering", "kfc kip" stay)."""
    for letters in LETTER_WORD.finditer(lowered):
        start, end = letters.span()
        town = next(place_names(text[end + 1 : end + 41], lenient=True), None)
        if (
            town
            and town[0] == 0
            and text[end : end + 1] == " "
            and town_word(text[end + 1 : end + 1 + town[1]])
        ):
            last = end + 1 + town[1]
            team = TEAM.match(lowered, last) or club_tail(lowered, last)
            yield start, team.end() if team else last, "organisation"  # "sk eernegem u15"
            continue
        last = end
        for _ in range(2 if sport else 0):
            word = WORD.match(lowered, last)
            if word is None or word.group(1) in STOP or word.group(1) in LETTERS:
                break
            last = word.end()
        if last > end:
            team = TEAM.match(lowered, last)
            yield start, team.end() if team else last, "organisation"


CLUB_LETTERS = LETTERS | frozenset(["kaa"])
"""The letters of this module and those the legal-form rule of `organisations` reads too."""


def plain_club(text: str, match: re.Match[str]) -> bool:
    """A legal form's match of a sports club's letters and an everyday word in lower case:
    no club ("de kv vergadering", "kfc kip"); this module reads those with a word of sport. So
    is a youth movement and a frequent word ("les Guides aussi").
    `match`: LEGAL's of `organisations`, the word in its second group."""
    if match.group().lower().startswith(TV_CLUBS):
        return True  # "fc de kampioenen op tv": a sitcom (review22c)
    word = match.group(2)
    lead = match.group().split(maxsplit=1)[0]
    letters = lead in CLUB_LETTERS or lead in YOUTH  # "les Guides aussi", "scouts gaan op kamp"
    return letters and word in frequent() and text[match.start(2)].islower()


TV_CLUBS = ("fc de kampioenen",)
"""Clubs that are television series, not a team anyone plays in."""
YOUTH = frozenset(["scouts", "guides", "chiro", "patro", "ksa", "kla"])
"""Youth movements: a group's own name follows them ("chiro kompas"), not a frequent word."""
