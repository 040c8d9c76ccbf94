"""Regular expressions compiled at their first use, not at import.

Compiling the scrubber's two hundred patterns took about 0.2 s of its start-up, and most
sentences need only a few of them (the others sit behind cheap gates). `lazy` returns an
object that compiles its pattern the first time it is used. It then puts the compiled
pattern in its place in the module that made it (the global names that held it), so that
later uses there cost exactly what they cost before; uses through another name (a tuple,
an import into another module) go on through this object, which keeps each method asked
for as its own attribute. `compile_all` compiles every pattern made so far: the bot's
warm-up (`bot.privacy.warm`) calls it, so no typed answer waits for a compilation.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any, cast

_MADE: list[LazyPattern] = []


class LazyPattern:
    """Stands in for `re.Pattern[str]`; its `pattern` is known before compiling."""

    def __init__(self, pattern: str, flags: int, home: dict[str, Any]) -> None:
        self.pattern = pattern
        self.flags_given = flags
        self.compiled: re.Pattern[str] | None = None
        self._home = home

    def compile(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = re.compile(self.pattern, self.flags_given)
            for name, value in list(self._home.items()):
                if value is self:
                    self._home[name] = self.compiled  # the module's own uses: no stand-in
        return self.compiled

    def __getattr__(self, name: str) -> Any:
        """Only for attributes not yet kept (`finditer`, `search`, `groups`...)."""
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compile(), name)
        setattr(self, name, value)  # asked again: found on the instance, no call here
        return value


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used (call it at module level)."""
    made = LazyPattern(pattern, flags, sys._getframe(1).f_globals)
    _MADE.append(made)
    return cast("re.Pattern[str]", made)


def compile_all() -> int:
    """Compile every pattern made so far (an invalid one raises here); how many there are."""
    for made in _MADE:
        made.compile()
    return len(_MADE)


def any_case(
    ignoring: re.Pattern[str], lowered: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """Matches of a case-ignoring pattern, read where it is cheaper: on an ASCII text,
    `lowered` (the same pattern without IGNORECASE, no capital in it) on `text.lower()`,
    which keeps every offset and costs sre two to four times less; else `ignoring`."""
    return lowered.finditer(text.lower()) if text.isascii() else ignoring.finditer(text)
