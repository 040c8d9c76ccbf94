"""A bar, hotel, restaurant, club or undertaker named by the words right after its kind, with
no article, when a clause ends there (#12, fifty-seventh session).

Notes name where someone works or deals by its kind and its own word or two, in lower case and
without an article: "kelner in hotel royal, baas", "wants to quit brasserie europa in
etterbeek", "diende op in strandbar zuidpier hele zomer", "at beach club sunset". The kind
must come right after a preposition or a verb of leaving, and the name must end the clause (a
comma, the note's end, or "in", "à", "at", "since", "bij", "after" …) within two words, or
before a verb ("hotel linde dreigt met uitzetting": the name is "hotel linde"): "in hotel kamers
schoonmaken" (an activity), "werkt in hotel sinds mei", "goes to bar tonight" stay. A plural of
a listed word ("in hotel kamers, …"), a time, a town, a part of the place ("hotel reception")
or a word for people is no name. "café" is no kind here: "rdv au café turc" (false alarms).

The fifty-eighth session added venues and clubs (casino, cinema, pool, sports hall, dojo, gym,
bowling, cabaret, pharmacy, GP practice), compounds ending in a kind ("cocktailbar mirabel"), a
club, team or academy after its sport ("judo club yama arashi"), and names given with an article
right after the bare kind (`ARTICLE_KIND`: "au bar le rideau rouge,").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.compounds import dutch, dutch_plural, frequent
from bot.privacy.gazetteer import fold, gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues
from bot.privacy.org_named_kinds import NOT_NAMES as WHEN_OR_WHO
from bot.privacy.places import place_names
from bot.privacy.school_names import STOP

Found = tuple[int, int, str]
SPORTS = (
    r"judo|karate|karaté|futsal|cyclo|boxing|boxe|kick|kickbox|kickboxing|basket|basketball"
    r"|rugby|wrestling|swim|swimming|football|voetbal|athletics|tennis|hockey|volley|volleyball"
    r"|handball|mma|muay\s+thai|thai|fight|golf|chess|schaak|taekwondo|gymnastics|running|cycling"
    r"|dance|dans|danse|boks|zwem"
)
"""Sports before a club, team or academy: "judo club yama arashi", "kick boxing team ardent"."""
KINDS = (
    r"hotel|hôtel|brasserie|strandbar|beachbar|beach\s+club|bar|taverne|tavern|pub|inn|grill"
    r"|restaurant|resto|snackbar|frituur|friterie|friture|pizzeria|pitta|pita|eethuis|bistro"
    r"|uitvaartcentrum|uitvaartzorg|begrafenissen|funérailles|pompes\s+funèbres|funeral\s+home"
    r"|dancing|discotheek|nightclub|boîte|karaoke|lounge|club"
    r"|casino|cinéma|cinema|bioscoop|cabaret|bowling|zwembad|piscine|sporthal|sportcomplex|dojo"
    r"|dojang|gym|fitness|fitnesscentrum|sportshop|wachtpost|dokterspraktijk|huisartsenpraktijk"
    r"|groepspraktijk|praktijk|pharmacie|apotheek|[^\W\d_]{3,}(?:bar|club|gym|café|kring)|piano-bar"
    rf"|(?:(?:{SPORTS})\s+){{1,2}}(?:club|team|academy|académie|gym)"
)
BARE_KIND = lazy(
    r"(?<![\w'’-])(?:bij|at|in|van|chez|à|au|from|for|voor|naar|with|met|quit|quitte|verlaat"
    r"|quitté|stopte|left|vr|pr|to|uit|aan|near|op|door|by|par)\s+"
    rf"((?:{KINDS})\s+([^\W\d_][\w'’&-]*(?:\s+(?:[^\W\d_][\w'’&-]*|\d{{1,3}}))?))"
    r"(?=\s*(?:[,.;:!?)(]|-\s|$)|\s+(?:in|te|à|a|at|op|on|for|since|sinds|depuis|en|and|et"
    r"|maar|but|mais|want|car|because|omdat|hele|all|toute|tout|every|elke|chaque|nu|now"
    r"|maintenant|while|terwijl|pendant|during|tijdens|bij|na|vorige|volgende|last|next|dernier"
    r"|jusqu|until|tot|as|als|comme|voor|pour|after|après|door|by|par|with|met|avec)\b)"
)
ARTICLE_KIND = lazy(
    r"(?<![\w'’-])(?:bij|at|in|van|chez|à|au|from|for|voor|naar|with|met|quit|quitte|verlaat"
    r"|quitté|stopte|left|to|uit|aan|near|op|door|by|par)\s+"
    rf"((?:{KINDS})\s+(?:(?:de|het|'t|den|le|la|les)\s+|l['’]\s*)"
    rf"([^\W\d_][\w'’&-]*(?:\s+[^\W\d_][\w'’&-]*)?))"
    r"(?=\s*(?:[,.;:!?)(]|-\s|$)|\s+(?:in|te|à|a|at|op|on|for|since|sinds|depuis|en|and|et"
    r"|maar|but|mais|want|car|because|omdat|nu|now|while|terwijl|pendant|during|tijdens|bij"
    r"|jusqu|until|tot|voor|pour|after|après|door|by|par|with|met|avec|le|la|les|de|het)\b)"
)
"""A kind, an article and a name of one or two words that ends the clause: "serveuse au bar le
rideau rouge,", "kassier bij bioscoop de lantaarn", "naar dokterspraktijk de meersen,", "au
futsal club les aiglons," (#12, fifty-eighth session). The article right after a bare kind says
a name follows ("au bar le soir", "in zwembad de hele dag" hold words that are no names)."""
NOT_NAMES = frozenset(
    """de het een the a an la le les un une des du l zijn haar his her son sa ses mijn my ma
    mon kamers rooms chambres keuken kitchen cuisine personeel staff personnel eigenaar owner
    patron baas boss manager chef kok cook team ploeg équipe shift shifts dienst service
    vandaag today aujourd gisteren yesterday hier morgen tomorrow demain avond evening soir
    nacht night nuit weekend weekends zomer summer été winter hiver werk work travail job
    boulot als as comme zonder without sans met with avec tonight vanavond vannacht
    again weer opnieuw encore alone alleen seule seul in te à op bij at on to naar van of
    social sociaal sociale solidaire reception receptie réception onthaal accueil lobby desk
    balie counter comptoir parking terras terrace terrasse toilet toiletten toilettes wc zaal
    salle hall ingang entrance entrée bar restaurant cleaning poets nettoyage sometimes soms
    parfois often vaak souvent always altijd toujours never nooit jamais nearby dichtbij later
    straks once twice daily since sinds depuis vanaf until tot jusqu for voor pour during
    tijdens pendant""".split()  # noqa: SIM905
)
"""Words after a kind that say it is no name: an article, a room, the staff, a time."""
HINTS = frozenset(
    """hotel hôtel brasserie strandbar beachbar beach bar taverne tavern pub inn grill restaurant
    resto snackbar frituur friterie friture pizzeria pitta pita eethuis bistro
    uitvaartcentrum uitvaartzorg begrafenissen funérailles pompes funeral dancing discotheek
    nightclub boîte karaoke lounge club casino cinéma cinema bioscoop cabaret bowling zwembad
    piscine sporthal sportcomplex dojo dojang gym fitness fitnesscentrum sportshop wachtpost
    dokterspraktijk huisartsenpraktijk groepspraktijk praktijk pharmacie apotheek team academy
    académie piano-bar""".split()  # noqa: SIM905
)
"""Words without which BARE_KIND cannot match: most notes stop at this lookup."""
KIND_ENDS = ("bar", "club", "gym", "café", "kring")
"""Compounds ending in a kind ("cocktailbar", "fightgym", "jazzcafé") are kinds too."""
DE_IS_OF = frozenset(["club", "casino", "cinéma", "cinema", "piscine", "pharmacie", "cabaret",
                      "bowling", "dancing", "bar", "boîte", "gym", "fitness", "dojo", "team",
                      "academy", "académie", "hôtel", "restaurant", "resto", "grill",
                      "taverne", "lounge", "karaoke", "pub", "tavern", "inn"])  # fmt: skip
"""Kinds after which "de" is French ("club de foot", "casino de namur"), no Dutch article."""
WHEN_OR_DUTY = frozenset(
    ["elke", "iedere", "chaque", "every", "each", "wacht", "garde", "dienst", "duty", "call",
     "after", "après", "before", "avant", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
     "fridays", "saturdays", "sundays", "maandag", "dinsdag", "woensdag", "donderdag",
     "vrijdag", "zaterdag", "zondag", "week", "semaine", "plus", "moins", "meilleur",
     "meilleure", "premier", "première", "seul", "seule", "nearest", "closest", "best",
     "dichtste", "dichtstbijzijnde", "beste", "eerste", "laatste"]
)  # fmt: skip
"""On duty, a day or a time: "bij apotheek de wacht", "at swimming club tuesdays"."""
BARE_STOP = NOT_NAMES | WHEN_OR_DUTY
NOT_THERE = BARE_STOP | STOP | WHEN_OR_WHO
"""After a kind and an article, the people there and more times too: "au resto le midi"."""
AFTER = frozenset(["after", "après", "before", "avant"])
"""After a name, the clause goes on: "fired from bar solero after a theft"."""
MORE_VERBS = frozenset(["dreigt", "threatens", "menace", "weigert", "refuses", "refuse", "eist",
                        "exige", "demands", "betaalt", "pays", "paie"])  # fmt: skip


def bare_kinds(lowered: str, words: frozenset[str]) -> Iterator[Found]:
    """Each place of hospitality, venue, club or undertaker named by its own words after its
    kind."""
    if HINTS.isdisjoint(words) and not any(word.endswith(KIND_ENDS) for word in words):
        return
    yield from _article_names(lowered)
    common = frequent()
    for match in BARE_KIND.finditer(lowered):
        named = match.group(2).split()
        first = named[0]
        if first in BARE_STOP or first in _verbs():
            continue  # "schuld bij apotheek loopt op"
        if len(named) == 2 and named[1] in BARE_STOP and named[1] not in AFTER:
            continue  # "naar gym klassiek elke dag": a time after, no name (as before)
        if first in common and dutch_plural(first):
            continue  # "in hotel kamers, …": what was done there
        town = next(place_names(match.group(2), lenient=True), None)
        if town and town[0] == 0 and town[1] == len(match.group(2)):
            continue  # "in hotel gent": the town is masked on its own, the kind says nothing
        verb_after = len(named) == 2 and (named[1] in _verbs() or named[1] in AFTER)  # "dreigt"
        town_first = len(named) == 2 and _town(first) and _infinitive(named[1])
        yield (
            match.start(1),
            match.start(2) + len(first) if verb_after or town_first else match.end(1),
            "organisation",
        )


def _article_names(lowered: str) -> Iterator[Found]:
    """Each place named by an article and a word or two after its bare kind."""
    common = frequent()
    for match in ARTICLE_KIND.finditer(lowered):
        named = match.group(2).split()
        before = lowered[match.start(1) : match.start(2)].split()
        if before[-1] == "de" and before[-2] in DE_IS_OF:
            continue  # "au club de foot", "au casino de namur": "of", no article
        if named[0] in NOT_THERE or (named[0] in common and dutch_plural(named[0])):
            continue  # "au bar le soir", "in zwembad de kinderen"
        if len(named) == 2 and (named[1] in NOT_THERE or named[1] in _verbs()):
            continue
        town = next(place_names(match.group(2), lenient=True), None)
        if town and town[0] == 0 and town[1] == len(match.group(2)):
            continue
        end = match.start(2) + len(named[0]) if _adverb(named) else match.end(1)
        yield match.start(1), end, "organisation"  # "au dojo le lotus [bénévolement]"


def _infinitive(word: str) -> bool:
    """A Dutch infinitive after a club's town ends its name: "bij fight club herentals
    stopzetten"; "hotel sablon garden" goes on."""
    return len(word) > 6 and word.endswith("en") and word in dutch()  # not "garden"


def _town(word: str) -> bool:
    """A word that names a town and nothing else: the end of a club's name ("club herentals")."""
    places = gazetteer()
    return fold(word) in places.names and fold(word) not in places.ambiguous


def _adverb(named: list[str]) -> bool:
    """A French adverb after a venue's one word: "au dojo le lotus bénévolement"."""
    return len(named) == 2 and named[1].endswith("ment") and len(named[1]) > 6


@cache
def _verbs() -> frozenset[str]:
    """What a person or a firm does after its name: the end of the name ("dreigt met")."""
    return cues()["verbs"] | cues()["org_verbs"] | MORE_VERBS
