"""Person names in Dutch, French and English notes, without a language model.

A capital in mid-sentence marks a proper noun; a title or a family word marks a name in any
case; name lists catch names opening a sentence and in lower case; words and keep.txt stay."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.privacy.compounds import dutch_verb_form, frequent, plain_word
from bot.privacy.language import sentence_languages
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_aliases import aliases
from bot.privacy.name_capitals import (
    capital_after_name,
    capital_before_name,
    capital_joined_to_name,
    surnames_after_first_names,
)
from bot.privacy.name_clefts import cleft_names
from bot.privacy.name_company import clauses_and_company, word_surnames
from bot.privacy.name_contact_surnames import contact_surnames, surname_first
from bot.privacy.name_context import context_names
from bot.privacy.name_context_words import named_word
from bot.privacy.name_cue_lists import ABSENT, PRESENT, WITH_FAMILY
from bot.privacy.name_cues import SUBJECT_VERBS, cued_words, name_words
from bot.privacy.name_detail_owners import owners_of_details
from bot.privacy.name_function_words import AND as _AND
from bot.privacy.name_function_words import COMPANY, COPULAS, MODALS, OR, POSSESSIVES
from bot.privacy.name_groups import (
    FOREIGN_PARTICLES,
    PARTICIPLE,
    SUBJECTS,
    Token,
    compound_surnames,
    gap,
    groups,
    next_token,
)
from bot.privacy.name_heading_lists import heading_lists
from bot.privacy.name_initials import titled_initial_names
from bot.privacy.name_lists import kin_lists as kin
from bot.privacy.name_lists import (
    particles_lead_to_name,
    surname_word,
    titled_particles,
    with_company,
)
from bot.privacy.name_openers import particle_names, person_openers
from bot.privacy.name_pairs import with_spelling_variants
from bot.privacy.name_spans import handle_runs, spans
from bot.privacy.name_tails import surname_shaped
from bot.privacy.name_title_nouns import title_as_noun
from bot.privacy.name_titled_speakers import titled_homograph, titled_word
from bot.privacy.name_titles import drop_titles
from bot.privacy.name_unlisted import unlisted_after_first_names
from bot.privacy.name_vetoes import drop_explained, may_name
from bot.privacy.name_word_lists import listed_word_names
from bot.privacy.name_word_names import after_title, word_name

TOKEN = re.compile(r"[^\W\d_]\w*+(?:['’-]+\w++)*+")
"""A letter, then word characters joined by apostrophes and hyphens (no backtracking)."""
CONTRACTION = re.compile(r"^(?:[cdjlmnst]|qu|lorsqu|puisqu|i)'(?=\w)|'(?:s|m|re|ve|ll|d|t)?$|n't$")
"""I'm, c'est, l'école, we're, Jessica's: judged on the word without its clitic."""
DIGIT, SENTENCE_END = re.compile(r"\d"), set('.!?:;("“«•\n')
INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z](?=\.)")
ELIDED_CAPITAL = re.compile(r"^[DdLl]['’][A-ZÀ-Ý]")
AGE = re.compile(r"\s?\(\d{1,2}\s?(?:j|jaar|ans|an|y|yrs|years)?\)")
_CUES = cues()
TITLES = _CUES["titles"]
TITLES_AND_RELATIONS = TITLES | _CUES["relations"]
PARTICLES = _CUES["particles"]
VERBS = _CUES["verbs"]
AND = _AND | OR
CONTEXT_WORDS = (
    TITLES_AND_RELATIONS | PARTICLES | VERBS | COPULAS | MODALS | COMPANY | AND | POSSESSIVES
)


def names(text: str, lexicon: Lexicon, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of person names; `taken`: spans already claimed (keep.txt's too)."""
    free = bytearray(b"\x01") * (len(text) + 1)
    for start, end in taken:
        free[start:end] = bytes(end - start)
    handle_runs(text, free)
    matches = list(TOKEN.finditer(text))
    lowered = [m.group().lower() for m in matches]  # shared by both passes below
    forced = context_names(text, matches, lexicon, CONTEXT_WORDS, lowered) | kin(text, lexicon)
    forced |= person_openers(text, lexicon) | particle_names(text, matches, lowered, lexicon)
    forced |= owners_of_details(text, lexicon) | heading_lists(text, lexicon)  # "opvolgen: x, y"
    forced |= aliases(text, lexicon)  # "mr de leeuw", "dit doudou", "chez les ahmadzai"
    forced |= cleft_names(text, matches, lowered, lexicon)  # "t'is roos die opendeed"
    forced |= contact_surnames(text, matches, lowered, lexicon)  # "transmis à masson"
    forced |= titled_initial_names(text, matches, lowered, lexicon)  # "mr f. delvaux"
    forced |= listed_word_names(text, lexicon)  # "joy and grace both went", "kids tom and ben"
    forced = clauses_and_company(text, matches, lowered, lexicon, free) | forced
    named = frozenset(s for s, v in forced.items() if v)
    cued = cued_words(text, matches, lexicon, CONTEXT_WORDS, lowered, named) | named
    cued |= unlisted_after_first_names(text, matches, lexicon)  # "voor winter bakajika"
    tokens = [_token(text, m, lexicon, m.start() in cued, matches[0].start()) for m in matches
              if free[m.start()] and free[m.end() - 1]
              and (m.start() in cued or _may_matter(m.group(), lexicon))]  # fmt: skip
    languages = (
        sentence_languages(text) if any(t.bare in lexicon.word_names for t in tokens) else {}
    )
    marked = [
        word_name(text, tokens, i, lexicon, languages)
        if tokens[i].bare in lexicon.word_names
        else _is_name(text, tokens, i, lexicon)
        for i in range(len(tokens))
    ]
    marked = [
        forced.get(t.start, m) and may_name(text, t, lexicon)
        for m, t in zip(marked, tokens, strict=True)
    ]
    compound_surnames(text, tokens, marked, lexicon)
    titled_particles(text, tokens, marked, lexicon)
    surnames_after_first_names(text, tokens, marked, lexicon)
    groups(text, tokens, marked, lexicon, languages)
    if any(marked) or any(t.capital for t in tokens):
        _extend(text, tokens, marked, lexicon)
        drop_titles(text, tokens, marked, lexicon)
        drop_explained(text, tokens, marked, lexicon)  # "Noor is het woord voor licht"
    found = with_spelling_variants(text, spans(text, tokens, marked), free)  # "(ou dufrane?)"
    yield from word_surnames(text, found, free, lexicon)


@lru_cache(maxsize=4096)  # decided once a word
def _may_matter(word: str, lexicon: Lexicon) -> bool:
    """Lower-case words that are no name and no cue change no decision: skipped."""
    if not word[0].islower() or "'" in word or "’" in word or "-" in word:
        return True
    found = (lexicon.first, lexicon.last, lexicon.word_names, CONTEXT_WORDS, lexicon.homographs)
    return any(word in group for group in found)  # homographs: "meneer de vos", "mr white"


def _token(
    text: str, match: re.Match[str], lexicon: Lexicon, cued: bool = False, first: int = 0
) -> Token:
    """`first`: where the text's first word starts ("✎ Retype" opens the text)."""
    word = match.group()
    bare = word.lower()
    if "'" in bare or "’" in bare:
        bare = CONTRACTION.sub("", bare.replace("’", "'"))
    capital = word[0].isupper() and (len(word) == 1 or not word[1:].replace("-", "").isupper())
    position = match.start() - 1
    while position >= 0 and text[position].isspace():
        position -= 1
    opens = position < 0 or text[position] in SENTENCE_END
    if (
        opens
        and position > 0
        and text[position] == "."
        and INITIAL_BEFORE.match(text, position - 1)
    ):
        opens = False  # "avec M. D'Hondt", "J. Peeters": an initial's point ends no sentence
    opens = opens or (match.start() == first and not (first and DIGIT.search(text, 0, first)))
    known = cued or bare in lexicon.first or bare in lexicon.last
    return Token(match.start(), match.end(), word, bare, capital, known, opens, cued)


def _is_name(text: str, tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    token = tokens[i]
    bare, known = token.bare, token.known
    if len(bare) < 2 or (not bare.isalpha() and DIGIT.search(bare)):
        return False
    if "'" in bare and all(lexicon.is_word(p) or len(p) < 2 for p in bare.split("'")):
        return bare.startswith("o'") and (token.capital or known)  # "O'Connor", "o'connor"
    if not token.capital and i > 0 and titled_homograph(tokens[i - 1].bare, bare, lexicon):
        return after_title(text, tokens, i)  # "mrs young", "mr white"
    if not token.capital and not known and "-" not in bare:
        return False
    if not token.capital and token.cued:
        return True  # a word that is no ordinary word, made a name by a cue
    titled = i > 0 and tokens[i - 1].bare in TITLES and bare not in CONTEXT_WORDS
    titled = titled and bare not in SUBJECT_VERBS and titled_word(tokens[i - 1].bare, bare, lexicon)
    titled = titled and not dutch_verb_form(bare, lexicon)  # "mvr bedankte me"
    titled = titled and not title_as_noun(text, tokens[i - 1].start, bare, lexicon)
    if titled and after_title(text, tokens, i):
        return True  # "mrs smith", "meneer bakker": after a form of address, any word
    if bare in SUBJECTS:
        return False
    if token.capital and not token.opens and ELIDED_CAPITAL.search(token.word):
        return True  # "avec M. D'Hondt", "bij De Smet-D'Haese": a capital after the elision
    if i > 0 and after_title(text, tokens, i) and (token.capital or _named(bare, lexicon)):
        clause = "," in text[tokens[i - 1].end : token.start] and bare in frequent()
        return (bare not in PARTICLES or token.capital) and not clause  # "collega, niks meer"
    if not token.capital and "-" in bare and not token.cued:  # "fatima-zahra", "jean-marc"
        parts = bare.split("-")
        if parts[0] in FOREIGN_PARTICLES and named_word(parts[-1], lexicon):
            return True  # "ben-ali", "el-amrani": a particle of no note's language
        if bare in lexicon.first:
            return bare not in lexicon.words
        return all(p in lexicon.first for p in parts) and not all(map(lexicon.is_word, parts))
    if not token.capital:  # name_words: "bebe", "sante", words typed without their accents
        listed = bare in lexicon.first and bare not in lexicon.words and bare not in PARTICLES
        return (listed and bare not in name_words()) or surname_shaped(bare, lexicon)
    surname = bare in lexicon.last or bare in lexicon.homographs
    if surname and not token.opens and bare not in PARTICLES and with_company(text, token):
        return True  # "gesprek met Vos": a capital after "met" is someone, not a fox
    if bare in PARTICLES or bare in lexicon.homographs:
        return False
    if "-" in bare and all(lexicon.is_word(part) or len(part) < 2 for part in bare.split("-")):
        return False
    if known and AGE.match(text, token.end):
        return True  # "Kevin (19)"
    if not token.opens:  # a surname that is also a word ("Team Oost", "De Post") needs a
        if bare in lexicon.last and with_company(text, token):
            return True  # "gesprek met Vos": a capital after "met" is someone, not a fox
        return bare in lexicon.first or not plain_word(bare, lexicon)  # title or first name
    if known and bare.endswith("ez") and lexicon.is_word(bare[:-2] + "er"):  # "Cochez ceci",
        return bare not in lexicon.first and _acts(text, tokens, i)  # "Martinez belde"
    if known:  # "Mme Kaczmarek (Ewa)": a first name alone in brackets, a word elsewhere
        alone = text[token.start - 1 : token.end + 1] == f"({token.word})"
        return bare not in lexicon.words or (alone and bare in lexicon.first)
    return not plain_word(bare, lexicon) and _looks_like_a_person_follows(text, tokens, i)


def _acts(text: str, tokens: list[Token], i: int) -> bool:
    """A French verb form as surname ("Cochez") is a name before a verb, name, age, comma, end."""
    end = tokens[i].end
    if AGE.match(text, end) or text[end : end + 1] in (",", ".", ""):
        return True
    following = TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    if following is None:
        return True
    word = following.group()
    bare = word.lower()
    return word[0].isupper() or bare in SUBJECT_VERBS or bare in AND or bare in POSSESSIVES


def _named(bare: str, lexicon: Lexicon) -> bool:
    """After "haar vriend", "ons": a first name even when it is also a word ("kevin", "rosa")."""
    if bare in CONTEXT_WORDS:
        return False  # "chez son cousin": a family word is no surname
    return bare in lexicon.first or (bare in lexicon.last and bare not in lexicon.words)


def _looks_like_a_person_follows(text: str, tokens: list[Token], i: int) -> bool:
    """An unknown word opening a sentence is a name when a verb, a name or an age follows
    ("Nsimba belde", "Okafor (45)"); "Vink aan", "Cochez au moins" stay words."""
    if AGE.match(text, tokens[i].end) or text[tokens[i].end : tokens[i].end + 1] == ",":
        return True
    if ABSENT.match(text, tokens[i].end) or PRESENT.match(text, tokens[i].end):
        return True  # "Ngouvi no show", "Ngouvi aan de telefoon"
    if WITH_FAMILY.match(text, tokens[i].end):
        return True  # "Gilvesta en kinderen ok", "Sivonde et enfants vont bien"
    following = next_token(text, tokens, i)
    if following is None:
        return False
    if following.bare in VERBS or following.capital or following.known:
        return True
    if following.bare in POSSESSIVES:
        return True  # "Nkemdirim zijn broer"
    after = next_token(text, tokens, i + 1) if following.bare in AND else None
    return after is not None and (after.bare in POSSESSIVES or after.capital)


def _extend(text: str, tokens: list[Token], marked: list[bool], lexicon: Lexicon) -> None:
    """Grow names: particles and capitals next to a name, ambiguous first names."""
    last = len(tokens) - 1
    for _ in range(2):
        before_pass = sum(marked)
        for i, token in enumerate(tokens):
            if marked[i] or token.bare in lexicon.word_names:
                continue
            bare = token.bare
            after = i < last and marked[i + 1] and gap(text, token, tokens[i + 1])
            before = i > 0 and marked[i - 1] and gap(text, tokens[i - 1], token)
            if bare in PARTICLES:
                marked[i] = before and particles_lead_to_name(text, tokens, marked, i)
            elif not token.capital:  # "samia haddad", "mariama bah" typed in lower case
                ordinary = bare in TITLES_AND_RELATIONS or bare in VERBS or bare in POSSESSIVES
                marked[i] = not ordinary and (
                    (after and (bare in lexicon.first or surname_first(text, token, lexicon)))
                    or (before and surname_word(text, token, lexicon))
                )
            elif before:  # "Oleksandr Shevchenko", "Sarah Black": a capital after a name
                marked[i] = capital_after_name(text, tokens, i, lexicon)
            elif after:  # "Nasir Popal", "met Bill Peeters": a capital before a name
                marked[i] = capital_before_name(text, tokens, i, lexicon)
            elif capital_joined_to_name(text, tokens, marked, i, lexicon):
                marked[i] = True  # "met Summer and Rich"
            elif i < last and token.opens and (bare in lexicon.homographs or token.known):
                if bare in name_words():
                    continue  # "Maman cherche du travail": a word whatever list holds it
                following = next_token(text, tokens, i)
                partner = next_token(text, tokens, i + 1) if following else None
                marked[i] = following is not None and (
                    (following.bare in VERBS and (following.bare != "a" or PARTICIPLE.match(
                        text, following.end) is not None))  # "Kevin belde", "Karim a dit"
                    or (following.bare in POSSESSIVES and partner is not None
                        and partner.bare in TITLES_AND_RELATIONS)  # "Jan zijn broer"
                    or (following.bare in AND and partner is not None
                        and (marked[i + 2] or partner.bare in POSSESSIVES))  # "Kevin en Jolien"
                )  # fmt: skip
        if sum(marked) == before_pass:
            return  # nothing grew: a second pass would find nothing more
