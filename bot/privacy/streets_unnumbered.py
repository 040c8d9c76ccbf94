"""French streets written in lower case and without their number, which the capitalised
pattern (`streets.RUE_ALONE`) cannot see: "le proprio de la chaussée de gand", "derrière le
quai de la boverie", "rdv avenue de la couronne devant chez lui", "lives near the canal, quai
des charbonnages" (probe78, probe80, review46a). A road's kind before "de la", "du", "des"
names one street; "place" also names a thing ("une place de parking") and stays out; "quai"
and "rue" need a name of no frequent word ("le train est à quai de la gare"), "rue" a sentence
about where someone lives (`HOME`) too: "rue des tanneurs: chantier partout" is where the
worker parked (probe48)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
KINDS = Stems("avenue|chaussée|chaussee|boulevard|quai|impasse|drève|dreve|rue")
"""What the pattern needs, decided once per word."""
STREET = lazy(
    r"(?i:\b(avenue|chaussée|chaussee|boulevard|quai|impasse|drève|dreve|rue)\s+(?:de\s+la|de\s+l['’]"
    r"|du|des|de|d['’])\s*([^\W\d_][\w'’-]{2,})(?:\s+([^\W\d_][\w'’-]{2,}))?(?![\w'’-])"
    r"(?!\s*,?\s*(?:n[°o]\s*)?\d))"
)
"""The kind, its link word and one or two words of the name; a number after it is the
numbered patterns' to read."""
BARE = lazy(
    r"(?i:\b(?:avenue|boulevard|chaussée|chaussee|quai|drève|dreve)\s+(?![nmtsljdc]['’]|qu['’])"
    r"([^\W\d_][\w'’-]{2,})(?![\w'’-]))"
)
"""The kind and a name with no link word: "lives alone avenue brugmann top floor" (probe83);
not an elided word ("la navette vers le quai n'est pas passée": probe205)."""
NUMBER_AHEAD = lazy(r"[^,;.\n\d]{0,24}\d")
"""A number further on in the clause: the street goes on to it."""
NOT_A_NAME = frozenset(
    """mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces
    quelqu'un personne chez""".split()  # noqa: SIM905
)
"""Words after "de" that say whose, not which: "la rue de ma mère"."""
LINKS = frozenset(
    """sans sur près pres à au aux en et ou avec chez dans devant derrière derriere depuis pour
    pas numéro numero no nr with without near in at on since and or but from""".split()  # noqa: SIM905
)
"""Words after a street's name that start the rest of the sentence: "… sans numéro"."""
HOME = lazy(
    r"(?i:\b(?:habite\w*|vit|vivent|vivait|loge\w*|dort|dorment|déménag\w*|demenag\w*|domicil\w*"
    r"|lives?|living|moved?|squat|woont|wonen|chez\s+(?:sa|son|ses|leur)|adresse|address)\b)"
)

CORNER = lazy(r"(?i:\b(?:coin|angle|corner)\s+(?:de\s+(?:la\s+)?|of\s+(?:the\s+)?)?$)")
"""A street corner names its street, however plain: "coin rue de la loi et chaussée, elle dort
dans une entrée" (review48a)."""


def unnumbered_streets(text: str, lowered: str) -> Iterator[Found]:
    """Spans of lower-case French streets named without a number."""
    if not KINDS.in_text(lowered):
        return
    common = frequent()
    for match in STREET.finditer(text):
        kind, name, more = match.group(1).lower(), match.group(2), match.group(3)
        if not name.islower() or name in NOT_A_NAME:
            continue  # a capitalised name is `RUE_ALONE`'s
        corner = CORNER.search(text, max(0, match.start() - 16), match.start()) is not None
        if kind in ("rue", "quai") and name in common and not corner:
            continue  # "la rue du marché" of every town, "le train est à quai de la gare"
        if kind == "rue" and HOME.search(text) is None and not corner:
            continue  # "rue des tanneurs: chantier partout"
        if NUMBER_AHEAD.match(text, match.end()):
            continue  # "rue de la croix de fer 3": the numbered patterns' whole
        joined = more and more.islower() and more not in common and more not in LINKS
        end = match.end(3) if joined else match.end(2)
        yield match.start(), end, "address"
    for match in BARE.finditer(text):
        name = match.group(1)
        named = name.lower() not in lexicon().words or lexicon().is_name(name.lower())
        if name.islower() and name not in common and named and name not in LINKS:
            yield match.start(), _name_end(text, match.end(), common), "address"


NEXT_PART = lazy(r"\s+((?:de|du|van|der|den|le|la)\s+)?([^\W\d_][\w'’-]{2,})(?![\w'’-])")


def _name_end(text: str, end: int, common: frozenset[str]) -> int:
    """Where a street's name of several words ends: "avenue jules bordet", "avenue houba de
    strooper"; a frequent word or a link word ("depuis", "near") starts the sentence's rest."""
    names = lexicon()
    for _ in range(3):
        part = NEXT_PART.match(text, end)
        if part is None:
            break
        word = part.group(2).lower()
        if word in common or word in LINKS or (word in names.words and not names.is_name(word)):
            break
        end = part.end()
    return end
