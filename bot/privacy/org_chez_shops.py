"""Shops and cafés named "chez" and a first name: "friterie chez momo", "supérette chez ali",
"hair salon chez fatou"; the writers put the kind and "chez" in the name 21 times in 21 on the
tuning sets (#12, forty-seventh session), where the name rules took the first name alone."""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.compounds import frequent
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.school_names import WORD

Found = tuple[int, int, str]
CHEZ_SHOP = lazy(
    r"(?<![\w'’-])(?:hair\s+)?(?:snack|caf[ée]|sup[ée]rette|[ée]picerie|boulangerie|friterie"
    r"|frituur|fritkot|frietkot|resto|restaurant|boucherie|salon|coiffure|brasserie|taverne|pizzeria"
    rf"|night\s?shop|garage|bar|kebab|snackbar|cafetaria)\s+chez\s+({WORD})"
)
NO_ONE = frozenset(["une", "un", "la", "le", "les", "l", "nous", "vous", "eux", "lui", "elle",
                    "elles", "moi", "toi", "soi", "ma", "sa", "ta", "mes", "ses", "tes", "son",
                    "mon", "ton", "leur", "leurs", "des", "du", "de", "ceux", "celle", "notre",
                    "votre", "personne", "soi-même", "elle-même", "lui-même", "madame",
                    "monsieur", "mme", "mr", "m", "tonton", "tata", "mamy", "mamie", "mémé",
                    "pépé", "papy", "papi", "maman", "papa", "belle-maman", "beau-papa",
                    "belle-mère", "beau-père", "quelqu'un", "quelqu’un", "épicier", "boucher",
                    "boulanger", "voisin", "voisine", "patron", "patronne"])  # fmt: skip
"""After "chez", the people one has a coffee with, not a shop's name: "café chez une dame",
"café chez la voisine", "salon chez elle", kin and roles ("friterie chez mémé", "snack chez
tonton", "supérette chez l'épicier": reader47c)."""


def chez_shops(text: str) -> Iterator[Found]:
    """Each shop named by its kind, "chez" and a first name or an unknown word; before the
    rules that take the kind alone as a workplace ("bosse à la friterie")."""
    if "chez " not in (lowered := text.lower()):
        return
    for match in CHEZ_SHOP.finditer(lowered):
        word = match.group(1)
        if (
            word in NO_ONE
            or word.startswith(("l'", "l’"))
            or (word in frequent() and word not in lexicon().first)
        ):
            continue
        yield match.start(), match.end(), "organisation"
