"""A firm by its legal form, whatever word comes before its name (#12, fifty-seventh session).

A legal form ("srl", "vzw", "asbl", "uab", "sp. z o.o.") says the words before it are a firm's
name: "kuist vr cleanbuild bv", "salaire de isolpro srl", "owed by balticon uab", "via polbud
sp z o.o.", "pr nettoyage brillance sprl", "agentschap propere zaak vzw zoekt uit". The name
runs back from the form to the first word that ends a name (an article, a preposition, a
pronoun, a verb of the note, a word for a firm) or to a comma, at most three words. Forms that
are also words ("sa" her, "bv" for example) count only at a clause's end and after a word no
list holds: "chez construbel sa, cancer du poumon"; "sa mère" and "bv morgen" stay ("cv", "ag"
are no forms here: a cv is a curriculum vitae).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy

Found = tuple[int, int, str]
FORM = lazy(
    r"(?<![\w'’-])(sp\.?\s?z\s?o\.?\s?o\.?|s\.?p\.?r\.?l\.?|s\.?r\.?l\.?|bvba|b\.v\.b\.a\.|nv|vzw"
    r"|v\.z\.w\.|asbl|a\.s\.b\.l\.|cvba|scrl|sprlu|sarl|uab|gmbh|ltd|llc|inc|plc|commv|vof"
    r"|s\.a\.|(sa|bv)(?=\s*[,.;:)]|\s*$|\s+(?:in|te|uit|à|a|at|en|and|et|op|sinds"
    r"|depuis|since)\b))(?![\w'’-])"
)
NAME_WORD = lazy(r"([^\W\d_][\w&'’-]*|&)\s*$")
NEXT_WORD = lazy(r"\s+([^\W\d_][\w'’-]*)")
MAX_WORDS = 3
ENDS_A_NAME = frozenset(
    """bij chez for at pour via van with met vr pr by from door naar to à au aux de du des par
    voor in op avec dans sur of the het la le les een un une a an l d zijn haar hun son sa ses
    his her their mijn mon ma my our ons onze notre nos is was est are were zit werkt works
    travaille worked werkte travaillait kuist poetst nettoie cleans employer werkgever employeur
    agentschap agency agence firma firm bedrijf company société societe firme entreprise
    interimkantoor kantoor office bureau uitzendkantoor betaald paid payé payée owed unpaid
    onbetaald impayé loon salaire wages salary and en et or ou dat that que qui die who which
    ontslagen fired licencié licenciée job boulot uit out w autre other andere called calls
    belde belt gebeld contacted contacteerde appelé appelle téléphoné phoned rang mailed asked
    vroeg demandé sent stuurde envoyé""".split()  # noqa: SIM905
)
"""Words a firm's name does not hold: where its name starts after them."""
LEADS = frozenset(
    """bij chez for at pour via van with met vr pr by from door voor of de du des par agentschap
    agency agence firma firm bedrijf company société societe firme entreprise""".split()  # noqa: SIM905
)
"""Words after which a name of everyday words is a firm's too: "agentschap propere zaak vzw"."""
FORM_HINTS = frozenset(
    """sp srl sprl bvba nv vzw asbl cvba scrl sprlu sarl uab gmbh ltd llc inc plc commv vof
    sa bv s p r l""".split()  # noqa: SIM905
)
"""Words without which no form can match (the letters of "s.p.r.l." among them)."""


def legal_forms(lowered: str, words: frozenset[str]) -> Iterator[Found]:
    """Each firm's name with its legal form; `words`: the note's words, to skip most notes."""
    if FORM_HINTS.isdisjoint(words):
        return
    common = frequent()
    for match in FORM.finditer(lowered):
        names: list[tuple[int, str]] = []
        end, lead, counted = match.start(), "", 0
        while counted < MAX_WORDS:
            word = NAME_WORD.search(lowered, 0, end)
            if not word or word.group(1) in ENDS_A_NAME or "'" in word.group(1):
                lead = word.group(1) if word else ""
                break
            names.append((word.start(1), word.group(1)))
            counted += word.group(1) != "&"  # "clean & shine bvba": the "&" is no word
            end = word.start(1)
        while names and names[-1][1] == "&":
            names.pop()
        if not names or (match.group(2) and names[0][1] in common):
            continue  # "bv" alone, "elle aime sa", "kost bv 5 euro"
        after = NEXT_WORD.match(lowered, match.end())
        prefix = match.group(1).replace(".", "") in ("vzw", "asbl")
        if prefix and after and after.group(1) not in common and after.group(1) not in ENDS_A_NAME:
            continue  # "vzw troostpunt": the form before the name, read by other rules
        if all(name in common for _, name in names) and lead not in LEADS:
            continue  # "de vzw", "d'une autre asbl", "grief support open hands asbl"
        yield names[-1][0], match.end(), "organisation"
