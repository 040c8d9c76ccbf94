"""Chinese and Vietnamese names written in Latin letters, as Belgian notes write them.

The word lists hold many of their parts as words ("wei", "ming", "jing", "hoa", "mai", "van"),
so the general rules masked half a name and left the rest: "nguyen thi [hoa]", "[wang]
xiaoming", "zhang wei" untouched. A name here is a surname of the common Chinese or
Vietnamese ones with its given name: for Chinese, a given name made of one or two syllables of
pinyin (before or after the surname, "zhang wei", "wei zhang"); for Vietnamese, the surname, a
middle name ("thi", "van", "duc" …) and one given name ("tran van minh"). Surnames that are
common words of nl, fr or en ("he", "ma", "long", "song", "le", "do", "ho") count only with
"thi", or with a given name that is no word ("le van blanc" stays)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import Lexicon
from bot.privacy.tokens import letter_runs

CHINESE = frozenset(
    ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "zhu", "guo",
     "luo", "zheng", "liang", "xie", "deng", "peng", "zeng", "xiao", "tian", "yuan", "jiang",
     "cheng", "cui", "zhong", "liao", "xia", "zou", "xiong", "qin", "qiu", "xue", "duan", "qian",
     "xiang", "shao", "wu", "lin", "hu", "gao", "feng", "cao", "jin", "shi", "zhan", "qi"]
)  # fmt: skip
"""Common Chinese surnames that are no common word of nl, fr or en."""
VIETNAMESE = frozenset(
    ["nguyen", "tran", "pham", "hoang", "huynh", "phan", "bui", "ngo", "duong", "truong", "dinh",
     "trinh", "luong", "doan", "dang", "vuong", "quach"]
)  # fmt: skip
"""Common Vietnamese surnames that are no word."""
VIETNAMESE_WORDS = frozenset(["le", "do", "ho", "vu", "vo", "ly", "lam", "mai", "ha", "ta"])
"""Vietnamese surnames that are also words: a name only with a given name that is none."""
MIDDLE = frozenset(
    ["thi", "van", "duc", "thanh", "minh", "ngoc", "quoc", "xuan", "huu", "kim", "cong", "quang",
     "hoai", "gia", "bao", "dinh", "anh"]
)  # fmt: skip
"""Vietnamese middle names: "thi" for women, "van" for men, and others. The given name after
them may be "an" ("nguyen van an"), no other function word ("le van de l'école" stays)."""
FUNCTION = frozenset(
    ["a", "an", "e", "en", "de", "he", "me", "we", "ou", "la", "le", "ne", "se", "na", "dan",
     "die", "in", "on", "un", "une", "ya", "yo", "i", "o", "et", "the", "and", "of", "du", "des",
     "les", "het", "een", "te", "ze", "zijn", "haar", "hun", "sa", "son", "ses", "his", "her",
     "ge", "gij", "da", "wa", "ni", "nie", "ie", "er", "zo", "nu", "ja", "je", "jij"]
)  # fmt: skip
"""Short function words that the syllables of pinyin also spell, Flemish speech's too ("ge zou
er moe van worden": probe109): never a given name."""
SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|"
            r"ou|ua|ue|ui|un|uo|a|e|i|o|u)")  # fmt: skip
GIVEN = frozenset(
    ["wei", "ming", "hui", "mei", "ling", "qing", "jun", "yun", "xiao", "yuan", "qin", "feng"]
)
"""Chinese given names that the lists of frequent words hold (from film subtitles)."""
PINYIN = re.compile(f"(?:{SYLLABLE}){{1,2}}")
WORD = re.compile(r"[^\W\d_]+")
SURNAMES = CHINESE | VIETNAMESE


def east_asian_names(text: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """Spans of Chinese and Vietnamese full names (surname and given name, in either order
    for Chinese)."""
    runs = letter_runs(text)  # shared with the other rules: most texts end here
    if SURNAMES.isdisjoint(runs) and (VIETNAMESE_WORDS.isdisjoint(runs) or MIDDLE.isdisjoint(runs)):
        return
    words = list(WORD.finditer(text))
    lowered = [w.group().lower() for w in words]
    i = 0
    while i < len(words):
        size = _vietnamese(lowered, i, lexicon) or _chinese(lowered, i)
        if size and _adjacent(text, words[i : i + size]):
            yield words[i].start(), words[i + size - 1].end()
            i += size
        else:
            i += 1


def _vietnamese(lowered: list[str], i: int, lexicon: Lexicon) -> int:
    """How many words a Vietnamese name starting at `i` has (0: none)."""
    surname, rest = lowered[i], lowered[i + 1 : i + 3]
    if (surname not in VIETNAMESE and surname not in VIETNAMESE_WORDS) or not rest:
        return 0
    given = rest[1] if len(rest) > 1 and (rest[1] not in FUNCTION or rest[1] == "an") else ""
    if rest[0] == "thi":
        return 3 if given else 2
    if rest[0] not in MIDDLE or not given:
        return 0
    return 3 if surname in VIETNAMESE or given not in lexicon.words else 0


def _chinese(lowered: list[str], i: int) -> int:
    """Two for a Chinese surname and a given name of pinyin, in either order (0: none)."""
    pair = lowered[i : i + 2]
    if len(pair) < 2 or pair[0] == pair[1]:
        return 0
    first, second = pair
    if (first in CHINESE and _given(second)) or (second in CHINESE and _given(first)):
        return 2
    return 0


def _given(word: str) -> bool:
    """A given name of pinyin: two syllables of it also spell "doen", "waren", "hier", so a
    frequent word is one only when it is among the usual given names."""
    if word in FUNCTION or PINYIN.fullmatch(word) is None:
        return False
    return word not in frequent() or word in GIVEN


def _adjacent(text: str, words: list[re.Match[str]]) -> bool:
    """The words follow one another with one space or hyphen between them (no comma: "chen,
    li en ik" are no full name)."""
    return all(text[a.end() : b.start()] in (" ", "-") for a, b in itertools.pairwise(words))


def with_east_asian_names(
    text: str, named: list[tuple[int, int]], taken: list[tuple[int, int]], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """`named` with each Chinese or Vietnamese full name in place of the parts of it found
    ("nguyen thi" becomes "nguyen thi hoa"); none that overlaps another kind of detail."""
    for start, end in east_asian_names(text, lexicon):
        if any(a < end and start < b for a, b in taken):
            continue
        inside = [(a, b) for a, b in named if a < end and start < b]
        named = [span for span in named if span not in inside]
        named.append((min([start, *(a for a, _ in inside)]), max([end, *(b for _, b in inside)])))
    return named
