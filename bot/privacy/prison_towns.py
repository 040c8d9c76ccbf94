"""Detention told without a prison word: a release from a village known for its prison only
("sort de lantin vendredi", "kwam vrij uit wortel"); Flemish "binnen" with a time or "again"
and a word of the police or the courts in the sentence ("zit sinds maandag binnen, de
advocaat belt"); the time still to serve ("da haar papa nog twee jaar moet zitten"). Time
served in a prison's town is `category_told`'s ("a fait deux ans à lantin"). The town alone
stays a place, and "de kat zit weer binnen", "komt uit hoogstraten", "moet nog een jaar
zitten in het vijfde leerjaar" stay what they say."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.detention import NUMBER
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.places import place_names

Found = tuple[int, int, str]
PRISONS_ONLY = r"lantin|paifve|jamioulx|marneffe|everberg|berkendael|wortel|merksplas"
"""Villages said for their prison or youth institution when someone leaves them (not Haren,
Saint-Gilles or Andenne: towns people come from)."""
RELEASED = lazy(
    rf"(?i:\b(?:sort|sortira|sortait|sortie|sorti|est\s+sortie?|libérée?|liberee?|relâchée?)\s+"
    rf"(?:de|d['’])\s*(?:{PRISONS_ONLY})\b"
    r"|\b(?:sort|sortira|sorti|sortie|est\s+sortie?|libérée?|liberee?)\s+de\s+haren\b"
    rf"|\b(?:komt|kwam|komen|kwamen)\s+(?:\w+\s+)?vrij\s+(?:uit|van)\s+(?:{PRISONS_ONLY})\b"
    rf"|\b(?:released|got\s+out|gets\s+out|came\s+out|comes\s+out)\s+(?:from|of)"
    rf"\s+(?:{PRISONS_ONLY})\b"
    rf"|\b(?:zit|zat|zitten|zaten)\s+(?:\w+\s+)?in\s+(?:{PRISONS_ONLY})\b"
    rf"|\bin\s+(?:{PRISONS_ONLY})\s+(?:zit|zat|zitten|zaten)\b)"
)
"""A release from a village known for its prison, or a stay there: "sort de lantin", "kwam vrij
uit wortel", "da zen broer in merksplas zit"; Haren only in French with "sortir de": "sort de
haren lundi" (probe113), no one says so of the district."""
LONG = r"jaar|jaren|maanden|maand|ans?|années|mois|years?|months?"
INSIDE = lazy(
    r"(?i:\b(?:zit|zat)\s+(?:(?:sinds\s+\w+|al\s+\w+\s+\w+)(?:\s+(?:terug|weer|opnieuw))?"
    r"|terug|weer|opnieuw|nog\s+altijd)\s+binnen\b"
    r"|\b(?:sinds\s+\w+\s+)?(?:terug|weer|opnieuw)\s+binnen\s+(?:zit|zat|zitten)\b"
    r"|\b(?:is|was|he's|she's|got\s+sent)\s+(?:back\s+inside|inside\s+again)\b)"
    r"(?!\s+(?:te|met|in\s+huis|in\s+de\s+(?:living|keuken|kamer|zetel)|to|for))"
)
"""Inside, said of a prison: a time or "again" with Flemish "zit binnen", English "back
inside"; only with a word of the police or the courts in the sentence (JUSTICE)."""
JUSTICE = lazy(
    r"(?i:gevangenis|\bcel\b|\bbak\b|\bnor\b|rechter|politie|opgepakt|aangehouden|straf|vonnis"
    r"|advoca|justitie|prison|jail|police|arrest|court|custody|judge|juge|avocat|tribunal)"
)
TO_SERVE = lazy(
    rf"(?i:\bnog\s+(?:(?:{NUMBER})\s+)?(?:{LONG})\s+(?:moet|moeten|moest)\s+zitten\b"
    r"(?!\s+(?:in|op|bij|aan)\b))"
)
"""Time still to serve, the Dutch verb last: "da haar papa nog twee jaar moet zitten" (not
"zitten in het vijfde leerjaar", "zitten op de wachtlijst")."""
PRISON_IN = lazy(r"(?i:\b(?:prison|gevangenis|jail|cachot)\s+(?:a|à|in|te|at)\s+)")
"""A prison and the town it stands in: "6 mois de prison a haren" (review43a); a town that is a
word ("haren": hair) reads as one there, even after "a" typed for "à"; the places rule finds
the others (and a detention phrase may hold them: "a fait 2 ans de prison à lantin")."""
PRISON_WORDS = ("prison", "gevangenis", "jail", "cachot")
HINTS = ("haren", "lantin", "paifve", "jamioulx", "marneffe", "everberg", "berkendael", "wortel",
         "merksplas", "binnen", "inside", "zitten", *PRISON_WORDS)  # fmt: skip


def prison_towns(text: str) -> Iterator[Found]:
    """Spans of detention told without a prison word."""
    lowered = text.lower()
    if not any(hint in lowered for hint in HINTS):
        return
    for match in RELEASED.finditer(text):
        yield match.start(), match.end(), "detention"
    if ("binnen" in lowered or "inside" in lowered) and JUSTICE.search(text):
        for match in INSIDE.finditer(text):
            yield match.start(), match.end(), "detention"
    if "zitten" in lowered:
        for match in TO_SERVE.finditer(text):
            yield match.start(), match.end(), "detention"
    if any(word in lowered for word in PRISON_WORDS):
        for match in PRISON_IN.finditer(text):
            town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
            said = text[match.end() : match.end() + town[1]].lower() if town else ""
            if town is not None and town[0] == 0 and lexicon().is_word(said):
                yield match.end(), match.end() + town[1], "place"  # others: the places rule
