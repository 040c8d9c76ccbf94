"""Sports clubs named by their letters and ordinary words: "kfc zwarte leeuw", "sk eernegem",
"royal léopold fc", "la jeunesse sportive de cuesmes". A club someone trains at says where
they live and who coaches them; its words are everyday ones ("zwarte", "leeuw"), so only the
club's letters, before or after them, make them a name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import dutch, dutch_verb_form
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.org_shapes import town_word
from bot.privacy.places import place_names

Found = tuple[int, int, str]
VERBS = cues()["verbs"]
LETTERS = frozenset(["kfc", "fc", "rfc", "sk", "ksk", "kvv", "kv", "kvc", "ksc", "ksv", "rsc",
                     "vc", "rbc", "rwdm", "vv", "kwsc", "rcs", "rfcl", "kvk"])  # fmt: skip
"""A club's letters before its name (not "ac", "sc": "de ac staat aan"; "bc" and other letters
of many meanings are `SPORT_LETTERS`, read more strictly); before words
other than a town only with a word of sport in the sentence ("de vv papieren", "een vc
gesprek", "kfc kip" stay)."""
SPORT_LETTERS = frozenset(["bc", "vk", "zc", "sv", "kbc", "hc", "tc", "jc", "ttc", "zvc"])
"""Letters that name a club only in a sentence about sport: boxing, basketball, volleyball,
swimming, handball/hockey, tennis, judo clubs ("bc espoir molenbeek", "zc de otters")."""
LETTER_WORD = lazy(
    r"(?<![\w'’-])(?:"
    + "|".join(sorted(LETTERS | SPORT_LETTERS, key=len, reverse=True))
    + r")(?![\w'’-])"
)
SPORT = lazy(
    r"\b(?:speelt|speelde|spelen|traint|trainde|trainen|training|joue|jouent|jouait|plays|played"
    r"|playing|trains|trained|voetbal\w*|football|foot|basket\w*|volley\w*|hockey|wedstrijd\w*"
    r"|match|ploeg|équipe|team|entraîneur|trainer|coach|\w*boks\w*|boxe|boxing|zwem\w*|judo"
    r"|karate|swim\w*|natation|tennis\w*|kleedkamer|vestiaire|lidgeld|cotisation|tournois?"
    r"|jeugdmatch\w*|fluit|arbitre"
    r"|referee|scheidsrechter)\b"
)
"""A word of sport: the letters then name a club."""
HINTS = ("fc", "sk", "kv", "vc", "vv", "rbc", "rwdm", "rcs", "ksc", "kvk", "sc", "bc", "hc",
         "vk", "zc", "sv", "jc", "tennis", "sportiv", "sportif", "athletic", "club")  # fmt: skip
"""Substrings without which no club of these shapes is named ("zvc" holds "vc"); a tennis club's
"tc" or "ttc" only with "tennis" in the note: "tc" alone is in every "match" and "watch"."""
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
    game trainer coach mais elke every tous alle door hem naar na tegen zonder nie him her
    lui""".split()  # noqa: SIM905
)
"""Words that end a club's name: a preposition, a conjunction, a verb, a day, a time."""
WORD = lazy(r"\s+([^\W\d_][\w'’-]*)")
TEAM = lazy(r"\s+(?:u\d{1,2}|-\d{1,2}|jeunesse|jeugd|dames|ladies|reserves|réserves)\b")
"""The team of the club: its age group ("u15") or its section ("jeugd", "dames")."""
TAIL = lazy(
    r"\s+(?:noord|zuid|oost|west|nord|sud|ouest|north|south|east|united|stars?|sport|sports"
    r"|sportief|sportif"
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
        if not sport and letters.group() in SPORT_LETTERS:
            continue
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
        last = _own_words(lowered, end) if sport else end
        weak = letters.group() in SPORT_LETTERS and not _marked_name(lowered, end, last)
        own = lowered[end:last].split()
        bank = letters.group() == "kbc" and bool(own) and own[0] in BANK_WORDS
        if own and not bank and not weak:  # "kbc rekening": the bank
            team = TEAM.match(lowered, last) or club_tail(lowered, last)
            yield start, team.end() if team else last, "organisation"


def _town(word: str) -> bool:
    """A town's name ends a club's ("bc les aigles anderlecht")."""
    town = next(place_names(word, lenient=True), None)
    return town is not None and town[:2] == (0, len(word)) and town_word(word)


BANK_WORDS = frozenset(["rekening", "kaart", "bank", "app", "lening", "krediet", "compte",
                        "mobile", "verzekering", "insurance", "assurance"])  # fmt: skip
"""Words after "kbc" that name the bank, not a kickboxing club."""
KIND_ENDS = ("school", "club", "zaal", "hal", "bad", "ploeg", "team")
"""Compounds that say what kind of place or group follows the letters, not its name."""
CLAUSE_END = lazy(r"\s*(?:[,.;:!?)]|$)")
ARTICLES = frozenset(["de", "het", "les", "la", "le", "the"])
"""An article may open a club's own words ("vv de leeuwkens", "bc les aigles")."""
JOINED = lazy(r"\s+&(?=\s+[^\W\d_])")
"""An ampersand inside the name: "bc vuist & hart"."""


def _own_words(lowered: str, end: int) -> int:
    """The end of up to three words after the letters: an article first if a word follows it,
    then two words that end no name, a third of no language, after "&", before a town or a
    town, which ends the name ("vv de leeuwkens gullegem", "bc vuist & hart"; "de kv vergadering",
    "bij kvc groen-geel door het schelden", "vv de kouter voetballen" end sooner)."""
    last, count, own = end, 0, 0
    while count < 3:
        joined = JOINED.match(lowered, last) if own else None
        word = WORD.match(lowered, joined.end() if joined else last)
        if word is None or word.group(1) in LETTERS | SPORT_LETTERS:
            break
        first = count == 0 and word.group(1) in ARTICLES
        town = _town(word.group(1))  # "lokeren" is a verb too
        if (word.group(1) in STOP and not first) or (not town and _verb(word.group(1), own > 0)):
            break
        free = own < 2 or joined or town or _unknown(word.group(1))
        if not free and not _town_after(lowered, word):
            break
        last, count, own = word.end(), count + 1, own + (not first)
        if town:
            break  # "kbc fenix lokeren", not "… lokeren vraagt"
    return last if own else end


def _marked_name(lowered: str, end: int, last: int) -> bool:
    """Own words after the weaker letters that say a name: a Dutch or French article first,
    "&", a town, a word of no language, or two words that end the clause ("bc les aigles",
    "sv rooigem", "bc zwarte leeuw,"); not "sv regels", "kbc mobile", "jc samen", "bc the
    school" (because), "hc team" (reader55b), nor a kind ("zc zwemschool": reader55c)."""
    words = lowered[end:last].split()
    if not words or words[0].endswith(KIND_ENDS):
        return False  # "zc zwemschool is gesloten" (reader55c): a kind, no name
    if words[0] in ("de", "het", "les", "la", "le") or "&" in words:
        return True
    if len(words) >= 2 and CLAUSE_END.match(lowered, last):
        return True  # "bij bc zwarte leeuw, lidgeld"
    return any(_town(word) or _unknown(word) for word in words)


def _verb(word: str, later: bool) -> bool:
    """A verb after the name: "ksc bloemendries durft", "vv de kouter voetballen"; a Dutch
    word in "-en" only after the name's first word (a plural may be it: "vc zwaluwen")."""
    if word in VERBS or dutch_verb_form(word, lexicon()):
        return True
    return later and len(word) > 5 and word.endswith("en") and word in dutch()


def _unknown(word: str) -> bool:
    """A word of no language's list: a name's ("leeuwkens", "rooigem")."""
    return word not in lexicon().words


def _town_after(lowered: str, word: re.Match[str]) -> bool:
    """A town right after the word: "bc iron fist vilvoorde"."""
    following = WORD.match(lowered, word.end())
    return following is not None and _town(following.group(1))


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
