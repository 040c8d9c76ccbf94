"""Charts as PNG bytes; the project's only matplotlib importer (Agg backend, no display)."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import matplotlib

matplotlib.use("Agg")
from matplotlib import pyplot
from matplotlib.figure import Figure

COLOURS = ("#2a7f62", "#3b5ba5", "#8a4fa0", "#b04a4a")


@dataclass(frozen=True, slots=True)
class TrendPoint:
    day: date
    scales: Mapping[str, int]
    """The reflection's answers to the scales its dialogue declares for the chart."""
    risks: int


def trend_chart(
    points: Sequence[TrendPoint], labels: dict[str, str], series: Sequence[tuple[str, str]]
) -> bytes:
    """A worker's own trends: each declared 1-5 scale as a line (`series`: key and
    label), second-blow risks as bars."""
    figure, scales = pyplot.subplots(figsize=(6, 3.2), dpi=110)
    try:
        positions = list(range(len(points)))
        for (key, label), colour in zip(series, COLOURS * 4, strict=False):
            values = [p.scales.get(key) for p in points]
            shown = [(x, v) for x, v in zip(positions, values, strict=True) if v is not None]
            if shown:
                scales.plot(*zip(*shown, strict=True), marker="o", color=colour,
                            label=label)  # fmt: skip
        scales.set_ylim(0.5, 5.5)
        scales.set_yticks([1, 2, 3, 4, 5])
        risks = scales.twinx()
        risks.bar(positions, [p.risks for p in points], color="#d98c3f", alpha=0.35,
                  label=labels["risks"])  # fmt: skip
        risks.set_ylim(0, max([3, *(p.risks for p in points)]) + 1)
        scales.set_xticks(positions, [p.day.strftime("%d/%m") for p in points], fontsize=8)
        handles = scales.get_legend_handles_labels()[0] + risks.get_legend_handles_labels()[0]
        scales.legend(handles=handles, loc="upper left", fontsize=8, framealpha=0.8)
        scales.set_title(labels["title"], fontsize=10)
        return _png(figure)
    finally:
        pyplot.close(figure)


def topic_chart(title: str, period: str, bars: Sequence[tuple[str, int]]) -> bytes:
    """One topic for a phone: 810 pixels wide, the label above each bar in large type, the
    count after it (never a share: one bar alone would read "100 %"), the period in the
    title. Bars come in the caller's order (scales low to high, options as listed)."""
    figure = topic_figure(title, period, bars)
    try:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        pyplot.close(figure)


def topic_figure(title: str, period: str, bars: Sequence[tuple[str, int]]) -> Figure:
    """The figure `topic_chart` draws (the caller closes it)."""
    rows = max(1, len(bars))
    height = 0.75 + 0.78 * rows
    figure = pyplot.figure(figsize=(4.5, height), dpi=180)
    axis = figure.add_axes((0.03, 0.02, 0.94, 1 - 0.72 / height))
    largest = max([count for _, count in bars] or [1])
    for number, (label, count) in enumerate(bars):
        y = rows - 1 - number
        lines = textwrap.wrap(label, 42)
        shown = "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")
        axis.text(0, y + 0.25, shown, fontsize=11, va="bottom", color="#1f2933",
                  linespacing=1.1)  # fmt: skip
        axis.barh(y, count, height=0.34, color="#3b5ba5")
        axis.text(count + largest * 0.02, y, str(count), fontsize=11, va="center",
                  fontweight="bold", color="#1f2933")  # fmt: skip
    axis.set_xlim(0, largest * 1.15)
    axis.set_ylim(-0.4, rows + 0.05)
    axis.axis("off")
    figure.suptitle(f"{title}\n{period}", fontsize=12, fontweight="bold", x=0.03, ha="left",
                    y=0.995, va="top")  # fmt: skip
    return figure


def _png(figure: Figure) -> bytes:
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
