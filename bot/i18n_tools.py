"""Catalog upkeep for `make i18n`: the source language's catalog mirrors its msgids.

Msgids are English, so the `en` catalog's translations are the msgids themselves; filling
them keeps the rule "every msgid is translated in every catalog" checkable for all three.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from bot.i18n import DOMAIN, SOURCE_LANGUAGE


def fill_source(locales_dir: Path) -> int:
    path = locales_dir / SOURCE_LANGUAGE / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=SOURCE_LANGUAGE, domain=DOMAIN)
    filled = 0
    for message in catalog:
        if message.id and isinstance(message.id, tuple) and not all(message.string or ()):
            message.string = message.id  # plural: English's two forms are the msgids
            filled += 1
        elif message.id and not message.string:
            message.string = message.id
            filled += 1
        message.flags.discard("fuzzy")
    with path.open("wb") as handle:
        write_po(handle, catalog, width=0, sort_by_file=True)
    print(f"{path}: {filled} msgids copied as their own translation")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "fill-source":
        return fill_source(Path(argv[1]))
    print("usage: python -m bot.i18n_tools fill-source LOCALES_DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
