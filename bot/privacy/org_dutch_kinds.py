"""The Dutch compound kinds after which `org_compound_kinds` reads an organisation's own name,
kept apart so the list can grow without the rules' module growing: "bij jongerenhuis kompas",
"naar zwembad de plons"."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy
from bot.privacy.school_names import WORD

LEAD = (
    r"(?<![\w'’-])(?:bij|naar|nr|in|uit|van|op|via|aan|voor|met|werkgever|at|from|for|to|chez|ivm"
    r"|par|achter|naast|tegenover)\s+"
)
DUTCH_KIND = lazy(
    rf"{LEAD}(?:de\s+(?=jeugdrechtbank))?([a-z]{{3,}}(?:huis|centrum|kantoor|zorg|bureau|winkel"
    r"|punt|zaak|instituut|bedrijf|verwerking|shop|handel|groep|opvang|super|werken|instelling"
    r"|restaurant|atelier|psychiatrie|school|erij|hal|bar|dorp|kliniek|maatschappij"
    r"|hotel|asiel|teelt)|gevangenis|strafinrichting|kliniek|apotheek|moskee"
    r"|tuinbouw|centrum|jc|interim|intérim|dienstencheques|kringloop"
    r"|titres-services|incasso|fitness|huisvesting|laundry|krediet|carwash|[a-z]{3,}studio|hoeve"
    r"|immo|kortverblijf|voorziening|huurdersbond|(?:pleegzorg|pakjes|koeriers|takel|vervoers|poets|tuin|klus|strijk)dienst|g?v?bs|sbo"
    r"|(?<!\bop\s)pc|gi|jeugdrechtbank|circus|veiling|boomgaard|dagbesteding"
    r"|(?:[a-z]{3,})?werkplaats|sociaal\s+wonen"
    r"|schuldhulp|[a-z]{3,}club|speelplein|zwembad|bib|bibliotheek|buurtwerk|koor|harmonie"
    r"|fanfare|café|cafe|taxi|optiek|[a-z]{3,}praktijk|praktijk|pinkstergemeente"
    r"|evangeliegemeente|parochie|koninkrijkszaal|cemevi|serviceflats|meubelhulp"
    r"|spaarkas|traiteur|(?:jeugd|speelplein|buurt|kinder|tiener|jongeren)werking"
    r"|(?:[a-z]{3,})?kamp|tankstation|[a-z]{3,}salon|[a-z]{3,}kring|huurdersplatform|asiel"
    r"|campus|cvo|syntra|ligo|[a-z]{3,}koor|gemengd\s+koor|(?:kunst)?humaniora|academie|akademie"
    r"|bezoekruimte|thuisbegeleiding|volkstuin|volkstuinen|hoveniers"
    r"|(?:meubel|fietsen?|baby|speelgoed|kleding|materiaal)bank|[a-z]{3,}zaal|[a-z]{2,}kraam"
    r"|repair\s+caf[ée]|wasserette|wassalon)\s+"
    r"((?:de|het|'t|t|den|ter|ten)\s+)?"
    rf"({WORD})(?:\s+({WORD}))?"
)
"""A bare compound kind after a preposition, an optional article and one or two words; opening
a clause too cost two frozen sets four words. Temp agencies, service-voucher firms, debt
collectors, gyms, housing companies and laundries are named so too ("via interim flexpro",
"poetst via dienstencheques het hoekje", "schulden bij fitness powerhouse", "brief van
huisvesting kempenland": #12, forty-fourth session, ten tuning sets). So are clinics, housing
companies, hotels and prisons ("dagkliniek zilverberk", "woonmaatschappij leieland",
"wellnesshotel duinenrust", "strafinrichting kempenveld": forty-eighth session); not unions
and services ("via vakbond ivm", "naar pensioendienst asap" cost words and gained nothing).
Pharmacies, shelters, mosques and growers too, and a name after "ter"/"ten" ("bij bakkerij
ter linde", "aan apotheek kolenput", "in nachtasiel den uil", "van moskee selamet", "bij
aardbeienteelt vermeulen": forty-ninth session; not "ter plaatse"). Clubs, playgrounds,
pools, libraries, choirs and bands too (`LEISURE_KINDS`), and taxi firms and towing services
("rijdt voor taxi okan", "van takeldienst de meerssche,": probe188)."""
NOT_KINDS = frozenset(["gemeentehuis", "stadhuis", "postkantoor", "politiekantoor", "thuiszorg",
                       "mantelzorg", "jeugdzorg", "gezinszorg", "ouderenzorg", "nazorg",
                       "kinderzorg", "ziekenhuis", "rusthuis", "warenhuis", "bejaardenhuis",
                       "stadscentrum", "dorpscentrum", "winkelcentrum"])  # fmt: skip
"""Kinds that name no one place by the word after them ("thuiszorg morgen") or that other
rules read ("ziekenhuis aalst": `care_places`)."""
LATER_KINDS = ("studio", "hoeve", "immo", "kortverblijf", "voorziening", "huurdersbond", "dienst",
               "bs", "sbo", "pc", "gi", "rechtbank", "circus", "veiling", "boomgaard",
               "dagbesteding", "werkplaats", "schuldhulp", "jeugdwerking", "pleinwerking",
               "buurtwerking", "kinderwerking", "tienerwerking", "jongerenwerking", "kamp",
               "tankstation", "salon", "kring", "huurdersplatform", "wonen", "campus", "cvo",
               "syntra", "ligo", "humaniora", "academie", "akademie", "bezoekruimte",
               "begeleiding", "volkstuin", "volkstuinen", "hoveniers", "bank", "zaal", "kraam",
               "repair café", "repair cafe", "wasserette")  # fmt: skip
"""Kinds added in the fiftieth session ("op hoeve de witte molen,", "naar gbs klaproos sinds
maandag"), in the fifty-first courts, circuses, auctions ("uit pc brakeleer,", not "op pc
youtube"), in the fifty-fourth youth work, camps, petrol stations, salons and tenants' circles
and adult education ("met jeugdwerking de spreeuw,", "bij tankstation de pomp,", "bij sociaal
wonen de zwaluw", "bij campus kouterveld,": probe196-199, review64a; a bare "asiel"
is read as the older kinds are: "uit asiel kattenkruid"), in the fifty-fifth art schools,
academies, visiting rooms, home guidance, allotments and gardeners ("voor kunsthumaniora de
blauwe poort", "in bezoekruimte het zonnehoekje in aalst": review65a, probe202-204): named so
where the name ends the clause; a bare name is then no frequent word. In the fifty-sixth
furniture, bike and baby banks, (party) halls, market stalls, repair cafés and laundrettes
("via meubelbank stoelendans,", "in feestzaal sint-jozef,", "bij viskraam noordzeevers,":
probe209, probe210, probe212, review66a; not yet "bij viskraam noordzeevers op de markt")."""
NEW_SUFFIXES = ("groep", "opvang", "super", "werken", "instelling", "tuinbouw", "restaurant",
                "atelier", "psychiatrie", "school", "erij", "hal", "bar", "dorp", "kringloop",
                "optiek", "traiteur", *LATER_KINDS)  # fmt: skip
"""Kinds added in #12's forty-sixth, forty-seventh and forty-eighth sessions: their name must
end the clause, whatever its words ("via jongerenopvang de voogd gecontacteerd", reader46b;
"naaiatelier de draad,", "kinderpsychiatrie de kade,", "bij kwekerij de vier winden,",
"in sporthal de vlasbloem,", "in strandbar de kombuis,"); opticians and caterers too ("via
traiteur hapjes voor het feest", "via optiek terugbetaald": reader53b, fifty-third session)."""
LEISURE_KINDS = (
    "club",
    "speelplein",
    "zwembad",
    "bib",
    "bibliotheek",
    "buurtwerk",
    "koor",
    "harmonie",
    "fanfare",
)
"""Where people meet in their free time ("met wandelclub de sloefkes,", "naar zwembad de plons
met de uitpas", "in bib t kouterke op zaterdag": probe184, #12's fifty-second session): after an
article a word of no frequent list names the place whatever follows; a bare word or a frequent
one only where the name ends the clause ("bij voetbalclub morgen", "bij hockeyclub de laatste
tijd")."""
FAITH_AND_CARE = (
    "optiek",
    "praktijk",
    "gemeente",
    "parochie",
    "koninkrijkszaal",
    "cemevi",
    "serviceflats",
    "meubelhulp",
    "spaarkas",
    "traiteur",
)
"""Opticians, practices, churches and halls of faith, service flats, furniture help, savings
banks and caterers named by their own words ("bij tandartsenpraktijk de molen", "uit
pinkstergemeente de bron", "in koninkrijkszaal lindenhof", "via traiteur lindeboom": probe193,
probe195, #12's fifty-third session)."""
HINTS = ("huis", "centrum", "groep", "opvang", "super", "werken", "instelling", "tuinbouw",
         "restaurant", "atelier", "psychiatrie", "school", "erij", "hal", "bar", "dorp",
         "kringloop", "kliniek", "studio", "hoeve", "immo", "kortverblijf", "voorziening",
         "huurdersbond", "dienst", "bs ", "sbo", "maatschappij", "hotel", "gevangenis",
         "strafinrichting", "asiel", "teelt", "apotheek", "moskee",
         "kantoor", "zorg", "bureau", "winkel", "punt", "zaak", "instituut",
         "interim", "intérim", "cheques", "titres", "incasso", "fitness", "huisvesting", "laundry",
         "jc ", "bedrijf", "verwerking", "shop", "handel", "krediet", "carwash", "warehouse",
         "pharmacy", "primary", "daycare", "car wash", "bakery", "supermarket", "depot", "academy",
         "college", "pc ", "gi ", "rechtbank", "circus", "veiling", "boomgaard", "dagbesteding",
         "werkplaats", "schuldhulp", "taxi", "werking", "kamp", "tankstation", "salon", "kring",
         "huurdersplatform", "wonen", "campus", "cvo", "syntra", "ligo", "humaniora", "academie",
         "akademie", "bezoekruimte", "begeleiding", "volkstuin", "hoveniers", "bank", "zaal",
         "kraam", "repair", "wasserette", *LEISURE_KINDS,
         *FAITH_AND_CARE)  # fmt: skip
