"""The trades that name a small firm when a family name follows them ("garage janssens",
"vergers lambot", "poultry plant verhaeghe"): one list read by `org_trades.py`."""

from __future__ import annotations

TRADES = (
    r"garage|ets\.?|éts\.?|slagerij|beenhouwerij|bakkerij|kapsalon|frituur|apotheek|drukkerij|schrijnwerkerij"
    r"|dakwerken|bouwbedrijf|aannemersbedrijf|schoonmaakbedrijf|poetsbedrijf|transport|transporten"
    r"|transportbedrijf|tuinaanleg|schilderwerken|loodgieterij|carrosserie|autobedrijf|meubelzaak"
    r"|schoenmakerij|kledingzaak|nachtwinkel|brouwerij|houthandel|traiteur|boulangerie|boucherie"
    r"|pâtisserie|patisserie|pharmacie|menuiserie|toitures?|transports|constructions?|épicerie"
    r"|epicerie|librairie|friterie|imprimerie|plomberie|nettoyage|bakery|butchers?|removals"
    r"|plumbing|roofing|pharmacy|spar|proxy|meubles|meubelen|chauffage|carrelages?|vitrerie"
    r"|quincaillerie|renovatie|renovaties|rénovation|renovation|fritkot|frietkot|frietkraam"
    r"|pitta|pittazaak|kebabzaak|kebab|snack|car\s*wash|titres-services|dienstenchequebedrijf"
    r"|wasserij|strijkatelier|naaiatelier|blanchisserie|laverie"
    r"|bouw|bouwonderneming|bouwwerken|aannemingen|aannemingsbedrijf|metaalbouw|staalbouw|renobouw"
    r"|horeca|elektro|sanitair|textiel|textiles|constructie|constructies|tegelwerken|vleeswaren"
    r"|poetsdienst|tuinwerken|interieur|bâtiments|batiments|déménagements|demenagements"
    r"|supermarché|supermarche|entreprises?|filature|peintures|maçonnerie|maconnerie|charcuterie"
    r"|carpentry|joinery|renovations|rénovations|distributiecentrum|schoonmaak|schrijnwerk"
    r"|verhuizingen|firma|établissements|etablissements|brasserie|[a-z]{3,}(?:bouw|fabriek|kwekerij|handel|makerij|erij)"
    r"|serres|vergers|champignonnière|champignonniere|entrepôts|entrepots|scierie"
    r"|laiterie|abattoir|slachthuis|greenhouses?|sawmill|dairy|warehouse"
    r"|[a-z]{3,}erie|[a-z]{4,}werken|ferrailles|chaussures|tapis|livraisons|diepvries|magazijn"
    r"|verpakking|koerier|supermarkt|confection|confectie|schoenen|meubles"
    r"|(?:(?:poultry|beet|dairy|pig|chicken|potato|fruit|vegetable|feed|meat|fish|egg|strawberry"
    r"|apple|mushroom|flower|tomato|cattle|sugar|paper|steel|metal|food)\s+)?(?:farm|plant|mill|factory)"
    r"|assurances?|assurantie|assurantiekantoor|verzekeringen|verzekeringskantoor|autocars"
    r"|taxis|voyages|reizen|reisbureau|rijschool|autorijschool|auto-[ée]cole|tankstation"
    r"|wassalon|callcenter|call\s*cent(?:er|re)|logistique|logistiek|uitzendbureau|interim"
    r"|intérim|dierenkliniek|dierenartsenpraktijk|étude"
    r"|koelhuis|koelhuizen|verpakkingen|laminoirs?|tissage|textile|carrosseries|pressing|silos?"
    r"|foundry|tileworks|(?:diamond\s+)?cutters|chocolatier|[a-z]{3,}overslag|overslag"
)  # fmt: skip
"""Trades before a family name; the last lines and the Dutch compounds of one
("champignonkwekerij verhulst", "metaalbouw degroote", "supermarché delvaux") from misses
that writers of many tuning sets share (#12, forty-third session); farms, mills, plants,
greenhouses, orchards and warehouses from the forty-eighth (probe160, a rural set: "serres
vanhoutte", "beet farm lecomte"; not "ateliers": "ateliers couture", "ateliers remédiation"
are a social service's classes, reader48c). French trades in "-erie" and Dutch works in
"-werken" by their pattern, and the warehouses, couriers, shoe and carpet shops and clothing
makers the forty-ninth session's tuning sets named with a family name ("ferronnerie jadot",
"metaalwerken verlinden", "ferrailles lemaire"). Insurers, coach and travel firms, taxis,
driving schools, petrol stations, laundrettes, call centres, temp agencies, vets and a
bailiff's office from the fifty-fourth (probe196-201: "assurances clairval", "reizen lauwers",
"taxis bellevue", "étude lhoist"). Cold stores, packers, rolling mills, weavers, dry
cleaners, silos, foundries, tile works, diamond cutters, chocolate makers and transhipment
firms from the fifty-fifth (review65a, probe205: "laminoirs boulanger", "silo dumont")."""

TRADE_HINTS = ("wasserij", "strijk", "naai", "blanchiss", "laverie", "fritkot", "frietkot",
    "frietkraam", "pitta", "wash", "titres", "cheque", "garage", "slager", "beenhouw",
    "bakker", "kapsalon", "frituur", "apotheek", "drukker", "schrijnwerk", "dakwerk",
    "bedrijf", "transport", "tuinaanleg", "schilder", "loodgiet", "carross", "meubel",
    "schoen", "kleding", "nachtwinkel", "brouwer", "houthandel", "traiteur", "boulanger",
    "boucher", "pâtiss", "patiss", "pharma", "menuiser", "toiture", "construct",
    "picerie", "librairie", "friterie", "imprimer", "plomber", "nettoyage", "bakery",
    "butcher", "removals", "plumbing", "roofing", "spar", "proxy", "logisti", "bouw",
    "builders", "frères", "freres", "meubles", "chauffage", "carrelage", "vitrerie",
    "quincaill", "renovat", "rénovat", "zonen", "zoon", "sons", "fils", "cv", "services",
    "cleaning", "trading", "import", "motors", "interim", "catering", "group", "pizzeria",
    "kebab", "snack", "salon", "studio", "restaurant", "café", "cafe", "diner", "grill",
    "takeaway", "shop", "store", "barber", "nail", "kitchen", "asbl", "vzw", "vereniging",
    "church", "mosque", "temple", "synagog", "communit", "club", "nursery", "academy",
    "aldi", "lidl", "colruyt", "delhaize", "carrefour", "okay", "intermarch", "action",
    "kruidvat", "hema", "ikea", "brico", "gamma", "makro", "match", "heijn", "cora",
    "trafic", "upc", "pz", "opz", "dc", "ldc", "go!", "glise", "mosqu", "paroisse",
    "communaut", "association", "wzc", "ldc", "lds", "mpc", "mfc", "woonzorg", "groep",
    "bar", "& co", "and co", "en co", "et co", "bvba", "sprl", "srl", "ltd", "nv", "bv",
    "inc", "vof", "brasserie", "taverne", "bistro", "hôtel", "hotel", "horeca", "elektro",
    "sanitair", "textiel", "textile", "vleeswaren", "poetsdienst", "tuinwerk",
    "interieur", "timents", "déménag", "demenag", "supermarch", "entreprise",
    "filature", "peinture", "maçonn", "maconn", "charcuter", "carpentry", "joinery",
    "centrum", "fabriek", "kwekerij", "handel", "makerij", "erij", "serres", "vergers",
    "champignon", "entrep", "scierie", "laiterie", "abattoir", "slachthuis",
    "greenhouse", "sawmill", "dairy", "warehouse", "farm", "plant", "mill",
    "factory", "erie", "werken", "ferraille", "chaussure", "tapis", "livraison",
    "diepvries", "magazijn", "verpakking", "koerier", "supermarkt",
    "confecti", "assur", "verzeker", "autocar", "taxi", "voyage", "reizen", "reisbur",
    "rijschool", "auto-", "tankstation", "wassalon", "callcent", "call cent", "uitzend",
    "intérim", "dierenkliniek", "dierenarts", "étude", "koelhuis", "koelhuiz",
    "laminoir", "tissage", "pressing", "silo", "foundry", "tileworks", "cutters",
    "chocolatier", "overslag", "terminal", "stevedor", "shipping", "fisheries", "foods",
    "metals", "pallets", "staffing", "container", "packaging", "plastics")  # fmt: skip
"""Substrings of the trades, kinds and legal forms `org_trades` reads: its gate."""
