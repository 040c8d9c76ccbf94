"""Belgian place names without a postcode: municipalities, deelgemeenten, Brussels
communes and city neighbourhoods, in Dutch, French and German, in any case; and the
world's cities of 150,000 people or more whose name is no word ("geboren in kinshasa"),
and the towns of 15,000 or more where most families of foreign origin come from, these
only after a word such as "in", "uit", "à" ("geboren in emirdag").

A name that is also an everyday word ("Boom", "Spa", "Geel") counts only with a capital
in mid-sentence or right after a word such as "in", "naar", "à"; a postcode just before a
name joins the span ("1083 ganshoren")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.account_countries import account_country
from bot.privacy.article_words import town_after_article
from bot.privacy.gazetteer import ARTICLES as ARTICLES
from bot.privacy.gazetteer import PART as PART
from bot.privacy.gazetteer import Gazetteer as Gazetteer
from bot.privacy.gazetteer import accented_word
from bot.privacy.gazetteer import fold as fold
from bot.privacy.gazetteer import gazetteer as gazetteer
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.name_particle_surnames import given_name_after
from bot.privacy.overlaps import capitalised_throughout
from bot.privacy.place_cues import (
    FEAST_SAINTS,
    QUARTER,
    RESIDENCE,
    SERVICE_BEFORE,
    town_after_address,
    verb_or_speaker,
)
from bot.privacy.streets import rare_streets as rare_streets
from bot.privacy.streets import streets as streets
from bot.privacy.tokens import Stems, letter_runs

Found = tuple[int, int, str]
DIGIT = lazy(r"\d")
BEFORE = lazy(
    r"(?i:\b(?:in|te|naar|uit|vanuit|via|à|au|near|from|nach|vers|richting|op het|op den|in het"
    r"|(?:op|in)\s+['’]?t"
    r"|(?:komt|kwam|komen|kwamen|afkomstig)\s+van|(?:vient|viennent|venue?s?|originaire)\s+de)"
    r"\s+|\b(?:vient|viennent|venue?s?|originaire)\s+d['’])$"
)
FEAST = lazy(r"(?i:\b(?:la|de|met|voor|na|tegen)\s+)$")
"""Before "la Saint-Nicolas", "voor Sint-Maarten": a feast day, not a place."""
SURNAME_PARTICLES = lazy(
    r"(?:\b(?:Van|De|Der|Den|Ter|Ten|Von|Le|La|Du|Des|Vande|Vander|Vanden)"
    r"|\b[Vv]an\s+(?:de|der|den|het|'t))\s+$"
)
"""Before a place name these make it a surname ("Van der Linden"); a lower-case "van"
alone stays "from" ("ze komt van Tienen")."""
OPENING_VAN = lazy(r"(?:^|[.!?\n]\s*)van\s+$")
"""A sentence opening with "van Damme" names someone: "from Damme" would open otherwise."""
WORD_BEFORE = lazy(
    r"(?<![^\W\d_])([^\W\d_]+)[.,]?\s+"
    r"(?:(?i:van|de|der|den|ten|ter|le|la|du|des|vande|vander|vanden)\s+)*$"
)
"""The word before a name, past the particles of a surname ("mevr. van damme"); searched in
a slice, only from where a word starts there (the leftmost match starts there anyway: from
inside a word the scan took as long again for each letter)."""
REACH = 60
"""How far back the words before a place are looked for (each pattern ends at the place and
reads a word or two): from the text's start, every place rescanned all before it."""
POSTCODE_BEFORE = lazy(r"(?<![\d.,€$])\b(?:B-?)?[1-9]\d{3}\s+$")
TITLES = cues()["titles"]
TITLES_AND_RELATIONS = TITLES | cues()["relations"]
SENTENCE_END = set('.!?:;("“«•\n')
EMPTY: frozenset[str] = frozenset()


def name_starts(folded: list[str], places: Gazetteer) -> list[int]:
    """Where a place name may start among the folded words: a name, or a first word whose
    second word follows it. A set intersection first (in C): most texts hold "de", which
    starts names, yet none of its second words, and are left without a loop."""
    longest, names, seconds = places.longest, places.names, places.seconds
    present = longest.keys() & folded
    if present.isdisjoint(names) and all(seconds.get(w, EMPTY).isdisjoint(folded) for w in present):
        return []
    return [i for i, word in enumerate(folded) if word in longest and (word in names or (
        i + 1 < len(folded) and folded[i + 1] in seconds.get(word, ())))]  # fmt: skip


def place_names(text: str, lenient: bool = False) -> Iterator[Found]:
    """Spans of Belgian place names (with the postcode just before them, if any).
    `lenient`: the context already says a place follows ("gevangenis van haren"), so a
    name that is also a word counts too."""
    places = gazetteer()
    longest = places.longest
    # ASCII text folds to its lower case: one C-level pass, no match objects unless needed
    folded = letter_runs(text) if text.isascii() else list(map(fold, PART.findall(text)))
    candidates = name_starts(folded, places)
    if not candidates:
        return
    parts = list(PART.finditer(text))
    i = 0
    for candidate in candidates:  # words that start no name here (most "de") never get here
        if candidate < i:
            continue
        i = candidate
        most = longest[folded[i]]
        if most > 1 and (i + 1 == len(parts) or folded[i + 1] not in places.seconds[folded[i]]):
            most = 1
        found = 0
        for size in range(min(most, len(parts) - i), 0, -1):
            if _joined(text, parts, i, size) and " ".join(folded[i : i + size]) in places.names:
                found = size
                break
        if not found:
            continue
        start, end = parts[i].start(), parts[i + found - 1].end()
        if text[end : end + 1] == "-" and (quarter := QUARTER.match(text, end)):
            end = quarter.end()  # "antwerpen-noord", "gent-zuid", "charleroi-nord"
        name = " ".join(folded[i : i + found])
        i += found
        if found == 1 and not text.isascii() and _an_accented_word(text, start, end):
            continue  # "comme maçon": the word, not Macon
        if GLUED_N.search(text, max(0, start - 3), start):
            continue  # "papa n'goma": a name's letters, not Goma (French "n'" elides no town)
        if not (lenient or name not in places.ambiguous or _clearly_a_place(text, start, end)):
            continue  # a word that is also a place, not used as one: no need to ask more
        after_article = town_after_article(text, start) and not RESIDENCE.search(
            text, max(0, start - 24), start
        )  # "lives in the marolles": a neighbourhood named with its article
        if not lenient and (after_article or account_country(text, start, end)):
            continue  # "un bouillon", "une chimay": a dish after its article; "compte en france"
        if found == 1 and verb_or_speaker(text, start, end, name in places.ambiguous):
            continue
        near = max(0, start - REACH)
        said = FEAST.search(text, near, start) if name.startswith(("saint ", "sint ")) else None
        feast = said is not None and (
            said.group().lower().startswith("la") or name.split()[1] in FEAST_SAINTS
        )  # "la saint-vincent" (a feast or a charity: no town takes "la"), "voor sint-maarten"
        surname = bool(SURNAME_PARTICLES.search(text, near, start)) or _after_title(text, start)
        if not surname and OPENING_VAN.search(text, near, start) is not None:  # "van Damme"
            surname = text[start].isupper() or given_name_after(text, "van" + name, end, lexicon())
        if not (feast or surname):
            postcode = _postcode_before(text, start)
            yield (postcode.start() if postcode else start), end, "place"


GLUED_N = lazy(r"(?i:(?<![\w'’])n['’]$)")
ORIGIN_HINT = lazy(
    r"(?i:geboren|born|née?s?\b|opgegroeid|grandi|grew|raised|komt|kwam|komen|afkomstig|vlucht"
    r"|vient|viennent|venue?s?\b|originaire|comes?\b|came|fled|dorp|stad|village|ville|town"
    r"|city|regio|région|region|provinc)"
)
ORIGIN = lazy(
    r"(?i:\b(?:(?:geboren|born|née?s?|opgegroeid|grandi|grew\s+up|raised)\s+(?:in|te|à|at|en)"
    r"|(?:komt|kwam|komen|kwamen|afkomstig|gevlucht|vluchtte|vluchtten|vient|viennent|venue?s?"
    r"|originaire|comes?|came|fled)\s+(?:uit|van|de|d'|du|from)"
    r"|(?:dorp|dorpje|stad|stadje|village|ville|town|city|regio|région|region|provincie|province)"
    r"\s+(?:bij|near|van|de|d'|in|près\s+de|of|called|genaamd|nommée?))(?:(?<=')\s*|\s+)"
    r"([^\W\d_][\w'’-]{3,}))"
    r"|(?i:\b(?:in|te)\s+([^\W\d_][\w'’-]{3,})\s+(?:geboren|opgegroeid)\b)"
)
"""Where someone was born or comes from, and the word that says it: "geboren in emirdag"; a
space after it but for "d'" ("raised enough" is no "raised en ough": probe198)."""


ORIGIN_WORDS = Stems(("geboren", "born", "né", "opgegroeid", "grandi", "grew", "raised", "komt",
                      "kwam", "komen", "afkomstig", "vlucht", "vient", "viennent", "venu",
                      "originaire", "come", "came", "fled", "dorp", "stad", "village", "ville",
                      "town", "city", "regio", "région", "region", "provinc"))  # fmt: skip
"""ORIGIN_HINT's words as substrings of the lower-cased text: far faster than its expression."""


def _origin_hinted(text: str) -> bool:
    if "ſ" in text or "ı" in text or "İ" in text:
        return ORIGIN_HINT.search(text) is not None
    return ORIGIN_WORDS.in_text(text)


NEIGHBOURS = (
    "frankrijk",
    "france",
    "nederland",
    "pays-bas",
    "netherlands",
    "holland",
    "duitsland",
    "allemagne",
    "germany",
    "deutschland",
    "luxemburg",
    "luxembourg",
)
"""Belgium's neighbours, in no list of origins (a trip, work across the border)."""
NEIGHBOUR = lazy(
    r"(?i:\b(?:in|en|naar|to|au|aux|vers|uit|from|van|depuis|nach|near|nabij)\s+(?:the\s+)?"
    r"(" + "|".join(NEIGHBOURS) + r")\b)"
)
"""Where someone went, works or lives: "parti travailler en france", "werkt in duitsland"."""


def origin_places(text: str) -> Iterator[Found]:
    """A town in no list, said to be where someone was born or comes from ("geboren in
    emirdag", "il vient de kolwezi", "a village near kunduz"): a word of no language.
    And a neighbouring country where someone went or lives ("parti en france")."""
    lowered = text.lower()
    if any(country in lowered for country in NEIGHBOURS):
        for match in NEIGHBOUR.finditer(text):
            if not account_country(text, match.start(1), match.end(1)):  # "compte en france"
                yield match.start(1), match.end(1), "place"
    if not _origin_hinted(text):
        return
    words = lexicon()
    for match in ORIGIN.finditer(text):
        group = 1 if match.group(1) else 2
        bare = match.group(group).lower()
        if not words.is_word(bare) and fold(bare) not in gazetteer().names:
            yield match.start(group), match.end(group), "place"


def _after_title(text: str, start: int) -> bool:
    """ "mevrouw De Haan", "Mme Namur": after a form of address a place name is a surname;
    "haar zoon Brecht", "sa fille Ath": after a relation, a capitalised one is a first name."""
    before = WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return False
    cue = before.group(1).lower()
    return cue in TITLES or (cue in TITLES_AND_RELATIONS and text[start].isupper())


def _joined(text: str, parts: list[re.Match[str]], i: int, size: int) -> bool:
    """The parts of one name touch through a space, a hyphen or an apostrophe only, or a
    full stop after a saint's short form ("st.-niklaas", "st. gillis")."""
    return all(
        text[parts[j].end() : parts[j + 1].start()] in (" ", "-", "'", "’")
        or (
            text[parts[j].end() : parts[j + 1].start()] in (".-", ". ", ".")
            and parts[j].group().lower() in ("st", "ste")
        )
        for j in range(i, i + size - 1)
    )


SHORT_WORDS = frozenset({"on", "lo", "lot", "bra", "aye", "pry", "spy", "soy", "mal", "dam"})
"""Names of three letters or fewer that follow "in" or "to" as words too ("in lot", "to spy")."""
FROM_TO = lazy(r"(?i:\s+(?:naar|à|a|vers|to|jusqu'à)\s+[^\W\d_])")
FROM = lazy(r"(?i:\b(?:van|de|from|d'|depuis)\s*)$")
"""A move: "van boom naar geel", "de ans à huy", "from mol to hasselt"."""


def _postcode_before(text: str, start: int) -> re.Match[str] | None:
    """POSTCODE_BEFORE, scanned only when a digit comes before `start` (most texts: none)."""
    near = max(0, start - REACH)
    return POSTCODE_BEFORE.search(text, near, start) if DIGIT.search(text, near, start) else None


INFINITIVE = lazy(
    r"(?<!geboren )(?<!wonende )(?<!woont )(?<!wonen )(?<!gevestigd )(?<!overleden )\bte\s+$"
)
"""Dutch "te" before an infinitive; a town after "te" only with a word of birth or home."""


def _an_accented_word(text: str, start: int, end: int) -> bool:
    """A lower-case word with an accent no place has, not after a place word: the word."""
    word = text[start:end]
    if word.isascii() or not word[0].islower() or BEFORE.search(text[max(0, start - 12) : start]):
        return False
    return accented_word(word)


YEAR = lazy(r"(?:19[5-9]\d|20[0-4]\d)\s")
"""A year before a lower-case word that is also a place is no postcode: "in 2019 namen ze"."""
YEARS = frozenset(["ans"])
"""After a number, "ans" is years ("il a 2000 ans"), unless the number is Ans's postcode."""


def _clearly_a_place(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    postcode = _postcode_before(text, start)
    if postcode and not (text[start].islower() and YEAR.match(postcode.group())):
        return fold(text[start:end]) not in YEARS or postcode.group().strip()[-4:-1] == "443"
    if RESIDENCE.search(text, max(0, start - 24), start):
        return True  # "woont in as", "moved to duffel": where someone lives, even as a word
    if DIGIT.search(text, max(0, start - 20), start) and town_after_address(text, start, end):
        return True  # "grand-place 18, ath"; not "chaussée de mons 1122, odeur de moisi"
    short = end - start < 3 or fold(text[start:end]) in SHORT_WORDS
    verb = text[start].islower() and text[end - 2 : end] == "en"
    if verb and INFINITIVE.search(text, max(0, start - 30), start):
        return False  # "te werken", "zat te balen": a verb, not Werken or Balen
    word = text[start:end]
    determiner = word == "alle" and text[end + 1 : end + 2].isalpha() and " à" not in before
    if text[start].islower() and (before.lower().endswith(" au ") or determiner):
        return False  # "au marché", "naar alle buren": a word after it, not Marche or Alle
    if BEFORE.search(before) and (not short or text[start].isupper()):
        return True
    if not short and FROM.search(before) and FROM_TO.match(text, end):
        return True
    service = SERVICE_BEFORE.search(text, max(0, start - 24), start)
    if service and (not short or service.group(1) or text[start].isupper()):
        return True  # "ocmw boom", "cpas de ans", "de politie van lint"; not "au cpas on"
    stripped = text[:start].rstrip()
    opens = not stripped or stripped[-1] in SENTENCE_END
    return text[start].isupper() and not opens and not (short and capitalised_throughout(text))
