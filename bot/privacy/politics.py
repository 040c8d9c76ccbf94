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
    "|sympathisant|partij|parti|party|syndiq|actie|actif|active|engag|schepen|gemeenteraad"
    "|conseill|council|folder|flyer|tract|pamflet|betoog|betog|manifest|march|protest|democra"
    "|démocra|voorzit|kandida|candida|mandata|activ|delega|involv|left|marx|separat|séparat"
    "|nationalis|affich|poster|stemd|opposi|lijst|list|ballot|oppos|demonstr|campa|dissid"
    "|regime|régime|politiek|politique|political|pkk|akp|hdp|chp|mhp|gülen|gulen|hizmet|greens"
    "|green party|groenen|verts|brotherhood|broederschap|musulmans|zetel|siège|siege|pvda|nva"
    "|n-va|belang|cd&v|cdenv|vld|ptb|ecolo|défi|defi|cdh|afd|psd|pnl|hirak|ennahda|pjd|udps"
    "|lamuka|tories|fidesz|vlag|flag|drapeau|sticker|banner|spandoek|communal|flamingant|extreem"
    "|élu|verkozen|elected|abvv|acv|aclvb|acod|bbtk|fgtb|csc|cgslb|setca|cgsp|rebellion|socialis"
    "|communis|liberal|libéra|libera|feminis|féminis|gauchis|royalis|monarch|antifa|encart|schild"
    "|jeunes|jong|comac|engag"
)
"""Without one of these stems no rule below can match: most texts stop here (every word of
ROLE, ACTIVE and OPINION holds one: "voorzitter van de PVDA", "is marxist" were gated out)."""
UNIONS = (
    r"abvv|acv|aclvb|acod|bbtk|acv[- ]puls|fgtb|csc|cgslb|setca|cne|cgsp|vakbond|syndicat"
    r"|(?:the\s+)?union"
)
PARTIES = (
    r"n-va|nva|vlaams\s+belang|cd&v|cdenv|open\s+vld|vld|sp\.?a|pvda|ptb"
    r"|ps|mr|ecolo|les\s+engagés|les\s+engages|défi|defi|cdh|parti\s+socialiste|parti\s+communiste"
    r"|labour\s+party"
    r"|communistische\s+partij|socialistische\s+partij|partij\s+van\s+de\s+arbeid"
    r"|parti\s+du\s+travail(?:\s+de\s+belgique)?|labour|tories|conservatives"
    r"|(?:the\s+)?greens|green\s+party|de\s+groenen|les\s+verts|(?:the\s+)?(?:socialist|communist"
    r"|labour|conservative|liberal)\s+party|pkk|akp|hdp|chp|mhp|gülen(?:beweging)?|gulen(?:beweging)?"
    r"|hizmet|psd|pnl|fidesz|afd|hirak|ennahda|pjd|udps|lamuka|muslim\s+brotherhood"
    r"|grijze\s+wolven|loups\s+gris|grey\s+wolves|bozkurt|ülkücü|ulkucu"
    r"|moslimbroederschap|frères\s+musulmans|freres\s+musulmans|extinction\s+rebellion|xr"
    r"|jeunes\s+(?:socialistes|mr|cdh|ecolo|ptb|fgtb|csc)|jong\s+(?:n-va|vld|groen|cd&v|vooruit"
    r"|socialisten)|comac|(?<=des\s)engag[ée]s|schild\s*(?:&|en)\s*vrienden|vie\s+féminine"
    r"|(?:the\s+|les\s+)?(?:socialists|communists|liberals|socialistes|communistes|libéraux"
    r"|liberaux)|socialisten|communisten|liberalen"
)
LEANING = (
    r"(?:(?:socialistische|christelijke|liberale|socialiste|chrétienne?|libérale?|socialist"
    r"|christian|liberal)\s+)?"
)
"""A union named by its pillar: "de socialistische vakbond", "le syndicat chrétien" (after)."""
ARTICLE = (
    r"(?:(?:de|het|the|la|le|les|l['’]|d['’]|du|des|au|à\s+la|a\s+la|of\s+the|van\s+de|van\s+het"
    r"|vd|vh|v/d)\s*)?"
)
NAMED_UNIONS = (
    r"abvv|acv(?:[- ]puls)?|aclvb|acod|bbtk|fgtb|csc|cgslb|setca|cne|cgsp|(?:rooie|rode|groene"
    r"|blauwe|socialistische|christelijke|liberale)\s+vakbond|syndicat\s+(?:libéral|socialiste"
    r"|chrétien)"
)
"""A union by its name ("vakbond", "syndicat" name none: one goes there for benefits)."""
FOR_BENEFITS = (
    r"(?!\s+(?:voor|pour|for)\s+(?:(?:zijn|haar|z'n|d'r|hun|son|sa|ses|leur|his|her|their|een|de"
    r"|het|le|la|l['’]|du|des|un|une)\s+)?(?:uitkering|stempelgeld|werkloosheid|dopgeld|papieren"
    r"|dossier|formulier|c4|chômage|chomage|allocations?|papiers|benefits|paperwork))"
)
"""Going to a union for one's benefits is no membership: "bij het abvv voor haar uitkering"."""
TITLE_LIKE = frozenset(["mr", "ps"])
STATED_BEFORE = lazy(r"(?i:\b(?:is|was|he['’]s|she['’]s|a|an|een|un|une|est)\s+$)")
"""Parties that are also a title or a postscript: a party only after "van", "du", "the"."""
WORD_PARTIES = r"(?:groen|vooruit|vb(?!\.))(?!\s+(?:licht|te|gaan|gaat|komen|kijken))"
"""Parties named by an everyday word or by letters, never with an article ("lid van Groen",
"lid van vb", probe43; "in het groen", "groen licht", "zie vb." for "voorbeeld" stay)."""
ORG_NAME = (
    rf"(?:{LEANING}(?:{UNIONS})(?:\s+(?:chrétien|socialiste|libéral))?|{PARTIES}|{WORD_PARTIES})"
)
ORG = (
    rf"(?:{ARTICLE}(?:{LEANING}(?:{UNIONS})(?:\s+(?:chrétien|socialiste|libéral))?|{PARTIES})"
    rf"|{WORD_PARTIES})"
)
ROLE = (
    r"(?:vakbonds|syndicaal\s+|syndicale\s+)afgevaardigde|vakbondsafgevaardigde|vakbondsman"
    r"|vakbondsvrouw|vakbondsmilitant[e]?|vakbondsleider|delegee|délégué[e]?\s+syndical[e]?"
    r"|delegue[e]?\s+syndical[e]?|déléguée?|deleguee?|delegate|militant[e]?|militants|activist[e]?"
    r"|activist|union\s+rep(?:resentative)?|shop\s+steward|union\s+member|union\s+activist"
    r"|lid|leden|member|members|membre|membres|aangesloten|affiliée?|affiliee?|sympathisant[e]?"
    r"|encartée?|card-carrying\s+member"
    r"|kandidaat|candidat[e]?|candidate|mandataris|voorzitter"
    r"|gemeenteraadslid|schepen|conseill(?:er|ère)\s+communale?|(?:(?:local|town|city|cpas|ocmw)\s+)?councill?or"
)
ACTIVE = r"actief|actieve|actif|active|engagée?|involved"
"""Active in a union or a party: only with its preposition ("actief in de vakbond")."""
MEMBER = lazy(
    rf"(?i:\b(?:{ROLE})(?:\s+(?:bij|van|voor|in|of|for|at|with|de|du|au|à|a|chez|dans))?"
    rf"\s+{ORG}(?![\w&-])|\bmilit(?:e|ent|ait|aient)\s+(?:à|a|au|dans|pour)\s+{ORG}(?![\w&-])"
    rf"|\b(?:{ACTIVE})\s+(?:bij|in|binnen|à|au|dans|in|within|with|for)\s+{ORG}(?![\w&-])"
    rf"|\b(?:folders|flyers|tracts|pamfletten|affiches|posters|affichen)\s+(?:voor|for|pour)"
    rf"\s+{ORG}(?![\w&-])"
    rf"|\b(?:staat|stond|stonden|staan)\s+op\s+de\s+(?:kieslijst|lijst)\s+(?:van|voor)\s+{ORG}(?![\w&-])"
    rf"|\b(?:kandidaat|candidate?|candidat[e]?)\s+(?:op|on|sur)\s+(?:de|the|la)\s+(?:kies)?(?:lijst|list|liste)"
    rf"(?:\s+(?:van|voor|of|for|du|de|des|de\s+la))?\s+{ORG}(?![\w&-])"
    rf"|\b(?:zit|zat|is|was|zijn|waren)\s+bij\s+{ARTICLE}(?:{PARTIES})(?![\w&-])"
    rf"|\bbij\s+{ARTICLE}(?:{PARTIES})(?=\s+(?:is|was|zit|zat|zijn|waren)\b)"
    rf"|\b(?:élue?|elue?|verkozen|elected)\s+(?:(?:voor|pour|for|sur\s+la\s+liste|op\s+de\s+lijst"
    rf"|van)\s+)?{ARTICLE}(?:{PARTIES}|{WORD_PARTIES})(?![\w&-])"
    rf"|\b(?:est|était|etait)\s+(?:du|de\s+la|d['’])\s*(?:{PARTIES})(?![\w&-])"
    rf"|\b(?:stood|stands|ran|runs|running|standing)\s+for\s+{ORG}(?![\w&-])"
    rf"|\b(?:campaigned|campaigns|campaigning|faisait\s+campagne|fait\s+campagne|voerde\s+campagne"
    rf"|voert\s+campagne)\s+(?:for|pour|voor)\s+{ORG}(?![\w&-])"
    rf"|\b(?:est|était|etait)\s+sur\s+la\s+liste\s+(?:du|de|des|de\s+la)\s+{ORG}(?![\w&-])"
    rf"|\b(?:is|was)\s+on\s+the\s+(?:list|ballot)\s+(?:of|for)\s+{ORG}(?![\w&-])"
    rf"|\b(?:betoogt|betogen|betoogde|manifeste|manifestent|manifestait|marches|marched|protests"
    rf"|protested)\s+(?:mee\s+)?(?:met|avec|with)\s+{ORG}(?![\w&-]))"
)
"""A role or a membership with the union or party it is of, or an action for it ("deelt
folders voor de PVDA", "manifeste avec la FGTB"): "lid van het Vlaams Belang", "délégué
syndical FGTB", "il milite à la CSC", "dat hij bij het vlaams belang is" (probe87)."""
BELONGS = lazy(
    rf"(?i:\b(?:(?:zit|zat|is|was|zijn|waren|est|était|etait|sont)\s+(?:bij|in|à|a|au|dans)"
    rf"|aangesloten\s+bij|fait\s+partie|faisait\s+partie|hangt\s+rond\s+bij)\s+"
    rf"{ARTICLE}({NAMED_UNIONS}|{PARTIES})(?![\w&-]){FOR_BENEFITS}"
    rf"|\b(?:bijdrage|vakbondsbijdrage|lidgeld|cotisation|cotisations|dues)\s+(?:aan|voor|à|a|au"
    rf"|pour|to)\s+{ARTICLE}({ORG_NAME})(?![\w&-])"
    rf"|\b(?:staakt|staken|staakte|staakten|stakingen|staking|grève|grèves|greve|strikes|strike"
    rf"|striking|struck)\s+(?:mee\s+)?(?:met|avec|with)\s+{ARTICLE}({ORG_NAME})(?![\w&-])"
    rf"|\b(?:steunt|steunde|soutient|soutenait|supports|supported)\s+{ARTICLE}({ORG_NAME})"
    rf"(?![\w&-]))"
)
"""A union or party one belongs to, pays, strikes with or supports: "zit in de abvv", "betaalt
haar bijdrage aan het acod", "fait grève avec la csc", "steunt de hirak" (review22d); the
union or party is masked, the verb stays."""
ALONE = lazy(
    rf"(?i:\b(?:(?:{NAMED_UNIONS})[- ])?(?:vakbondsafgevaardigde|vakbondsmilitant[e]?"
    r"|syndicaal\s+afgevaardigde"
    r"|syndicale\s+afgevaardigde|délégué[e]?\s+syndical[e]?|delegue[e]?\s+syndical[e]?"
    r"|delegee(?:\s+syndical[e]?)?|shop\s+steward|(?:trade\s+)?union\s+rep(?:resentative)?"
    r"|déléguée?\s+(?:dans|à|chez)\s+(?:sa|son)\s+(?:boîte|boite|entreprise|usine|firme|travail)"
    r"|militant[e]?\s+syndical[e]?|vakbondsman|vakbondsvrouw|vakbondslid|vakbondsdelegee|union\s+member"
    rf"|syndiqué[e]?|syndique[e]?)(?:\s+(?:(?:à|a|au|chez|bij|in|at)\s+)?{ARTICLE}(?:{NAMED_UNIONS}))?\b)"
)
"""A union role is membership, its union named before or after it or not ("abvv delegee")."""
VOTES = lazy(
    r"(?i:\b(?:stemt|stemde|stemmen|stemden|vote|votes|voted|votait|votent|voter|voté|votera)"
    r"\s+(?:(?:altijd|nog|steeds|al|ook|toujours|encore|aussi|always|still|also|nu|now|maintenant)"
    rf"\s+)?(?:op\s+|voor\s+|pour\s+|for\s+)?(?:{ARTICLE}(?:{PARTIES})|{WORD_PARTIES})(?![\w&-]))"
)
"""A vote told: "hij stemt Vlaams Belang", "elle vote PTB", "va voter ecolo" (probe114)."""
VOTED_FOR = lazy(
    rf"(?i:(?:\b(?:op|voor)\s+{ARTICLE}|(?<!de )(?<!het )\b)(?:{PARTIES}|{WORD_PARTIES})\s+"
    rf"(?:stemt|stemde|stemmen|stemden|gestemd|heeft\s+gestemd)\b)"
)
"""The Dutch order of a subordinate clause, the party first: "da ze altijd vlaams belang
stemt", "dat hij op de PVDA gestemd heeft" (probe18)."""
OPINION = lazy(
    r"(?i:\b(?:is|zijn|was|waren|est|sont|était|is\s+een|est\s+un[e]?|is\s+a|'s\s+a|’s\s+a)\s+"
    r"(?:(?:heel|erg|zeer|echt|very|really|très|fort|vrij|assez|quite|pretty|echte|fervente?"
    r"|overtuigde?|convaincue?|staunch|committed)\s+)?(?:d['’]\s*)?"
    r"(extreem[- ]?rechts|extreem[- ]?links|uiterst\s+rechts|uiterst\s+links|extrême[- ]droite"
    r"|extreme[- ]droite|extrême[- ]gauche|extreme[- ]gauche|far[- ]right|far[- ]left"
    r"|communist[e]?|communiste|socialist[e]?|socialiste|fascist[e]?|fasciste|nazi|neonazi"
    r"|néonazi|anarchist[e]?|anarchiste|marxist[e]?|marxiste|separatist[e]?|séparatiste"
    r"|vlaams[- ]nationalist(?:e|isch|ische)?|nationalist(?:e|isch|ische)?|nationaliste"
    r"|flamingant[e]?|feministe|féministe|feminist|gauchiste|royaliste|monarchist[e]?"
    r"|monarchiste|antifa|flemish\s+nationalist|(?:[\w-]+-style\s+)?socialist"
    r"|militante?\s+(?:communiste|socialiste|antifa|d['’]extrême[- ](?:droite|gauche)))\b"
    r"(?:\s+party\s+member|\s+partijlid)?)"
)
"""An opinion said of someone: "hij is extreemrechts", "elle est communiste"."""
OPPOSITION = lazy(
    r"(?i:\b(?:was|is|were|are|zat|zit|zaten|était|etait|est)\s+(?:in|bij|dans)\s+(?:the\s+|de\s+"
    r"|l['’]\s*)(?:opposition(?:\s+party)?|oppositie(?:partij)?)\b|\bopposition\s+(?:activist|member"
    r"|leader|politician)s?\b|\boppositie(?:lid|leden|leider|partij)\b)"
)
"""Someone's place in a country's opposition: "dad was in the opposition party back home",
"opposition activist", "oppositielid" (probe18, probe19)."""
DISSENT = lazy(
    r"(?i:\bopposant[e]?s?\s+(?:politique|au\s+régime|au\s+regime|du\s+régime|du\s+regime"
    r"|tegen\s+het\s+regime)\b|\bpolitieke?\s+(?:tegenstander|opposant|vluchteling)\b"
    r"|\bpolitical\s+(?:opponent|dissident|refugee|activist)\b|\bréfugiée?\s+politique\b"
    r"|\b(?:demonstreerde|betoogde|protesteerde|manifestait|a\s+manifesté|protested|demonstrated)"
    r"\s+(?:tegen|contre|against)\s+(?:het\s+|le\s+|the\s+|de\s+|la\s+)?"
    r"(?:regime|régime|regering|gouvernement|government|dictatuur|dictature|dictatorship|junta)\b"
    r"|\b(?:zit|zat|zetelt|zetelde)\s+in\s+(?:de\s+)?(?:gemeenteraad|ocmw-raad|provincieraad)"
    r"(?:\s+voor\s+[\w&-]+)?|\b(?:siège|siégeait)\s+au\s+conseil\s+(?:communal|provincial"
    r"|de\s+l['’]action\s+sociale|du\s+cpas)|\b(?:sits|sat)\s+on\s+the"
    r"\s+(?:town\s+|city\s+|local\s+)?council\b(?!\s+estate))"
)
"""Dissent or a seat told of someone: "opposant politique", "demonstreerde tegen het regime",
"zat in de gemeenteraad voor groen" (probe22), "zit in gemeenteraad voor groen" (probe50)."""
PARTY_MEMBER = lazy(
    rf"(?i:(?<![\w&-])((?:{PARTIES})[- ](?:{ROLE}|kiezers?|stemmer|voters?|partijlid|alderman"
    r"|politician|politicus|mp|mep|mayor|burgemeester)|(?:extreem|uiterst|radicaal)[- ]?"
    r"(?:rechtse|linkse)\s+(?:ideeën|ideeen|sympathieën|standpunten|opvattingen|groep\w*"
    r"|beweging|militant\w*)|far[- ](?:right|left)\s+(?:ideas|views|sympathies|group|youth"
    r"\s+group|movement|militia|activist)|idées\s+d['’]extrême[- ](?:droite|gauche)"
    r"|(?:vote|votes|voted|stemt|stemde)\s+(?:pour\s+l['’]\s*extrême[- ](?:droite|gauche)|far[- ]"
    r"(?:right|left)|extreem[- ]?(?:rechts|links)))\b)"
)
"""Membership or opinion with the party or the far right: "N-VA-lid", "n-va alderman"."""
LEFT_RIGHT = lazy(
    r"(?i:\b(?:il|elle|ils|elles|monsieur|madame|mr|mme)\s+(?:est|sont|était|étaient|etait)\s+"
    r"(?:très\s+|plutôt\s+|plutot\s+|vraiment\s+|fort\s+)?(de\s+(?:gauche|droite))\b"
    r"|\b(?:lid\s+van|aangesloten\s+bij|zit\s+in|zat\s+in|member\s+of|in|membre\s+d['’]|dans)"
    r"\s+(?:een|a|an|un|une)\s+((?:extreem|uiterst|radicaal)[- ]?(?:rechtse|linkse)|far-(?:right"
    r"|left)|d['’]extrême[- ](?:droite|gauche))\b"
    r"|\b((?:feministische|feminist|klimaat|climate|milieu|antiracistische|anti-racist"
    r"|dierenrechten)[- ]?(?:activist[e]?|activiste|militant[e]?))\b"
    r"|\b((?:activiste|militante?)\s+(?:féministe|feministe|écologiste|ecologiste|antiraciste"
    r"|pour\s+le\s+climat|écolo|ecolo))\b)"
)
"""An opinion said without a party: "elle est de gauche", "lid van een extreemrechtse groep",
"feministische activiste", "militante féministe" (review22d), "militant écolo" (probe190)."""
PARTISAN = lazy(
    r"(?i:\b(?:christendemocra(?:at|ten)|sociaaldemocra(?:at|ten)|démocrates?-chrétien(?:ne)?s?"
    r"|sociaux-démocrates|social-démocrate|christian\s+democrats?|social\s+democrats?)\b)"
)
"""A person named by their party's family: "een christendemocraat uit de gemeenteraad"."""
SHOWN_ORG = rf"(?:{ARTICLE}(?:{LEANING}(?:{UNIONS})|{PARTIES})|(?-i:Groen|Vooruit))"
"""A union or party; "groen" only as the party's name, capitalised ("een vlag van groen en wit"
is a colour)."""
SHOWN = lazy(
    rf"(?i:\b(?:affiches?|posters?|vlag|vlaggen|flags?|stickers?|drapeaux?|banners?|spandoek)"
    rf"\s+(?:van|voor|of|for|du|de|des|de\s+la)\s+({SHOWN_ORG})(?![\w&-])"
    r"(?!\s+(?:exhibition|expo|tentoonstelling|concert|film|movie|show|party|feest|fuif)\b)"
    rf"|(?<![\w&-])({SHOWN_ORG})[\s-](?:affiches?|posters?|vlag|vlaggen|flags?|stickers?|banners?)\b)"
)
"""A party or union shown at someone's home: "een affiche van Vooruit aan het raam", "a Vlaams
Belang flag in the window" (probe24)."""
ELECTED = lazy(
    r"(?i:\b(?:staat|stond|stonden|staan)\s+op\s+de\s+(?:kies)?lijst\s+(?:voor\s+de\s+gemeenteraad"
    r"|bij\s+de\s+(?:gemeenteraads)?verkiezingen)|\bkandida(?:at|ten)\s+(?:voor|bij)\s+de"
    r"\s+(?:gemeenteraadsverkiezingen|gemeenteraad|verkiezingen(?!\s+(?:van|of|de|voor)\b))"
    r"|\bcandidate?s?\s+aux\s+(?:élections"
    r"\s+)?communales|\bcandidate?s?\s+sur\s+la\s+liste\s+[\w&-]+\s+aux\s+(?:élections\s+)?communales"
    r"|\bran\s+for\s+(?:the\s+)?(?:town\s+|city\s+|local\s+)?council"
    r"|\bcandidate\s+(?:in|for|at)\s+the\s+(?:local\s+|municipal\s+|council\s+)elections)"
)
"""Standing in a local election, said without the party: "staat op de lijst voor de
gemeenteraad", "candidat aux communales", "ran for the council" (probe24)."""


def politics(text: str) -> Iterator[Found]:
    """Spans that state someone's political opinion or trade-union membership, the longest
    first: the scrubber keeps the first of overlapping spans, and "a ptb member" says more
    than "ptb" (review39a)."""
    if HINT.in_text(text):
        yield from sorted(_political(text), key=lambda found: found[0] - found[1])


def _political(text: str) -> Iterator[Found]:
    for match in MEMBER.finditer(text):
        said = match.group().lower().split()
        elected = said[0].startswith(("élu", "elu", "verkozen", "elected", "milit"))
        if (len(said) == 2 or said[-2] == "bij") and said[-1] in TITLE_LIKE and not elected:
            continue  # "member mr smith", "voorzitter ps: ...": not "militante ps" (probe44)
        yield match.start(), match.end(), "politics"
    for match in BELONGS.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        if match.group(group).lower() in TITLE_LIKE:
            continue  # "ze was bij mr peeters": a title
        yield match.start(group), match.end(group), "politics"
    for match in ALONE.finditer(text):
        yield match.start(), match.end(), "politics"
    for match in VOTES.finditer(text):
        yield match.start(), match.end(), "politics"
    for match in VOTED_FOR.finditer(text):
        said = match.group().lower().split()
        if said[0] not in TITLE_LIKE:  # "mr stemt": a title
            yield match.start(), match.end(), "politics"
    for match in OPPOSITION.finditer(text):
        yield match.start(), match.end(), "politics"
    for match in DISSENT.finditer(text):
        yield match.start(), match.end(), "politics"
    for match in SHOWN.finditer(text):
        party = (match.group(1) or match.group(2)).lower().split()
        if party[-1] not in TITLE_LIKE:  # "he has PS posters", "a poster of Mr Bean"
            yield match.start(), match.end(), "politics"
    for pattern in (PARTISAN, ELECTED):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), "politics"
    for match in PARTY_MEMBER.finditer(text):
        titled = match.group(1).split("-")[0].split()[0].lower() in TITLE_LIKE
        if not titled or STATED_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            yield match.start(1), match.end(1), "politics"  # "he's mr member": not "mr member"
    for match in LEFT_RIGHT.finditer(text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        yield match.start(group), match.end(group), "politics"
    for match in OPINION.finditer(text):
        yield match.start(1), match.end(), "politics"  # the verb stays, "party member" goes
