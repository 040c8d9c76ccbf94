"""Which words are plain words for the name rules: the frequent words, and Dutch compounds
judged strictly. The word lists' own compound test splits off three-letter stems, so that
names of no list pass for compounds ("kal" + "inda", "tad" + "esse")."""

from __future__ import annotations

from functools import cache, lru_cache

from bot.privacy.lexicon import Lexicon, read_data


@cache
def frequent() -> frozenset[str]:
    """The most frequent everyday words of nl, fr and en (words_common.txt), and the English
    ones that list lost ("then", "never", "from": words_en_everyday.txt, more frequent in
    English than in Dutch or French, so no school's or ward's Dutch noun is among them)."""
    return frozenset(read_data("words_common.txt") + read_data("words_en_everyday.txt"))


@cache
def dutch() -> frozenset[str]:
    """Dutch words: the last part of a Dutch compound is one ("bafa" + "irai", French, and
    "kous" + "hail", English, are names no list holds, not compounds)."""
    return frozenset(read_data("words_nl.txt") + read_data("words_social.txt"))


@cache
def unaccented(lexicon: Lexicon) -> frozenset[str]:
    """The words the lists hold with accents, typed without them as phones often do
    ("educatrice", "logopede", "creche")."""
    from bot.privacy.gazetteer import fold  # gazetteer takes `frequent` from here

    return frozenset(fold(word) for word in lexicon.words if not word.isascii())


def _dutch_tail(tail: str) -> bool:
    """A Dutch word, or the feminine of one: "begeleidster" (begeleider), "bewindvoerster"
    (bewindvoerder), "consulente" (consulent), which the lists hold less often."""
    if tail in dutch():
        return True
    if tail.endswith("ster"):  # "bemiddelaarster": bemiddelaar
        return any(tail[:-4] + end in dutch() for end in ("er", "der", ""))
    return tail.endswith("e") and len(tail) > 5 and tail[:-1] in dutch()


def strict_compound(word: str, lexicon: Lexicon, depth: int = 2) -> bool:
    """A Dutch compound of two words of four letters or more, or of a frequent word and a
    longer word, the second part maybe a compound itself ("huurprijs", "dagopvang",
    "gezinsbegeleidster", "straat" + "hoekwerker"): stricter than the word lists' own test."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        linked = head[:-1] if head[-1] == "s" or (head[-1] == "e" and cut > 4) else ""
        for stem in (head, linked):  # a link of -s- or -e- between the parts ("rijst-e-vlaai")
            if len(stem) < 3 or stem not in lexicon.words:
                continue
            if not _dutch_tail(tail) and not (
                depth > 1 and len(tail) >= 8 and strict_compound(tail, lexicon, depth - 1)
            ):
                continue
            if len(stem) > 3 and len(tail) > 3:
                return True
            if stem in frequent() and (tail in frequent() or len(tail) > 4):
                return True
    return False


@lru_cache(maxsize=4096)  # decided once a word
def plain_word(word: str, lexicon: Lexicon) -> bool:
    """A word of the lists (with or without its accents), or a compound by the strict test:
    what a name is not."""
    if word in lexicon.words or word in unaccented(lexicon) or _plural(word, lexicon):
        return True
    compound = len(word) >= 7 and not lexicon.surname_only(word) and strict_compound(word, lexicon)
    return compound or dutch_verb_form(word, lexicon)


VERB_ENDINGS = ("ten", "den", "te", "de", "t", "d")


@lru_cache(maxsize=4096)
def dutch_verb_form(word: str, lexicon: Lexicon) -> bool:
    """A past tense or participle of a Dutch verb the lists hold as an infinitive ("bedankte",
    "afkapte", "gecomplimenteerd") and no name list holds ("smedt", "britt" are names): the
    lists hold few of these forms, and the name rules read them as names after "mvr" or "de
    mama" (review22b)."""
    if lexicon.is_name(word):
        return False
    infinitives = dutch()
    for ending in VERB_ENDINGS:
        shortest = 3 if ending in ("te", "de", "t") else 4  # "suste" (sussen), "bakt" (bakken)
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < shortest:
            continue
        stems = [stem[2:], stem] if stem.startswith("ge") and len(ending) == 1 else [stem]
        stems = [bare for bare in stems if len(bare) >= shortest]  # "geert": no "ge"+"er"+"t"
        if any(form in infinitives for bare in stems for form in _infinitives(bare)):
            return True
    return False


FRENCH_IMPERFECT = ("aient", "ait", "ais", "ions", "iez")


def french_verb_form(word: str, lexicon: Lexicon) -> bool:
    """An imperfect of a French verb whose infinitive the lists hold ("madame pleurait",
    "monsieur rougissait") and no name list holds: read as a surname after a title (review24b)."""
    if lexicon.is_name(word) or not word.endswith(FRENCH_IMPERFECT):
        return False
    stem = word[: -len(next(e for e in FRENCH_IMPERFECT if word.endswith(e)))]
    if stem.endswith("iss"):
        stem = stem[:-3]  # "rougiss" + "ait": "rougir"
    return len(stem) >= 3 and any(stem + ending in lexicon.words for ending in ("er", "ir", "re"))


def _infinitives(stem: str) -> list[str]:
    """The infinitives a stem may come from: "bedank" + "en", "afkap" + "pen", "complimenteer"
    with one "e" ("complimenteren"), "leef" and "reis" with "v" and "z" ("leven", "reizen")."""
    forms = [stem + "en", stem + stem[-1] + "en"]
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        forms.append(stem[:-2] + stem[-1] + "en")
    if stem[-1] in "fs":
        forms.append(stem[:-1] + ("ven" if stem[-1] == "f" else "zen"))
    return forms


def _plural(word: str, lexicon: Lexicon) -> bool:
    """The plural of a word of five letters or more the lists hold only in the singular
    ("prévoyantes", "mutualités"), unless the singular is a name ("janssens")."""
    for ending in ("es", "s"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 5 and stem in lexicon.words:
            return stem not in lexicon.first and stem not in lexicon.last
    return False


def dutch_plural(word: str) -> bool:
    """A Dutch plural of a listed word ("regels", "papieren", "boodschappen", "kinderen"):
    after a kind and "de" it is what was done there, not the place's name."""
    stems = [word[:-1]] if word.endswith("s") else []
    if word.endswith("en"):
        stems += [word[:-2], word[:-3], word[:-4]]  # "papier", "boodschap", "kind"
    return any(len(stem) > 2 and stem in dutch() for stem in stems)
