"""Small shops named by their kind and their own words, in lower case: "car wash bubble bros in
vilvoorde", "resto antalya grill à jemappes", "gsm winkel mobi king op de carnotstraat", "night
shop city market 24, owner" (#12, fifty-fourth session: probe197, a set about small shops and
informal work, named 35 shops; the older rules read a shop's name only after "chez", a family
name or a capital). The words must run to the end of the clause or to a town or street after
them; none may be a link word, a verb, a person, a street or a special category ("épicerie
africaine", "snack halal"); one at least must be in no frequent list, or a number must end
them: "de car wash in de straat", "resto du coin", "kapsalon gesloten," name nothing, and
"phone shop gsm planet" (everyday words only) is left to the taps."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import dutch_verb_form, frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.org_named_kinds import FIRM_STOP
from bot.privacy.school_names import WORD, words_to_clause_end
from bot.privacy.sensitive import category_word

Found = tuple[int, int, str]
KINDS = (
    r"resto|restaurant|car\s?wash|night\s?shop|phone\s?shop|gsm\s?(?:shop|winkel)|salon|kapsalon"
    r"|barber\s?shop|wassalon|wasserette|laverie|pizzeria|bakkerij|bakery|[ée]picerie|sup[ée]rette"
    r"|nachtwinkel|buurtsuper|buurtwinkel|kebabzaak|snack|fritkot|frietkot"
)
NAMED = lazy(
    rf"(?<![\w'’-])(?:{KINDS})\s+(?!(?:{KINDS})\b)({WORD})(?:\s+({WORD}))?(?:\s+({WORD}))?"
    r"(?:\s+(\d{1,3}))?"
)
ENDS = lazy(
    r"\s*(?:[,.;:!?)(]|$)|\s+(?:à|in|op|on|at|aan|te|quand|when|waar|where|sur|dans|near|bij"
    r"|rue|avenue|chaussée|owner|eigenaar|patron|baas|boss)\b"
)
"""What may follow the name: the clause's end, the town or street it stands in, its owner."""
HINTS = ("resto", "restaurant", "wash", "shop", "gsm", "salon", "barber", "wasser", "laverie",
         "pizzeria", "bakker", "bakery", "picerie", "perette", "winkel", "super", "kebab", "snack",
         "kot")  # fmt: skip
VERBS = cues()["verbs"]
NOT_OWN = FIRM_STOP | VERBS | frozenset(
    ["is", "was", "est", "has", "heeft", "a", "the", "de", "het", "le", "la", "les", "du", "des",
     "een", "un", "une", "an", "van", "of", "om", "en", "et", "and", "ook", "also", "aussi",
     "cash", "only", "zwart", "noir", "terwijl", "maar", "omdat", "want", "mais", "car",
     "parce", "quand", "when", "while", "because", "sinds", "depuis", "since", "waar", "where",
     "qui", "die", "dat", "that", "which", "who", "rue", "avenue", "chaussée", "place",
     "boulevard", "quai", "straat", "street", "road", "familial", "familiale", "sociaal",
     "social", "sociale", "solidaire", "petit", "petite", "klein", "kleine", "small", "local",
     "ter", "ten", "te", "tv", "televisie", "tele", "télé", "sofa", "zetel", "canapé", "couch",
     "owners", "owner", "eigenaar", "eigenaars", "patrons", "gérant", "staff", "personeel",
     "klanten", "clients", "customers"]
)  # fmt: skip
OWN_KIND = ("kapsalon", "wassalon", "wasserette", "bakkerij", "nachtwinkel", "buurtsuper",
            "buurtwinkel", "kebabzaak", "fritkot", "frietkot", "pizzeria")  # fmt: skip
"""Kinds the writers put in the name ("kapsalon elegance", "bakkerij atlas"); after the others
they mark the name alone ("the car wash [bubble bros]", "resto [antalya grill]"), but in a
Dutch note the whole ("bij [car wash sparkle]")."""
DUTCH_BEFORE = lazy(r"\b(?:bij|van|naar|aan|voor|via|vd|op)\s+$")


def shop_names(lowered: str) -> Iterator[Found]:
    """Each shop named by its kind and its own words (lower-case text)."""
    if not any(hint in lowered for hint in HINTS):
        return
    common = frequent()
    for match in NAMED.finditer(lowered):
        parts = [p for p in match.groups()[:3] if p]
        kept = next((n for n, p in enumerate(parts) if not _may_name(p)), len(parts))
        ends_at = [match.end(n + 1) for n in range(kept)]
        if match.group(4) and kept == len(parts):
            ends_at.append(match.end(4))  # "city market 24,"
        ends = words_to_clause_end(ENDS, lowered, ends_at)
        own = parts[: min(ends, kept)]
        numbered = ends > kept  # "city market 24,": a number ends the name
        if own and (numbered or any(word not in common for word in own)):
            kind = match.group().split()[0]
            dutch = DUTCH_BEFORE.search(lowered, max(0, match.start() - 6), match.start())
            start = match.start() if kind.startswith(OWN_KIND) or dutch else match.start(1)
            yield start, ends_at[ends - 1], "organisation"


def _may_name(word: str) -> bool:
    """A word that may belong to a shop's name: none of `NOT_OWN`, no special category, no
    Dutch participle ("bakkerij ter plaatse gekocht")."""
    return word not in NOT_OWN and not category_word(word) and not dutch_verb_form(word, lexicon())
