"""Works and mills named by their kind and their own word, in lower case: "licencié chez
câbleries liégeoises", "38 ans chez cokerie du centre", "papeteries de la senne", "fonderie
lommel sluit", "ex-aciéries sambre" (#12, fifty-fifth session: review65a, a set about factory
closures, named such works in a third of its notes; the older rules read a firm's kind only
before a family name or a capital). The word must be none of a sentence's link words, verbs,
times or people, and not a frequent word unless "du"/"de la"/"des" comes first ("la fonderie
ferme", "aux aciéries depuis 1990", "la cokerie du village" name nothing; "les forges de
clabecq" do)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import dutch_verb_form, frequent
from bot.privacy.french_name_words import PEOPLE_AND_TIMES
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.org_shop_names import NOT_OWN
from bot.privacy.patterns import FRENCH_STREET
from bot.privacy.sensitive import category_word

Found = tuple[int, int, str]
KINDS = (
    r"cokeries?|papeteries?|c[âa]bleries?|aci[ée]ries?|fonderies?|laminoirs?|hauts[\s-]fourneaux"
    r"|cartonneries?|verreries?|sucreries?|tuileries?|briqueteries?|charbonnages?|tr[ée]fileries?"
    r"|forges|filatures?|steelworks|ironworks|glassworks"
)
NAMED = lazy(
    rf"(?<![\w'’])(?:{KINDS})\s+((?:du|des|de\s+la|de\s+l['’]|d['’]|de)\s*)?"
    r"([^\W\d_][\w'’-]*)"
)
HINTS = ("cokeri", "papeteri", "bleri", "ciéri", "cieri", "fonderi", "laminoir", "fourneau",
         "cartonneri", "verreri", "sucreri", "tuileri", "briqueteri", "charbonnage", "fileri",
         "forges", "filature", "works")  # fmt: skip
"""Substrings without which no work of these kinds is named."""
STREET_BEFORE = lazy(rf"\b(?:{FRENCH_STREET}|musée|musee)\s+(?:du|des|de\s+la|de\s+l['’]|de)\s*$")
"""A street or a museum named after a work ("rue du charbonnage sans numéro", "au musée du
charbonnage des environs": reader51c)."""
NO_PLACE = PEOPLE_AND_TIMES | frozenset(
    ["ville", "village", "commune", "quartier", "région", "region", "coin", "pays", "zone", "site",
     "groupe", "usine", "patron", "direction", "syndicat", "personnel", "ouvriers", "environs",
     "alentours", "cuisine", "maison", "table", "famille", "grand-mère", "mariage", "zoning",
     "parc", "port"]
)  # fmt: skip
"""Words after "du"/"de la" that say where or whose, not which: "la cokerie du village", "la
verrerie de la cuisine" (glassware: reader55b)."""
PARTICIPLE = ("é", "ée", "és", "ées")


def industries(lowered: str) -> Iterator[Found]:
    """Each work named by its kind and one word of its own (lower-case text)."""
    if not any(hint in lowered for hint in HINTS):
        return
    for match in NAMED.finditer(lowered):
        linked, word = match.group(1), match.group(2)
        if STREET_BEFORE.search(lowered, max(0, match.start() - 20), match.start()):
            continue
        if word in NOT_OWN or word in NO_PLACE or category_word(word):
            continue
        loose = not linked or linked.strip() == "de"  # "les forges de clabecq": a place's name
        if dutch_verb_form(word, lexicon()) or (loose and word in frequent()):
            continue
        if not linked and word.endswith(PARTICIPLE) and word in lexicon().words:
            continue  # "ancienne tuilerie transformée en logements" (reader55b)
        yield match.start(), match.end(), "organisation"
