"""Words no name rule may make a name, whatever cue stands around them (kept apart from
`names` to keep modules small)."""

from __future__ import annotations

from bot.privacy.compounds import dutch_verb_form, french_verb_form
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues, read_data
from bot.privacy.name_brands import a_product, listed_with_a_brand
from bot.privacy.name_cues import SUBJECT_VERBS
from bot.privacy.name_groups import NEXT_WORD, Token
from bot.privacy.spoken_languages import LANGUAGES

NO_NAMES = cues()["titles"] | frozenset(
    p.lower() for p in read_data("keep.txt") if p.isalpha() and p.isupper() and len(p) < 6
)
"""A form of address and a service's acronym in lower case name no one ("zegt mvr lachend",
"clb gaat mee kijken"), whatever rule reads a name around them; "cheikh" is a first name too."""


TRADES = frozenset(
    ["bakker", "visser", "slager", "beenhouwer", "smid", "kapper", "timmerman", "schilder",
     "boer", "molenaar", "koster", "kuiper", "brouwer", "boulanger", "boucher", "meunier",
     "fermier", "baker", "butcher", "smith", "fisher", "farmer", "miller", "barber"]
)  # fmt: skip
"""Trades that are surnames too."""
TRADE_PLACE = lazy(
    r"(?i:\s+(?:om\s+de\s+hoek|op\s+de\s+hoek|op\s+de\s+markt|in\s+het\s+dorp|in\s+de\s+straat"
    r"|van\s+de\s+(?:hoek|markt|straat|overkant)|du\s+coin|au\s+coin|d['’]en\s+face|du\s+marché"
    r"|du\s+village|de\s+la\s+rue|round\s+the\s+corner|on\s+the\s+corner|at\s+the\s+market"
    r"|in\s+the\s+village|down\s+the\s+(?:road|street))\b)"
)
"""A trade and where it is: the shop, not Mr Bakker ("Bakker om de hoek was dicht",
"Boucher du coin", review24a)."""


DEFINED = lazy(
    r"(?i:\s+(?:is|est|was)\s+(?:het|een|the|a|an|le|un)\s+(?:[^\W\d_]+\s+){0,2}(?:woord|word|mot)"
    r"\s+(?:voor|for|pour)\b"
    rf"|\s+(?:is|est|was|c['’]est)\s+(?:du\s+|de\s+l['’])?(?:{LANGUAGES})\s+(?:voor|for|pour)\b"
    rf"|\s+(?:means|betekent|veut\s+dire)\s+\w+\s+(?:in\s+het|in|en)\s+(?:{LANGUAGES})\b)"
)
"""A word the note explains, not someone: "Noor is het Arabische woord voor licht", "deniz is
turks voor zee", "umut means hope in turkish" (review31a)."""
MEANS = lazy(r"(?i:\s+(?:betekent|means|meant|veut\s+dire|wil\s+zeggen)\b)")
"""The same said shorter, of a word that is a word too: "Joy means vreugde"."""


def explained(text: str, token: Token, lexicon: Lexicon) -> bool:
    """A word opening a sentence, explained as a word (`DEFINED`; `MEANS` only of a word that
    the word lists hold too: "Peeters means business" stays a name)."""
    if not token.opens:
        return False
    if DEFINED.match(text, token.end):
        return True
    word = token.bare in lexicon.words or token.bare in lexicon.word_names
    return word and MEANS.match(text, token.end) is not None


def drop_explained(text: str, tokens: list[Token], marked: list[bool], lexicon: Lexicon) -> None:
    """Unmark what the passes after `may_name` marked but the note explains as a word."""
    for i, token in enumerate(tokens):
        marked[i] = marked[i] and not explained(text, token, lexicon)


def _titled(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower().rstrip(".") in cues()["titles"]


MONTHS = frozenset(["april", "may", "june", "july", "august", "january", "mei", "juni", "juli",
                    "augustus", "avril", "mai", "juin", "juillet", "août", "aout"])  # fmt: skip
ALL_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|januari|februari|maart|mei|juni|juli|augustus|oktober|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|aout|septembre|octobre|novembre|décembre"
)
MONTH_BEFORE = lazy(rf"(?i:\b(?:{ALL_MONTHS})\s*(?:,|\s(?:and|en|et|or|of|ou))?\s*$)")
MONTH_AFTER = lazy(rf"(?i:\s*(?:,|\s(?:and|en|et|or|of|ou))?\s*(?:{ALL_MONTHS})\b)")
"""Another month right before or after a month that is a first name: a row of months."""
UNIT_SHORTHAND = frozenset(["sem", "sa", "wk", "wks", "mnd", "j", "jr", "ans", "sec", "min", "sep",
                            "sept", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "okt", "oct",
                            "nov", "dec"])  # fmt: skip
"""Units and months a note shortens after a number ("enceinte de 20 sem"; review29a; "rdv le
12 sep", own sentence, twenty-eighth session)."""
AFTER_A_NUMBER = lazy(r"\d\s?$")
WEATHER = frozenset(["rain", "winter", "zon", "soleil", "lune"])
"""Given names that are the weather or a season (review36b's "soleil pleure", "rain sleeps")."""
SEASON_BEFORE = lazy(
    r"(?i:\b(?:last|every|this|next|that|during|in|vorige|vorig|elke|iedere|deze|die|tijdens"
    r"|chaque|cet|cette|ce|en|pendant|dernier|prochain|the|a|de|het|le|la|l['’])\s+$)"
)
"""A season or the weather after a word that counts or places it: "since last winter"."""
SENT_BEFORE = lazy(
    r"(?i:\b(?:appel|coup\s+de\s+fil|message|sms|mail|call|text|telefoon|bericht)\s+(?:de|van"
    r"|from)\s+$)"
)
"""A message and its sender: "appel de lune" is Lune calling (#12, forty-fourth session:
probe130, probe140)."""


JAI_AFTER = lazy(
    r"\s+(?i:pas|plus|la|le|les|l['’]|un|une|des|du|de|d['’]|mal|besoin|envie|peur|faim|froid"
    r"|chaud|rdv|rendez-vous|encore|déjà|deja|toujours|jamais|rien|bien|aussi|trop|vu|eu|pu|dû"
    r"|dit|fait|lu|su|mis|pris|reçu|recu|[a-zàâçéèêëîïôûùüÿœ]+(?:é|ée|és|ées|i|u|it))\b"
)
"""What follows "jai" typed for "j'ai": "jai appelé le cpas", "jai la crève", "jai pas eu le
temps" (review38c's lead); "Jai est venu" is someone."""


SORE = lazy(r"(?i:\s+(?:doet|deed|is|was|blijft)\s+(?:nog\s+(?:altijd\s+)?|erg\s+|veel\s+)?(?:pijn"
             r"|gezwollen|ontstoken|dik|rood|gekneusd))")  # fmt: skip
DRESSED_AS = lazy(
    r"(?i:\b(?:dressed\s+(?:up\s+)?as|verkleed\s+als|déguisée?s?\s+en|costume\s+de)"
    r"\s+(?:a\s+|an\s+|een\s+|un\s+|une\s+)?$)"
)
FEAST_BEFORE = lazy(
    r"(?i:\b(?:fêt\w*|fet[eé]\w*|joyeux|joyeuses|à|a|pour|avant|après|apres|depuis|vers"
    r"|jusqu['’]à|la|le|p[eè]re|(?:sapin|march[eé]|vacances|repas|cadeaux?|veille|nuit|menu"
    r"|p[eé]riode|cong[eé]s?|r[eé]veillon|colis|spectacle|cartes?|d[eé]co\w*)\s+de)\s+$)"
)
"""Before "noël" the feast: "on a fêté noel", "joyeux noel", "sapin de noel" (review38c); not
"la mère de noël"."""


def _elided_article(word: str, lexicon: Lexicon) -> bool:
    """French "l'" glued to its noun, as phones type it: "leglise", "lecole", "lhopital"; a
    name of the lists stays one ("laura", "lamine")."""
    return (
        len(word) > 4
        and word[0] == "l"
        and word[1] in "aeiouhéèêâîôû"
        and word not in lexicon.first
        and word not in lexicon.last
        and lexicon.is_word(word[1:])
    )


def _in_a_row_of_months(text: str, token: Token) -> bool:
    before = MONTH_BEFORE.search(text, max(0, token.start - 16), token.start)
    return before is not None or MONTH_AFTER.match(text, token.end) is not None


def may_name(text: str, token: Token, lexicon: Lexicon) -> bool:
    """No title, no acronym; no Dutch or French verb form of no word list in lower case, unless
    a verb follows ("zijn moeder troostte", "mvr suste", "madame pleurait"; "mevr d'hondt zoekt"
    stays)."""
    word = token.bare
    if word in NO_NAMES and word not in lexicon.first:
        return False
    if explained(text, token, lexicon):
        return False
    if word in UNIT_SHORTHAND and AFTER_A_NUMBER.search(text, max(0, token.start - 4), token.start):
        return False  # "20 sem", "3 j", "12 sep": weeks, days and months, not Sem, J or Sep.
    season = word in WEATHER and SEASON_BEFORE.search(text, max(0, token.start - 10), token.start)
    if season and not SENT_BEFORE.search(text, max(0, token.start - 20), token.start):
        return False  # "since last winter says client", "clair de lune": a season, a moon
    if word == "lies" and SORE.match(text, token.end):
        return False  # "lies doet pijn na de val": the groin, not Lies (a second reader)
    if DRESSED_AS.search(text, max(0, token.start - 24), token.start):
        return False  # "someone dressed as santa": a costume, not a person (probe47)
    if word in ("noel", "noël") and FEAST_BEFORE.search(
        text, max(0, token.start - 16), token.start
    ):
        return False  # "on a fêté noel chez eux": the feast, not Noël
    if _elided_article(word, lexicon):
        return False  # "leglise est pleine", "lecole a appelé": "l'église" without its mark
    if word == "jai" and JAI_AFTER.match(text, token.end):
        return False  # "jai appelé le cpas": "j'ai" without its apostrophe
    if word in MONTHS and _in_a_row_of_months(text, token):
        return False  # "april may and june all paid late": months in a row
    if listed_with_a_brand(text, token.start, token.end) and not _titled(text, token.start):
        return False  # "stella en jupiler", "zara and primark"
    if token.capital and a_product(text, token.start, token.end) and not _titled(text, token.start):
        return False  # "Philips strijkijzer", "wasmachine van Bosch"
    if token.capital:
        return (
            word not in TRADES
            or TRADE_PLACE.match(text, token.end) is None
            or _titled(text, token.start)
        )
    if not french_verb_form(word, lexicon) and (
        word in lexicon.words or not dutch_verb_form(word, lexicon)
    ):
        return True
    following = NEXT_WORD.match(text, token.end)
    return following is not None and following.group(1).lower() in SUBJECT_VERBS


FEASTS = frozenset(["noel", "noël", "pâques", "paques", "anniversaire", "nouvel", "christmas",
                    "kerstmis", "kerst", "kerstfeest", "birthday", "verjaardag", "eid",
                    "aïd"])  # fmt: skip
"""Feasts a wish names: the word before them is the wish ("joyeux", "merry", "zalig")."""
IN_PERSON = lazy(
    r"(?i:\s+(?:zelf|zélf|herself|himself|elle-même|lui-même|in\s+person|en\s+personne)\b)"
)
"""Weather comes by itself, not in person: "winter kwam zelf langs op permanentie" (probe50)."""
