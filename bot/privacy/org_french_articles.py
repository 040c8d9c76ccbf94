"""French care places, shelters and shops named by their kind and a name that opens with its
own article, in lower case: "kiné au centre médical les tilleuls", "hébergée au refuge les
primevères à verviers", "crise au resto solidaire le bol, ambulance", "rdv au comptoir le
relais mardi" (#12, forty-ninth session: probe168, probe170 and probe171 held such names
after kinds the older rules, which know "crèche" and "centre de jour", do not read this way;
none was found); rest homes, youth homes, home-help services, institutes, school health
centres and homework schools too ("à la mrs les glycines,", "au srg le nid depuis", "l'aide
familiale de adm les hirondelles,", "suivi par le centre pms libre les sources pour": fiftieth
session, probe172, probe176; "mrs" only after "la": English "mrs les" is a woman); day centres,
youth services and institutions ("à l'amo le relais,", "de l'ippj les coudriers": fifty-first
session, probe180; not "service" nor "atelier", which go before an article and an everyday
noun as often: "au service la personne, ok", "à l'atelier le vélo, réparé"); neighbourhood
and youth houses, homework schools, pools, libraries and choirs ("à la mq le colombier,",
"à l'edd le petit pont,", "à la piscine les ondines": fifty-second session, probe184), and
training and rehabilitation centres, night shelters, aftercare and driving schools ("centre de
formation les sorbiers,", "à l'asile de nuit le fanal depuis": probe186, probe187); holiday
playgrounds, stays and camps, vets, guidance centres and housing companies ("moniteurs de plaine
les galopins", "au camp des castors à virton", "au logis des tilleuls": probe198-200, #12's
fifty-fourth session), and laundrettes, night shops, snacks and car washes ("laverie la bulle
rue des alliés": reader54b); fishmongers, bakers, bookshops, cheese shops and dry cleaners
("au-dessus de la poissonnerie la sirène, loyer": probe205, #12's fifty-fifth session); music
academies, cultural and youth centres, evening schools, shared gardens, teaching farms and
visiting rooms ("au centre culturel le fournil", "au jardin partagé des tilleuls,": probe202,
probe203, probe204); hairdressers, halls, second-hand and repair shops, caterers ("à salle la
fontaine,", "vers la ressourcerie du vivier,": probe209-probe212, review66a, fifty-sixth).

The name's words must run to the end of the clause (a comma, "à", a weekday …) and none may be
a person, an animal, a time or a verb: "au refuge les chiens aboient", "à la pharmacie le
matin", "au centre médical la dame attend", "au ceso les bénévoles aident" name no place."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.french_name_words import AFTER_NOUN, PEOPLE_AND_TIMES
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.org_kinds_of import OF_STOP
from bot.privacy.org_named_kinds import FIRM_STOP
from bot.privacy.school_names import KIND_START, WORD, words_of_a_name, words_to_clause_end

Found = tuple[int, int, str]
KINDS = (
    r"centre\s+(?:m[ée]dical|de\s+cure|de\s+sant[ée]|de\s+soins|d['’]accueil|de\s+crise"
    r"|de\s+revalidation|psychiatrique)|maison\s+(?:m[ée]dicale|de\s+quartier|de\s+jeunes"
    r"|d['’]accueil|de\s+la\s+culture|de\s+soins)|refuge|resto(?:\s+(?:solidaire|social"
    r"|du\s+c[œo]e?ur))?|restaurant\s+(?:social|solidaire)|comptoir|ceso|abri(?:\s+de\s+nuit)?"
    r"|pharmacie|[ée]picerie(?:\s+sociale)?|boucherie|p[âa]tisserie|h[ôo]tel|salon"
    r"|asbl|bistrot?|auberge|pension|(?<=la\s)mrs|mrpa|rpa|maison\s+de\s+repos|r[ée]sidence|srg"
    r"|adm|institut|centre\s+pms(?:\s+libre)?|[ée]cole\s+de\s+devoirs|centre\s+de\s+jour|amo"
    r"|ippj|mq|mj|edd|piscine|ludoth[eè]que|biblioth[eè]que|chorale|centre\s+de\s+formation"
    r"|centre\s+de\s+r[ée]adaptation|centre\s+d['’]h[ée]bergement|asile\s+de\s+nuit|post-cure"
    r"|auto-[ée]cole|polyclinique|cabinet\s+(?:dentaire|m[ée]dical)|chu|chr|(?<!\d\s)(?<!\d)mm"
    r"|optique|centre\s+de\s+r[ée]pit|plaine(?:\s+de\s+jeux)?|s[ée]jour|camp|logis"
    r"|(?:clinique|cabinet)\s+v[ée]t[ée]rinaire|centre\s+de\s+guidance|laverie|night\s?shop"
    r"|sup[ée]rette|snack|friterie|car\s?wash|poissonnerie|boulangerie|librairie|fromagerie"
    r"|pressing|acad[ée]mie|conservatoire|maison\s+des\s+jeunes|centre\s+culturel"
    r"|[ée]cole\s+du\s+soir|jardin\s+(?:partag[ée]|communautaire|collectif)|potager(?:\s+collectif)?"
    r"|ferme\s+p[ée]dagogique|espace[-\s]rencontre|coiffure|salle(?:\s+des\s+f[êe]tes)?"
    r"|ressourcerie|recyclerie|friperie|brocante|trocante|traiteur|lavomatic|repair\s+caf[ée]"
)
WITH_DES = lazy(
    r"polyclinique|cabinet|chu|chr|mm|optique|centre\s+de\s+r[ée]pit|camp|logis|acad[ée]mie"
    r"|conservatoire|chorale|jardin|potager|ferme|ressourcerie|recyclerie|friperie|lavomatic"
    r"|laverie|repair|salle|coiffure|traiteur"
)
"""The care places of #12's fifty-third session, whose name may open with "des" ("polyclinique
des collines", "cabinet dentaire des ormes": probe195): one word of its own that ends the
clause; after the older kinds "des" says what is there ("épicerie sociale des produits frais",
"pharmacie des médicaments pas remboursés": reader53b). "du" likewise after shops and practices, its
word in no frequent list ("optique du beffroi", "ressourcerie du vivier": probe210, probe211,
#12's fifty-sixth session), not after a hall ("la salle du mariage")."""
WITH_DU = lazy(r"polyclinique|cabinet|optique|ressourcerie|recyclerie|friperie|lavomatic|laverie")
NAMED = lazy(
    rf"{KIND_START}(?:{KINDS})\s+((?:le|la|les|au|aux|des|du)\s+|l['’]\s*)"
    rf"({WORD})(?:\s+({WORD}))?(?:\s+({WORD}))?"
)
ENDS = lazy(
    r"\s*(?:[,.;:!?)(]|$)|\s+(?:en|pour|depuis|avec|et|mais|car|sans|où|chez|dans|jusqu"
    r"|pendant|à|au|sur|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette|ds"
    r"|pdt|pr|rue|avenue|chaussée|boulevard)\b"
)
"""What may follow the name: the clause's end, its town after "à", its street, a time."""
NOT_OWN = FIRM_STOP | OF_STOP | PEOPLE_AND_TIMES | frozenset(
    ["gens", "personnes", "monde", "travail", "personnel", "équipe", "docteur", "médecin",
     "infirmière", "infirmier", "pharmacien", "pharmacienne", "kiné", "assistante", "assistant",
     "plus", "moins", "ok", "premier", "première", "seul", "seule", "prochaine", "prochain", "fin",
     "début", "fois", "suite", "veille", "lendemain", "week-end", "soir", "rendez-vous", "rdv",
     "file", "queue", "porte", "caisse", "comptoir", "cuisine", "salle", "chambre", "bureau",
     "accueil", "dossier", "facture", "note", "prix", "loyer", "repas", "pain", "déjeuner",
     "petit-déjeuner", "souper", "dîner", "café", "the", "maison", "bénévoles", "bénévole",
     "volontaires", "éducateurs", "éducatrices", "infirmières", "infirmiers", "médecins",
     "patients", "résidents", "résidentes", "habitants", "jeunes", "voisins", "clients",
     "travailleurs", "travailleuses", "animateurs", "animatrices", "familles", "mamans", "papas",
     "chien", "chiens", "chat", "chats", "chiot", "chaton", "animaux", "gamin", "gamine",
     "gamins", "gosse", "gosses", "ado", "ados", "jeune", "petit", "petite", "petits",
     "étudiants", "élèves", "enfants", "vacances", "médicaments", "urgences", "soins",
     "lunettes", "verres", "lentilles", "dents", "prothèses", "scouts", "moniteurs",
     "monitrices", "animateur", "animatrice", "tentes", "jeux", "activités", "inscriptions",
     "vétérinaire", "véto"]
)  # fmt: skip
"""Words that are no name's: the people there, a time, a part of the place, what is had there."""
HINTS = ("centre", "maison", "refuge", "resto", "comptoir", "ceso", "abri", "bazar", "pharmacie",
         "picerie", "boucherie", "tisserie", "tel ", "salon", "asbl", "bistro", "auberge",
         "pension", "mrs", "rpa", "repos", "sidence", "srg", "adm", "institut", "pms",
         "devoirs", "amo", "ippj", "mq ", "mj ", "edd ", "piscine", "thèque", "theque",
         "chorale", "asile", "post-cure", "auto-", "poly", "cabinet", "chu ", "chr ", "mm ",
         "optique", "répit", "repit", "plaine", "séjour", "sejour", "camp", "logis",
         "rinaire", "guidance", "laverie", "shop", "rette", "snack", "friterie",
         "wash", "poissonn", "boulanger", "librairie", "fromager", "pressing", "cadémie",
         "cademie", "conservatoire", "culturel", "du soir", "jardin", "potager", "ferme",
         "rencontre", "coiffure", "salle", "ressourc", "recycler", "friperie", "brocante",
         "trocante", "traiteur", "lavomatic", "repair")  # fmt: skip
LEISURE = lazy(
    r"mq|mj|edd|piscine|ludoth|biblioth|chorale|poissonn|boulanger|librairie|fromager|pressing"
)
"""Places of free time and shops: their name holds a word of no frequent list ("la piscine les
ondines", "la poissonnerie la sirène"; not "à la boulangerie les pains sont chers")."""
ELIDED = lazy(r"(?:s|n|m|t|j|qu)['’]")
"""A pronoun or negation elided before a verb: no name's word ("s'est battu")."""
FINITE_ENDS = ("ent", "ait", "aient", "ons", "ez")
VERB_ENDS = ("ent", "ait", "aient", "ons", "ez", "era", "ira", "é", "ée", "és", "ées", "ir")


def french_article_names(lowered: str) -> Iterator[Found]:
    """Each place named by a French kind and a name that opens with its own article."""
    if not any(hint in lowered for hint in HINTS):
        return
    common = frequent()
    for match in NAMED.finditer(lowered):
        parts = [p for p in (match.group(2), match.group(3), match.group(4)) if p]
        kept = words_of_a_name(parts, NOT_OWN)
        ends = words_to_clause_end(ENDS, lowered, [match.end(n + 2) for n in range(kept)])
        own = parts[:ends]
        if not own or any(_a_verb(word, common) or ELIDED.match(word) for word in own):
            continue  # "à l'ippj le gamin s'est battu" (reader51c)
        article = match.group(1).strip()
        if article in ("des", "du") and (len(own) > 1 or not WITH_DES.match(match.group())):
            continue  # "cabinet médical des vacances affichés", "épicerie des produits frais"
        if article == "du" and (own[0] in common or not WITH_DU.match(match.group())):
            continue  # "à l'optique du coin,": no name
        if LEISURE.match(match.group()) and all(word in common for word in own):
            continue  # "à la bibliothèque l'ordinateur, il cherche": what is there
        yield match.start(), match.end(ends + 1), "organisation"


def _a_verb(word: str, common: frozenset[str]) -> bool:
    """A word of the lists with a verb's ending ("parlent", "aident", "attendait"), or a
    frequent one with a participle's ("fermé"); a colour after its noun is no verb ("le panier
    doré")."""
    if word in AFTER_NOUN:
        return False
    if word.endswith(FINITE_ENDS) and word in lexicon().words:
        return True  # "au ceso les bénévoles aident" (reader49b)
    if word.endswith("e") and word + "r" in lexicon().words:
        return True  # "adm les hirondelles signale", "repos les sépare" (fiftieth session)
    return word in common and word.endswith(VERB_ENDS)
