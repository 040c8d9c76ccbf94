"""Everyday phrases whose words are also names, drugs or peoples, kept whole (#12, the
eleventh session).

"max 300 euro" is a maximum, not Max; "fries with mayo" is a sauce, not Mayo; "zingt als
adele", "plays like ronaldo" compare with a public figure, who is no one in the client's life
(the decision is in docs/privacy.md); "a coke" is a drink; "drinks too much red bull" is no
alcohol; "nouvel an chinois", "chinese new year" and "eten bij de chinees" are a feast and a
take-away, not anyone's origin. Each is decided on the words right around the word.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import cues, lexicon
from bot.privacy.tokens import Stems, has_digit

Found = tuple[int, int, str]
AMOUNT = lazy(
    r"(?i:\b(?:max|maxi|maximum|min|mini|minimum|ca|env|ong|approx)\.?\s*)"
    r"(?=(?:€\s*)?[1-9]\d{0,3}(?:[.,]\d+)?(?!\s*\d)(?!\d))"
)
"""A bound or an estimate before an amount: "max 300 euro", "min. 2 kinderen"; never before a
phone number (a leading 0, or a second group of digits)."""
SAUCE = lazy(
    r"(?i:\b(?:fries|chips|frites|frieten|friet|frietjes|patat|pommes|burgers?|hamburgers?"
    r"|bicky|frikandel|mitraillette|sandwich|broodje|pitas?|durum|kebab|nuggets|mexicano)"
    r"(?:\s+(?:with|met|avec|en|and|et|sauce|saus))?\s+(mayo|mayonaise|mayonnaise|ketchup"
    r"|andalouse|samurai|samouraï|tartare|curry|joppie|cocktail|bicky|américaine|americaine)\b)"
)
"""A sauce on a dish: "fries with mayo", "frites mayo", "een bicky met andalouse"."""
FIGURE = lazy(
    r"(?i:\b(?:sings?|singing|sang|dances?|dancing|danced|plays?|playing|played|runs?|running"
    r"|ran|raps?|rapping|zingt|zingen|zong|zing|danst|dansen|danste|speelt|spelen|speelde"
    r"|voetbalt|voetballen|loopt|lopen|liep|rapt|rappen|chante|chanter|chantait|chantent|danse"
    r"|danser|dansait|joue|jouer|jouait|court|courir|courait|rappe|rapper)\s+(?:net\s+|juste"
    r"\s+|just\s+)?(?:like|als|zoals|comme)\s+|\b(?:idool|idole|idol|hero|held|héros)\s+"
    r"(?:is|est|c['’]est|was|était)\s+|\b(?:wants?\s+to\s+be|wil\s+worden|veut\s+devenir"
    r"|veut\s+être|dreams?\s+of\s+being|droomt\s+van)\s+)"
    r"((?!(?:my|his|her|their|mijn|zijn|haar|hun|mon|ma|son|sa|leur|a|an|the|een|de|het|un|une"
    r"|le|la|les|zo|so|si)\b)[^\W\d_][\w'’-]*(?:\s+(?!(?:met|with|avec|en|and|et|maar|but|mais"
    r"|zegt|says|dit)\b)[^\W\d_][\w'’-]*)?)"
)
"""A public figure as a comparison or an idol: "zingt als adele", "plays like ronaldo", "son
idole c'est stromae", "wants to be messi". Never past "my", "zijn", "sa": those are kin."""
INFINITIVE = lazy(
    r"\b(?i:wants?|wanted|wanting|needs?|needed|has|have|had|tr(?:y|ies|ied|ying)|able|used"
    r"|decided?|plan(?:s|ned)?|forgot|refuses?|refused|start(?:s|ed)?|began|managed?|helps?"
    r"|helped|hopes?|hoped|ask(?:s|ed)?|likes?|liked|afraid|ready|supposed|allowed)\s+to\s+"
    r"([a-z]+)\b(?!['’]s\b)"
)
"""After "wants to", "has to", "tried to" comes a verb: "she wants to chase the landlord",
"needs to sue"; never a name with its "'s" ("going to will's", "went to grace" are not
here: a visit may follow those)."""
SHOPPING = lazy(
    r"(?i:\b(?:achète|achètent|acheté|achetait|acheter|achat|koopt|kopen|kocht|kochten|gekocht"
    r"|buys|buy|bought|buying|shops|shopped|shopping|courses|boodschappen|kleren|vêtements"
    r"|clothes)\b[^.;:!?\n]{0,30}?\b(?:chez|bij|at|au|in\s+de)\s+)"
    r"([^\W\d_][\w'’-]+)\b(?!['’]s\b)"
)
"""Where someone shops is a shop: "achète ses vêtements chez kiabi", "buys clothes at primark";
a listed first name or surname there stays a person ("koopt brood bij fatima")."""
PARTICLES = cues()["particles"]
GATES = ("max", "min", "ca", "env", "ong", "approx", "mayo", "ketchup", "andalouse", "samura",
         "samou", "tartare", "curry", "joppie", "cocktail", "bicky", "améric", "americ", "like",
         "als", "comme", "idol", "idool", "hero", "held", "héros", "wil worden", "want", "veut",
         "dream", "droomt", " to ", "cha", "ach", "koop", "kopen", "kocht", "buy", "bought",
         "shop", "courses", "boodschap", "kleren", "vêtements", "clothes")  # fmt: skip


def _shops(text: str) -> Iterator[Found]:
    words = lexicon()
    for match in SHOPPING.finditer(text):
        shop = match.group(1).lower()
        if shop in PARTICLES or shop in words.homographs:
            continue  # "gekocht bij van den berg": a surname follows
        if shop not in words.first and shop not in words.last:
            yield match.start(1), match.end(1), "label"


SAUCES = ("mayo", "ketchup", "andalouse", "samura", "samou", "tartare", "curry", "joppie",
          "cocktail", "bicky", "améric", "americ")  # fmt: skip
FIGURES = ("like", "als", "comme", "idol", "idool", "hero", "held", "héros", "want", "wil",
           "veut", "dream", "droom")  # fmt: skip
SHOPS = ("achè", "achet", "achat", "koop", "kopen", "kocht", "buy", "bought", "shop", "courses",
         "boodschap", "kleren", "vêtements", "clothes")  # fmt: skip
"""What each pattern cannot match without (the amount: a digit; the infinitive: "to"), in the
lower-cased text: GATES lets a fifth of the texts through, these a few per cent each (the
twelfth session). A word added to a pattern goes into its tuple here too (a test checks).
Each is decided with the shared per-word stem mask (`tokens.Stems`), GATES too."""
HINTS = (Stems(SHOPS), Stems(SAUCES), Stems(FIGURES), Stems(GATES))
EXOTIC = ("\u0131", "\u017f", "\u0130")
"""Letters a case-insensitive pattern reads as "i" or "s" that `str.lower` leaves alone ("ı",
"ſ"; "İ" lowers to two characters): a text with one runs every pattern, as before."""


def plain_phrases(text: str) -> Iterator[Found]:
    """Spans kept as they are (label "label"): amounts after "max", sauces, public figures,
    verbs after "wants to"."""
    shops, amount, sauce, figure, infinitive = hints = tried(text)
    if not any(hints) or not HINTS[3].in_text(text):  # the gate of every pattern, as before
        return
    if shops:
        yield from _shops(text)
    for match in AMOUNT.finditer(text) if amount else ():
        yield match.start(), match.end(), "label"
    for pattern, hint in ((SAUCE, sauce), (FIGURE, figure), (INFINITIVE, infinitive)):
        for match in pattern.finditer(text) if hint else ():
            yield match.start(1), match.end(1), "label"


def tried(text: str) -> tuple[bool, bool, bool, bool, bool]:
    """Whether SHOPPING, AMOUNT, SAUCE, FIGURE and INFINITIVE may match `text`: False only
    where the pattern cannot."""
    every = not text.isascii() and any(letter in text for letter in EXOTIC)
    shops, sauces, figures, _ = HINTS
    return (
        every or shops.in_text(text),
        has_digit(text),
        every or sauces.in_text(text),
        every or figures.in_text(text),
        "to" in text,  # outside (?i:): only "to" itself
    )


SOFT = (
    r"(?:de\s+|d['’]|of\s+|aan\s+)?(?:koffie|cola|coca|coke|frisdrank|water|thee|energiedrank"
    r"|energiedrankjes|suiker|café|soda|sodas|thé|eau|coffee|tea|fizzy|energy|sugar|red\s*bull"
    r"|monster|ice\s*tea|fanta|sprite|limonade|lemonade|melk|milk|lait|jus|juice|sap)\b"
)
SOFT_AFTER = lazy(rf"(?i:\s+{SOFT})")
"""After "drinks too much", "boit trop": a drink without alcohol ("boit trop de café")."""
A_DRINK = lazy(
    r"(?i:\b(?:a|an|een|une?|two|twee|deux|one|\d+|another|nog\s+een|encore\s+une?|his|her"
    r"|zijn|haar|sa|son|drinks?|drank|drinking|drinkt|dronk|drinken|boit|buvait|boire)\s+$)"
)
OBJECT_AFTER = lazy(
    r"(?i:\s+(?:een|nen|ne|un|une|a|an|du|des|het|wat|some|iets|nog|zijn|haar|son|sa|ses|his"
    r"|her|their|goed|normaal|beter|bien|normalement|mieux|well|normally|properly|fine)\b)"
)
"""A drink or how well after "drinkt terug", "drinking again": "drinkt terug een glas water",
"de baby drinkt terug goed" (recovering, no alcohol)."""
EATS_AND = lazy(
    r"(?i:\b(?:eet|eten|at|eats|ate|eating|mange|mangent|mangeait)\s+(?:en|and|et)\s+$)"
)
"""Eating and drinking again is getting better: "hij eet en drinkt terug"."""
A_BABY = lazy(r"(?i:\b(?:baby|babies|bébé|bebe|kindje|zuigeling|infant|newborn|nourrisson)\b)")
DRINK_TAIL = lazy(r"(?i:\s+(?:zero|light|can|blikje|canette|bottle|flesje|bouteille)\b)")
"""A coke in a can, after an article or drunk is a drink: "a coke", "een coke zero", "hij
drinkt coke"."""
FEAST_BEFORE = lazy(r"(?i:\b(?:nouvel|nouvelle)\s+an(?:née)?\s+$)")
FEAST_AFTER = lazy(
    r"(?i:\s+(?:new\s+year|nieuwjaar(?:sfeest|sparade|sstoet|sviering)?|lunar\s+new\s+year)\b)"
)
"""A feast named after a people: "nouvel an chinois", "chinese new year", "chinees nieuwjaar"."""
TAKEAWAY = lazy(
    r"(?i:\b(?:eten|eet|aten|at|halen|haalt|haalden|haalde|bestellen|bestelt|bestelde|eat|eats"
    r"|ate|eating|order|ordered|mange|mangent|mangé|manger|commande|commandé|commander)"
    r"(?:\s+[^\W\d_]+){0,3}\s+(?:bij\s+de|van\s+de|au|du|chez\s+le|at\s+the|from\s+the)\s+$"
    r"|\b(?:kies|kiest|koos|choose|chose|chooses|choisis|choisit|prends|prend)\s+(?:de|the|le)\s+$)"
)
"""A take-away named by its cuisine: "eten bij de chinees", "on mange au chinois", "uit eten,
ik kies de thai" (probe69)."""
PEOPLES_WHO_FEAST = ("chin", "vietnam", "lunar", "corée", "korea")
THING_AFTER = lazy(
    r"(?i:\s+(?:koekjes|koeken|gerechten|keuken|bakker|bakkerij|winkel|winkeltje|supermarkt"
    r"|restaurant|resto|thee|muntthee|brood|pizza|food|bakery|grocery|shop|store|takeaway|tea"
    r"|bread|dishes|cuisine|museum|muziek|music|film|films|series|soap|manga|mangas|pasta"
    r"|soep|rijst|couscous|tajine|curry|kebab|food|soup|rice|dish|meal|maaltijd|spaghetti|noedels"
    r"|noodles|nouilles|yoghurt|yogurt|yaourt|delight|chocolade|chocolates?|wafels?|kaas|cheese"
    r"|salad|olijven|olives|summer|zomer|whispers|pub|coffee|whiskey|whisky)\b)"
)
THING_BEFORE = lazy(
    r"(?i:\b(?:café|cafe|plats?|mangas?|musée|musee|restaurant|resto|épicerie|epicerie|cuisine"
    r"|boulangerie|pâtisseries?|gâteaux|thé|films?|séries?|musique|magasin|supermarché|pizzas?"
    r"|pâtes|soupe|riz|couscous|tajine|salade|plat|pizzeria|à\s+la|a\s+la)\s+$)"
)
"""A cuisine, a shop, a museum or a programme named after a people: "Marokkaanse koekjes",
"café turc", "the Jewish museum", "mangas japonais" (review23a's clean notes); dishes and
idioms named after a people: "chinese noedels", "turkish delight", "indian summer" (review33a)."""


def plain_drink(text: str, said: str, start: int, end: int) -> bool:
    """True when the health word `said` at `start`-`end` is a drink: "drinks too much red
    bull", "il boit trop de café", "a coke"."""
    if said.startswith(("drink", "dronk", "drank", "boi", "buv")):
        if " " in said and (
            OBJECT_AFTER.match(text, end)
            or EATS_AND.search(text, max(0, start - 16), start)
            or A_BABY.search(text, max(0, start - 12), start)
        ):
            return True  # "drinkt terug een glas", "eet en drinkt terug", "de baby drinkt terug"
        return SOFT_AFTER.match(text, end) is not None
    if said in ("coke", "cokes"):
        return bool(A_DRINK.search(text, max(0, start - 16), start) or DRINK_TAIL.match(text, end))
    return False


def feast_or_takeaway(text: str, start: int, end: int) -> bool:
    """True when the origin word at `start`-`end` names a feast or a take-away."""
    said = text[start:end].lower()
    if said.startswith(PEOPLES_WHO_FEAST) and (
        FEAST_BEFORE.search(text, max(0, start - 16), start) or FEAST_AFTER.match(text, end)
    ):
        return True
    if THING_AFTER.match(text, end) or THING_BEFORE.search(text, max(0, start - 16), start):
        return True
    return TAKEAWAY.search(text, max(0, start - 50), start) is not None
