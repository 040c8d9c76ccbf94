"""Regular expressions compiled at their first use, not at import.

Compiling the scrubber's two hundred patterns took about 0.2 s of its start-up, and most
sentences need only a few of them (the others sit behind cheap gates). `lazy` returns an
object that compiles its pattern the first time one of its methods is asked for, then keeps
each method asked for as its own attribute, so a later `PATTERN.finditer` costs the same
lookup as on a compiled pattern. `compile_all` compiles every pattern made so far: the bot's
warm-up (`bot.privacy.warm`) calls it, so no typed answer waits for a compilation.
"""

from __future__ import annotations

import re
from typing import Any, cast

_MADE: list[LazyPattern] = []


class LazyPattern:
    """Stands in for `re.Pattern[str]`; its `pattern` and `flags` are known before compiling."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags_given = flags
        self.compiled: re.Pattern[str] | None = None

    def compile(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = re.compile(self.pattern, self.flags_given)
        return self.compiled

    def __getattr__(self, name: str) -> Any:
        """Only for attributes not yet kept (`finditer`, `search`, `groups`...)."""
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compile(), name)
        setattr(self, name, value)  # asked again: found on the instance, no call here
        return value


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when first used."""
    made = LazyPattern(pattern, flags)
    _MADE.append(made)
    return cast("re.Pattern[str]", made)


def compile_all() -> int:
    """Compile every pattern made so far (an invalid one raises here); how many there are."""
    for made in _MADE:
        made.compile()
    return len(_MADE)
