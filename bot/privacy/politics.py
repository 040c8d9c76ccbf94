"""Political opinion and trade-union membership (GDPR art. 9), masked by default as
`politics`.

In Belgium the unions (ABVV/FGTB, ACV/CSC, ACLVB/CGSLB) also pay unemployment benefits, so
going to one says nothing: "ze gaat naar de vakbond voor haar stempelgeld", "il passe à la
FGTB pour son chômage" stay. A role or a membership does: "militant bij het ABVV", "délégué
syndical", "union rep", "lid van de PVDA", "membre du PS", "votes Vlaams Belang", and so does
an opinion said of someone ("hij is extreemrechts", "elle est communiste"). A party's name
alone stays (Groen, Vooruit, MR, PS are words too); "it's political" says nothing of anyone.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
HINT = Stems(
    "lid|leden|member|membre|membres|milit|vakbond|syndic|union|delegee|délégué|delegue"
    "|afgevaardigd|steward|stemt|stemde|stemmen|vote|votes|voted|votait|aangesloten|affilié"
    "|affilie|rechts|links|droite|gauche|right|communist|socialist|fascist|nazi|anarchist"
    "|sympathisant|partij|parti|party|syndiq"
)
"""Without one of these stems no rule below can match: most texts stop here."""
UNIONS = (
    r"abvv|acv|aclvb|acod|bbtk|acv[- ]puls|fgtb|csc|cgslb|setca|cne|cgsp|vakbond|syndicat"
    r"|(?:the\s+)?union"
)
PARTIES = (
    r"n-va|nva|vlaams\s+belang|cd&v|cdenv|open\s+vld|vld|vooruit|sp\.?a|groen|pvda|ptb"
    r"|ps|mr|ecolo|les\s+engagés|les\s+engages|défi|defi|cdh|parti\s+socialiste|parti\s+communiste"
    r"|communistische\s+partij|socialistische\s+partij|labour|tories|conservatives"
)
ORG = rf"(?:{UNIONS}|{PARTIES})"
ARTICLE = r"(?:(?:de|het|the|la|le|l['’]|du|des|au|à\s+la|a\s+la|of\s+the|van\s+de|van\s+het)\s*)?"
ROLE = (
    r"(?:vakbonds|syndicaal\s+|syndicale\s+)afgevaardigde|vakbondsafgevaardigde|vakbondsman"
    r"|vakbondsvrouw|vakbondsmilitant[e]?|vakbondsleider|delegee|délégué[e]?\s+syndical[e]?"
    r"|delegue[e]?\s+syndical[e]?|déléguée?|deleguee?|delegate|militant[e]?|militants|activist[e]?"
    r"|activist|union\s+rep(?:resentative)?|shop\s+steward|union\s+member|union\s+activist"
    r"|lid|leden|member|members|membre|membres|aangesloten|affiliée?|affiliee?|sympathisant[e]?"
    r"|kandidaat|candidat[e]?|candidate|mandataris|voorzitter"
)
MEMBER = lazy(
    rf"(?i:\b(?:{ROLE})(?:\s+(?:bij|van|voor|in|of|for|at|with|de|du|au|à|a|chez|dans))?"
    rf"\s+{ARTICLE}(?:{ORG})(?![\w&-])|\bmilit(?:e|ent|ait|aient)\s+(?:à|a|au|dans|pour)\s+"
    rf"{ARTICLE}(?:{ORG})(?![\w&-]))"
)
"""A role or a membership with the union or party it is of: "lid van het Vlaams Belang",
"délégué syndical FGTB", "union rep for the ACV", "il milite à la CSC"."""
ALONE = lazy(
    r"(?i:\b(?:vakbondsafgevaardigde|vakbondsmilitant[e]?|syndicaal\s+afgevaardigde"
    r"|syndicale\s+afgevaardigde|délégué[e]?\s+syndical[e]?|delegue[e]?\s+syndical[e]?"
    r"|delegee(?:\s+syndical[e]?)?|shop\s+steward|union\s+rep(?:resentative)?"
    r"|militant[e]?\s+syndical[e]?|vakbondsman|vakbondsvrouw|vakbondslid|union\s+member"
    r"|syndiqué[e]?|syndique[e]?)\b)"
)
"""A union role without the union's name is membership all the same."""
VOTES = lazy(
    rf"(?i:\b(?:stemt|stemde|stemmen|stemden|vote|votes|voted|votait|votent)\s+(?:op\s+|voor\s+"
    rf"|pour\s+|for\s+)?{ARTICLE}(?:{PARTIES})(?![\w&-])(?!\s+(?:licht|light|lumière)))"
)
"""A vote told: "hij stemt Vlaams Belang", "elle vote PTB"."""
OPINION = lazy(
    r"(?i:\b(?:is|zijn|was|waren|est|sont|était|is\s+een|est\s+un[e]?|is\s+a|'s\s+a|’s\s+a)\s+"
    r"(?:(?:heel|erg|zeer|echt|very|really|très|fort|vrij|assez|quite|pretty)\s+)?(?:d['’]\s*)?"
    r"(extreem[- ]?rechts|extreem[- ]?links|uiterst\s+rechts|uiterst\s+links|extrême[- ]droite"
    r"|extreme[- ]droite|extrême[- ]gauche|extreme[- ]gauche|far[- ]right|far[- ]left"
    r"|communist[e]?|communiste|socialist[e]?|socialiste|fascist[e]?|fasciste|nazi|neonazi"
    r"|néonazi|anarchist[e]?|anarchiste|marxist[e]?|marxiste|separatist[e]?|séparatiste"
    r"|vlaams[- ]nationalist(?:e|isch|ische)?|nationalist(?:e|isch|ische)?|nationaliste)\b)"
)
"""An opinion said of someone: "hij is extreemrechts", "elle est communiste"."""


def politics(text: str) -> Iterator[Found]:
    """Spans that state someone's political opinion or trade-union membership."""
    if not HINT.in_text(text):
        return
    for match in MEMBER.finditer(text):
        yield match.start(), match.end(), "politics"
    for match in ALONE.finditer(text):
        yield match.start(), match.end(), "politics"
    for match in VOTES.finditer(text):
        yield match.start(), match.end(), "politics"
    for match in OPINION.finditer(text):
        yield match.start(1), match.end(1), "politics"
