"""The team report as one self-contained HTML file: inline CSS and SVG, no script, nothing
fetched (a Content-Security-Policy forbids it, so a browser would say so if anything
tried). Printable on A4, readable on a phone. Figures from `report_data`, k-suppressed.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from pathlib import Path

from bot.dialogue.model import Dialogue
from bot.dialogue.replies import Text, counted
from bot.i18n import Translator
from bot.msgid import N_, Np_
from bot.reports import svg
from bot.reports.labels import cell_label
from bot.reports.report_data import (
    GOOD,
    PASSED_TO,
    ReportData,
    counts,
    natural_order,
    report_data,
    structural_rows,
    topic_rows,
)
from bot.reports.summary import TeamSummary, section, sections
from bot.storage.port import Store
from bot.teams.model import Team

TITLE = N_("Team report: {team}")
LEDE = N_("{reflections} from {workers}.")
SHARED = Np_("{count} shared reflection", "{count} shared reflections")
SHARING = Np_("{count} worker", "{count} workers")
"""The lede's two counts, each with its catalog's plural forms (the msgids /team uses)."""
ALL_HIDDEN = N_("Fewer than {k} workers shared reflections in this period: no figures.")
HIDDEN = N_("hidden (fewer than {k} workers)")
COMPARED = N_("This period beside earlier ones")
THIS, PREVIOUS, YEAR_AGO = N_("This period"), N_("Previous period"), N_("A year earlier")
REFLECTIONS, WORKERS = N_("Shared reflections"), N_("Workers who shared")
PER_MONTH = N_("Shared reflections per month, {period}")
GOOD_AND_SIGNALS = N_("What went well, beside the points for supervision")
WENT_WELL = N_("What went well, {period}")
SIGNALS = N_("Points for supervision, {period}")
STRUCTURAL = N_("Structural signals per month")
PASSED_ON = N_("Passed on")
STRUCTURAL_NONE = N_("No structural signal was shown in these twelve months.")
TOPICS = N_("Each topic month by month, {period}")
TOPICS_NONE = N_("No topic has a figure to show in these twelve months.")
DETAIL = N_("Every question, this period beside earlier ones")
FOOTER = N_("Counts only reflections workers shared for supervision. A figure that fewer "
            "than {k} workers stand behind is hidden. Made on {day} by reflectbot.")  # fmt: skip
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
STYLE = """
body{font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;
margin:0 auto;max-width:60rem;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin:1.6rem 0 .6rem;
border-bottom:2px solid #3b5ba5}h3{font-size:1rem;margin:1rem 0 .3rem}
.period{color:#4b5563;margin:0 0 .8rem}figure{margin:0 0 1rem;break-inside:avoid}
figcaption{font-weight:600;margin-bottom:.3rem}svg{width:100%;height:auto;max-width:34rem}
.pair{display:flex;flex-wrap:wrap;gap:1.5rem}.pair>figure{flex:1 1 18rem}
table{border-collapse:collapse;margin:.3rem 0 1rem;font-size:.95rem;break-inside:avoid}
th,td{border-bottom:1px solid #d9dee7;padding:.25rem .5rem;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.hidden{color:#6b7280;
font-style:italic}.wide{overflow-x:auto}footer{margin-top:2rem;color:#4b5563;
font-size:.9rem}
@media print{@page{size:A4;margin:14mm}body{font-size:11pt;max-width:none;padding:0}
h2{break-after:avoid}.wide{overflow:visible}}
"""


class _Page:
    def __init__(self, data: ReportData, dialogue: Dialogue, translator: Translator) -> None:
        self.data, self.dialogue, self.tr = data, dialogue, translator
        self.lang, self.k = data.team.lang, data.team.k_min

    def t(self, msgid: str, **params: object) -> str:
        return escape(self.tr.render(self.lang, Text(msgid, params)))  # type: ignore[arg-type]

    def span(self, summary: TeamSummary) -> str:
        last = summary.end - timedelta(days=1)
        if summary.start.day == 1 and last.month == summary.start.month:
            return self.tr.month(self.lang, summary.start)
        return f"{self.tr.day(self.lang, summary.start)} – {self.tr.day(self.lang, last)}"

    def label(self, field: str, value: str | None) -> str:
        spec = section(field)
        shown = cell_label(self.dialogue, spec, value)
        return self.tr.render(self.lang, shown if isinstance(shown, Text)
                              else Text("{v}", {"v": shown}))  # fmt: skip

    def number(self, value: int | None) -> str:
        if value is None:
            return f'<td class="n hidden" title="{self.t(HIDDEN, k=self.k)}">–</td>'
        return f'<td class="n">{value}</td>'

    def compared(self) -> str:
        d = self.data
        periods = (d.current, d.previous, d.year_ago)
        names = (THIS, PREVIOUS, YEAR_AGO)
        head = "".join(f'<th class="n">{self.t(n)}<br>{escape(self.span(s))}</th>'
                       for n, s in zip(names, periods, strict=True))  # fmt: skip
        rows = [(self.t(REFLECTIONS), [s.entries for s in periods]),
                (self.t(WORKERS), [s.workers for s in periods])]  # fmt: skip
        for field in GOOD:
            title = self.t(section(field).title)
            rows.append((title, [_answered(s, field) for s in periods]))
        body = "".join(f"<tr><th>{name}</th>{''.join(self.number(v) for v in values)}</tr>"
                       for name, values in rows)  # fmt: skip
        return f'<div class="wide"><table><tr><th></th>{head}</tr>{body}</table></div>'

    def figure(self, caption: str, chart: str) -> str:
        return f"<figure><figcaption>{caption}</figcaption>{chart}</figure>"

    def trend(self) -> str:
        months = self.data.months
        span = f"{self.tr.month(self.lang, months[0].start)} – "
        span += self.tr.month(self.lang, months[-1].start)
        caption = self.t(PER_MONTH, period=span)
        points = [(self.tr.month(self.lang, m.start, short=True).split(" ")[0], m.entries)
                  for m in months]  # fmt: skip
        return self.figure(caption, svg.columns(caption, points))

    def good_and_signals(self) -> str:
        current, period = self.data.current, self.span(self.data.current)
        hidden = self.tr.render(self.lang, Text(HIDDEN, {"k": self.k}))
        good = [(self.tr.gettext(self.lang, section(f).title),
                 _answered(current, f)) for f in GOOD]  # fmt: skip
        signals = counts(current, "signals")
        shown = [(self.label("signals", v), signals[v])
                 for v in natural_order(self.dialogue, "signals", set(signals))]  # fmt: skip
        well, points = self.t(WENT_WELL, period=period), self.t(SIGNALS, period=period)
        return ('<div class="pair">'
                + self.figure(well, svg.bars(well, good, hidden, "#2a7f62"))
                + self.figure(points, svg.bars(points, shown, hidden)) + "</div>")  # fmt: skip

    def structural(self) -> str:
        rows = structural_rows(self.data, self.dialogue)
        if not rows:
            return f"<p>{self.t(STRUCTURAL_NONE)}</p>"
        head = self.months_head() + f"<th>{self.t(PASSED_ON)}</th>"
        body = "".join(f"<tr><th>{escape(self.label(field, value))}</th>"
                       + "".join(self.number(n) for n in line)
                       + f"<td>{self.passed_on(field, value)}</td></tr>"
                       for field, value, line in rows)  # fmt: skip
        return f'<div class="wide"><table><tr><th></th>{head}</tr>{body}</table></div>'

    def months_head(self) -> str:
        return "".join(f'<th class="n">{escape(self.tr.month(self.lang, m.start, short=True))}'
                       "</th>" for m in self.data.months)  # fmt: skip

    def topics(self) -> str:
        """Every topic of the summary as a table of its answers per month: the trends the
        team can discuss, with the same hidden cells as any month's summary."""
        months = self.data.months
        span = f"{self.tr.month(self.lang, months[0].start)} – "
        span += self.tr.month(self.lang, months[-1].start)
        parts = [f"<h2>{self.t(TOPICS, period=span)}</h2>"]
        for spec in sections():
            rows = topic_rows(months, self.dialogue, spec.field)
            if not rows:
                continue
            body = "".join(f"<tr><th>{escape(self.label(spec.field, value))}</th>"
                           + "".join(self.number(n) for n in line) + "</tr>"
                           for value, line in rows)  # fmt: skip
            parts.append(f"<h3>{self.t(spec.title)}</h3><div class='wide'><table>"
                         f"<tr><th></th>{self.months_head()}</tr>{body}</table></div>")  # fmt: skip
        if len(parts) == 1:
            parts.append(f"<p>{self.t(TOPICS_NONE)}</p>")
        return "".join(parts)

    def passed_on(self, field: str, value: str) -> str:
        """The follow-ups of one category, "to local policy, 1 Dec 2026", one a line."""
        done = [f for f in self.data.followups if (f.field, f.value) == (field, value)]
        day = self.tr.day
        return "<br>".join(f"{self.t(PASSED_TO[f.passed_to])}, {escape(day(self.lang, f.day))}"
                           for f in done)  # fmt: skip

    def detail(self) -> str:
        d, parts = self.data, []
        periods = (d.current, d.previous, d.year_ago)
        head = "".join(f'<th class="n">{self.t(n)}</th>' for n in (THIS, PREVIOUS, YEAR_AGO))
        for spec in sections():
            found = [counts(s, spec.field) for s in periods]
            values = natural_order(self.dialogue, spec.field, {v for f in found for v in f})
            if not values:
                continue
            body = "".join(f"<tr><th>{escape(self.label(spec.field, v))}</th>"
                           + "".join(self.number(f.get(v, 0) if s.entries is not None else None)
                                     for f, s in zip(found, periods, strict=True))
                           + "</tr>" for v in values)  # fmt: skip
            parts.append(f"<h3>{self.t(spec.title)}</h3><div class='wide'><table>"
                         f"<tr><th></th>{head}</tr>{body}</table></div>")  # fmt: skip
        return "".join(parts)


def _answered(summary: TeamSummary, field: str) -> int | None:
    """How many reflections answered `field`; None when hidden (the cell or the period)."""
    return None if summary.entries is None else counts(summary, field).get("answered", 0)


def shared_lede(translator: Translator, lang: str, entries: int, workers: int) -> str:
    """ "1 shared reflection from 1 worker", "2 … from 2 workers": each count its plural."""
    return translator.render(lang, Text(LEDE, {"reflections": counted(SHARED, entries),
                                               "workers": counted(SHARING, workers)}))  # fmt: skip


def render(data: ReportData, dialogue: Dialogue, translator: Translator, today: date) -> str:
    page, current = _Page(data, dialogue, translator), data.current
    lede = (escape(shared_lede(translator, data.team.lang, current.entries, current.workers or 0))
            if current.entries is not None else page.t(ALL_HIDDEN, k=page.k))  # fmt: skip
    title = page.t(TITLE, team=data.team.name)
    return "\n".join([
        f'<!DOCTYPE html><html lang="{data.team.lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{title}</title><style>{STYLE}</style></head><body>",
        f'<header><h1>{title}</h1><p class="period">{escape(page.span(current))}</p>'
        f"<p>{lede}</p><p class='hidden'>– : {page.t(HIDDEN, k=page.k)}</p></header>",
        f"<h2>{page.t(COMPARED)}</h2>{page.compared()}",
        page.trend(),
        f"<h2>{page.t(GOOD_AND_SIGNALS)}</h2>{page.good_and_signals()}",
        f"<h2>{page.t(STRUCTURAL)}</h2>{page.structural()}",
        page.topics(),
        f"<h2>{page.t(DETAIL)}</h2>{page.detail()}",
        f"<footer>{page.t(FOOTER, k=page.k, day=translator.day(data.team.lang, today))}</footer>",
        "</body></html>",
    ])  # fmt: skip


async def write_report(store: Store, translator: Translator, dialogue: Dialogue, team: Team,
                       start: date, end: date, out: Path, today: date) -> ReportData:  # fmt: skip
    """Write the report for whole months `start`..`end` (exclusive); returns its figures."""
    data = await report_data(store, team, start, end)
    out.write_text(render(data, dialogue, translator, today), encoding="utf-8")
    return data
