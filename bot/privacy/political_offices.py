"""Political offices held by the person a note is about and parties named alone (twenty-third
session): "mvr is schepen", "elle a voté MR", "folders van de Open VLD". An office held is
political and public; a relative's office stays a rare fact offered for review ("son père est
bourgmestre", `rare_facts`); a party by a name no other word has is someone's politics when
the note says what someone does for it ("folders", "lid", "stemt"), not when it is news or the
party acts ("de N-VA wil besparen"); the ambiguous "PS", "MR", "Groen", "Vooruit" only with a
vote."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.office_forms import office_forms
from bot.privacy.politics import PARTIES, UNIONS, WORD_PARTIES

Found = tuple[int, int, str]
OFFICE = lazy(
    r"(?i:\b(?:is|est|was|était|etait|wordt|werd|devient|became|becomes|is\s+nu|est\s+devenue?"
    r"|is\s+geworden)\s+(?:(?:een|un|une|a|an|de|la|le|the|nu|now|ook|aussi|also|al|déjà|still"
    r"|nog|toujours|vroeger|ooit|jadis|autrefois|once|formerly|zelf|zélf|même|himself|herself)\s+)*"
    rf"((?:oud-|ex-|former\s+|ancien(?:ne)?\s+)?(?:(?:{PARTIES})\s+(?=councill?or|mayor|alderm"
    r"|schepen|gemeenteraadslid|mp\b))?(?:(?:town|city|district|local|green|labour|socialist"
    r"|liberal|conservative)\s+(?:party\s+)?(?=council|mayor|alderm))?(?:schepen|burgemeester|gemeenteraadslid"
    r"|ocmw-raadslid|provincieraadslid|volksvertegenwoordiger|parlementslid|kamerlid|senator"
    r"|minister|bourgmestre|[ée]chevine?|conseill(?:er|ère|ere)\s+communale?|conseill(?:er|ère"
    r"|ere)\s+cpas|députée?|deputee?|sénat(?:eur|rice)|ministre|mayor|councillor|councilor"
    r"|alderman|alderwoman|\bmp\b|member\s+of\s+parliament|(?<=local\s)council\s+member"
    r"|(?<=town\s)council\s+member|(?<=city\s)council\s+member|(?<=district\s)council\s+member)"
    rf"(?:\s+(?:{PARTIES})(?![\w&-]))?"
    r"(?:\s+(?:van|voor|des|de\s+l['’]|de\s+la|du|for|of)\s+(?:sociale\s+zaken|welzijn|onderwijs"
    r"|cultuur|sport|jeugd|financi[ëe]n|mobiliteit|wonen|huisvesting|affaires\s+sociales"
    r"|enseignement|culture|sports?|jeunesse|finances|logement|social\s+affairs|education|youth"
    r"|finance|housing|welfare))?"
    r"(?:\s+(?:in|à|te)\s+[\w'’-]+(?=\s+(?:voor|pour|for)\s+(?:(?:le|la|de|het|the)\s+)?"
    rf"(?:{PARTIES}|{WORD_PARTIES})(?![\w&-])))?"
    rf"(?:\s+(?:voor|pour|for)\s+(?:(?:le|la|de|het|the)\s+)?{WORD_PARTIES}(?![\w&-]))?"
    r"(?:\s+(?:in|van|de|à|of|for|voor"
    rf"|pour)\s+(?:(?:le|la|les|de|het|the)\s+)?(?:(?:{PARTIES})(?![\w&-])|(?-i:[A-Z])[\w'’-]+"
    r"|(?!(?:haar|zijn|sa|son|her|his|hun|leur|their)\b)"
    r"[a-zà-ÿ][\w'’-]+(?=\s*(?:[,.;!?]|$))))?)\b)"
)
"""The office after a verb of being, with the party, the portfolio ("schepen van sociale zaken",
"conseillère communale ecolo"; review28a) and the town or party after it if named."""
PAST_OFFICE = lazy(
    r"(?i:(?<!\bde\s)(?<!\bhet\s)(?<!\bthe\s)(?<!\ble\s)(?<!\bla\s)(?<!\bl['’])(?<!\bun\s)"
    r"(?<!\bune\s)(?<!\ba\s)(?<!\been\s)\b(?:oud-|ex-|former\s+|ancien(?:ne)?\s+)(?:burgemeester|schepen|gemeenteraadslid"
    r"|kamerlid|parlementslid|volksvertegenwoordiger|senator|minister|bourgmestre|[ée]chevine?"
    r"|ministre|députée?|sénat(?:eur|rice)|mayor|councill?or|alderman|mp"
    r"|conseill(?:er|ère|ere)\s+communale?)\b)"
)
"""A past office said anywhere, with no verb: "meneer peeters, ex-burgemeester van het dorp"
(review41a); a relative's stays a rare fact, and one after an article is a public figure ("de
oud-burgemeester opende de zaal")."""
VOTED = lazy(
    r"(?i:\b(?:a|avait|ont|avaient)\s+(?:toujours\s+|encore\s+|déjà\s+)?voté\s+(?:pour\s+)?"
    rf"(?:le\s+|la\s+|les\s+)?(?:{PARTIES}|{WORD_PARTIES})(?![\w&-]))"
)
"""A French vote in the past tense ("elle a voté MR"); `politics` reads the other tenses and
languages ("stemt", "voted", "op de pvda gestemd")."""
PARTY_NAMED = lazy(
    r"(?<![\w&-])(?:(?i:n-va|vlaams\s+belang|cd&v|open\s+vld|pvda|ptb|les\s+engagés|défi|sp\.a"
    r"|parti\s+socialiste|parti\s+communiste|jong\s+n-va|jong\s+vld|comac)|Ecolo|ECOLO)(?![\w&-])"
)
"""A party by a name no other word has."""
PARTY_ROLE = lazy(
    r"(?i:\b(?:board\s+member|chair(?:man|woman|person)?|treasurer|secretary|bestuurslid"
    r"|voorzitter|penningmeester|secrétaire|trésorière?|présidente?)\s+(?:of|for|at|van|de|du|bij)"
    rf"\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+)?(?:local\s+|lokale\s+)?(?:{PARTIES})(?![\w&-]))"
)
"""An office in a party: "board member of the local green party" (probe48)."""
PARTY_LIST = lazy(
    rf"(?i:\bon\s+the\s+(?:{PARTIES})\s+(?:list|ticket|ballot)\b"
    rf"|\bop\s+de\s+(?:{PARTIES})[- ]?lijst\b|\bsur\s+la\s+liste\s+(?:{PARTIES})(?![\w&-]))"
)
"""A place on a party's list: "on the n-va list", "op de n-va-lijst", "sur la liste ps"
(probe45)."""


ACTIVITY = lazy(
    r"(?i:\b(?:folders?|flyers?|tracts?|affiches?|posters?|pamfletten|campagne|campaign"
    r"|kandidaat|candidate?|lijst|liste|militante?|militeert|milite|vrijwilliger|bénévole"
    r"|volunteers?|fan|supporter|sympathisante?|aanhanger|partisan|stemt|stemde|gestemd|vote"
    r"|voorzitter|partijraad|afdeling|bestuurslid|section|présidente?|chairman|chairwoman|branch"
    r"|voted|votes|lid|membre|member|membership|lidmaatschap|lidkaart|adhésion|meeting|meetings"
    r"|betoging|manif|march)\b)"
)
"""What a person does for a party; a party named without any of these is news."""
PARTY_AS_SUBJECT = lazy(
    r"(?i:(?:^|[.,;:!?]\s*|\b(?:en|et|and|maar|mais|but|dat|que|omdat|want|car)\s+)"
    r"(?:het|de|le|la|les|l['’]|the)\s+$)"
)
"""A party opening a clause acts as an institution ("het vlaams belang stemde tegen", "de N-VA
wil besparen"): no one's politics."""
KIN_BEFORE = lazy(
    r"(?i:\b(?:oom|tante|vader|moeder|papa|mama|broer|zus|zuster|neef|nicht|nonkel|grootvader"
    r"|opa|oma|schoonvader|schoonmoeder|schoonbroer|schoonzus|zoon|dochter|oncle|père|pere|mère"
    r"|mere|frère|frere|sœur|soeur|cousine?|grand-père|grand-mère|beau-père|beau-frère"
    r"|belle-sœur|fils|fille|uncle|aunt|father|mother|dad|mum|mom|brother|sister|grandfather"
    r"|grandmother|(?:his|her|my|their|the|a|whose|our|your)\s+son|daughter|in-law)\b[^.;!?]{0,40}$)"
)
"""A relative's office is a rare fact the worker reviews (`rare_facts`), as the issue asks."""


UNION_ROLE = lazy(
    rf"(?i:\b(?:{UNIONS})[- ](?:lid|leden|delegee|délégué[e]?|delegue[e]?|delegate|member|membre"
    r"|militant[e]?|afgevaardigde|rep)\b)"
)
"""The union before the role ("(acv-lid)", "acv puls member"; probe121, probe122); a role
before or after its union, and "syndiqué fgtb", are `politics`'."""
NAMED = r"abvv|acv(?:[- ]puls)?|aclvb|acod|bbtk|fgtb|csc|cgslb|setca|cne|cgsp"
THE = r"(?:(?:de|het|la|le|l['’]|the)\s*)?"
SWITCH = lazy(
    rf"(?i:\b(?:van|de|du|from)\s+{THE}({NAMED})\s+(?:naar|vers|à|a|to)\s+{THE}({NAMED})\b)"
)
"""Leaving one union for another is membership of both: "wil van acv naar abvv overstappen"
(review65a, #12's fifty-fifth session)."""
ROLE_BEFORE = lazy(
    rf"(?i:\b(?:secrétaire|secretaire|secretaris|secretary|permanent|permanente|vrijgestelde)"
    rf"\s+(?:(?:de\s+la|du|van\s+het|van\s+de|of\s+the)\s+)?(?:{NAMED})\b)"
)
"""A union's paid officer before its name: "secrétaire cgslb à wavre" (review65a)."""
UNION_NAMED = lazy(UNIONS)
"""The unions' names alone: a scan in C before UNION_ROLE's."""
OFFICE_HINTS = ("schepen", "burgemeester", "raadslid", "vertegenwoordiger", "parlement",
                "senat", "sénat", "minist", "bourgmestre", "chevin", "conseill", "déput", "deput",
                "mayor", "council", "alderm", "kamerlid", "mp")  # fmt: skip
PARTY_HINTS = ("n-va", "nva", "belang", "cd&v", "vld", "pvda", "ptb", "engag", "défi", "defi",
               "sp.a", "socialiste", "communiste", "comac", "ecolo", "voté", "voted",
               "gestemd")  # fmt: skip
"""Substrings without one of which no pattern here can match: the scan is skipped."""


def offices_and_parties(text: str) -> Iterator[Found]:
    lowered = text.lower()
    unions = UNION_NAMED.search(lowered) is not None
    for match in UNION_ROLE.finditer(text) if unions else ():
        yield match.start(), match.end(), "politics"
    for match in ROLE_BEFORE.finditer(text) if unions else ():
        yield match.start(), match.end(), "politics"
    for match in SWITCH.finditer(text) if unions else ():
        yield match.start(1), match.end(1), "politics"
        yield match.start(2), match.end(2), "politics"
    offices = any(hint in lowered for hint in OFFICE_HINTS)
    for match in OFFICE.finditer(text) if offices else ():
        if not KIN_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            yield match.start(1), match.end(1), "politics"
    for start, end in office_forms(text) if offices else ():
        if not KIN_BEFORE.search(text, max(0, start - 60), start):
            yield start, end, "politics"
    for match in PAST_OFFICE.finditer(text) if offices else ():
        if not KIN_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            yield match.start(), match.end(), "politics"
    for match in PARTY_ROLE.finditer(text) if "party" in lowered or "partij" in lowered else ():
        yield match.start(), match.end(), "politics"
    listed = "list" in lowered or "lijst" in lowered
    for match in PARTY_LIST.finditer(text) if listed else ():
        yield match.start(), match.end(), "politics"
    if not any(hint in lowered for hint in PARTY_HINTS):
        return
    for match in VOTED.finditer(text):
        yield match.start(), match.end(), "politics"
    if ACTIVITY.search(text) is None:
        return  # "de krant schreef over het vlaams belang": news, no one's politics
    for match in PARTY_NAMED.finditer(text):
        if not PARTY_AS_SUBJECT.search(text, max(0, match.start() - 30), match.start()):
            yield match.start(), match.end(), "politics"
