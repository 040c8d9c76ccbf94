"""#12's thirteenth session (precise16): a religious office named with its article is a role
someone else holds, not a fact about the person the note is about. "de pastoor van de parochie
kwam langs", "the pastor's wife brings food", "le curé a ouvert la salle": the priest of a
parish is a public role. Said of someone it stays masked: after a verb of being ("zijn vader
is de imam van de moskee", "il est le pasteur"), in an apposition ("haar oom, de imam"), or
with no article ("pasteur mukendi", "m. kabongo est pasteur"), with a possessive ("the
imam's son": the family's faith), or with a town in its clause ("the pastor at a church in
liège": one person, found)."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy
from bot.privacy.places import place_names

OFFICES = frozenset(
    ["predikant", "predikante", "pinksterpredikant", "pinksterpredikante", "prêtre", "prêtres",
     "evangelist", "evangeliste", "pastor", "pastors",
     "bisschop", "évêque", "bishop", "curé", "pasteur", "aumônier", "moine", "monk", "monnik",
     "nun", "kloosterzuster", "marabout", "sjeik", "imam", "imams", "priester", "pastoor",
     "dominee", "rabbijn", "rabbin", "rabbi", "diaken", "diacre", "deacon", "pope", "priest",
     "deaconess", "diakones", "hoca", "hodja", "mullah", "mollah",
     "vicar", "reverend", "preacher", "preachers", "prediker", "prédicateur"]
)  # fmt: skip
"""The religious offices of sensitive.txt's religion lines."""
THE = lazy(r"(?i:(?:^|(?<=[\s(]))(?:de|het|le|la|les|the|l['’])\s*)$")
OF_SOMEONE = lazy(
    r"(?i:(?:\b(?:is|was|zijn|waren|werd|wordt|est|sont|était|étaient|devenu|devenue|are|were"
    r"|became|becomes|be|been)\s+|,\s*)(?:de|het|le|la|les|the|l['’])\s*$)"
)
"""A verb of being or a comma before the article: the office is said of someone."""
CLAUSE_END = lazy(r"[.;:!?\n]")


def office_of_another(text: str, said: str, start: int) -> bool:
    """Whether the religious office `said` at `start` is named with its article as someone
    else's role ("de pastoor kwam langs"), not said of a person in the note."""
    if said not in OFFICES:
        return False
    near, end = max(0, start - 24), start + len(said)
    if THE.search(text, near, start) is None or OF_SOMEONE.search(text, near, start):
        return False
    if text[end : end + 2] in ("'s", "’s"):
        return False  # "the imam's son": the office tells the family's faith
    clause = CLAUSE_END.search(text, end)
    return next(place_names(text[end : clause.start() if clause else len(text)]), None) is None
