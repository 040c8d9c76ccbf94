"""Charts as inline SVG for the HTML report: no script, no font file, nothing fetched.

Drawn for a phone first (a 400-unit-wide view box scales to the screen, labels at 14
units), and counts are written beside every bar: a reader never has to guess a scale,
and a lone bar is never "100 %" without its count.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH = 400
INK, BAR, MUTED, GRID = "#1f2933", "#3b5ba5", "#6b7280", "#d9dee7"


def _svg(title: str, height: int, body: list[str]) -> str:
    label = escape(title)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
            f'role="img" aria-label="{label}"><title>{label}</title>'
            f'{"".join(body)}</svg>')  # fmt: skip


def bars(title: str, rows: Sequence[tuple[str, int | None]], hidden: str,
         colour: str = BAR) -> str:  # fmt: skip
    """One bar per row, its label above it and its count after it; a hidden row says so."""
    largest = max([n for _, n in rows if n] or [1])
    span, top, body = WIDTH - 60, 4, []
    for label, count in rows:
        for line in wrap(label):
            body.append(f'<text x="0" y="{top + 14}" font-size="14" fill="{INK}">'
                        f"{escape(line)}</text>")  # fmt: skip
            top += 18
        top -= 18
        if count is None:
            body.append(f'<text x="0" y="{top + 36}" font-size="13" fill="{MUTED}" '
                        f'font-style="italic">{escape(hidden)}</text>')  # fmt: skip
            top += 46
            continue
        length = max(2, round(span * count / largest)) if count else 0
        body.append(f'<rect x="0" y="{top + 22}" width="{length}" height="16" rx="2" '
                    f'fill="{colour}"/>')  # fmt: skip
        body.append(f'<text x="{length + 6}" y="{top + 36}" font-size="14" font-weight="bold" '
                    f'fill="{INK}">{count}</text>')  # fmt: skip
        top += 46
    return _svg(title, max(46, top + 4), body)


def wrap(label: str, width: int = 46) -> list[str]:
    """A label in lines that fit the chart's width at 14 units (about 46 characters)."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def columns(title: str, points: Sequence[tuple[str, int | None]], hidden_mark: str = "–") -> str:
    """Columns in time order (months), the count above each; a hidden month is an outline."""
    height, base, top_space = 230, 200, 28
    largest = max([n for _, n in points if n] or [1])
    step = WIDTH / max(1, len(points))
    body = [f'<line x1="0" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="{GRID}"/>']
    for number, (label, count) in enumerate(points):
        left, middle = number * step + 3, number * step + step / 2
        body.append(f'<text x="{middle:.1f}" y="{base + 20}" font-size="12" fill="{INK}" '
                    f'text-anchor="middle">{escape(label)}</text>')  # fmt: skip
        if count is None:
            body.append(f'<rect x="{left:.1f}" y="{base - 40}" width="{step - 6:.1f}" '
                        f'height="40" fill="none" stroke="{MUTED}" stroke-dasharray="3 3"/>'
                        f'<text x="{middle:.1f}" y="{base - 46}" font-size="13" fill="{MUTED}" '
                        f'text-anchor="middle">{escape(hidden_mark)}</text>')  # fmt: skip
            continue
        tall = round((base - top_space) * count / largest)
        body.append(f'<rect x="{left:.1f}" y="{base - tall}" width="{step - 6:.1f}" '
                    f'height="{tall}" fill="{BAR}"/><text x="{middle:.1f}" '
                    f'y="{base - tall - 6}" font-size="13" font-weight="bold" fill="{INK}" '
                    f'text-anchor="middle">{count}</text>')  # fmt: skip
    return _svg(title, height, body)
