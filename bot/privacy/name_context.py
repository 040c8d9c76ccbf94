"""Names that their sentence reveals whatever the word: "hope (de oudste)", "jan the neighbour",
"talked to joy", "sa mère fanta", "elle s'appelle nokuthula", "tariq and his wife". The word
may be of some language or of no list: what surrounds it is said only of a person, so masked."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.privacy.lexicon import Lexicon
from bot.privacy.name_context_runs import (
    after_title_and_particles,
    cue_joined,
    joined,
    listed_group,
    surname_word,
)
from bot.privacy.name_context_shapes import (
    BELONGINGS,
    SAID_THAT,
    apposition,
    called_on_a_number,
    closed,
    monsieur,
    opening_apposition,
    opening_person,
    pair_of_people,
    partner,
    sentence_opens,
    the_owner,
    worth_reading,
)
from bot.privacy.name_context_words import (
    AGE,
    ARTICLES,
    CALLING,
    DETERMINERS,
    FAMILY_HOME,
    GROUPS,
    HAVE,
    HOUSEHOLD,
    I_AND,
    IS,
    KIN,
    MEETING,
    NAME_NOUNS,
    NAMING,
    NOT_KIN,
    NOT_PEOPLE,
    NUMBER_BEFORE,
    OBJECTS,
    OF,
    PARTICLES,
    RELATIONS,
    SEEING,
    TITLES,
    TRIGGERS,
    a_nickname,
    household_name,
    named_word,
    no_names,
    quoted,
    quoted_or_numbered,
)
from bot.privacy.name_cue_lists import filed_word, participle_ahead
from bot.privacy.name_cues import SUBJECT_VERBS, frequent
from bot.privacy.name_function_words import AND, POSSESSIVES
from bot.privacy.name_owners import KIN_OR_OWNED, listed_owner, owned_after
from bot.privacy.name_word_uses import modal
from bot.privacy.tokens import letter_runs

KIN_OR_GROUP = (RELATIONS - NOT_KIN) | GROUPS
"""Before "van", "de", "of" and whose they are: "la fille de makengo", "de kinderen van stevens"."""
I_CALL = ("j'", "j’")  # "j'appelle rose demain" is a call, "elle s'appelle rose" a name


def context_names(
    text: str,
    matches: list[re.Match[str]],
    lexicon: Lexicon,
    context: frozenset[str],
    lowered: list[str] | None = None,
) -> dict[int, bool]:
    """Start of a word -> True when its sentence makes it a person's name, False when it
    names a pet or a film character ("de hond heet Bobby"); `context`: the words the name
    rules read as cues, never names themselves; `lowered`: the matches in lower case."""
    if len(matches) < 2:
        return {}
    runs = letter_runs(text)
    if TRIGGERS.isdisjoint(runs) and not quoted_or_numbered(text) and not worth_reading(text, runs):
        return {}  # most sentences: the shared runs of letters and one scan, no Python loop
    if lowered is None:
        lowered = [m.group().lower() for m in matches]
    if "'" in text or "’" in text:  # only a word with an apostrophe has a clitic to drop
        lowered = [_bare(word) for word in lowered]
    found: dict[int, bool] = {}
    acting: dict[int, bool] = {}
    skip = no_names(lexicon)
    for i, word in enumerate(lowered):
        if word in skip and len(word) > 1:
            continue  # a frequent word of no name list: no rule here makes it a name
        before = i > 0 and cue_joined(text, matches, lowered, i)
        previous = lowered[i - 1] if before else ""
        initial = _initial(text, matches[i])
        if initial and (previous in TITLES or _initials_act(text, matches, i, acting)):
            found[matches[i].start()] = True  # "mevrouw D.", "Y.B. belde"
            continue
        if word in lexicon.word_names and NUMBER_BEFORE.search(
            text, max(0, matches[i].start() - 3), matches[i].start()
        ):
            found[matches[i].start()] = False  # "14 ans", "2 an": a unit after a number
            continue
        if (
            i + 1 < len(lowered)
            and lowered[i + 1] in HOUSEHOLD
            and (previous in ("the", "la", "les") or (i == 0 and not lexicon.is_word(word)))
        ):
            found[matches[i].start()] = household_name(word, matches[i].group(), lexicon)
            continue  # "the okafor family", "kamanzi kids go…"; "the foster family" stays
        if word.endswith("'s") and (owned := owned_after(lowered, i, KIN_OR_OWNED)):
            found[matches[i].start()] = listed_owner(previous, word[:-2], owned, lexicon)
            continue  # "mrs baker's flat", "grace's mum", "with daisy's mother"
        if previous == "the" and word.endswith("'s") and FAMILY_HOME.match(text, matches[i].end()):
            owner = word[:-2]  # "at the okafor's": a family at home ("at the baker's" stays)
            found[matches[i].start()] = lexicon.is_name(owner) and not lexicon.is_word(owner)
            continue
        naming = before and (
            (previous in NAMING and not matches[i - 1].group().lower().startswith(I_CALL))
            or ((previous in OBJECTS or previous in IS) and _named_by(text, matches, lowered, i))
        )
        if called_on_a_number(text, matches, previous, i) and named_word(word, lexicon):
            found[matches[i].start()] = True  # "hij belt said op 0486 …"
            continue
        if not naming and not _candidate(word, lexicon, context):
            continue  # most words: no naming verb before them and no possible name
        if naming and word.isalpha() and _said_of_a_thing(lowered, i - 1):
            found[matches[i].start()] = False
            continue
        if naming and word not in DETERMINERS and named_word(word, lexicon):
            found[matches[i].start()] = True
            continue
        if naming and a_nickname(word, matches, lowered, i):
            found[matches[i].start()] = True  # "ze noemen hem momo": a nickname, any word
            continue
        surname = previous in PARTICLES and surname_word(word, lexicon, context)
        if surname or (previous in PARTICLES and f"{previous} {word}" in lexicon.compound_surnames):
            found.update(dict.fromkeys(after_title_and_particles(text, matches, lowered, i), True))
        kin_of = previous in OF and i > 1 and lowered[i - 2] in KIN_OR_GROUP
        if kin_of and _candidate(word, lexicon, context) and named_word(word, lexicon):
            found[matches[i].start()] = True  # "la fille de makengo", "le fils à nzeza"
        elif previous in OF and i > 1 and lowered[i - 2] in BELONGINGS and the_owner(word, lexicon):
            found[matches[i].start()] = True  # "de school van wolf", "custody of divine"
        start = matches[i].start()
        listed = sentence_opens(text, matches, i) or text[max(0, start - 2) : start] == ", "
        if listed and pair_of_people(text, matches, lowered, i, lexicon):
            found[matches[i].start()] = found[matches[i + 2].start()] = True  # "will and mercy"
            continue
        if previous in ARTICLES or not _candidate(word, lexicon, context):
            continue  # "het kind", "the neighbour": a noun
        homograph = word in lexicon.homographs or word in lexicon.word_names
        kin = i + 3 if lowered[i + 2 : i + 3] in (["petite"], ["petit"], ["kleine"]) else i + 2
        if homograph and apposition(text, matches, lowered, i) and closed(text, matches, kin):
            found[matches[i].start()] = True  # "Marine, la fille de …"; "winter, the kids were"
            continue
        if (
            named_word(word, lexicon)
            and (
                AGE.match(text, matches[i].end())
                or quoted(text, matches, lowered, i, lexicon)
                or apposition(text, matches, lowered, i)
                or monsieur(text, matches, lowered, i, lexicon)  # "m. vandenbroucke", "m leroi"
                or _met(lowered, i, previous, before)
                or partner(text, matches, lowered, i)
                or _kin_before(lowered, i, previous, lexicon)
                or (opening_apposition(text, matches, lowered, i) and filed_word(word, lexicon))
                or (
                    word not in lexicon.words
                    and _participle_after(text, matches, lowered, i, previous, lexicon)
                )
                or (sentence_opens(text, matches, i) and lowered[i + 1 : i + 3] in I_AND)
                or (
                    sentence_opens(text, matches, i)
                    and opening_person(text, matches, lowered, i, lexicon)
                )
                or (
                    previous in SAID_THAT
                    and opening_person(text, matches, lowered, i, lexicon, after_said=True)
                )
            )
        ):
            found[matches[i].start()] = True
        elif previous in GROUPS:
            found.update(dict.fromkeys(listed_group(text, matches, lowered, i, lexicon), True))
    return found


def _named_by(text: str, matches: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """ "ze noemen hem kiki", "they call her ayo": a naming verb and a pronoun; "haar
    voornaam is nasra", "son prénom c'est djibril": a word for a name and "is" (not a label
    the scrubber wrote: "[naam] was an [politiek]" is read again unchanged)."""
    if i < 2:
        return False
    previous, verb = lowered[i - 1], lowered[i - 2]
    if previous in OBJECTS:  # French puts its pronoun first: "appelle la mutuelle" is a call
        return (verb in NAMING or verb in CALLING) and previous not in ("le", "la", "les")
    label = text[matches[i - 2].start() - 1 : matches[i - 2].start()] == "["
    return previous in IS and verb in NAME_NOUNS and not label


def _initial(text: str, match: re.Match[str]) -> bool:
    """A capital letter alone before a full stop: "D.", the "Y" of "Y.B."."""
    return (
        match.end() - match.start() == 1
        and match.group().isupper()
        and (text[match.end() : match.end() + 1] == ".")
    )


def _initials_act(text: str, matches: list[re.Match[str]], i: int, acting: dict[int, bool]) -> bool:
    """ "Y.B. belde", "A.K. a appelé": initials that do something are someone; not "het
    O.C.M.W. belde" (an article before them). `acting`: the answer for every initial of a
    run already read, so that a run is scanned once ("A.A.A. ..." was quadratic)."""
    if i in acting:
        return acting[i]
    first = last = i
    while first > 0 and _initial(text, matches[first - 1]) and _dotted(matches, first - 1):
        first -= 1
    while last + 1 < len(matches) and _initial(text, matches[last + 1]) and _dotted(matches, last):
        last += 1
    if first == last or (first > 0 and matches[first - 1].group().lower() in ARTICLES):
        act = False
    else:
        act = last + 1 < len(matches) and matches[last + 1].group().lower() in SUBJECT_VERBS
    acting.update(dict.fromkeys(range(first, last + 1), act))
    return act


def _dotted(matches: list[re.Match[str]], j: int) -> bool:
    return matches[j + 1].start() == matches[j].end() + 1


def _bare(word: str) -> str:
    word = word.replace("’", "'")
    return word[2:] if word[1:2] == "'" and word[0] in "sldmtjn" else word


@lru_cache(maxsize=4096)  # asked up to twice a word per text: decided once a word
def _candidate(word: str, lexicon: Lexicon, context: frozenset[str]) -> bool:
    """A word that may be a name: no cue, article, family word, or unlisted frequent word."""
    if len(word) < 2 or not word.replace("-", "").isalpha() or word in DETERMINERS:
        return False
    if word in context and word not in lexicon.word_names:  # "will", "mark" may be names
        return False
    if word in ARTICLES or word in KIN or word in AND or word in NAMING or word in TITLES:
        return False
    return word not in frequent() or word in lexicon.first or word in lexicon.word_names


def _participle_after(
    text: str,
    matches: list[re.Match[str]],
    lowered: list[str],
    i: int,
    previous: str,
    lexicon: Lexicon,
) -> bool:
    """ "ik heb kibwe gebeld", "ik heb kibwe gisteren niet gezien": a word of no list after an
    auxiliary, a participle in the three words after it."""
    if previous not in HAVE or i + 1 >= len(lowered) or not joined(text, matches, i, i + 1, " "):
        return False
    return participle_ahead(lowered, i) and filed_word(lowered[i], lexicon)


def _said_of_a_thing(lowered: list[str], naming: int) -> bool:
    """ "de hond heet Bobby", "a film called hope": a pet's or a film's name."""
    return any(word in NOT_PEOPLE for word in lowered[max(0, naming - 6) : naming])


def _met(lowered: list[str], i: int, previous: str, before: bool) -> bool:
    """ "talked to joy", "sprak met hoop", "told chipo", "selon aminata"."""
    if not before:
        return False
    verbs = MEETING.get(previous)
    if verbs is not None and i > 1 and lowered[i - 2] in verbs:
        return True
    return previous in SEEING and lowered[i] not in frequent()


def _kin_before(lowered: list[str], i: int, previous: str, lexicon: Lexicon) -> bool:
    """ "sa mère fanta", "zijn zoon tariq": a possessive and a family word before a first
    name or a word of no language ("his wife come first" is no name); a family word alone
    before a word of no language ("nonkel memet")."""
    if previous not in RELATIONS or previous in NOT_KIN:
        return False
    if i < 2 or lowered[i - 2] not in POSSESSIVES:  # "nonkel memet brengt haar": no possessive,
        bare = previous != "son" and (i < 2 or lowered[i - 2] not in ARTICLES)  # no article
        return bare and not lexicon.is_word(lowered[i]) and lowered[i].isalpha()  # no word
    if modal(lowered, i):
        return False  # "her daughter will call": a verb
    return lowered[i] in lexicon.first or lowered[i] not in lexicon.words
