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
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.compounds import dutch_plural, frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues
from bot.privacy.places import place_names

Found = tuple[int, int, str]
KINDS = (
    r"hotel|hôtel|brasserie|strandbar|beachbar|beach\s+club|bar|taverne|tavern|pub|inn|grill"
    r"|restaurant|resto|snackbar|frituur|friterie|friture|pizzeria|pitta|pita|eethuis|bistro"
    r"|uitvaartcentrum|uitvaartzorg|begrafenissen|funérailles|pompes\s+funèbres|funeral\s+home"
    r"|dancing|discotheek|nightclub|boîte|karaoke|lounge|club"
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
    nightclub boîte karaoke lounge club""".split()  # noqa: SIM905
)
"""Words without which BARE_KIND cannot match: most notes stop at this lookup."""
MORE_VERBS = frozenset(["dreigt", "threatens", "menace", "weigert", "refuses", "refuse", "eist",
                        "exige", "demands", "betaalt", "pays", "paie"])  # fmt: skip


def bare_kinds(lowered: str, words: frozenset[str]) -> Iterator[Found]:
    """Each place of hospitality or undertaker named by its own words after its kind."""
    if HINTS.isdisjoint(words):
        return
    common = frequent()
    for match in BARE_KIND.finditer(lowered):
        named = match.group(2).split()
        first = named[0]
        if first in NOT_NAMES or any(word in NOT_NAMES for word in named[1:]):
            continue
        if first in common and dutch_plural(first):
            continue  # "in hotel kamers, …": what was done there
        town = next(place_names(match.group(2), lenient=True), None)
        if town and town[0] == 0 and town[1] == len(match.group(2)):
            continue  # "in hotel gent": the town is masked on its own, the kind says nothing
        verb_after = len(named) == 2 and named[1] in _verbs()  # "hotel linde dreigt met"
        yield (
            match.start(1),
            match.start(2) + len(first) if verb_after else match.end(1),
            "organisation",
        )


@cache
def _verbs() -> frozenset[str]:
    """What a person or a firm does after its name: the end of the name ("dreigt met")."""
    return cues()["verbs"] | cues()["org_verbs"] | MORE_VERBS
