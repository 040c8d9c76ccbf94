"""The rest of an organisation's name: a made-up firm, school or shop name is often two words
no list holds ("ontslagen bij mipori vime", "basisschool vene fibi", "fired from bukodo
vatifu"), and a rule that found the first word stops there, leaving the second in the note."""

from __future__ import annotations

import re

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import Lexicon
from bot.privacy.org_kinds_of import hallowed_tail
from bot.privacy.org_ter_names import own_word
from bot.privacy.org_towns import town_apart
from bot.privacy.word_typos import unknown_word

NEXT_WORD = re.compile(r" ([^\W\d_][\w'’-]*)")
LONGEST_TAIL = 2
"""Words added at most: a name of three unknown words after its kind is rare, a run of
unknown words longer than that is a note in a language the lists do not hold."""


FAMILY_FIRM = re.compile(
    r"\s*&\s*(?:[Zz]n|[Zz]onen|[Zz]oon|[Ff]ils|[Ss]ons?|[Cc]o|[Dd]ochters)\b\.?"
)
"""A family firm's tail: "Peeters & Zn", "Dupont & Fils", "Dhillon & Sons" (review25b)."""
FIRM_FORM = re.compile(
    r"(?i:\s+(?:bvba|bv|nv|sprl|srl|cvba|vzw|asbl|ltd|inc|services|logistics|renovations"
    r"|construct|transport|cargo|consulting|systems|handling|fuel|freight|hub|solutions"
    r"|express|aviation|airlines)\b\.?)"
)
"""A firm's legal form or line of trade after its name: "net&clean services", "clean & co
bvba", "brussels airport cargo"; the writers put it in the name 138 times in 145 on the
tuning sets (#12, forty-fifth session); "lexbridge consulting", "aerotank fuel" (fifty-second
session, review62a)."""


BRANCH = re.compile(
    r"(?i:\s+(?:campus|site|depot|dépôt|sorteercentrum|stelplaats|vestiging|filiaal|branch"
    r"|afdeling)\s+[^\W\d_][\w'’-]*|\s+(?:noord|zuid|oost|west|nord|sud|north|south|east)\b)"
)
"""The branch, campus or depot of a firm or hospital that pins down the workplace: "az
sint-rembert campus noord", "stib depot delta", "tempo-team antwerpen noord" (review31b)."""


CLUB = re.compile(r"(?i:\s+(?:sc|fc|vc|kv|rsc|afc|kfc|bc|ac)\b)")
"""A club's letters after its town: "royal charleroi sc" (review42a)."""
ADJECTIVE_LAST = re.compile(
    r"(?i:\b(?:de|het|'t|den)\s+(?:open|oude|oud|nieuwe|nieuw|grote|groot|kleine|klein|zoete"
    r"|witte|wit|zwarte|zwart|rode|rood|blauwe|blauw|groene|groen|gele|gouden|zilveren|vrolijke"
    r"|blije|warme|veilige|stille|goede|lieve|halve|hoge|lage|lange|vrije|eerste|derde|zonnige"
    r"|bonte|brede|fiere|gulle|ware|wijde|heilige)$)"
)
"""A Dutch name of an article and an adjective goes on with its noun: "bakkerij de zoete
inval", "vzw het open huis" (probe43)."""
NOT_A_NOUN = frozenset(["in", "te", "op", "aan", "van", "voor", "met", "bij", "en", "maar",
                        "is", "was", "om", "tot", "uit", "naar", "dat", "die", "de", "het",
                        "een"])  # fmt: skip


def org_tail_end(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where an organisation found from `start` to `end` ends: before the town it is in
    ("delhaize | à marche", `org_towns`), or once the unknown words right after it are added:
    no word of the lists nor a strict compound, not one slip from a word; or a capitalised
    word that goes on a capitalised name ("nachtwinkel Istanbul Market", "FC Kuregem Stars";
    not a first name or a surname, a contact's); then "& Zn", "& Fils", "bvba", "services"."""
    if (cut := town_apart(text, start, end)) < end:
        return cut
    for _ in range(LONGEST_TAIL):
        match = NEXT_WORD.match(text, end)
        if match is None:
            break
        word = match.group(1)
        if not (_unknown(word.lower(), lexicon) or _title_word(text, end, word, lexicon)):
            break
        end = match.end()
    if ADJECTIVE_LAST.search(text, start, end) and (noun := NEXT_WORD.match(text, end)):
        bare = noun.group(1).lower()
        if bare not in NOT_A_NOUN and len(bare) > 2 and lexicon.is_word(bare):
            end = noun.end()
    family = FAMILY_FIRM.match(text, end) or CLUB.match(text, end)
    end = family.end() if family else end
    end = form.end() if (form := FIRM_FORM.match(text, end)) else end
    branch = BRANCH.match(text, end)
    if branch is None:
        return end
    following = NEXT_WORD.match(text, branch.end())  # "campus noord torhout", "site marie curie"
    if following is None or following.group(1).lower() in frequent():
        return branch.end()
    return following.end()


def _title_word(text: str, end: int, word: str, lexicon: Lexicon) -> bool:
    before = text.rfind(" ", 0, end) + 1
    if not (text[before : before + 1].isupper() and word[:1].isupper() and word[1:].islower()):
        return False
    bare = word.lower()
    return len(bare) > 2 and bare not in lexicon.first and bare not in lexicon.last


def _unknown(word: str, lexicon: Lexicon) -> bool:
    if len(word) < 3 or not word.isalpha() or word in lexicon.first or word in lexicon.last:
        return False  # a name of the lists after a firm is its contact ("bij colruyt sarah")
    return unknown_word(word, lexicon)


HEAD_BEFORE = re.compile(
    r"(?i:\b(?:café|cafe|snackbar|resto|restaurant|taverne|frituur|friterie|bar|pub"
    r"|center|centrum|kinderdagverblijf|kdv|crèche|creche|boulangerie|bakkerij"
    r"|salon|kapsalon|épicerie|epicerie|nachtwinkel|night\s+shop|ihp"
    r"|atheneum|école|ecole|school|lycée|lycee|instituut|kliniek)\s+$)"
)
ARTICLE_FIRST = re.compile(r"(?i:(?:le|la|les|l['’]|al|el)[\s'’])")


ENGLISH_HEAD_BEFORE = re.compile(
    r"(?i:\byouth\s+(?:(?:home|shelter|centre|center|house|club)\s+)?$)"
)
"""An English kind said before a Dutch or English name: "youth shelter de ark", "youth home de
kade"; the writers put it in the name 9 times in 9 on the tuning sets (#12, forty-fifth)."""


QUALIFIER = re.compile(
    r"(?i:(?<![\w'’-])(?:day|community|children['’]?s|family|drop-in|health|medical|respite"
    r"|care|nursing|rest|retirement|youth)\s+$)"
)
QUALIFIED = re.compile(r"(?i:(?:centre|center|home|club|shelter|house)\s)")
"""A word saying which kind, before a place found with its kind ("children's centre the
junction"): the writers put it inside as they do before a kind (`KIND_BEFORE`)."""
KIND_BEFORE = re.compile(
    r"(?i:(?<![\w'’-])(?:l['’])?(?:(?:(?:day|community|children['’]?s|family|drop-in|health"
    r"|medical|respite)\s+)?centre|clinique|coll[èe]ge|ath[ée]n[ée]e|institut|h[ôo]pital"
    r"|[ée]glise|verreries?|snack|garage|campus|bakery|(?:(?:care|nursing|rest)\s+)?home|foyer)\s+$)"
)
"""A kind the writers put in the name whatever follows it (355 of 369 on the tuning sets; #12,
forty-fifth session): "clinique notre-dame des prés", "centre de référence sida", "athénée
royal", "home de vijverhof", "nursing home ter heide", and an English centre with its own
word ("day centre the base": reader45)."""


def org_head_start(text: str, start: int) -> int:
    """Where an organisation named by an article and a word starts: at the kind of place said
    before it, which the writers label with it ("café le coq", "snack la gazelle", "centre la
    traversée"; probe89, probe91, probe93). A Dutch name they label without its kind ("kdv
    de ...", "cafe den hoek"), so a Dutch article leaves the span as it is; but "youth …" and
    the kinds of `KIND_BEFORE` go with any name after them ("youth shelter de ark")."""
    if (english := ENGLISH_HEAD_BEFORE.search(text, max(0, start - 20), start)) is not None:
        return english.start()
    if (kind := KIND_BEFORE.search(text, max(0, start - 30), start)) is not None:
        return kind.start()
    if QUALIFIED.match(text, start) and (said := QUALIFIER.search(text, max(0, start - 20), start)):
        return said.start()  # "children's" + "centre the junction", now found with its kind
    if not ARTICLE_FIRST.match(text, start):
        return start
    head = HEAD_BEFORE.search(text, max(0, start - 20), start)
    return head.start() if head else start


def org_edges(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """An organisation's span with its kind before it and the rest of its name after it."""
    end = org_tail_end(text, start, end, lexicon)
    return org_head_start(text, start), ter_tail(text, hallowed_tail(text, start, end))


TER_TAIL = re.compile(r"\s+(?:ter|ten)\s+([^\W\d_][\w-]+)", re.IGNORECASE)


def ter_tail(text: str, end: int) -> int:
    """Where a Flemish name goes on with "ter"/"ten" and a word: "az heilig hart ter zande",
    "sint-lodewijkscollege ter duinen", "lokaal opvanginitiatief ter heide" (review63a,
    probe190-195, #12's fifty-third session); not "ter plaatse", "ter info"."""
    tail = TER_TAIL.match(text, end)
    if tail is None or not own_word(tail.group(0), tail.group(1).lower()):
        return end
    return tail.end()
