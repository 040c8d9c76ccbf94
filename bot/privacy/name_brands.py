"""A first name listed with a brand is a brand too: "frigo vol met stella en jupiler",
"clothes from zara and primark", "chez zara et kiabi" (review29a). Stella, Zara and Fanta
are first names as well, so they cannot be kept as words; the brand beside them decides."""

from __future__ import annotations

from functools import lru_cache

from bot.privacy.lazy_patterns import lazy

BRANDS = (
    r"jupiler|duvel|leffe|chimay|orval|westmalle|kwak|maes\s+pils|cara\s+pils|heineken|grimbergen"
    r"|primark|kiabi|zeeman|hema|c&a|h&m|colruyt|delhaize|aldi|lidl|carrefour|kruidvat|ikea"
    r"|decathlon|zalando|shein|temu|action|torfs|brico|gamma|coca-cola|coca|pepsi|nutella|haribo"
    r"|lotus|nike|adidas|puma|lacoste|samsung|iphone|playstation|nintendo|netflix|disney"
    r"|spotify|tiktok|snapchat|instagram|whatsapp|mcdo|mcdonald['’]?s|quick|pizza\s+hut"
)
ANY_BRAND = lazy(rf"(?i:\b(?:{BRANDS})\b)")
AFTER = lazy(rf"(?i:\s*(?:,|&|\+|\s(?:en|and|et|of|or|ou))\s*(?:{BRANDS})\b)")
BEFORE = lazy(rf"(?i:\b(?:{BRANDS})\s*(?:,|&|\+|\s(?:en|and|et|of|or|ou))\s*$)")


PRODUCTS = (
    r"wasmachine|droogkast|strijkijzer|koelkast|frigo|diepvries|microgolf|stofzuiger"
    r"|koffiezet|koffiemachine|televisie|tv|scheerapparaat|koffie|chocolade|lave-linge"
    r"|machine\s+à\s+laver|fer\s+à\s+repasser|aspirateur|cafetière|café|washing\s+machine"
    r"|dryer|fridge|freezer|microwave|vacuum|kettle|coffee"
)
PRODUCT_AFTER = lazy(rf"(?i:\s+(?:{PRODUCTS})\b)")
PRODUCT_BEFORE = lazy(rf"(?i:\b(?:{PRODUCTS})\s+(?:van|de|du|from|by)\s+$)")
"""A surname that makes appliances: "Philips strijkijzer", "wasmachine van Bosch" (review27b)."""
ANY_PRODUCT = lazy(rf"(?i:\b(?:{PRODUCTS})\b)")


@lru_cache(maxsize=16)  # asked of each word that may be a name: decided once a text
def _mentions(text: str) -> tuple[bool, bool]:
    """Whether the text names a brand, and a product, at all."""
    return ANY_BRAND.search(text) is not None, ANY_PRODUCT.search(text) is not None


def a_product(text: str, start: int, end: int) -> bool:
    """The capitalised word at start:end names the maker of an appliance or a drink."""
    if not _mentions(text)[1]:
        return False
    return PRODUCT_AFTER.match(text, end) is not None or (
        PRODUCT_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def listed_with_a_brand(text: str, start: int, end: int) -> bool:
    """The word at start:end is joined by "en", "and", "et" or a comma to a brand."""
    if not _mentions(text)[0]:
        return False
    return AFTER.match(text, end) is not None or (
        BEFORE.search(text, max(0, start - 24), start) is not None
    )
