"""Title-case names of works and places ("Rose Garden", "Pierre Et Le Loup"): a first name
that opens one is no person (kept apart from `names` to keep modules small).

Two general shapes, no list of titles: a capitalised joiner ("Et", "En", "And", "In") followed
by a capitalised article or ordinary word, which people's names never contain; and a first name
that is also a word followed by a capitalised ordinary word that is no surname ("Rose Garden",
not "Rose Peeters", "Sarah Black")."""

from __future__ import annotations

from bot.privacy.lexicon import Lexicon
from bot.privacy.name_context_words import ARTICLES
from bot.privacy.name_function_words import AND
from bot.privacy.name_groups import Token
from bot.privacy.name_lists import PARTICLES

TITLE_JOINERS = AND | frozenset(["in", "au", "aux", "of"])
"""Joiners that a title capitalises ("Alice In Wonderland"); a name's particles ("De", "Van")
are not among them: "Pierre De Smet" is a person."""

FUNCTION_WORDS = TITLE_JOINERS | ARTICLES | PARTICLES


def drop_titles(text: str, tokens: list[Token], marked: list[bool], lexicon: Lexicon) -> None:
    """Unmark every word of a title-case run that is the name of a work or a place."""
    start = 0
    while start < len(tokens):
        end = start + 1
        if tokens[start].capital:
            while (
                end < len(tokens)
                and tokens[end].capital
                and _joined(text, tokens[end - 1], tokens[end])
            ):
                end += 1
        if any(marked[start:end]) and _title(tokens[start:end], lexicon):
            marked[start:end] = [False] * (end - start)
        start = end


def _joined(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] == " "


def _title(run: list[Token], lexicon: Lexicon) -> bool:
    if len(run) < 2 or any(t.cued for t in run):
        return False  # "met Rose Garden gesproken": a person cue outweighs the shape
    for k in range(1, len(run) - 1):
        if run[k].bare in TITLE_JOINERS and (
            run[k + 1].bare in ARTICLES or _ordinary(run[k + 1], lexicon)
        ):
            return True  # "Pierre Et Le Loup", "Alice In Wonderland"; not "Pierre Et Marie"
    head, second = run[0], run[1]
    return (
        head.bare in lexicon.word_names
        and _ordinary(second, lexicon)
        and second.bare not in FUNCTION_WORDS  # "Pierre Et Marie", "Pierre De Smet"
        and second.bare not in lexicon.homographs  # "Sarah Black", "Rose White": surnames
    )


def _ordinary(token: Token, lexicon: Lexicon) -> bool:
    """A word of the dictionary that no name list holds ("Garden", "Loup", "Wonderland")."""
    bare = token.bare
    return lexicon.is_word(bare) and bare not in lexicon.first and bare not in lexicon.last
