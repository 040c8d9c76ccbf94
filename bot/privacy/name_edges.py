"""#12's thirteenth session (precise16): the edges of a name span hold no ordinary word.

The name rules join a first name with the word after it when that word is also a surname
("dirk vos"), and a French clitic stays on the word it is glued to. So function words were
masked with the name: "mila were at the park", "lotte mee naar aalst", "la mère d'amine", "l'amie
d'inès" (the friend, not a name). The span now starts after an elided "d'", "qu'", "j'"
after a word ("la mère d'amine": "amine"; not "mevrouw d'hondt" nor "D'Haese belde": a
Flemish surname), drops a first word with the article "l'" ("l'amie d'inès": "inès"; a name
takes no article), and ends before a last word of a closed class that no surname after a first
name is in practice: a form of to be or to have, a particle, an adverb of time ("were", "mee",
"ook", "est", "aussi"). Surnames that are also words stay ("dirk vos", "sarah white")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache

from bot.privacy.language import language_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_groups import SERVICE_WORDS
from bot.privacy.name_shop_kinds import shop_start
from bot.privacy.name_van_der import van_der_end
from bot.privacy.sensitive import category_word

CLITIC = ("d'", "d’", "qu'", "qu’", "j'", "j’")
ARTICLE = ("l'", "l’")
CLOSED = frozenset(
    ["were", "was", "is", "are", "am", "been", "will", "would", "can", "could", "should", "has",
     "had", "have", "did", "does", "said", "says", "went", "came", "got", "told", "also", "too",
     "still", "then", "now", "here", "there", "again", "always", "never", "not", "just",
     "already", "today", "yesterday", "tomorrow", "mee", "ook", "nog", "niet", "waren", "heeft",
     "hebben", "zei", "zegt", "ging", "gaat", "kwam", "komt", "moet", "kan", "wil", "zal",
     "terug", "weer", "toen", "dan", "nu", "daar", "altijd", "nooit", "vaak", "soms", "vandaag",
     "gisteren", "est", "était", "avait", "va", "vient", "dit", "aussi", "encore", "toujours",
     "jamais", "pas", "aujourd'hui", "demain", "gsm", "tel", "iban", "nr", "mail", "email",
     "adres", "adresse", "dob", "rrn", "insta", "snap", "fb", "tiktok", "gebdat", "geb", "ddn",
     "gbd", "geboren", "née", "born"]
)  # fmt: skip
"""Words of a closed class that end no name after a first name (most are in the surname
lists only as rare family names: "Mee", "Were", "Nog"), and the kind of a detail that
follows its owner ("precious iban BE43 …")."""
PREVIOUS = lazy(r"([^\W\d_][\w'’-]*)\s*$")
SHORTENED = lazy(r"(?<![\w.'’-])([^\W\d_]{2,4})\. ?$")
"""A first name cut short before a name: "moh. el idrissi", "abd. karimi" (review17)."""
TITLES, RELATIONS = cues()["titles"], cues()["relations"]


def edges(
    text: str,
    spans: Iterable[tuple[int, int]],
    lexicon: Lexicon,
    claimed: Sequence[tuple[int, int]] = (),
) -> Iterator[tuple[int, int]]:
    """Each name span without a clitic or an article at its start or a closed-class word at
    its end; a span left empty is dropped. A shop's kind before it and a "van der" surname
    after a first name join it where no span claimed before holds them."""
    for start, end in spans:
        lowered = text[start:end].lower()
        if lowered.startswith(ARTICLE) and " " in lowered:  # "l'amie d'inès"
            cut = lowered.index(" ") + 1
            start, lowered = start + cut, lowered[cut:]
        if text.startswith(MONSIEUR, start) and _monsieur(text, start, end, lexicon):
            start, lowered = start + len(MONSIEUR), lowered[len(MONSIEUR) :]  # "M. Dubois"
        if not lowered.split():
            continue  # "M. " alone ("Rdv Avec M. Hussein …" in title case, reader46): no name
        surname = lowered.split()[0].replace("’", "'") in lexicon.last  # "bij d'hondt"
        if lowered.startswith(CLITIC) and not surname and _after_a_word(text, start, lexicon):
            cut = lowered.index("'" if "'" in lowered[:3] else "’") + 1
            if cut < len(lowered):
                start, lowered = start + cut, lowered[cut:]
        last = lowered.rfind(" ")
        if last > 0 and lowered[last + 1 :] in CLOSED:
            end = start + last
        if text[end - 1 : end].isupper() and (row := INITIAL_ROW.match(text, end)):
            end = row.end()  # "Mustafa K.D.": the row of initials, not its last full stop
        if (short := SHORTENED.search(text, max(0, start - 6), start)) and _shortened_name(
            short.group(1).lower(), lexicon
        ):
            start = short.start()
        if text[end - 1 : end].islower() and (initial := LOWER_INITIAL.match(text, end)):
            end = initial.end()  # "(titulaire sofia r.)" (probe53): the surname's initial
        if (lead := NICKNAME_LEAD.search(text, max(0, start - 7), start)) is not None:
            start = lead.start()  # "ptit louis traine encore" (probe51): the lead is the name's
        elif (both := DOUBLE_INITIAL.search(text, max(0, start - 5), start)) is not None:
            start = both.start()  # "jl dubois nouveau numéro" (probe107): jean-luc
        elif (first := OPENING_WORD.match(text, 0, start)) and _word_first_name(
            first.group(1).lower(), lowered.split(" ", 1)[0], lexicon
        ):
            start = first.start(1)  # "roos [peeters] wilt nie" (probe63)
        if (
            not text[:start].strip()
            and " " not in lowered
            and (given := GIVEN_AFTER.match(text, end))
        ):
            said, next_word = given.group(1).lower(), given.group(2)
            trait = next_word is None or category_word(next_word)
            if trait and _word_first_name(said, lowered, lexicon):
                end = given.end(1)  # "kabongo grâce [congolaise]" (probe63): surname first
        if lowered.rsplit(" ", 1)[-1] in lexicon.first:  # "pieter van der berg" (probe208)
            end = van_der_end(text, end, claimed)
        if start < end:
            yield shop_start(text, start, claimed), end  # "bij coiffure nathalie" (probe209)


OPENING_WORD = lazy(r"^\s*([^\W\d_]+)\s+$")
"""One word alone before a name, opening the note."""
GIVEN_AFTER = lazy(r" ([^\W\d_]+)(?: ([^\W\d_]+)|\s*[,(]|\s*$)")
"""A word after a surname, then an origin or trait, a pause or the end."""


def _word_first_name(word: str, surname: str, lexicon: Lexicon) -> bool:
    """A first name that is also a word ("roos", "france", "hope") right before a listed
    surname that opens a note: the surname makes it a name ("france lambert revient")."""
    if word in TITLES or word in RELATIONS or word in CLOSED:
        return False
    everyday = word in lexicon.word_names or word in lexicon.homographs
    return everyday and word in lexicon.first and surname in lexicon.last


LOWER_INITIAL = lazy(
    r" [b-z](?=\.(?![\w.]))"
    r"| [bfghkpqrvwz](?=\s*[,;:!?)]|\s*$|\s+[a-zà-ÿ])"
    r"| [cdjlm](?=\s*[,;:!?)]|\s*$|\s+[b-df-hj-np-tv-z])"
)
"""A lower-case initial right after a name, with its full stop (which stays outside) or
without one: "lotte v heeft", "sofiane b est" (review44a); never a vowel ("marie a dit"), "s",
"t" ("'s morgens", "'t is"), "n" ("lukas n jonas": and) nor a French elided word before a vowel
("marie l a vu")."""
NICKNAME_LEAD = lazy(r"(?i:(?:^|(?<=[\s(,]))(?:p['’]\s?tit|p['’]\s?tite|ptit|ptite|tit|ti)\s$)")
"""Brussels and Walloon French's "little" before a first name: part of the nickname."""
DOUBLE_INITIAL = lazy(
    r"(?i:(?:^|(?<=[\s(,:]))(?:j[bcdfklmnprstvw]|[bcdfklmnprstvw]j|[a-z]-[a-z])\.?\s$)"
)
"""The initials of a French double first name before the surname: "jl", "jp", "m-c"."""
INITIAL_ROW = lazy(r"(?:\.[A-Z])+(?=\.?(?![\w.]))")
"""More initials after a name's last initial: "Mustafa K.D." (review27b)."""
MONSIEUR = "M. "


def _monsieur(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """ "M." before a first name ("M. Jean-Pierre Dubois") or in a French sentence ("M. Dubois
    est venu") is monsieur, a title left outside like "Mme" (review35b); "M. Peeters belde" is
    an initial."""
    following = text[start + len(MONSIEUR) : end].split(" ", 1)[0].lower()
    if following.split("-", 1)[0] in lexicon.first and (
        "-" in following or following not in lexicon.last
    ):
        return True  # "M. Jean-Pierre", "M. Stéphane"; not "M. Goossens" (a surname too)
    return language_of(text[max(0, start - 80) : end + 80].replace(".", " ")) == "fr"


NOT_SHORTENED = frozenset(
    ["nr", "adr", "bv", "vb", "ca", "zgn", "cfr", "cf", "enz", "etc", "ref", "ex", "vs", "evt",
     "ivm", "mbt", "oa", "ipv", "resp", "tav", "dwz", "fr", "nl", "en", "st", "ste", "mvg", "afd",
     "dept", "app", "appt", "bus", "blz", "pp", "vgl", "max", "min", "tov", "nav", "obv", "mbv",
     "incl", "excl", "tel", "gsm", "zie", "ook", "ps", "nb", "re", "fwd", "att", "attn", "ter",
     "salu"]
)  # fmt: skip
"""Abbreviations of the notes, no first names: "tel. jan", "zie ook cfr. de smet"."""
SHORT_FIRST = frozenset(["moh", "mohd", "mhd", "md", "abd", "ahm", "chr", "ph", "th", "wm", "jos"])
"""Short forms of first names that the word lists also hold as words."""


def _shortened_name(word: str, lexicon: Lexicon) -> bool:
    """A usual short form of a first name ("moh", "abd", "chr"), or the start of a first name
    of the lists that is no word of the languages; never a title ("dhr.", "mme."), relation,
    service or abbreviation of the notes ("tel.", "nr.")."""
    if word in TITLES or word in RELATIONS or word in NOT_SHORTENED or word in SERVICE_WORDS:
        return False
    if word in SHORT_FIRST:
        return True
    return word in _first_name_starts(lexicon) and word not in lexicon.words


@cache
def _first_name_starts(lexicon: Lexicon) -> frozenset[str]:
    """The first two, three and four letters of every longer first name (about 11,000)."""
    return frozenset(
        name[:size] for name in lexicon.first for size in (2, 3, 4) if len(name) > size
    )


def _after_a_word(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether an ordinary word, no title and no name, comes right before `start` (the word
    the clitic belongs to: "la mère d'amine", "le fils d'ahmed")."""
    before = PREVIOUS.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).lower().replace("’", "'").rsplit("'", 1)[-1]  # "l'oncle": "oncle"
    if word in TITLES or word not in lexicon.words:
        return False
    return word in RELATIONS or not lexicon.is_name(word)  # "l'oncle d'ayoub": a relation
