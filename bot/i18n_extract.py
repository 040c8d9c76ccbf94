"""A babel extractor for dialogue YAML: every text a worker reads becomes a msgid.

Registered as the `reflectbot_dialogue` entry point in `babel.extractors`, used by
babel.cfg, so `make i18n` picks up new dialogue texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from bot.dialogue.loader import parse_yaml
from bot.dialogue.reader import LINE

_TEXT_FIELDS = ("title", "text", "label", "low", "high", "button", "titled")
_LISTS = ("sections", "modules", "steps", "override", "options", "signals", "strengths", "flags",
          "feeds", "notes")  # fmt: skip


def extract_dialogue(
    fileobj: IO[bytes], keywords: object, comment_tags: object, options: object
) -> Iterator[tuple[int, str, str, list[str]]]:
    data = parse_yaml(fileobj.read().decode("utf-8"), getattr(fileobj, "name", "<dialogue>"))
    yield from _walk(data, int(data.get(LINE, 1)), "")


def _walk(node: Any, line: int, context: str) -> Iterator[tuple[int, str, str, list[str]]]:
    if isinstance(node, dict):
        line = int(node.get(LINE, line))
        key = node.get("key")
        where = f"{context}{key}" if isinstance(key, str) else context
        for field in _TEXT_FIELDS:
            if isinstance(node.get(field), str):
                yield line, "_", node[field], [f"dialogue: {where} {field}".strip()]
        for name in _LISTS:
            for item in node.get(name) or []:
                yield from _walk(item, line, f"{where}." if where else "")
        if isinstance(node.get("closing"), dict):  # the closing's notes
            yield from _walk(node["closing"], line, "closing")
        if isinstance(node.get("offer"), dict):
            yield from _walk(node["offer"], line, f"{where}.offer")
        if isinstance(node.get("summary"), dict):  # a summary declaration's title
            yield from _walk(node["summary"], line, f"{where}summary")
