"""Small lenders, collectors and suppliers named after a debt by a made-up brand word: "schulden
bij belnova en voltix", "loans with flandrix and quickcash24", "afbetalingsplan met voltix",
"pour payer belnova" (#12, forty-ninth session: probe166 held 19 made-up lenders and employers,
none found); borrowed from, on or via an app or a web shop, or owed to creditors ("leende
500 via quidora", "took loans on quickpesa", "bij kooplater.be": #12, fifty-fifth session,
probe206, a set about online life).

Only a word that no word list, compound, name list or gazetteer knows and that is no slip of
an everyday word: listed firms after a debt stay ("schulden bij proximus": a clean note of two
frozen sets keeps them, docs/decisions.md), and so do the creditors everyone has ("de
deurwaarder", "le propriétaire")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.compounds import dutch_verb_form, plain_word
from bot.privacy.employers import listed
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.places import place_names
from bot.privacy.word_typos import one_slip_from, unknown_word

Found = tuple[int, int, str]
DEBT = lazy(
    r"(?<![\w'’-])(?:schuld(?:en)?|achterstal|afbetaling\w*|lening(?:en)?|krediet|beslag|incasso"
    r"|dettes?|cr[ée]dits?|pr[êe]ts?|arri[ée]r[ée]s|saisie|loans?|debts?|owes?|owing|arrears"
    r"|installments?|apurement|terugbetalen|afbetalen|leende|leent|geleend|lenen|emprunt\w*"
    r"|borrow\w*|creditors?|cr[ée]anciers?|webshop|leenapp)\b"
)
"""A debt: its lender follows within a few words."""
PAYING = lazy(r"(?<![\w'’-])(?:payer|pay\s+off|rembourser)\s+")
"""Paying a firm off names it right after the verb: "pour payer belnova"."""
LENDER = lazy(
    r"\b(?:bij|chez|aan|à|with|from|to|van|door|by|met|par|auprès\s+de|via|on|sur|at)\s+"
    r"(?:(?:de|het|la|le|the)\s+|l['’]\s*)?"
)
WINDOW = 30
"""How far after the debt word its lender's preposition may stand ("schulden lopen op bij")."""
BRAND = lazy(r"[^\W\d_][\w]{2,}(?:[-'’][\w]+)?(?:\.(?:be|com|eu|nl|fr|net)(?![\w.]))?")
"""A brand word, with its web domain if written so: "op afbetaling bij kooplater.be"."""
KIND = lazy(
    r"(?:cr[ée]dit|krediet|kredietfirma|incasso|incassobureau|energie|[ée]nergie|telecom"
    r"|t[ée]l[ée]com|finance|leasing|firma|soci[ée]t[ée]|app|l['’]app|leenapp|webshop)\s+"
)
"""A lender's kind before its brand: "dettes chez crédit nordia", "beslag door incasso
nordcollect"."""
SPACES = lazy(r"\s*")
SHOPS = frozenset(["app", "l'app", "l’app", "leenapp", "webshop"])
"""Kinds the writers leave out of the name, after which the brand follows at once."""
JOINED = lazy(r"\s*(?:,|\ben\b|\bet\b|\band\b|&)\s*")
"""What joins creditors in a list: "bij credimax en belnova"."""


def creditors(text: str) -> Iterator[Found]:
    """Each made-up firm's word named as a lender after a debt (lower or any case)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    starts = [m.end() for m in PAYING.finditer(lowered)]
    for match in DEBT.finditer(lowered):
        if match.group() in SHOPS:
            spaces = SPACES.match(lowered, match.end())  # "\s*" always matches
            starts.append(spaces.end() if spaces else match.end())  # "webshop megadeals24"
        lender = LENDER.search(lowered, match.end(), match.end() + WINDOW + 10)
        if lender is not None and lender.start() <= match.end() + WINDOW:
            starts.append(lender.end())
    for at in starts:
        kind = KIND.match(lowered, at)
        start = at if kind is None or kind.group().strip() not in SHOPS else kind.end()
        at = kind.end() if kind else at
        for _ in range(4):  # "bij credimax, belnova en voltix": each of a short list
            word = BRAND.match(lowered, at)
            if word is None:
                break
            if _a_brand(word.group()):  # with its kind: "kredietfirma flandrix"
                yield (start if kind else word.start()), word.end(), "organisation"
            kind = None
            joined = JOINED.match(lowered, word.end())
            if joined is None:
                break
            at = joined.end()


@cache
def _one_word_firms() -> frozenset[str]:
    return frozenset(name for name in listed() if " " not in name)


def _a_brand(word: str) -> bool:
    """A word no list knows, no compound of words, no slip of a word and no listed firm: a
    made-up brand ("belnova", "quickcash24", "kooplater.be" with its domain; not
    "waterfactuur", "gsm-operator", "deurwarder").
    Brands made of two words ("credimax", "nordcollect") are left to the taps."""
    words = lexicon()
    if word.endswith(("'s", "’s")):
        return False  # "schulden bij kredietfirma's allerlei" (reader49b): any such firms
    if len(word) < 4 or word in words.first or word in words.last or word in _one_word_firms():
        return False
    if not unknown_word(word, words) or dutch_verb_form(word, words):
        return False
    if "-" in word and all(plain_word(part, words) for part in word.split("-") if part):
        return False
    return next(place_names(word), None) is None and not one_slip_from(word, words.words)
