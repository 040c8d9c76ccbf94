"""Small firms named by their trade and a family name, in lower case, a miss that writers of
many tuning sets share: "laid off at metaalbouw degroote", "chez garage moreau frères",
"werkt bij bouw de keyser bv", "licenciée du supermarché delvaux", "carrelages da silva".

A family firm names its owner's family and, in a small town, the worker. The trade must be one
of a closed list or a Dutch compound of one ("champignonkwekerij"), and the name after it no
frequent word: "de garage van de buren", "boulangerie du coin", "fabriek dicht" stay. After a
particle ("van", "de", "da") the word must be a listed surname; without one, a listed name or
no word of any list ("filature dewavrin"). A word of its trade ("garage ozturk auto",
"schoonmaakbedrijf iris clean") and a legal form or "& fils" after it join the span.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon

Found = tuple[int, int, str]
TRADES = (
    r"bouw|bouwbedrijf|bouwonderneming|bouwwerken|aannemingen|aannemingsbedrijf|garage"
    r"|carrosserie|schrijnwerk|dakwerken|schilderwerken|tegelwerken|elektro|sanitair|metaalbouw"
    r"|staalbouw|constructie|constructies|renovatie|renovaties|renobouw|textiel|transport"
    r"|transporten|verhuizingen|horeca|vleeswaren|kledingzaak|meubelen|schoonmaak|poetsbedrijf"
    r"|poetsdienst|tuinwerken|tuinaanleg|firma|interieur|carrelages|carrelage|bâtiments"
    r"|batiments|constructions|construction|toitures|toiture|menuiserie|boulangerie|boucherie"
    r"|pâtisserie|patisserie|transports|déménagements|demenagements|nettoyage|supermarché"
    r"|supermarche|entreprise|entreprises|ets|établissements|etablissements|imprimerie"
    r"|brasserie|filature|peintures|plomberie|maçonnerie|maconnerie|charcuterie|traiteur"
    r"|rénovation|rénovations|textiles|carpentry|renovations|roofing|plumbing|removals|joinery"
    r"|distributiecentrum"
    r"|[a-z]{3,}(?:bouw|bedrijf|fabriek|kwekerij|handel|makerij|erij)"
)
PARTICLE = r"van\s+de|van\s+der|van\s+den|vande|vanden|van|de|der|den|da|das|dos|do|du|le|del|di"
FIRM = lazy(
    rf"(?<![\w'’-])(?:{TRADES})(?:\s+auto)?\s+(?:({PARTICLE})\s+)?([^\W\d_][\w'’-]{{2,}})"
    r"(?:\s+(?:auto|autos|cars|motors|clean|cleaning|service|services|group|groep|express|plus"
    r"|bouw|renovatie|renovation|constructions?))?"
    r"(\s+(?:(?:&|et|en|and)\s+(?:fils|zonen|zoon|co|cie|sons)|frères|freres|bv|bvba|nv|sa|srl"
    r"|sprl|vof|ltd)\b)?"
)
HINTS = ("bouw", "garage", "carross", "werk", "elektro", "sanitair", "constr", "renov", "textil",
         "transport", "verhuiz", "horeca", "vleeswaren", "zaak", "meubel", "schoonmaak", "poets",
         "tuin", "firma", "interieur", "carrel", "timent", "toiture", "menuiserie", "erie", "ets",
         "tablissement", "entreprise", "filature", "peinture", "traiteur", "carpentry",
         "roofing", "plumbing", "removals", "joinery", "bedrijf", "fabriek", "kwekerij",
         "handel", "erij", "centrum", "déménag", "demenag", "nettoyage", "supermarch")  # fmt: skip


def trade_firms(text: str) -> Iterator[Found]:
    """Each firm named by a trade and a family name (before the rules that read its first
    word alone as an employer or its name as a person's)."""
    lowered = text.lower()
    if len(lowered) != len(text) or not any(hint in lowered for hint in HINTS):
        return
    words, common = lexicon(), frequent()
    for match in FIRM.finditer(lowered):
        name = match.group(2)
        if name in common:
            continue
        listed = name in words.last or (not match.group(1) and name in words.first)
        if not listed and (match.group(1) or words.is_word(name)):
            continue
        yield match.start(), match.end(), "organisation"
