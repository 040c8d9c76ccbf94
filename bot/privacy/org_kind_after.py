"""A Flemish school or care place named by an article and words before its kind: "zit op de
zonnebloem buso", "plaats bij de kleine prins dagcentrum", "loopt weg van de vrijheid
voorziening" (review43a, review44a). Dutch glues a kind to the noun before it ("muziekschool",
"nachtopvang"), so an article, words and a kind apart after a preposition are a name; unless
the words are an adjective ("op de lagere school", "aan het oekraïens centrum"), a time ("van de
week school gemist") or a compound typed apart ("naar de muziek school")."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.school_names import STOP
from bot.privacy.sensitive import category_word

KINDS = frozenset(
    ["buso", "bubao", "bso", "school", "dagcentrum", "voorziening", "internaat", "kinderopvang",
     "crèche", "creche", "kribbe", "kdv", "vzw", "tehuis", "rusthuis", "wzc", "woonzorgcentrum",
     "dagopvang", "kinderdagverblijf", "instelling", "kliniek", "opvangcentrum", "centrum"]
)  # fmt: skip
NAMED_BEFORE_KIND = lazy(
    r"(?i:(?:^|(?<=[\s(]))(?:bij|op|in|naar|van|aan|uit|via)\s+((?:de|het|'t|’t)\s+"
    r"[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?)\s+("
    + "|".join(sorted(KINDS, key=len, reverse=True))
    + r")(?![\w'’-]))"
)
NOT_A_NAME = STOP | frozenset(
    ["lagere", "middelbare", "nieuwe", "oude", "grote", "gewone", "buitengewone", "vorige",
     "huidige", "dichtste", "katholieke", "gemeentelijke", "vrije", "franstalige",
     "nederlandstalige", "engelstalige", "speciale", "bijzondere", "juiste", "goede", "slechte",
     "beste", "lokale", "open", "gesloten", "psychiatrische", "nacht", "vakantie", "zomer",
     "winter", "bus", "trein", "tram", "stad", "wijk", "straat", "buurt", "kinders", "mama",
     "papa", "zoon", "dochter", "rest", "hoek", "kant", "overkant", "taal", "kunst", "steiner",
     "beroeps", "teken", "naai", "kook", "zwem", "sport", "kleuter", "basis", "muziek", "zondag",
     "rij", "vak", "hotel", "tuinbouw", "bouw", "woon", "jeugd", "kinder", "bejaarden", "moeder",
     "vrouwen", "jongeren", "herstel", "revalidatie", "psychiatrie", "crisis", "dagbesteding",
     "nachtopvang", "opvang"]
)  # fmt: skip
"""Words that make the phrase no name: adjectives of a kind, times, places, people, and
first halves of a kind's compounds that the word lists lack ("taalschool")."""


def named_before_kind(lowered: str, words_there: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """Each "de/het + one or two words" right before a kind of school or care place
    (`words_there`: the text's words, `category_cues.words_of`)."""
    if KINDS.isdisjoint(words_there):
        return
    words = lexicon()
    for match in NAMED_BEFORE_KIND.finditer(lowered):
        name = match.group(1).split()[1:]
        if any(word in NOT_A_NAME or category_word(word) for word in name):
            continue  # "op de lagere school", "aan het oekraïens centrum" (probe24)
        if name[-1] + match.group(2) in words.words:
            continue  # "naar de muziek school": muziekschool typed apart
        yield match.start(1), match.end(1), "organisation"
