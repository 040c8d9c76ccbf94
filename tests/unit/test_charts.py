"""Chat charts a phone can read: one topic, phone width, the period in the title, counts
beside the bars in the order given, never a percentage."""

from __future__ import annotations

import struct

from matplotlib import pyplot

from bot.reports.charts import topic_chart, topic_figure

BARS = [("1", 2), ("2", 0), ("3", 7), ("Een heel lange omschrijving die niet op één regel past", 4)]


def test_one_topic_at_phone_width_with_its_period() -> None:
    png = topic_chart("Tijd en ruimte (1 tot 5)", "november 2026", BARS)
    width, height = struct.unpack(">II", png[16:24])
    assert png.startswith(b"\x89PNG") and width == 810
    assert height > struct.unpack(">II", topic_chart("T", "p", BARS[:1])[16:24])[1]


def test_counts_in_order_and_no_share() -> None:
    figure = topic_figure("Soort contact", "november 2026", [("Huisbezoek", 3)])
    try:
        texts = [t.get_text() for axis in figure.axes for t in axis.texts]
        title = figure.get_suptitle()
        assert title == "Soort contact\nnovember 2026"
        assert texts == ["Huisbezoek", "3"], "a lone bar says 3, not 100 %"
        assert not any("%" in t for t in [*texts, title])
    finally:
        pyplot.close(figure)
    figure = topic_figure("Tijd", "2026", BARS)
    try:
        labels = [t.get_text() for t in figure.axes[0].texts][::2]
        assert labels[:3] == ["1", "2", "3"], "the caller's order: a scale low to high"
        assert labels[3].count("\n") == 1, "a long label wraps instead of vanishing"
    finally:
        pyplot.close(figure)
