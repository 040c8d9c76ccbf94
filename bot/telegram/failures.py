"""Where an unexpected exception happened, without what it was about.

An exception's message and its frames' locals may hold what a worker typed; its type
and, for each frame of our own code, the module, function and line do not, and they are
enough for a maintainer to find the fault.
"""

from __future__ import annotations

import traceback
from pathlib import Path

import bot

OURS = Path(bot.__file__).resolve().parent


def located(error: BaseException | None) -> str:
    """'KeyError at bot.reflections:handle:95 < bot.telegram.handlers:_pressed:82' (the
    innermost frame first); frames of libraries are left out."""
    if error is None:
        return "unknown error"
    frames = []
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        module = _module(frame.filename)
        if module is not None:
            frames.append(f"{module}:{frame.name}:{frame.lineno}")
    name = type(error).__name__
    return f"{name} at {' < '.join(frames)}" if frames else name


def _module(filename: str) -> str | None:
    path = Path(filename).resolve()
    if not path.is_relative_to(OURS):
        return None
    parts = path.relative_to(OURS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
