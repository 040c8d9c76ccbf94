"""Organisations named by a Dutch compound kind and their own word, and English shops, schools
and depots named before their kind, in lower case, the largest miss that writers of many tuning
sets share: "verblijft in jongerenhuis kompas", "via interimkantoor flexa", "wachtlijst bij
centrum de klaproos", "vrouw van kraamzorg de wieg", "at healthpoint pharmacy", "kids at
brightwood primary", "night shifts at bakery kruimel". The kind goes with a bare name, as the
writers mark it; after an article the name alone, as `named_kinds` masks "de kameleon". Only
after a preposition: a kind opening a clause cost two frozen sets four words. The name must be
no frequent word ("naar jeugdhuis vanavond", "at primary school", "bij poetsbureau morgen", "in
afkickcentrum de regels gevolgd": reader42). "academy" is left out: a reader found it after
dance, chess, coding and holiday."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.compounds import dutch_plural, dutch_verb_form, frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.org_dutch_kinds import DUTCH_KIND, HINTS, LEISURE_KINDS, NEW_SUFFIXES, NOT_KINDS
from bot.privacy.org_named_kinds import FIRM_STOP
from bot.privacy.org_ter_names import TER_IDIOMS, ter_names
from bot.privacy.org_trade_words import TRADES
from bot.privacy.org_trades import STOP as TRADE_STOP
from bot.privacy.school_names import WORD, words_of_a_name, words_to_clause_end
from bot.privacy.typos import typo_of_a_word

Found = tuple[int, int, str]
ENDS = lazy(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|te|en|sinds|want|maar|omdat|waar|ivm)\b")
"""What may follow an everyday word named after a kind and "de": the clause ends ("weggelopen
uit leefgroep de kade, politie"; 16 of 16 on the tuning sets, #12 forty-sixth session); "in
afkickcentrum het eten is slecht" goes on with a verb (reader42), "in leefgroep de kamer van
jonas", "via jongerenopvang de mama van sofie" with whose it is (reader46b)."""
WHEN_OR_WHO = frozenset(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                         "zondag", "ochtend", "middag", "avond", "nacht", "namiddag", "voormiddag",
                         "week", "weekend", "maand", "imam", "pastoor", "priester", "dominee",
                         "directeur", "directrice", "juf", "meester", "bakker", "apotheker",
                         "begeleider", "begeleiders", "verantwoordelijke", "voorzitter",
                         "leiding", "vrijwilligers", "vrijwilliger", "baas", "eigenaar",
                         "dokter", "pluk", "oogst", "seizoen", "zomer", "winter", "lente",
                         "herfst", "kind", "kinderen", "gezin", "mama", "papa", "moeder",
                         "vader", "dossier", "trainer", "trainers", "coach", "leden", "lid",
                         "kantine", "training", "wedstrijd", "ploeg", "animator", "animatoren",
                         "monitor", "monitoren", "redder", "bibliothecaris"])  # fmt: skip
""""naar moskee de vrijdag", "bij bakkerij de zaterdag": when, not which; "van moskee de imam
kwam mee" (reader49b): who, not which; "bij aardbeienteelt de pluk begint" (reader49c): the
season (#12, forty-ninth session); "via pleegzorgdienst het kind teruggezien" (reader50c):
whom; "bij voetbalclub de trainer gesproken": who (#12, fifty-second session)."""
PLACES_IN_TOWN = frozenset(["stad", "buurt", "wijk", "gemeente", "straat", "week", "dag"])
"""Words after "centrum de" that make it the town's centre or a time ("in centrum de stad")."""
SMALL = frozenset(["to", "and", "or", "then", "in", "on", "of", "at", "with", "for", "from",
                   "after", "before", "en", "et", "the", "a", "an", "first", "second", "third",
                   "sixth", "form", "brilliant", "catholic", "muslim", "jewish", "protestant",
                   "islamic", "public", "private", "state", "community", "technical", "art",
                   "evening", "night", "junior", "senior", "secondary", "new", "old", "big",
                   "small", "good", "great", "summer", "holiday", "after-school"])  # fmt: skip
"""Words that make a kind an ordinary one: "at nearest primary", "sixth form college", "catholic
primary" (its faith is `category_phrases`'); with words in "-est" or "-ing" ("coding")."""
ENGLISH_KINDS = r"warehouse|pharmacy|primary|daycare|car\s+wash|bakery|supermarket|depot"
BEFORE_KIND = lazy(
    rf"(?<![\w'’-])(?:at|from|to|for)\s+((?!(?:the|a|an|his|her|their|my|our|local|nearby)\b)"
    rf"{WORD}(?:\s+{WORD})?\s+(?:{ENGLISH_KINDS}|college))\b"
)
"""One or two words before an English kind: "at healthpoint pharmacy", "from riverside
college", "at little oaks daycare"."""
KIND_BEFORE = lazy(
    rf"(?<![\w'’-])(?:at|from|for)\s+((?:warehouse|bakery|pharmacy|supermarket|depot)\s+{WORD})"
)
"""The kind first: "job at warehouse logiflow", "night shifts at bakery kruimel"."""
CLOSED_TRADE = lazy(
    rf"(?<![\w'’-])(?:at|chez|bij|au|aux|voor|for|pour)\s+((?:{TRADES}|nettoyages|ateliers?"
    rf"|propreté|proprete|carwash|[a-z]{{3,}}werken|hotel|hôtel|usine|verreries?|coiffure"
    rf"|laundry|crédit|credit|taxis)\s+((?:{WORD}\s+)?{WORD}))(?=\s*(?:[,.;:!?)]|$))"
)
"""A trade and one or two words that end the clause right after where someone works: the
firm's own name ("chez usine sidertec, sans contrat", "ontslagen bij metaalwerken dewitte,",
"works at garage kwik fit,": #12, forty-fifth session). One of its words must be in no
dictionary: "works at hotel reception", "garage dichtbij", "usine textile" (reader45c), and so
"kebab palace", "nettoyages brillance" are left to the taps; nor a time, a phone's shorthand or
a kind of firm ("at car wash weekends", "au garage asap", "works at kebab shop": reader45b)."""
NOT_TRADE_NAMES = frozenset(["weekends", "weekend", "nights", "night", "days", "morning",
                             "mornings", "evenings", "today", "tomorrow", "vandaag", "morgen",
                             "gisteren", "yesterday", "hier", "demain", "aujourd'hui", "soir",
                             "matin", "nacht", "nachten", "ook", "too", "aussi", "again", "weer",
                             "encore", "now", "nu", "maintenant", "asap", "urgent", "dringend",
                             "vite", "soon", "bientôt", "svp", "stp", "pls", "please", "aub",
                             "tmrw", "shop", "shops", "store", "zaak", "winkel", "industriels",
                             "industriel", "industrielle", "industrial", "company", "firm", "firma",
                             "bedrijf", "restaurant", "bar", "sometimes", "parfois",
                             "soms"])  # fmt: skip
SCHOOL_KINDS = ("atheneum", "athenaeum", "college", "technicum", "lyceum", "campus", "huize")
SCHOOL_WORD = lazy(
    rf"(?<![\w'’-])((?:{'|'.join(SCHOOL_KINDS)})\s+"
    rf"(?:(?:ter|ten)\s+)?)({WORD})"
)
"""A Flemish school or home by its own word right after the kind: "dropped out of atheneum
noord", "op college ter duinen", "technicum ter heide", "uit voorziening huize zonnebloem"
(#12, forty-sixth session: none outside a name on the tuning sets). The word is no frequent
one, or follows "ter"/"ten" or is a point of the compass; "college fees", "campus vandaag"
stay. Not "svk" (a social letting office by its region): a frozen set paid two words."""
ENGLISH_TOO = frozenset(["college", "campus"])
"""Kinds English uses before its own words ("college fees", "campus housing": a frozen set paid
two words; "college north of the city", "campus west side": reader46b): named so only before
"ter"/"ten"."""
PARTICIPLE = lazy(
    r"(?:door|op|af|aan|uit|in|mee|terug|weg|over|na|toe|bij|vast|binnen|buiten|voor)?"
    r"ge[a-z]{3,}(?:d|t|en)"
)
COMPASS = frozenset(["noord", "zuid", "oost", "west", "north", "south", "east", "centrum"])
AT_KIND = lazy(
    r"(?<![\w'’-])at\s+((?:night\s+shop|cleaning\s+(?:company|firm)|daycare|restaurant"
    r"|laundry|car\s+wash|(?:hair\s+)?salon|garage|night\s+shelter|bakery|warehouse|depot"
    r"|supermarket|takeaway|snack\s+bar|kebab\s+shop|café|cafe|pub|factory)\s+"
    rf"({WORD})(?:\s+({WORD}))?)"
)
"""An English kind right after "at" and one or two words of its name that end the clause:
"at night shop el wafa, no contract", "lost his job at restaurant o marinheiro," (#12,
forty-sixth session). One of those words must be in no frequent list: everyday words
there were a time, a part, a state ("at pub tonight", "at daycare busy", "at laundry part
time": reader46b), and so "daycare little stars" is left to the taps. Not "hotel": a frozen
set paid two words for it and gained nothing."""
AT_ENDS = lazy(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|near|w/o|without|no|for|since|until|as|but|paid|cash)\b"
)
NOT_AT_NAMES = NOT_TRADE_NAMES | frozenset(
    ["reception", "kitchen", "desk", "counter", "door", "entrance", "parking", "toilets",
     "cleaning", "nearby", "downtown", "later", "earlier", "job", "work", "shift", "shifts",
     "staff", "boss", "owner", "manager", "there", "here", "itself", "too", "also", "again",
     "sale", "sales", "price", "prices", "opening", "closing", "hours", "level", "rates",
     "gates", "gate", "doors", "playground", "yard", "car", "park", "toilet", "office"]
)  # fmt: skip


def compound_kinds(lowered: str) -> Iterator[Found]:
    """Each organisation named so; the text is given in lower case."""
    yield from ter_names(lowered)  # "az ter lucht", "kliniek hof ter beke"
    if not any(hint in lowered for hint in HINTS):
        return
    common = frequent()
    for match in _each_kind(lowered):
        if match.group(1) in NOT_KINDS:
            continue
        parts = [p for p in (match.group(3), match.group(4)) if p]
        kept = words_of_a_name(parts, FIRM_STOP | WHEN_OR_WHO)
        if (
            not kept
            or (not match.group(2) and _done(parts[0]))  # "serviceflats ingediend" (reader53c)
            or _a_ter_idiom(match.group(2), parts[0])
            or parts[0] in PLACES_IN_TOWN
            or parts[0] in SCHOOL_KINDS  # "uit voorziening huize zonnebloem": its own rule
            or (match.group(2) and dutch_plural(parts[0]))
        ):
            continue  # "in afkickcentrum de regels gevolgd" (reader42): no name
        leisure_bare = match.group(1).endswith(LEISURE_KINDS) and not match.group(2)
        if match.group(1).endswith(NEW_SUFFIXES) or parts[0] in common or leisure_bare:
            ends = words_to_clause_end(ENDS, lowered, [match.end(n + 3) for n in range(kept)])
            bare = not match.group(2) and any(p in common or _slip(p) for p in parts[:ends])
            if bare or not ends or PARTICIPLE.fullmatch(parts[0]):
                continue  # "bij speelhal fortuna,"; not "dagbesteding gwn," (reader51c)
            if any(_done(p) for p in parts[1:ends]):
                continue  # "via leefgroep de begeleider gebeld" (reader46b): what was done
            kept = ends  # an article and a clause's end say a name: "leefgroep de kade,"
        elif not match.group(2) or (kept == 2 and (parts[1] in common or _done(parts[1]))):
            kept = 1  # bare, one word ("opvangcentrum fedasil e-mail gestuurd", reader42), or a
            # verb after the name ("naast harmonie de eendracht oefent", reader52b)
        start = match.start(1)  # the writers mark the kind too: "jongerenhuis de kompas"
        yield start, match.end(kept + 2), "organisation"
    for match in BEFORE_KIND.finditer(lowered):
        named = match.group(1).split()[:-1]
        if named[-1] == "car":
            named = named[:-1]
        plain = not any(w in FIRM_STOP or w in SMALL or w.endswith(("est", "ing")) for w in named)
        if named and plain and any(w not in common for w in named):
            yield match.start(1), match.end(1), "organisation"
    for match in KIND_BEFORE.finditer(lowered):
        word = match.group(1).split()[-1]
        if word not in common and word not in FIRM_STOP:
            yield match.start(1), match.end(1), "organisation"


def _each_kind(lowered: str) -> Iterator[re.Match[str]]:
    """Each kind and the words after it, the next one searched from right after the kind: in
    "naar rouwgroep bij rouwpunt de vlinder" the first kind's words hold the second kind
    (probe189, #12's fifty-second session)."""
    at = 0
    while (match := DUTCH_KIND.search(lowered, at)) is not None:
        yield match
        at = match.end(1)


def _a_ter_idiom(article: str | None, word: str) -> bool:
    """ "bakkerij ter plaatse", "apotheek ter info": a phrase, no name after "ter"."""
    return article is not None and article.strip() in ("ter", "ten") and word in TER_IDIOMS


def _slip(word: str) -> bool:
    """Chat shorthand or a typo of a frequent word: "gwn", "gistren" (reader51c); not
    "zeelicht", nor any short word (a frozen set lost a name to a length rule)."""
    plain = word not in lexicon().words and len(word) < 8  # up to seven: from a frequent word
    return word in CHAT or (plain and typo_of_a_word(word, lexicon()))


CHAT = frozenset(["gwn", "nvt", "mss", "wrs", "ff", "vnd", "mrgn", "idk", "tmrw", "asap", "ok",
                  "tomoz", "tonite", "thurs", "evening"])  # fmt: skip
"""Chat shorthand and times the word lists do not hold ("dagbesteding gwn", "at home tmrw")."""


def _done(word: str) -> bool:
    """A Dutch participle or past form: "gebeld", "doorgebracht", "betaald"."""
    return dutch_verb_form(word, lexicon()) or PARTICIPLE.fullmatch(word) is not None


def school_words(lowered: str) -> Iterator[Found]:
    """Each school or home named by one word of its own right after its kind."""
    if not any(kind in lowered for kind in SCHOOL_KINDS):
        return
    common = frequent()
    for match in SCHOOL_WORD.finditer(lowered):
        word = match.group(2)
        kind, ter = match.group(1).split()[0], match.group(1).rstrip().endswith(("ter", "ten"))
        if ter and word in TER_IDIOMS:
            continue  # "technicum ter plaatse bezocht", "college ter info" (reader46b)
        dutch_kind = kind not in ENGLISH_TOO  # "college north of the city" (reader46b)
        own = ter or (dutch_kind and (word not in common or word in COMPASS))
        if own and word not in FIRM_STOP and word not in NOT_TRADE_NAMES:
            yield match.start(1), match.end(2), "organisation"


def at_kinds(lowered: str) -> Iterator[Found]:
    """Each place named by an English kind after "at" and words ending the clause."""
    if "at " not in lowered:
        return
    common = frequent()
    for match in AT_KIND.finditer(lowered):
        parts = [p for p in (match.group(2), match.group(3)) if p]
        kept = words_of_a_name(parts, FIRM_STOP | NOT_AT_NAMES)
        ends = words_to_clause_end(AT_ENDS, lowered, [match.end(n + 2) for n in range(kept)])
        if ends and any(p not in common for p in parts[:ends]):
            yield match.start(1), match.end(ends + 1), "organisation"


def closed_trades(lowered: str) -> Iterator[Found]:
    """Each firm named by a trade and one or two words that end the clause (lower-case text)."""
    if "," in lowered or "." in lowered or ";" in lowered:
        dictionary = lexicon().words
        for match in CLOSED_TRADE.finditer(lowered):
            words = match.group(2).split()
            if any(w in TRADE_STOP or w in NOT_TRADE_NAMES or w in FIRM_STOP for w in words):
                continue
            if any(w not in dictionary for w in words):
                yield match.start(1), match.end(1), "organisation"
