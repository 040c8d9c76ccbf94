"""What only a person is or does, read around a first name that is also a word ("ik heb
blessing gebeld", "j'ai vu destiny", "grace will call back", "precious 34 jaar", "favour haar
man"). The words around are read from the text: lower-case words that are no cue are not
among the name rules' tokens."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy
from bot.privacy.name_context_words import HAVE, RELATIONS
from bot.privacy.name_function_words import MODALS
from bot.privacy.name_groups import NEXT_WORD, Token

SEEN = frozenset(["vu", "vue", "appelé", "appele", "rencontré", "rencontre", "zag",
                  "bezocht", "belde", "saw", "visited", "called", "phoned", "texted", "told",
                  "asked", "selon", "volgens"])  # fmt: skip
"""A verb whose object, when it is a word-name of another language, is that person."""
CONTACTED = frozenset(["phoned", "texted", "rang", "emailed", "messaged", "contacted",
                       "accompanied", "vu", "vue", "appelé", "appele", "rencontré", "rencontre",
                       "téléphoné", "accompagné", "accompagnée", "accompagne", "contacté",
                       "contactée", "rappelé", "rappelée", "croisé", "croisée", "appelle",
                       "rappelle", "bel"])  # fmt: skip
"""Verbs whose bare object is someone even when the word-name is a word of the sentence's
language ("phoned grace", "j'ai vu patience", "j'appelle rose demain", "ik bel roos morgen");
not "called" (a book called hope), "saw" (saw
hope in her eyes) or "visited" (visited hope street)."""
MODAL_NL = frozenset(["moet", "moeten", "ga", "gaan", "zal", "zullen", "wil", "kan", "mag"])
CONTACTED_NL = frozenset(["gebeld", "opgebeld", "teruggebeld", "bezocht", "ontmoet", "gemaild",
                          "gecontacteerd", "begeleid", "uitgenodigd", "doorverwezen", "ingelicht",
                          "verwittigd", "gesproken"])  # fmt: skip
"""Dutch participles whose object between the auxiliary and them is a person."""
SEEN_NL = CONTACTED_NL | frozenset(["gezien", "gevraagd", "geholpen", "opgehaald", "gebracht",
                                    "meegenomen", "gezegd", "getroffen"])  # fmt: skip
TO_CONTACT_NL = lazy(
    r" (?:(?:nog|morgen|straks|even|eens|vandaag|terug|dringend|zeker) )?(?:bellen|opbellen"
    r"|terugbellen|bezoeken|contacteren|mailen|spreken|uitnodigen|verwittigen)\b"
)
"""After "ik moet X": "ik moet favour nog bellen"."""
TO_CALL_NL = frozenset(["bellen", "opbellen", "terugbellen", "contacteren", "mailen",
                        "verwittigen", "uitnodigen"])  # fmt: skip
"""Dutch infinitives a person is the object of at a clause's end ("nog blessing bellen")."""
BROUGHT = frozenset(["bracht", "brachten", "brengt", "breng", "took", "drove",
                     "emmené", "emmenée", "déposé", "déposée", "ramené", "ramenée", "amené",
                     "amenée", "conduit", "conduite"])  # fmt: skip
TO_PLACE = frozenset(["naar", "to", "à", "chez", "bij"])
"""Taking someone somewhere: the object of the verb, before where to, is that person."""
SENDER_OF = frozenset(["de", "van", "from", "d"])
MESSAGE_FROM = lazy(
    r"(?i:(?<!\been )(?<!\bun )(?<!\bune )(?<!\ba )(?<!\ban )"
    r"\b(?:appel|coup de fil|message|sms|mail|nouvelles|call|text|email|telefoon"
    r"|oproep|bericht|berichtje|sms'?je|brief|lettre|letter)\s+$)"
)
"""A message and who sent it: the word-name after "appel de" is someone; not after an
indefinite article ("een bericht van hoop", "a call from destiny" are sayings)."""
DROPPED = lazy(r"(?i:\b(?:dropped|dropping|drop|picked|picking|pick)\s+$)")
WORD_BEFORE = lazy(r"([^\W\d_]+) $")
WILL_CONTACT = lazy(
    r" (?:will|would|zal|gaat|va|doit|moet) (?:call|phone|ring|text|bring|send|sign|pay|visit"
    r"|bellen|terugbellen|langskomen|tekenen|betalen|brengen|appeler|rappeler|téléphoner"
    r"|passer|payer|signer|apporter)\b"
)
"""A person's errand after a modal: "miracle will call back", "patience va rappeler"."""
AGED = lazy(
    r",? \d{1,2} ?(?:jaar|jr|j|ans|an|years|yrs|yo|y|maanden|mois|months)\b"
    r"(?! (?:ago|geleden|plus tôt|later|plus tard))|,? \d{1,2}a\b"
    r"|, \d{1,2}(?:,| (?:and|en|et)\b|\))"
)
"""An age right after the name: "goodluck 34 jaar woont alleen", "Espoir, 41, single mum",
"ange 6a", "(lily, 7 and sam, 9)"; not "3 years ago"."""
KIN_OF = lazy(r" (haar|zijn|zn|z'n|z’n|sa|son|her|his) ([^\W\d_]+)")
"""A possessive and a word after the word-name: kin ("grace her husband") or, after a Flemish
"haar"/"z'n" opening a note, anything owned ("Joy haar papieren")."""
OWNERS = frozenset(["haar", "z'n", "zn", "z’n"])
OWNS_NOT = frozenset(["is", "was", "wordt", "werd", "blijft", "groeit", "valt", "zit", "staat",
                      "ligt"])  # fmt: skip
"""After "haar" a verb says hair: "hope haar is lang" stays (the verb would be hers)."""
KIN_AND = lazy(r"(?<![\w'’-])([^\W\d_]+) (?:en|and|et|&) $")
"""A family word and "and" before the word-name: two people."""
MISSED_WHAT = lazy(
    r" (?:missed|misses|skipped|skips) (?:(?:the|her|his|their|a|an|its|my|our|your) )?"
    r"(?:school|class|classes|rdv|appointment|bus|train|lesson|lessons|exam|hearing|court"
    r"|doctor|dentist|visit|swimming|training|session|shift|work)\b"
)
"""What only people miss: school, an appointment, the bus."""
MISSED_A_POINT = lazy(
    r" (?:missed|misses) (?:the|its|a|an|his|her) (?:point|mark|target|chance|opportunity"
    r"|deadline|boat)\b"
)
"""What hope and grace miss as well: "hope missed the point of the meeting"."""
AT_HOME = lazy(r" (?:place|house|home|flat|appartement)\b")


def contacted_or_acting(text: str, token: Token, foreign: bool) -> bool:
    """The word-name is someone by what is said right before or after it."""
    after = NEXT_WORD.match(text, token.end)
    following = after.group(1).lower() if after is not None else ""
    if following in CONTACTED_NL or following in TO_CALL_NL or (foreign and following in SEEN_NL):
        return True  # "vandaag wisdom gezien", "roos gebeld", "later nog blessing bellen"
    if token.opens and token.bare not in MODALS and WILL_CONTACT.match(text, token.end):
        return True  # not "will will call back": the word may be the verb typed twice
    if AGED.match(text, token.end) or MISSED_WHAT.match(text, token.end):
        return True  # "goodluck 34 jaar", "joy missed school again" (not "hope missed the point")
    kin = KIN_OF.match(text, token.end)
    if kin is not None and kin.group(2).lower() in RELATIONS:
        return True  # "favour haar man is vertrokken", "grace her husband"
    owned = kin is not None and kin.group(1) in OWNERS and kin.group(2).lower() not in OWNS_NOT
    if owned and token.opens:  # not "dat storm haar dak"
        return True  # "Joy haar papieren", "blessing z'n fiets": Flemish for someone's
    kin_and = KIN_AND.search(text, max(0, token.start - 24), token.start)
    if kin_and is not None and kin_and.group(1).lower() in RELATIONS:
        return True  # "mama en blessing kwamen samen", "her son and prince"
    if token.word.lower().endswith(("'s", "’s")) and AT_HOME.match(text, token.end):
        return True  # "home visit at success's place"
    return not token.opens and _object_of_contact(text, token, foreign, following)


def _object_of_contact(text: str, token: Token, foreign: bool, following: str) -> bool:
    """The bare object of a verb of contact: "ik heb blessing gebeld" (a word-name between an
    auxiliary and a participle), "ik moet favour nog bellen", "j'ai vu destiny"."""
    before = WORD_BEFORE.search(text, max(0, token.start - 16), token.start)
    if before is None:
        return False
    verb = before.group(1).lower()
    if verb == "off" and DROPPED.search(text, max(0, before.start() - 12), before.start()):
        return True  # "dropped off destiny at school"
    if verb in HAVE:
        return following in (SEEN_NL if foreign else CONTACTED_NL)
    if verb in BROUGHT and following in TO_PLACE:
        return True  # "ik bracht blessing naar school", "took favour to the dentist"
    if verb in MODAL_NL:
        return TO_CONTACT_NL.match(text, token.end) is not None
    return verb in CONTACTED or (foreign and verb in SEEN)


def sent_by(text: str, token: Token) -> bool:
    """A message and its sender: "appel de testimony", "call from destiny", "bericht van
    blessing" (read before the rule that takes a word after "de" for a noun)."""
    before = WORD_BEFORE.search(text, max(0, token.start - 6), token.start)
    if before is None or before.group(1).lower() not in SENDER_OF:
        return False
    return MESSAGE_FROM.search(text, max(0, before.start() - 16), before.start()) is not None
