"""Special categories named as the subject of the team's own training, session or working
group, of an advert or of an election campaign, in a sentence about no one: "vorming autisme
spectrum stoornis voor alle medewerkers", "session bracelet électronique pour les nouveaux",
"autism and adhd training for the whole team", "pub à la télé pour le xanax", "lgbt friendly
services working group", posters in an election (review35a). `moods.TOPIC_BEFORE` reads "een
vorming over psychose"; these are the shapes without "over", and a sentence that names a
person stays masked ("mvr volgt een opleiding en heeft adhd")."""

from __future__ import annotations

from functools import lru_cache

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues
from bot.privacy.pet_health import said_of_a_pet

TOPICAL = frozenset(["health", "religion", "detention", "orientation", "politics"])
TRAINING = lazy(
    r"(?i:\b(?:\w*vorming|vormingen|\w*opleiding|training|trainings|formation|\w*sessie|session"
    r"|séance|seance|workshop|werkgroep|working\s+group|groupe\s+de\s+travail)\b)"
)
"""The team learning or meeting about a subject."""
FOLLOWS = lazy(
    r"(?i:\b(?:volgt|volgde|suit|suivait|follows|followed|doet|deed|fait|faisait|does|did"
    r"|zit\s+in|is\s+in|en|cherche|zoekt|wil|veut|wants|looking\s+for|begint|commence|starts)"
    r"\s+(?:(?:een|une|a|de|la|sa|zijn|haar|his|her)\s+)?(?:vorming"
    r"|opleiding|training|formation)\b)"
)
"""Someone's own course ("jade volgt een opleiding", "cherche formation cariste": #12,
forty-fourth session): what follows may be theirs."""
ELECTION = lazy(
    r"(?i:\b(?:verkiezingen|verkiezing|kiescampagne|elections?|élections?|electorale?"
    r"|électorale?)\b)"
)
GENERAL = lazy(
    r"(?i:\b(?:algemeen|in\s+het\s+algemeen|en\s+g[ée]n[ée]ral|question\s+g[ée]n[ée]rale"
    r"|general\s+question|in\s+general)\b)"
)
"""A question said to be general: "au baptême, question générale" (review35b)."""
SHOWN = lazy(r"(?i:\b(?:affiches?|posters?|folders?|flyers?|tracts?|borden|panneaux|banners?)\b)")
"""A campaign seen in the street: "de verkiezingen komen eraan, veel affiches van de pvda";
not a candidate in that election ("kandidaat voor de n-va bij de verkiezingen")."""
ADVERT = lazy(
    r"(?i:\b(?:reclame|pub|publicité|publicite|ads?|advert|advertisement)(?:\s+[^\W\d_]+){0,3}"
    r"\s+(?:voor|pour|for)\s+(?:(?:de|het|le|la|les|the|een|une?|a|an|des)\s+)?$)"
)
"""An advert for a medicine or a test: "reclame voor zwangerschapstest", "tv ad for xanax"."""
WARNING = lazy(
    r"(?i:\b(?:waarschuwing|waarschuwt|alerte?|warning|warns|\w*campagne|\w*campaign|vaccin"
    r"|vaccination|vaccinatie|sensibilisation|awareness|info-?avond|info\s+evening|reportage"
    r"|\w*thema|thème|theme|sensibilisering\w*|bewustmaking\w*|preventie"
    r"|prévention|prevention|exposé|dépliants?|soirée\s+d['’]information|information\s+evening"
    r"|week\s+van\s+de|semaine\s+de\s+la)\b)"
)
"""A public warning, campaign, vaccination or class theme about a state: "alerte hypothermie ce
soir", "waarschuwing voor onderkoeling bij daklozen" (reader55b), "vaccinatiecampagne
hersenvliesontsteking op school", "doofheid was thema van de week", "semaine de la méningite"
(reader56b, reader56c); a sentence that names someone stays masked. "rapport" is no cue: a report
about one child names its condition ("rapport van clb over lui oog" stays masked)."""
FRIENDLY = lazy(r"(?i:[\s-]+(?:friendly|vriendelijke?)\b)")
"""A service open to a group: "lgbtq vriendelijke hulpverlening", "lgbt friendly services"."""
SOMEONE = lazy(
    r"(?i:\b(?:hij|zij|hem|haar|zijn|he|she|him|his|her|il|elle|lui|son|sa|ses|mr|mvr|mevr"
    r"|mevrouw|meneer|dhr|mme|madame|monsieur|mrs|ms|client|cliënt|cliente|klant|bewoner"
    r"|résident|resident|patient|patiënt)\b)"
)
"""A word for the person a note is about: then the category may be theirs."""
OWNED = lazy(
    r"(?i:(?:\ba\s+(?:un|une|des)|\b(?:heeft|had|has|avait)(?:\s+(?:een|an?|une?|des))?"
    r"|\b(?:is|est|was|était))\s+$)"
)
"""Had or been by someone: "a un handicap auditif", "heeft autisme", "blessing is zwanger,
stopt opleiding" (probe196: a name, not a pronoun, owns the state)."""
KIN = cues()["relations"]
BOUNDS = ".!?\n"


REACH = 200
"""How far a sentence is read around a category: a long answer without a full stop is not
rescanned whole for each of its categories (quadratic)."""


def _sentence(text: str, start: int, end: int) -> str:
    first, last = max(0, start - REACH), min(len(text), end + REACH)
    left = max(text.rfind(mark, first, start) for mark in BOUNDS)
    rights = [found for found in (text.find(mark, end, last) for mark in BOUNDS) if found >= 0]
    return text[max(left + 1, first) : min(rights) if rights else last]


@lru_cache(maxsize=16)
def _may_be_taught(text: str) -> bool:
    """A training, an election or a general question anywhere in the text: read once per
    text, not per span."""
    return bool(TRAINING.search(text) or ELECTION.search(text) or GENERAL.search(text))


def no_ones(text: str, start: int, end: int, kind: str) -> bool:
    """True when the category at `start`-`end` is a team's topic, an animal's health or a
    thing stopped ("le match a été arrêté")."""
    if kind == "detention" and STOPPED_THING.search(text, max(0, start - 30), start):
        return True
    return (kind == "health" and said_of_a_pet(text, start, end)) or a_team_topic(text, start, end)


STOPPED_THING = lazy(
    r"(?i:\b(?:le|la|les|l['’])\s*(?:match|jeu|partie|chantier|travail|travaux|projet|bus|train"
    r"|tram|métro|metro|traitement|paiement|versement|contrat|dossier|cours|entraînement"
    r"|entrainement|tournoi|compétition|competition|course|spectacle|concert|réunion|reunion"
    r"|chauffage|compteur|moteur|machine|ascenseur)\s+(?:a|ont|avait|est)?\s*$)"
)
"""A game, a works, a payment stopped: "arrêté" says nothing of detention (probe207)."""


def a_team_topic(text: str, start: int, end: int) -> bool:
    """True when the category at `start`-`end` is the subject of a training, an advert or a
    friendly service, in a sentence that names no one."""
    advert = ADVERT.search(text, max(0, start - 60), start) is not None
    advert = advert or WARNING.search(text, max(0, start - 40), end + 25) is not None
    friendly = FRIENDLY.match(text, end) is not None
    if not (advert or friendly or _may_be_taught(text)):
        return False
    if OWNED.search(text, max(0, start - 12), start):
        return False  # "formation aide-soignante, a un handicap auditif" (probe89): hers
    sentence = _sentence(text, start, end)
    if SOMEONE.search(sentence) or not KIN.isdisjoint(sentence.lower().split()):
        return False
    if advert or friendly or GENERAL.search(sentence):
        return True
    if ELECTION.search(sentence) and SHOWN.search(sentence):
        return True
    near = text[max(0, start - 70) : end + 25]
    if PRACTICE.search(near):
        return False  # "knie kapot op training, kruisband gescheurd": a sport's practice
    return TRAINING.search(near) is not None and FOLLOWS.search(sentence) is None


PRACTICE = lazy(
    r"(?i:\b(?:op|na|tijdens|at|after|during|from)\s+(?:de\s+|the\s+)?(?:[^\W\d_]+\s+)?training\b"
    r"|\b(?:à|a|après|pendant)\s+l['’]\s*entra[iî]nement\b)"
)
"""A sport's practice where someone was hurt, not a course the team follows (probe207)."""
