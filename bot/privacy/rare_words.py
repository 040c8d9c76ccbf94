"""Words only a word list knows: wordfreq's top 60,000 words of a language hold many names
of African, Arabic, Italian or Slavic origin as words ("thabo", "mbaye", "ferraro"), so a
name rule that asks for "a word of no list" skips them. words_core.txt keeps the everyday
words (Zipf 3.5 or more in their language; scripts/build_privacy_data.py --core); a word of
the lists outside it is rare, and in a name context (after a title, a family word, "bij",
"chez", "with", or before a verb of speech) a likely name."""

from __future__ import annotations

from functools import cache, lru_cache

from bot.privacy.compounds import frequent, strict_compound
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues, read_data

WORD_ENDINGS = ("eert", "eren", "erde", "eerd", "ing", "ingen", "heid", "tie", "ties", "isch",
                "lijk", "ment", "ments", "tion", "tions", "ness", "ique", "iques", "eur", "eurs",
                "euse", "isme", "ism", "iste", "ist", "ait", "aient", "ions", "ées", "ée", "ally",
                "ily", "ely", "tly", "bly", "dly",
                "ies", "ed", "ful", "able", "ible", "ive", "age", "ages", "oir", "ance", "ence",
                "schap", "baar", "tje", "tjes", "en", "es", "er", "ers", "st", "de", "te",
                "t", "ez", "iez", "ons", "ont", "ent", "ais")  # fmt: skip
"""Endings of inflected or derived words ("solliciteert", "hamsters", "wandelen", "mama
straalde"): a rare word with one is a word form, not a name; names with them are mostly in
the name lists."""
PARTICIPLE = lazy(r"(?:\w{0,5}ge|ver|be|ont)\w{3,}[dtn]")
"""A Dutch participle or verb form ("opgebeld", "verhuisd", "gebeld"): no name."""
INTERJECTIONS = frozenset(["tsja", "tja", "pff", "pfff", "bof", "hmm", "amai", "allez", "awel",
                           "ouf", "oei", "oeps", "oups", "voila", "euh", "ehm", "enfin", "nee",
                           "nope", "yep", "ok", "oké", "okido", "zucht", "sigh"])  # fmt: skip
"""Words said between names ("sarah tsja dat weet ik niet"): rare, yet no one."""
_CUES = cues()
THING_VERBS = frozenset(["a", "is", "est", "was", "has", "had", "heeft", "hebben", "zijn",
                         "kan", "kon", "moet", "moest", "mag", "wil", "wou", "zal", "zou", "sera",
                         "peut", "doit", "va", "gaat", "gaan", "goes", "comes", "komt", "komen",
                         "staat", "stond", "zit", "zat", "était", "avait", "allait", "wordt",
                         "werd", "seems", "gets", "got", "lost", "needs", "needed", "doet",
                         "deed", "ne", "n'a", "n'est", "n'avait", "blijft", "bleef", "fait",
                         "reste", "part", "arrive", "begint", "begon", "stopt", "stopte",
                         "loopt", "liep", "werkt", "works", "worked", "kreeg", "krijgt", "vient",
                         "venait", "came", "went", "ging", "kwam", "shows", "showed"])  # fmt: skip
"""Verbs said of things as well ("insta is ze kwijt", "de lift werkt niet"): a rare word
before them may be a thing, so only the verbs said of people make it a name."""
PEOPLE_VERBS = (_CUES["verbs"] | _CUES["subject_verbs"]) - THING_VERBS
TITLES_AND_RELATIONS = _CUES["titles"] | _CUES["relations"]
SPOKEN_TO = frozenset(["told", "asked", "called", "phoned", "texted", "visited", "belde",
                       "gebeld", "bezocht", "appelé", "appelée", "rencontré", "selon", "volgens",
                       "d'après", "d’après"])  # fmt: skip
"""Verbs and words whose object or source is a person ("told jabari", "selon ferraro")."""
WITH_FAMILY = frozenset(["en", "et", "and", "haar", "zijn", "sa", "son", "ses", "her", "his"])
"""After a name, before a family word ("mbaye et sa femme"): name_cues found the family."""
HOSTS = frozenset(["bij", "chez"])
"""Words of a home after which a word only a word list knows is someone ("chez mbaye")."""
WITH = frozenset(["with", "avec", "met"])
MEETINGS = frozenset(["gesprek", "afspraak", "contact", "samen", "huisbezoek", "bezoek",
                      "gepraat", "gesproken", "gebeld", "rdv", "rendez-vous", "entretien",
                      "parlé", "discuté", "visite", "talk", "talked", "chat", "chatted",
                      "meeting", "met", "appointment", "session", "went", "came", "lives",
                      "living", "stays", "staying", "woont", "habite", "vit", "ensemble",
                      "along", "together", "call", "called", "phoned", "sits", "coffee",
                      "koffie", "café", "walk", "wandeling", "lunch", "balade"])  # fmt: skip
"""After "met", "with", "avec" a rare word is often a manner ("with aplomb", "met schroom",
"avec brio"): a person only after a word of meeting ("gesprek met ngozi", "went with kofi",
"rdv avec momo")."""


@cache
def core() -> frozenset[str]:
    """The everyday words of nl, fr and en (words_core.txt), the frequent words, the words of
    social work (words_social.txt: "proprio cherche", "ortho belde") and the words of
    employers and of keep.txt's services and brands ("chez lidl" names no one)."""
    known = [w.lower() for line in read_data("employers.txt") + read_data("keep.txt")
             for w in line.split()]  # fmt: skip
    social = read_data("words_social.txt")
    return frozenset(read_data("words_core.txt") + known + social) | frequent()


ACCENTLESS = frozenset(["aine", "ainee", "aines", "ainees"])
"""French "aîné(e)" typed without accents, a first name in some list: an everyday word to the
name rules, but not in the word lists (as a word it would make compounds: "germ" + "aine")."""


FAMILY_NAMES_OF_WORDS = frozenset(["maman", "tantine"])
"""Family words a first-name list holds ("Maman cherche du travail"), which the script that
builds name_words.txt does not find (no spelling dictionary of French): kept here, not in the
built file, so that a rebuild keeps them."""


@cache
def name_words() -> frozenset[str]:
    """Everyday words that the name lists hold ("valid", "tone", "vink", "bebe"): name_words.txt."""
    return frozenset(read_data("name_words.txt")) | ACCENTLESS | FAMILY_NAMES_OF_WORDS


@lru_cache(maxsize=4096)  # decided once a word
def rare_word(word: str, lexicon: Lexicon) -> bool:
    """A lower-case word of the word lists that is no everyday word, no word form and no
    compound: "thabo", "mbaye", "sékou"; "sofa" and "hamster" are rare too, so only a name
    context may make it a name."""
    if word not in lexicon.words or word in core() or not word.isalpha():
        return False
    if len(word) < 3 or len(word) > 10 or word in lexicon.word_names or word in lexicon.homographs:
        return False
    if word in name_words():
        return False  # "bebe dort", "son aine": everyday words typed without accents
    if word in INTERJECTIONS or word.endswith(WORD_ENDINGS) or PARTICIPLE.fullmatch(word):
        return False
    if word[-1] in "sx" and (word[:-1] in core() or word[:-1] in lexicon.words):
        return False  # a plural or verb form of a word: "thanks heaps", "he hoards"
    if word[-1] == "e" and word + "r" in lexicon.words:
        return False  # a French verb form: "son mari ronfle", "ma fille zappe"
    return not strict_compound(word, lexicon)


def naming(cue: str, following: str, before: tuple[str, ...] = ()) -> bool:
    """A context that names someone even with a word only a word list knows ("mevrouw
    mbaye", "bij thabo", "sékou belde"): a title, a family word, "bij", "chez" before it
    (`cue`), "met", "with", "avec" a word or two after one of meeting (`before`), or a verb said of
    people after it (`following`)."""
    if cue in TITLES_AND_RELATIONS or cue in HOSTS or cue in SPOKEN_TO:
        return True
    if cue in WITH and not MEETINGS.isdisjoint(before):  # "gesprek gehad met"
        return True
    return following in PEOPLE_VERBS or following in WITH_FAMILY


def rare_name(lexicon: Lexicon, cue: str, lowered: list[str], i: int, verb: int) -> bool:
    """Word `i` of `lowered`, a word only a word list knows, is a name in a name context:
    `cue` before it (and the word before that), or a verb said of people right after it
    (`verb` == 1: the caller found one there)."""
    following = lowered[i + 1] if verb == 1 and i + 1 < len(lowered) else ""
    before = tuple(lowered[max(0, i - 3) : max(0, i - 1)])
    return naming(cue, following, before) and rare_word(lowered[i], lexicon)


def everyday(word: str, lexicon: Lexicon) -> bool:
    """A word of the lists that is no rare word: what a name context cannot make a name."""
    return lexicon.is_word(word) and not rare_word(word, lexicon)
