"""Flemish names made with "ter"/"ten" and a word: a place's old name that a hospital, a
school, a clinic, a farm or a reception centre takes ("az ter lucht", "kliniek hof ter beke",
"lokaal opvanginitiatief ter heide", "berry farm ter kriek": review63a, probe190-195, #12's
fifty-third session), and the phrases with "ter"/"ten" after which no name follows."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent, plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
TER_IDIOMS = frozenset(
    """plaatse zake info informatie inzage beschikking attentie ere sprake vergelijking
    voorbereiding hand gelegenheid harte wereld waarde ondersteuning aanvulling herinnering
    bespreking goedkeuring controle ondertekening kennisgeving compensatie illustratie dood
    verantwoording discussie overname vervanging bevestiging hoogte nagedachtenis bescherming
    preventie begeleiding plekke voorkoming bevordering verduidelijking kennis tafel aarde
    hulp ontspanning afsluiting validatie laste huize gunste einde minste slotte opzichte
    behoeve tijde aanzien noorden zuiden oosten westen onrechte volle gevolge koste dele val
    toon strijde eerste tweede derde hoogste vroegste laatste zeerste overstaan bate goede
    kantore name observatie""".split()  # noqa: SIM905
)
"""Dutch phrases with "ter" or "ten" after which no name follows ("ter plaatse", "ter hoogte
van", "ten laste van", "ten huize van")."""
KIND_TER = lazy(
    r"(?i:(?:(?<![\w'’-])|(?<=\b[ld]['’]))((?:az|kliniek|ziekenhuis|centrum|centre|center|opvanginitiatief|home|rusthuis"
    r"|woonzorgcentrum|wzc|farm|hoeve|instituut|hof|campus)"
    r"(?:\s+([^\W\d_][\w-]*))?\s+(?:ter|ten)\s+([^\W\d_][\w-]+))(?![\w-]|\s*\d))"
)
"""A kind, at most one word of its own, then "ter"/"ten" and the place's word; not with a
number after it, a street's ("bezoek hof ter lo 5")."""
NOT_BETWEEN = frozenset(
    """de het een van in op is was en the a an his her their zijn haar hun mijn my our ons onze
    dat die dit deze that this le la""".split()  # noqa: SIM905
)
HEAD = lazy(
    r"(?i:(?<![\w'’-])(?:at|in|bij|naar|uit|van|op|from|to|via|for)\s+([^\W\d_][\w-]*)\s+$)"
)
"""One word of the name before its kind, right after where someone is: "woont in lokaal
opvanginitiatief ter heide", "picking strawberries at berry farm ter kriek"."""


def ter_names(lowered: str) -> Iterator[Found]:
    """Each name of a kind and "ter"/"ten" with its word (the text in lower case)."""
    if " ter " not in lowered and " ten " not in lowered:
        return
    for match in KIND_TER.finditer(lowered):
        between, word = match.group(2), match.group(3)
        if not own_word(match.group(0), word) or (between and between in NOT_BETWEEN):
            continue
        start = match.start(1)
        head = HEAD.search(lowered, max(0, start - 30), start)
        if head is not None and head.group(1) not in NOT_BETWEEN:
            start = head.start(1)
        yield start, match.end(1), "organisation"


def own_word(phrase: str, word: str) -> bool:
    """Whether the word after "ter"/"ten" names a place: no phrase's word, and after "ten" no
    word of the lists, which English "ten" counts ("centre ten minutes", "farm ten km",
    "centre ten streets away": reader53b)."""
    if word in TER_IDIOMS:
        return False
    if "ter" in phrase.lower().split():
        return True
    return len(word) > 2 and word not in frequent() and not plain_word(word, lexicon())
