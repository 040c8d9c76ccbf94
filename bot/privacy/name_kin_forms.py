"""Names told by a form of their own (review23c): a kunya, "mother/father of" a child, said
as one name ("umm yusuf", "oum khalil", "abou bakar": the name rules masked the child's name
and left "umm", which with it still says who is meant); and a first name that is also a
word, given with its age in brackets as workers list children ("said (16)", "amour (7)",
"sunday (16)"; "aïcha (4)" was already caught, as a name no word); a first name that is a
word opening a note before what only a person does ("bill says he lost his job", "hope
wasn't home", "roos was niet thuis") or after "according to", "selon" ("according to joy");
a nickname of an article or adjective and a word after a verb of calling ("ze noemen hem de
rosse", "she calls him big mo": review38b's leads).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.name_brackets import bracketed_names
from bot.privacy.name_dotless import dotless_initials
from bot.privacy.name_doubled import doubled_nicknames
from bot.privacy.name_epithets import epithets
from bot.privacy.name_everyone_calls import everyone_calls
from bot.privacy.name_holders import holders
from bot.privacy.name_nick_forms import nick_forms
from bot.privacy.name_records import record_names
from bot.privacy.name_said import said_named
from bot.privacy.name_word_settings import word_name_settings
from bot.privacy.name_word_uses import RELATIONS

Found = tuple[int, int, str]
KUNYA = lazy(r"(?i:\b(?:umm|oum|abu|abou|aboe|abū)\s+([^\W\d_][\w'’-]+))")
"""A kunya and the name after it, one span."""
AGED = lazy(
    r"(?i:(?:^|[,;:]\s*|\b(?:en|et|and|&)\s+)([^\W\d_][\w'’-]+)\s*\(\s*(?:\d{1,2}\s*"
    r"(?:j|ans?|a|y|yrs?|jaar)?|(?:°\s*)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*\))"
)
"""A word and an age or a date of birth in brackets, alone in a list: a child ("de oudste, said
(16)", "zoë (22.09.2023) is prematuur": probe49); after
another word it may end a full name the name rules take whole ("marie-claire dupont (54)")."""
AWAY_FROM = (
    r"not\s+at\s+school|(?:niet|nie|ni)\s+op\s+school|pas\s+à\s+l['’]école"
    r"|pas\s+venue?|passe(?=\s+(?:au|à|chez|demain|lundi|mardi|mercredi|jeudi|vendredi)\b)"
)
"""Away from school or coming by: the openers a feast, a month or the weather may stand before
too (`CALENDAR`)."""
OPENER = lazy(
    r"(?i:(?:^|(?<=[^\W\d_]{2}[.!?;])\s+)([^\W\d_][\w'’-]+)\s+(?:says|said|told|called|rang|texted|wasn['’]t\s+home"
    r"|was\s+not\s+home|isn['’]t\s+home|is\s+not\s+home|(?:was|is)\s+(?:niet|nie|ni)\s+thuis"
    r"|zegt|zei|belde|vertelde|heeft\s+(?:gezegd|gebeld|verteld)|waiting\s+for\s+(?:her|his)"
    r"|wacht\s+op\s+(?:haar|zijn)|n['’]était\s+pas\s+là|n['’]est\s+pas\s+là|a\s+dit|dit\s+qu"
    rf"|{AWAY_FROM}"
    r"|niet\s+thuis|nie\s+thuis|not\s+(?:at\s+)?home|pas\s+là|pas\s+la(?=\s*(?:[,.;:!?]|$))|pas\s+chez\s+(?:elle|lui))\b"
    r"(?!\s+(?:ze|zij|hij|je|men|he|she|il|elle|on|de|het|een|die|mijn|m['’]n|zijn|haar|hun|onze"
    r"|mama|papa|mevrouw|meneer|mvr|dhr|the|his|her|their|le|la|les|sa|son)\b))"
)
"""A first name opening a note before what only a person does; not before an inverted
subject, which Dutch puts after the verb ("patience zegt ze": the word, quoted; "dan belde
de huisbaas": "then")."""
LOST_OR_LEFT = lazy(
    r"(?i:(?:^|(?<=[^\W\d_]{2}[.!?;])\s+)([^\W\d_][\w'’-]+)\s+(?:a\s+(?:perdu|quitté|quitte"
    r"|déménagé|demenage|accouché|accouche|signé|signe|reçu|recu|trouvé|trouve)\s+(?:son|sa|ses"
    r"|le|la|les|un|une|du|de)|heeft\s+(?:zijn|haar|z['’]n|d['’]r)\s+(?:werk|job|huis|woning"
    r"|uitkering|leefloon|papieren|verblijf)|est\s+(?:enceinte|hospitalisée?|sortie?\s+de"
    r"|partie?\s+(?:au|en|chez|de))|is\s+(?:zwanger|bevallen|ontslagen|verhuisd|opgenomen"
    r"|weggelopen))\b)"
)
"""A first name opening a note before a loss, a move or a birth in French or Dutch: "said a perdu
son boulot" (review43a), "hope heeft haar werk verloren"; an English word that is a name reads
as a name there."""
ACCORDING = lazy(r"(?i:\b(?:according\s+to|selon|d['’]après)\s+([^\W\d_][\w'’-]+))")
"""Whose word it is: "according to joy the rent is paid", "selon patience"."""
KUNYA_WORDS = ("umm ", "oum ", "abu ", "abou ", "aboe ", "abū ")


def kunyas(text: str) -> Iterator[Found]:
    """A kunya and its child's name, read before the name rules split them."""
    lowered = text.lower()
    if not any(word in lowered for word in KUNYA_WORDS):
        return
    names = lexicon()
    for match in KUNYA.finditer(text):
        child = match.group(1).lower()
        if child in names.first or not names.is_word(child):
            yield match.start(), match.end(), "name"


AGED_OPENING = lazy(
    r"(?i:^\s*([^\W\d_][\w'’-]+)\s+\d{1,2}(?:a|\s*(?:j|jr|jaar|ans|an|y|yo|yrs))?,?\s+"
    r"(?!(?:kids|kinderen|kindjes|enfants|children|keer|fois|times|x|euro|eur|uur|heures|hours"
    r"|jaar|ans|years|weken|weeks|semaines|maand|maanden|mois|months|dagen|days|jours|kamers"
    r"|rooms|chambres|min|minutes|personen|personnes|people|pers)\b)[a-zà-ÿ])"
)
"""A first name opening a note with an age and no unit: "prince 16 seen dealing again"
(probe47), "lily 14, insta …" (probe124); "hope 2 kids at home", "may 12 appointment" stay."""
MONTH_NAMES = frozenset(["may", "june", "april", "august", "mei", "juni", "juli", "avril",
                         "juin", "août", "mars", "march"])  # fmt: skip
AWAY = lazy(rf"(?i:\s+(?:{AWAY_FROM}))")
CALENDAR = MONTH_NAMES | frozenset(
    """ramadan noël noel kerst kerstmis pasen pâques paques easter christmas toussaint carnaval
    storm rain regen sunny soleil snow sneeuw neige winter summer zomer lente spring autumn
    herfst hiver été printemps automne""".split()  # noqa: SIM905
)
"""Feasts, seasons and weather that stand where a child stands: "winter niet op school,
kerstvakantie" is the season (a second reader's false alarms)."""


def aged_names(text: str) -> Iterator[Found]:
    """A first name given with an age in brackets, read after the name rules (which take a
    full name whole: "marie-claire dupont (54)"), or with its age opening a note."""
    names = lexicon()
    opening = AGED_OPENING.match(text)
    said = opening.group(1).lower() if opening else ""
    named = said in names.first and said not in MONTH_NAMES
    named = named and (said in names.word_names or not names.is_word(said))  # not "max 2 visits"
    if named and opening is not None:
        yield opening.start(1), opening.end(1), "name"
    if "(" not in text:
        return
    for match in AGED.finditer(text):
        if match.group(1).lower() in names.first:
            yield match.start(1), match.end(1), "name"


def told_names(text: str) -> Iterator[Found]:
    """A listed first name opening a note before a person's act, or after "according to"; an
    account's holder."""
    names = lexicon()
    for match in OPENER.finditer(text):
        said = match.group(1).lower()
        if said in CALENDAR and AWAY.match(text, match.end(1)):
            continue  # "storm niet op school, code rood", "ramadan pas à l'école?" (reader36)
        if said in names.first:
            yield match.start(1), match.end(1), "name"
    for match in LOST_OR_LEFT.finditer(text):
        said = match.group(1).lower()
        if said in names.first and said not in MONTH_NAMES and said not in RELATIONS:
            yield match.start(1), match.end(1), "name"
    lowered = text.lower()
    if "according" in lowered or "selon" in lowered or "après" in lowered:
        for match in ACCORDING.finditer(text):
            if match.group(1).lower() in names.first:
                yield match.start(1), match.end(1), "name"
    yield from holders(text)  # "au nom de marchal": the holder of an account
    yield from dotless_initials(text)  # "bij jp thuis"
    yield from record_names(text)  # "kouassi joy 03-02-1998", "ibo (ibrahim)"


LEAD = (
    r"(?:de|den|het|le|la|the|big|little|lil|grand|grande|petit|petite|gros|grosse|dikke|kleine"
    r"|lange|zotte|crazy|mad|tall|fat|p['’]tit|p['’]tite|ptit|ptite)"
)
NICKNAME = lazy(
    r"(?i:\b(?:noem(?:en|t|de|den)\s+(?:hem|haar|zichzelf)|calls?\s+(?:him|her|himself|herself)"
    r"|called\s+(?:him|her|himself|herself)|l['’]\s?(?:appel(?:le|lent|ait|aient)"
    r"|surnomm(?:e|ent|ait|aient))|nicknamed)\s+"
    rf"({LEAD}\s+[^\W\d_][\w'’-]+))"
)
CALLING = ("noem", "call", "appel", "surnom", "nickname")
ROLES = frozenset(["baas", "boss", "chef", "patron", "leider", "leader", "meester", "directeur",
                   "director", "bazin", "patronne"])  # fmt: skip
"""What "ze noemen hem de baas" calls a role; any other word after a Dutch article is a
nickname ("de kapitein", "de blauwe"); in English and French a frequent word stays a role
("calls himself the king")."""
EXPLAINED = lazy(
    r"(?<![\w'’-])([^\W\d_][\w'’-]+)\s*\((?i:c['’ ]\s?est|dat\s+is|da['’]s|that\s+is|that['’]s"
    r"|alias|aka|dwz|i\.e\.)\s+([^\W\d_]+)"
)
"""A nickname explained in brackets by the name: "Gégé (c'est Gérard Dumont) dort dehors"."""
SAID_NICKNAME = lazy(
    r"(?:(?<![\w'’-])([^\W\d_][\w'’-]+)|(?:^|(?<=[.!?;:]\s))[\"“«]([^\W\d_][\w'’-]+)[\"”»])"
    r"\s*\((?i:(?:c['’ ]\s?est\s+)?(?:son\s+|sa\s+)?surnom"
    r"|(?:(?:dat\s+is\s+)?(?:zijn|haar)\s+)?bijnaam|(?:(?:that['’]s\s+|his\s+|her\s+)?nickname))\s*[),;:]"
)
"""A word the note itself calls a nickname: "jean-mi (c'est son surnom)", "sunny (nickname,
real name unknown)" (review39a), in quotes opening a sentence ('"pierrot" (surnom)',
probe157; not 'they call the bus "the snail" (nickname, …)': reader47c)."""
NAMED_NICKNAME = lazy(
    r"(?<![\w'’-])([^\W\d_][\w'’-]+)\s*\(\s*(?i:(?:zijn|haar|his|her|son|sa)\s+)?(?i:nickname"
    r"|bijnaam|roepnaam|surnom|alias|aka|dit|genaamd|ze\s+noemen\s+(?:hem|haar)|they\s+call"
    r"\s+(?:him|her)|on\s+l['’]\s?appelle)\s*:?\s+((?i:(?:de|den|le|la|the|big|little|kleine|petit"
    r"|petite|grand|grande|gros|dikke|lange)\s+)?[^\W\d_][\w'’-]+)\s*\)"
)
"""A name and the nickname the brackets give it: "prince (nickname pipo)", "kevin (ze noemen hem
de kleine)" (review43a): both say who."""
PREVIOUS_WORD = lazy(r"([^\W\d_][\w'’-]*)\s+$")
QUOTED_NICKNAME = lazy(
    r"(?i:(?:\b([^\W\d_][\w'’-]+)\s+(?:dit|dite)|\b(?:aka|alias|bijnaam|nickname|surnom|genaamd))"
    r"\s*:?\s*[\"“«]\s*([^\W\d_][^\"”»\n]{1,24}?)\s*[\"”»])"
)
"""A nickname in quotes: 'zoon (bijnaam "bolleke")', 'piet dit "de lange"' (a reader's shared
misses); after "dit" only when a listed first name says it ('elle dit "non"' is speech)."""
UNKNOWN = frozenset(["unknown", "onbekend", "inconnu", "inconnue", "none", "geen", "aucun"])
CALLED_BY_ALL = lazy(
    r"(?i:\b(?:qu['’]\s?on|qu['’]\s?ils|que\s+tout\s+le\s+monde)\s+appel(?:le|lent)\s+"
    rf"((?:{LEAD}\s+)?[^\W\d_][\w'’-]+)"
    r"|\b(?:who|that|guy|man|woman|lady|kid|boy|girl|bloke)\s+(?:they|we|everyone|everybody"
    r"|people)\s+call\s+"
    rf"((?:{LEAD}\s+)?[^\W\d_][\w'’-]+)"
    r"|\bdie\s+(?:ze|we|ie|iedereen|men|ze\s+hier)\s+"
    r"((?:[^\W\d_][\w'’-]+\s+)?[^\W\d_][\w'’-]+)\s+noem(?:en|t|de|den)\b"
    r"|\b(?:wants?\s+to\s+be\s+called|wil\s+(?:graag\s+)?genoemd\s+worden|veut\s+(?:qu['’]\s?on"
    r"\s+l['’]\s?appelle|être\s+appelée?|se\s+faire\s+appeler)|noem(?:t|de)\s+zich(?:zelf)?"
    r"(?:\s+nu)?|calls\s+(?:himself|herself|themselves)(?:\s+now)?)\s+([^\W\d_][\w'’-]+))"
)
"""A name said with a relative clause of calling: "le copain qu'on appelle p'tit lu", "the man
they call big mo", "guy they call tonton" (probe84), "de buurvrouw die ze mémé lou noemen"
(review39a), the name someone asks
for ("wants to be called sam", probe50)."""


def nicknames(text: str) -> Iterator[Found]:
    """The one-word nickname after a verb of calling is read by the name rules ("ze noemen hem
    momo"); an article or adjective before it hid it. A frequent word is a role ("ze noemen
    hem de baas", "they call him the boss"). Three words ("le grand dédé") are left: that form
    masked a clean sentence of a held-out set. A nickname explained by the name in brackets
    ("Gégé (c'est Gérard Dumont)", probe23's dev half) or called one ("sunny (nickname)"), and
    a name after a relative clause of calling ("qu'on appelle p'tit lu")."""
    common = frequent()
    for match in EXPLAINED.finditer(text) if "(" in text else ():
        named = lexicon().is_name(match.group(2).lower())  # "(c'est le service social)": no one
        if named and match.group(1).lower() not in common:
            yield match.start(1), match.end(1), "name"
    lowered = text.lower()
    if "(" in text and ("surnom" in lowered or "bijnaam" in lowered or "nickname" in lowered):
        for match in SAID_NICKNAME.finditer(text):
            group = 1 if match.group(1) else 2  # bare, or in quotes opening a sentence
            yield match.start(group), match.end(group), "name"
    if '"' in text or "“" in text or "«" in text:
        for match in QUOTED_NICKNAME.finditer(text):
            speaker = match.group(1)
            if speaker is None or speaker.lower() in lexicon().first:
                yield match.start(2), match.end(2), "name"
    if "(" in text:
        for match in NAMED_NICKNAME.finditer(text):
            if match.group(2).lower() in UNKNOWN:
                continue
            before = PREVIOUS_WORD.search(text, max(0, match.start(1) - 30), match.start(1))
            word = before.group(1).lower() if before else ""
            if not word or (word in common and not lexicon().is_name(word)):
                yield match.start(1), match.end(1), "name"  # a full name the name rules take whole
            yield match.start(2), match.end(2), "name"
    yield from doubled_nicknames(text)  # "momo had een aanval", "dédé du café"
    yield from epithets(text)  # "de rosse van nummer 8"
    yield from said_named(text)  # "said heeft zijn huur betaald"
    yield from word_name_settings(text)  # "met joy at the bus stop", "tel hope 0489 …"
    yield from bracketed_names(text)  # "mo (grote broer)", "joy and hope (twins)"
    yield from nick_forms(text)  # "big mo", "jack aka jacko", "didier dit le grand"
    yield from everyone_calls(text, lowered)  # "iedereen zegt maman rose"
    if not any(cue in lowered for cue in CALLING):
        return
    for match in CALLED_BY_ALL.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        said = match.group(group).split()[-1].lower()
        asked = group < 4 or said in lexicon().first  # "wants to be called sam": a listed name
        if said not in common and asked:
            yield match.start(group), match.end(group), "name"
    for match in NICKNAME.finditer(text):
        last = match.group(1).split()[-1].lower()
        dutch = match.group(1).lower().startswith(("de ", "den ", "het "))
        if last not in ROLES and (dutch or last not in common):  # "ze noemen hem de kapitein"
            yield match.start(1), match.end(1), "name"
