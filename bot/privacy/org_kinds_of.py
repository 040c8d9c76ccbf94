"""French places named by their kind and "du", "des", "de la" and words of their own, which
may be everyday ones: "chez garage du rond-point sans contrat", "à la clinique du parc fleuri,"
(#12, forty-sixth session), and what may follow such a name."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.school_names import KIND_START, WORD, words_of_a_name, words_to_clause_end
from bot.privacy.typos import typo_of_a_word

Found = tuple[int, int, str]
OF_KINDS = (
    r"clinique|garage|verreries?|pharmacie|h[ôo]pital|ath[ée]n[ée]e|coll[èe]ge|institut|chu"
    r"|home|brasserie|snack|boulangerie|sup[ée]rette|blanchisserie|imprimerie|menuiserie"
    r"|boucherie|fonderie|taverne|haute\s+[ée]cole|h[ée]|universit[ée]|institut\s+sup[ée]rieur"
)
NAMED_ONLY_KINDS = (
    r"papeterie|laiterie|sucrerie|laverie|cartonnerie|briqueterie|scierie|tannerie|filature"
    r"|golf|carri[èe]res?|[ée]glise|prison|charbonnages?|aci[ée]ries?|forges|vergers|cirque"
    r"|atelier|th[ée][âa]tre|biblioth[èe]que|piscine|ludoth[èe]que"
)
"""Kinds that go with a name after "du", "des", "de la" ("à la carrière de la warche,",
"ancien de papeterie de la dyle,": #12, fiftieth session), not with their town after "de": the
writers mark "camping de hotton", "église de matonge" by the town alone, and "centre fermé de
vottem" is a prison; theatres, libraries and pools ("au théâtre du moulin", "à la
bibliothèque des champs": probe184). Not "logis", a home ("aide au logis du monsieur":
reader50c); campings and "domaine des …" are holiday parks, places (`holiday_parks`)."""
WHOSE_OR_WHICH = frozenset(["voisin", "voisine", "voisins", "oncle", "tante", "frère", "soeur",
                           "sœur", "cousin", "cousine", "fils", "fille", "grand-père",
                           "grand-mère", "beau-père", "belle-mère", "patron", "santé", "social",
                           "emploi", "logement", "handicap", "enseignement", "culture", "droit",
                           "justice", "jeunesse", "aide", "supermarché", "magasin", "lundi",
                           "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                           "dimanche"])  # fmt: skip
""""la carrière du voisin", "le domaine de la santé", "la laiterie du supermarché": whose, which
field or which shop, no name ("ferme" stays out: "la ferme du bas", reader48b)."""
OF_NAME = lazy(
    rf"{KIND_START}(?:{OF_KINDS}|{NAMED_ONLY_KINDS})"
    rf"\s+(?:du|des|de\s+la|de\s+l['’])\s*({WORD})(?:\s+({WORD}))?"
)
"""A French kind and its name after "du", "des", "de la": "chez garage du rond-point", "à clinique
des sources", "à la clinique du parc fleuri", "chez verrerie du centre"; the name's words may
be everyday ones, as names of places are (23 of 27 on the tuning sets: #12, forty-sixth
session); the town's, the corner's or the service's own words are no name. After "l'" too:
"hospitalisé à l'hôpital des cinq clochers," (fiftieth session)."""
OF_STOP = frozenset(["coin", "bureau", "quartier", "village", "ville", "commune", "cpas",
                     "ocmw", "région", "province", "pays", "travail", "devoirs", "impôts",
                     "sommeil", "douleur", "dos", "personnel", "service", "jour", "soir",
                     "matin", "nuit", "midi", "mois", "semaine", "dernier", "coin-là", "rue",
                     "place", "gare", "même", "secteur", "zone", "site", "fois", "urgences",
                     "soins", "contrôles", "jeunes", "femmes", "filles", "garçons", "enfants",
                     "familles", "personnes", "aînés", "seniors", "réfugiés", "congrès",
                     "père", "mère", "bébé", "famille", "patients", "malades", "heures",
                     "ans", "années", "jours", "minutes", "environs", "vie", "monde",
                     "marionnettes", "livres"])  # fmt: skip
FRENCH_ENDS = lazy(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:en|pour|depuis|avec|et|mais|car|sans|où|chez|dans|jusqu"
    r"|pendant|avant|après|in|at|after|since|for|with|and|but|near)\b"
)
"""What may follow a French place's name: the clause ends ("chez garage du rond-point sans
contrat", "à clinique des sources after an overdose"); "le centre de la pièce", "le foyer de la
famille est stable", "la résidence du père" are no places, and "centre", "foyer", "résidence"
are left out of `OF_KINDS` for them (reader46)."""
STREET_ENDS = ("straat", "laan", "steenweg", "plein", "weg", "dreef", "lei", "kaai")


OF_TOWN = lazy(rf"(?<![\w'’-])(?:{OF_KINDS})\s+de\s+({WORD})")
"""A French kind and the town it is in: "chez verrerie de jumet", "verreries de moustier" (nine
on the tuning sets, all labelled with their kind: #12, forty-seventh session)."""


PRISON_OF = lazy(rf"(?<![\w'’-])prison\s+de\s+({WORD})")
"""A prison and a name no word spells after "de": "sort de prison de hautrive vendredi" (the
writers invent prisons; a town's prison is read by the places rule and `prison_towns`)."""


def kinds_of(lowered: str, stop: frozenset[str]) -> Iterator[Found]:
    """Each place named by its French kind and "du", "des" or "de la" and words, or "de" and
    a town no everyday word spells."""
    places = gazetteer()
    for match in OF_TOWN.finditer(lowered) if " de " in lowered else ():
        town = fold(match.group(1))
        some = SOME.search(lowered, max(0, match.start() - 5), match.start())  # "une pharmacie"
        if town in places.names and town not in places.ambiguous and not some:
            yield match.start(), match.end(), "organisation"
    for match in PRISON_OF.finditer(lowered) if "prison de " in lowered else ():
        named = match.group(1)
        if fold(named) not in places.names and not _word_or_slip(named):
            yield match.start(), match.end(), "organisation"
    for match in OF_NAME.finditer(lowered):
        parts = [p for p in (match.group(1), match.group(2)) if p]
        kept = words_of_a_name(parts, stop | OF_STOP | WHOSE_OR_WHICH)
        ends = words_to_clause_end(FRENCH_ENDS, lowered, [match.end(n + 1) for n in range(kept)])
        if ends and not parts[0].endswith(STREET_ENDS):  # "la boulangerie de la dorpsstraat"
            yield match.start(), match.end(ends), "organisation"


def _word_or_slip(word: str) -> bool:
    """A word of the lists, one slip from one, or short: "prison de nouveu", "de nouvo"
    (reader51b) are "nouveau"; the writers' prisons have long names ("hautrive", "marbeau")."""
    return len(word) < 7 or word in lexicon().words or typo_of_a_word(word, lexicon())


HALLOWED_END = lazy(r"(?i:(?:royale?|(?:saint|sainte|st|ste)-[\w'’-]+|notre-dame)$)")
OF_TAIL = lazy(rf"(?i:\s+(?:du|des|de\s+la|de\s+l['’])\s*({WORD})(?:\s+({WORD}))?)")
TAIL_ENDS = lazy(rf"{FRENCH_ENDS.pattern}|\s+(?:says|said|wants|pq|parce|because|omdat)\b")
"""A French name's end, or an English verb after it: "athénée royal des trois tilleuls says";
not a French one ("l'athénée royal des maths a appelé": reader47c)."""
TIMES = frozenset(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                   "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                   "septembre", "octobre", "novembre", "décembre", "matin", "soir"])  # fmt: skip
""""l'hôpital saint-pierre du lundi,": a time, no name."""
NOT_OWN = frozenset(["genou", "jambe", "bras", "main", "pied", "dos", "tête", "coeur", "cœur",
                     "épaule", "hanche", "oeil", "œil", "yeux", "rentrée", "métiers", "semaine",
                     "vacances", "année", "cours", "soirée", "journée", "promotion", "coup",
                     "maternelle", "primaire", "secondaire", "maths", "math", "sport"])  # fmt: skip
""""clinique saint-luc du genou", "athénée royal de la rentrée", "un athénée royal des métiers
techniques" (reader47b): a body part, a time or a line of study, no name."""
SOME = lazy(r"(?i:\b(?:un|une|a|an)\s+$)")


def hallowed_tail(text: str, start: int, end: int) -> int:
    """Where a French school or clinic named by "royal" or a saint ends: after "du", "des",
    "de la" and the words to its clause's end ("athénée royal des étangs,", "clinique
    saint-hubert des champs,", "institut notre-dame des prés pq"), which the writers put in
    the name 22 times in 24 on the tuning sets (#12, forty-seventh session)."""
    if not HALLOWED_END.search(text, max(start, end - 40), end):
        return end
    if SOME.search(text, max(0, start - 5), start):
        return end  # "il voudrait un athénée royal des …": any such school
    if (tail := OF_TAIL.match(text, end)) is None:
        return end
    parts = [part.lower() for part in tail.groups() if part]
    kept = words_of_a_name(parts, OF_STOP | TIMES | NOT_OWN)
    ends = words_to_clause_end(TAIL_ENDS, text.lower(), [tail.end(n + 1) for n in range(kept)])
    return tail.end(ends) if ends else end
