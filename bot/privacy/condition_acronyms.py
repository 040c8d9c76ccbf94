"""Short names of conditions that are also words or titles ("add", "ms", "als"): health only
after a verb of having or suffering (kept apart from `category_phrases` to keep modules small)."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

CONDITION_ACRONYM = lazy(
    r"(?i:\b(?:heeft|had|hebben|has|have|with|met|avec|lijdt\s+aan|souffre\s+d['’e]|diagnose"
    r"|diagnosed\s+with|(?:il|elle|qui|on)\s+(?:a|avait))\s+(?:(?:een|la|le|une?|des|du)\s+)?"
    r"(add|ms(?=\s*(?:$|[.,;:!?)(\d]|(?:en|sinds|gekregen|since|and|depuis|et|but|maar|mais|for"
    r"|voor|pour|in|op|is|zit|diagnosed|gediagnosticeerd|diagnostiquée?)\b))"
    r"|als(?=\s*(?:$|[.,;:!?)]|(?:en|sinds|gekregen|since|and|depuis|et)\b))|nah|ocd"
    r"|toc|sep|tdah|adhd|copd|hiv|ptss|ptsd|cva|avc|ass|tos|tia|gad|tb|gale|ivg|tsa|bpd)\b)"
)
"""Short names of conditions that are also words ("add", "ms") count after "heeft", "has";
"ms" only before the end, a stop or a small word ("spoke with ms okonkwo": a title)."""
ACRONYM_ALONE = lazy(
    r"(?i:\((ms|als)\)|\b(ms)(?=\s+(?:verergerd|verergert|erger|worsened|worse|aggravée?"
    r"|s['’]aggrave|progresseert|progresses|getting\s+worse|wordt\s+erger|gediagnosticeerd"
    r"|diagnosed|diagnostiquée?)\b)"
    r"|(?<!\d\s)(?<!\d)\b(tb|hiv|copd|adhd|ptsd|ptss)(?=\s+(?:treatment|test|screening|meds"
    r"|medication|behandeling|traitement|dépistage|positive?|positief|patient|was\s+treated"
    r"|diagnos\w*)\b)|\b(?:wss|ptt|probably|suspected|possibly|vermoedelijk|peut-être)\s+(tb)\b)"
)
"""The same alone in brackets after a wheelchair or a word of care ("rolstoel (ms)") or before
it worsens or is found ("ms verergerd", "ms wordt erger", "ms gediagnosticeerd"); a condition
before its care or test ("tb treatment", "hiv test") or after a guess ("wss tb"): each shared
by five tuning sets."""
ACRONYMS = frozenset(
    ["add", "ms", "als", "nah", "ocd", "toc", "sep", "tdah", "adhd", "copd", "hiv", "ptss", "ptsd",
     "cva", "avc", "ass", "tos", "tia", "gad", "tb", "gale", "ivg", "tsa", "bpd"]
)  # fmt: skip
