"""A first name that is also a word opening a note, then what is said only of a person: an
age, a stay with kin, whose kin it is ("faith mum of bright", "hope (dochter v ...)"), one of
the people a note speaks of ("hope is a single mother"), an origin or another special
category ("precious nigerian, pregnant again"); a word-name after "le petit", "little" with
whose child it is ("le petit prince de mme mukendi"), or made a nickname ("big mo from across
the hall"). `name_word_names` asks this; kept apart to keep modules small."""

from __future__ import annotations

from functools import cache

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import read_data
from bot.privacy.name_cue_lists import SUBJECT_VERBS
from bot.privacy.name_function_words import AND
from bot.privacy.name_word_uses import RELATIONS

NEIGHBOURS = (
    r" van\s+(?:hiernaast|boven|beneden|ernaast|(?:t|['’]t|het|de)\s+(?:\d|overkant|gelijkvloers"
    r"|(?:eerste|tweede|derde|vierde|vijfde)(?:\s+verdiep|\s*[,.;]|$)))"
    r"| du\s+(?:\d|dessus|dessous|premier\s+étage|rez)"
    r"| d['’](?:en\s+face|à\s+côté)| from\s+(?:upstairs|downstairs|next\s+door|across\s+the"
    r"|the\s+\d|number\s+\d|flat\s+\d|the\s+[^\W\d_]+\s+family\b)| next\s+door"
    r"| (?:van\s+de|from|de\s+la|du)\s+(?:rue|avenue|chaussée|[^\W\d_]{3,}(?:straat|laan|lei|vest"
    r"|plein|weg|dreef|street|road))\b"
    r"| (?:vh|vd)\s+(?:\d|overkant|gelijkvloers)| (?:van\s+de|vd)\s+buren\b"
    r"| (?:vh|van\s+het|vd|van\s+de|van)\s+[^\W\d_]{3,}(?:huis|centrum|dienst|zorg|punt|kantoor)\b"
)
"""The neighbour's door or street after a name: "rose van hiernaast", "lieve van de 2e", "joy
from upstairs", "b. van de overkant", "rose from the afghan family", "g. van de ijzerenweg",
"rose de la rue des tanneurs" (review45a, probe65, probe68, probe70, probe71, probe72); "rose
vh 3e verdiep", "rose vd buren", and a service's worker: "lies vh jongerenhuis", "lieve van
wijkgezondheidscentrum de brug" (#12, forty-fifth session)."""
NEXT_DOOR = lazy(f"(?i:{NEIGHBOURS})")
AGED_OR_WITH_KIN = lazy(
    r"(?i: (?:van|de|aged)\s+\d{1,2}\s*(?:jaar|ans?|years?|yrs?|mois|maanden|months?)\b"
    r"| (?:chez|bij|with|met)\s+"
    r"(?:(?:sa|son|ses|haar|zijn|her|his|their|hun|leur|de|la|le|the)\s+)?"
    r"(?:grand-m[èe]re|grand-p[èe]re|grands-parents|mamie|papy|oma|opa|bomma|bompa|granny|grandma"
    r"|grandpa|grandparents|grootouders|tante|oom|nonkel|oncle|aunt|auntie|uncle|pleegouders"
    r"|foster\s+(?:mum|mom|parents|family)|famille\s+d['’]accueil)\b"
    r"|,?\s+\(?(?:dochter|zoon|fille|fils|daughter|son|mum|mom|mother|moeder|mama|maman|m[èe]re"
    r"|dad|father|vader|papa|p[èe]re|sister|brother|zus|broer|s[œo]e?ur|fr[èe]re|wife|husband"
    r"|vrouw|femme|mari|cousin|cousine|neef|nicht|niece|nephew|ni[èe]ce|neveu)"
    r"\s+(?:v|v\.|van|de|d['’]|du|of)\s"
    r"| (?:family|familie|gezin)\s+(?:in|from|uit|te|at|of)\s"
    r"| (?:jr|junior|sr|senior)\b"
    r"| (?:absente?|afwezig)\s+(?:from|de|du|à|op|van)\s+(?!(?:his|her|the|both|my|our|their|sa|son"
    r"|ses|la|le|les|zijn|haar|de|het)\b)"
    r"| (?:victime|victim|slachtoffer)\s+(?:de|d['’]|of|van)\s*(?:la\s+|une?\s+|de\s+|een\s+)?"
    r"(?:traite|trafficking|mensenhandel|violences?|geweld|violence|agression|assault|viol|rape"
    r"|verkrachting|harcèlement|harassment|pesten|bullying|maltraitance|abuse|misbruik"
    r"|escroquerie|fraud|fraude|oplichting|racisme|racism|discrimination|discriminatie|vol|theft"
    r"|diefstal)"
    r"|,?\s+(?:dob|°|born|geboren|née?)\s*[\d:]"
    rf"|{NEIGHBOURS})"
)
"""An age, a stay with kin, kin of someone or a family somewhere ("winter family in etterbeek",
review41a), "jr" ("prince jr belt", probe70), the neighbour's door (`NEIGHBOURS`), an absence,
a crime suffered or a birth date ("patience absent from school", "blessing victime de traite",
"lucky, dob 09/08/2004": #12, forty-fifth session) right after a word-name opening a note: a
person; not "hope absent from his voice", "patience victime de son succès" (reader45b)."""
WORD_AFTER = lazy(r"(?:\s*,)?\s([^\W\d_]+)(?:\s*(?:[^\w\s]|$)|\s+([^\W_]+))")
"""One word, after a comma or not, then a pause or a second word: "precious nigerian, pregnant",
"grace , congolese , pentecostal" (review41a)."""
BRACKETED = lazy(r"\s?\(\s*([^\W\d_][\w'’-]*)\s*[),]")
"""One word in brackets right after the word-name: an origin, a faith or a condition
("espoir (congolais)", "precious (nigériane)": #12, forty-fifth session, six tuning sets)."""
OF_SOMEONE = lazy(
    r"(?i: (?:de|van|of|du|d['’])\s*(?:mme|mevr|mvr|mevrouw|madame|mr|mrs|ms|m\.|monsieur"
    r"|meneer|dhr|sa|son|zijn|haar|his|her|their|leur|hun)\b)"
)
"""Whose child the word-name is: a title or a possessive, never an article ("le petit prince
de saint-exupéry" is a book)."""


IS_A = lazy(
    r" (?:is|was|est|était|etait|wordt|werd) (?:een|a|an|une?)"
    r"(?: [^\W\d_]+)? ([^\W\d_]+)\b(?!['’])"
)
"""Being one of the people a note speaks of: "hope is a single mother", "espérance est une
maman seule", "joy is een alleenstaande moeder"; "hope is a good thing", "hope is a child's
right" stay."""
PEOPLE = frozenset(["woman", "lady", "single", "widow", "widower", "student", "pupil", "child",
                    "kid", "teenager", "tenant", "refugee", "cleaner", "carer", "weduwe",
                    "weduwnaar", "studente", "leerling", "huurder", "vluchteling", "poetsvrouw",
                    "homme", "enfant", "veuve", "veuf", "étudiante", "étudiant", "élève",
                    "locataire", "réfugiée", "réfugié", "infirmière", "aide-soignante",
                    "alleenstaande", "mère", "maman", "mom", "mum", "mother", "moeder", "mama",
                    "dame", "madame", "meneer", "mevrouw", "nickname", "bijnaam",
                    "surnom"])  # fmt: skip
"""People the note may call someone, beside the family and role words of RELATIONS."""
PEOPLE_WORDS = PEOPLE | RELATIONS


def described_after(text: str, end: int, article: bool = False) -> bool:
    """What follows a word-name opening a note (ending at `end`) says it is a person; an
    `article` ("an") may be followed by an origin and a noun ("an indian man")."""
    if AGED_OR_WITH_KIN.match(text, end):
        return True
    home = FROM_PLACE.match(text, end)
    season = text[:end].rsplit(None, 1)[-1].lower() in SEASONS  # "winter uit rusland"
    if home is not None and not season and _a_place_at_start(home.group(1)):
        return True  # "rose uit de seefhoek heeft rozen geplant" (probe84)
    being = IS_A.match(text, end)
    if being is not None and not article and being.group(1).lower() in PEOPLE_WORDS:
        return True
    from bot.privacy.sensitive import category_word  # it reads no names: no cycle

    aside = BRACKETED.match(text, end)
    if aside is not None and category_word(aside.group(1)):
        return True  # "precious (nigériane) victime de traite", "destiny (ghanaian) 22"
    after = WORD_AFTER.match(text, end)
    if after is None or not category_word(after.group(1)):
        return False
    then = (after.group(2) or "").lower()
    person = then in RELATIONS and not article  # "precious nigerian mum of three"
    person = person or then in AGAIN  # "precious pregnant again" (probe105)
    return not then or person or then in SUBJECT_VERBS or then in AND or category_word(then)


AGAIN = frozenset(["again", "weer", "opnieuw", "terug", "encore", "à"])
"""The word after a category that says it is someone's again ("à" of "à nouveau")."""
FROM_PLACE = lazy(
    r"(?i: (?:uit|from|van)\s+(?:de\s+|het\s+|the\s+|'t\s+)?"
    r"([^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?))"
)
"""Where the person is from: a town or a quarter, with its article."""
SEASONS = frozenset(
    """winter zomer lente herfst summer spring autumn hiver été ete printemps automne storm
    sneeuw snow neige regen rain pluie zon sun soleil""".split()  # noqa: SIM905
)
"""Weather comes from somewhere too."""


def _a_place_at_start(words: str) -> bool:
    from bot.privacy.places import place_names  # it reads no names: no cycle

    found = next(place_names(words, lenient=True), None)
    return found is not None and found[0] == 0 and words[: found[1]].lower() not in _countries()


@cache
def _countries() -> frozenset[str]:
    """ "jade uit china", "amber from poland": a thing's origin, not where someone lives."""
    return frozenset(line.replace("_", " ") for line in read_data("countries.txt"))


BIG_BEFORE = lazy(
    r"(?i:(?<![\w'’-])(?<!the )(?<!an )(?<!a )(?<!een )(?<!de )(?<!die )(?<!un )"
    r"(?:big|dikke|lange|grote|tall)\s+)$"
)
"""Adjectives a nickname is made of ("big mo", "dikke mo"); not after an article ("the big guy
from the boxing club" is a description)."""
NICKNAMED_THEN = lazy(
    r" (?:from|van|du|de\s+la|d['’]en\s+face|across|next\s+door|upstairs|downstairs|boven"
    r"|beneden|hiernaast|d'à\s+côté|keeps|kept|helps|helped|helpt|hielp|says|said|zegt|zei"
    r"|garde|gardait)\b"
)
"""What follows such a nickname: where the person lives, or what they do."""


def nicknamed(text: str, start: int, end: int) -> bool:
    """A name from `start` to `end` after an adjective of nicknames, then where or what: "big
    mo from across the hall", "dikke mo van hiernaast helpt"."""
    if NICKNAMED_THEN.match(text, end) is None:
        return False
    return BIG_BEFORE.search(text, max(0, start - 12), start) is not None
