"""#12's thirteenth session (precise16): words that are no name where they stand, claimed
before the name rules read the text (as keep.txt's phrases are).

A word before an inverted speech verb is what was said, not who said it: "patience zegt ze",
"innocent zei hij, maar...", "courage, dit-elle". The speaker is the pronoun after the verb,
so a first name that is also a word ("patience", "innocent", "victoire") stays a word there.
"patience zegt ze is moe" (no "dat": she says she is tired) keeps its name: a verb follows
the pronoun, which opens a clause of its own. Dutch and French only: English puts the
speaker first ("Grace said he would call"). A name that is no word ("bilal zei hij") stays.

A trade after "werkt als", "works as a" is a noun too ("werken als stewart").

A lower-case first name or surname right after an article that no person takes is a noun:
"the autumn", "les gilles" (the carnival figures), "the baker", "the pastor's wife"
(`article_words`)."""

from __future__ import annotations

from bot.privacy.article_words import NAME_ARTICLE
from bot.privacy.compounds import plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_aliases import FAMILY_ACTS, family_name
from bot.privacy.name_context_words import FAMILY_HOME

INVERTED = lazy(
    r"(?i:\b([^\W\d_][\w'’-]*) (?:zegt|zei|zeggen|zegde|vertelt|vertelde|roept|riep|antwoordt"
    r"|antwoordde|vraagt|vroeg|lacht|lachte|zucht|zuchtte|dit|disait|répond|répondit|demande"
    r"|crie|soupire)(?: |-t-|-)(?:ze|zij|hij|ik|we|wij|ge|gij|elle|il|elles|ils|je|on|nous)"
    r"(?=$|[,.!?;:)]| (?:in|op|tegen|over|toen|altijd|zelf|lachend|boos|zacht|nog|dan|maar"
    r"|want|en|ook|dikwijls|vaak|soms|elke|telkens|à|au|avec|encore|toujours|souvent|mais"
    r"|et|quand|alors|aussi|tout|haha|lol)\b))"
)
"""A word, an inverted speech verb and its pronoun, then the end, a stop or a word that opens
no clause of its own (a preposition, an adverb, a conjunction)."""
HINTS = (" zegt ", " zei ", " dit", " vertel", " vraagt ", " vroeg ", " roept ", " riep ",
         " antwoord", " lacht", " zucht", " répond", " demande ", " crie ", " soupire ",
         " zeggen ", " zegde ")  # fmt: skip
ARTICLE_HINTS = ("the ", "an ", "un ", "une ", "een ", "les ", "des ")
AFTER_ARTICLE = lazy(
    r"(?i:\b(the|an|un|une|een|les|des)\s+([a-zà-ÿ][\w'’-]*+)(?!\s+(?:family|familie|famille"
    r"|families|familles|clan|brothers|sisters|broers|zussen|frères|soeurs|sœurs|kids|kinderen"
    r"|enfants|children|twins|household|gezin)\b))"
)
"""A word after such an article, not a family's name ("the hassan family"); a capitalised
surname of no language there is the family all the same ("les Marchal ont reçu")."""
POSSESSIVE = lazy(r"['’]s$")
AT_HOME = lazy(r"(?i:\bchez\s+les\s+$)")
"""French names a family by "les" and its surname at its home: "visite chez les diallo"."""


WORK_AS = lazy(
    r"(?i:\b(?:werk|werkt|werken|werkte|werkten|job|works?|worked|working|travaille|travailler"
    r"|travaillait|bosse)\b[^.;:!?]{0,30}?\s(?:als|as\s+an?|as|comme|en\s+tant\s+que)\s+"
    r"([a-zà-ÿ][\w'’-]*)"
    r"(?=$|[,.;:!?)]| (?:in|bij|op|voor|sinds|for|at|à|chez|pour|depuis|van|maar|en|et|and"
    r"|but|mais|since)\b))"
)
"""A trade after "werkt als", "works as a", "travaille comme": "werken als stewart". Only
before the end, a stop or a preposition: "ze werkt als jan thuis is" (when Jan is home)."""


SEASONS = ("winter", "zomer", "lente", "herfst", "summer", "spring", "autumn", "hiver", "été",
           "printemps", "automne")  # fmt: skip
SEASON_COMES = lazy(
    rf"(?i:\b({'|'.join(SEASONS)})\s+"
    r"(?:komt\s+eraan|komt\s+er\s+aan|komt\s+dichterbij|nadert|begint|is\s+coming|is\s+here"
    r"|is\s+near|approche|arrive|commence|staat\s+voor\s+de\s+deur|est\s+à\s+nos\s+portes"
    r"|is\s+around\s+the\s+corner)\b)"
)
"""A season that comes is no one: "Winter komt eraan", "summer is coming" (Summer is a name),
"winter staat voor de deur" (probe103)."""
TITLES = cues()["titles"]
NAMED_BEFORE = TITLES | frozenset(["met", "with", "avec", "de", "van", "bij", "chez"])
"""Before a season, what makes it a surname: "mevrouw (De) Winter komt eraan"."""


PET = (
    r"(?:hond|hondje|kat|poes|konijn|hamster|papegaai|dog|cat|puppy|kitten|rabbit|parrot|chien"
    r"|chienne|chat|chatte|chiot|lapin|perroquet)"
)
PETS_NAME = lazy(
    r"(?i:\b([^\W\d_][\w'’-]+)\s+(?:is|was|c['’]est|est|était)\s+(?:de\s+naam\s+van\s+"
    r"(?:de|het|hun|haar|zijn)|the\s+name\s+of\s+(?:the|their|her|his)|the|their|her|his"
    rf"|le\s+nom\s+d[ue]\s+(?:leur\s+|son\s+|sa\s+)?)\s*{PET}(?:['’]s\s+name)?\b)"
)
"""A pet's name said as such: "prince is de naam van de hond vd familie" (probe101), "max is
the dog's name"."""


CHRISTMAS_COMES = lazy(
    r"(?i:(?<![\w'’-])(?<!mr\s)(?<!m\.\s)(noël|noel)\s+(?:approche|au\s+bureau|au\s+local"
    r"|(?:à|a)\s+l['’ ]\s*(?:asbl|école|ecole|association|équipe|equipe)|avec\s+les\s+(?:enfants"
    r"|familles))\b)"
)
"""Christmas coming or held somewhere: "noel approche", "noël au bureau", "noel a l asbl"
(probe57, probe60, probe98); "noël a appelé" is someone."""
CARNIVAL_GILLES = lazy(r"(?i:(?:\b(?:de|des|les|en)\s+)(gilles)\b|\b(gilles)\s+partout\b)")
"""The carnival's gilles of Binche ("plein de gilles dans les rues", "gilles partout"), in a
note about the carnival (probe85, probe104)."""
EID_FEASTS = lazy(
    r"(?i:\b(?:a[iï]d|eid|id)[\s-]+((?:el|al|ul)[\s-]*(?:kebir|kabir|kbir|adha|fitr|seghir"
    r"|saghir|sghir|esseghir))\b)"
)
"""The feasts of the end of Ramadan and of the sacrifice: "aid el kebir demain" (review49a)."""
EID_HINTS = ("kebir", "kabir", "kbir", "adha", "fitr", "seghir", "saghir", "sghir")


def not_names(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of words that are no name here: a first name that is also a word before an
    inverted speech verb, a lower-case first name after an article no person takes."""
    found: list[tuple[int, int]] = []
    lowered = text.lower()
    if "noël" in lowered or "noel" in lowered:
        found.extend(match.span(1) for match in CHRISTMAS_COMES.finditer(text))
    if any(hint in lowered for hint in EID_HINTS):
        found.extend(match.span() for match in EID_FEASTS.finditer(text))  # "l'aïd el-kebir"
    if "gilles" in lowered and "carna" in lowered:
        found.extend(match.span(match.lastindex or 1) for match in CARNIVAL_GILLES.finditer(text))
    if " naam " in lowered or " name " in lowered or " nom " in lowered or "'s name" in lowered:
        found.extend(match.span(1) for match in PETS_NAME.finditer(text))
    if any(hint in lowered for hint in HINTS):
        for match in INVERTED.finditer(text):
            if match.group(1).lower() in lexicon.word_names:
                found.append(match.span(1))
    if any(hint in lowered for hint in ARTICLE_HINTS):
        for match in AFTER_ARTICLE.finditer(text):
            word = POSSESSIVE.sub("", match.group(2).lower())  # "the pastor's wife"
            at = match.start(2)
            home = AT_HOME.search(text, max(0, at - 10), at) is not None  # "chez les diallo"
            genitive = word != match.group(2).lower()  # "at the nwosu's": a family at home
            home = home or (genitive and FAMILY_HOME.match(text, match.end(2)) is not None)
            surname = word in lexicon.last and word not in lexicon.words  # "les Marchal"
            surname = surname or not plain_word(word, lexicon)  # "les Tadesse"
            home = home or (text[at].isupper() and surname)
            acting = FAMILY_ACTS.match(text, match.end(2)) is not None  # "les dupont sont venus"
            of_family = match.group(1).lower() == "des"  # "la maison des dupont": de + les
            home = home or ((acting or of_family) and family_name(word, lexicon))
            if lexicon.is_name(word) and NAME_ARTICLE.search(text, max(0, at - 8), at) and not home:
                found.append(match.span(2))
    if any(season in lowered for season in SEASONS):
        for match in SEASON_COMES.finditer(text):
            before = text[max(0, match.start() - 20) : match.start()].lower().split()[-2:]
            if not any(word.rstrip(".") in NAMED_BEFORE for word in before):
                found.append(match.span(1))  # "mevrouw Winter komt eraan" is someone
    if "als " in lowered or " as " in lowered or "comme " in lowered or "en tant" in lowered:
        for match in WORK_AS.finditer(text):
            if lexicon.is_name(match.group(1).lower()):
                found.append(match.span(1))
    return found
