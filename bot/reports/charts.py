"""Charts as PNG bytes; the project's only matplotlib importer (Agg backend, no display)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import matplotlib

matplotlib.use("Agg")
from matplotlib import pyplot
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

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


def summary_chart(panels: Sequence[tuple[str, Sequence[tuple[str, int]]]], title: str) -> bytes:
    """One image, one horizontal bar panel per summary section (hidden cells left out)."""
    shown = [(name, cells) for name, cells in panels if cells]
    rows = max(1, (len(shown) + 1) // 2)
    figure, axes = pyplot.subplots(rows, 2, figsize=(10, 2.4 * rows), dpi=100, squeeze=False)
    try:
        for axis in axes.flat:
            axis.set_visible(False)
        for axis, (name, cells) in zip(axes.flat, shown, strict=False):
            axis.set_visible(True)
            labels = [_short(label) for label, _ in cells][::-1]
            axis.barh(labels, [count for _, count in cells][::-1], color="#3b5ba5")
            axis.set_title(name, fontsize=9)
            axis.xaxis.set_major_locator(MaxNLocator(integer=True))
            axis.tick_params(labelsize=7)
        figure.suptitle(title, fontsize=11)
        return _png(figure)
    finally:
        pyplot.close(figure)


def _png(figure: Figure) -> bytes:
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
