"""/mine: the worker's own recent reflections and a chart of their own trends."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from telegram import Update

from bot.dialogue.model import Dialogue
from bot.dialogue.replies import Text
from bot.dialogue.signals import raised_strengths
from bot.msgid import N_
from bot.privacy.access import as_json, personal_data
from bot.reports.declarations import keys
from bot.storage.port import StoredEntry
from bot.teams.model import AuditRow, Role
from bot.telegram import texts, window_texts
from bot.telegram.base import Base, Context, Pressed, Who, today
from bot.telegram.callback_data import MenuAction

if TYPE_CHECKING:
    from bot.reports.charts import TrendPoint

RECENT = 5
CHARTED = 20
NO_RISK = "none"
WELL_DONE = N_("  ✦ what you did well: {labels}")
FOR_SUPERVISION = N_("  ⚑ for supervision: {labels}")
MINE_EMPTY_GOING = N_(
    "You have no saved reflections yet. The one in progress is kept once you press ✓ Save in "
    "its overview."
)
CHART_LABELS = {
    "risks": N_("Second-blow risks"),
    "title": N_("My reflections over time"),
}


class Mine(Base):
    def buttons(self) -> dict[str, Pressed]:
        return {"export": self._export, "unshare": self.withdraw}

    async def mine(self, update: Update, context: Context) -> None:
        who = await self.who(update)
        if who is None:
            return
        if who.worker is None:
            await self.send(context, who, self.views(who, [Text(texts.MINE_EMPTY)]))
            return
        entries = await self.store.entries_of(who.pseudonym, CHARTED)
        download = [[(Text(texts.MINE_DOWNLOAD), MenuAction("export", ""))]]
        if not entries:
            going = await self.store.load_session(who.pseudonym) is not None
            empty = Text(MINE_EMPTY_GOING if going else texts.MINE_EMPTY)
            await self.send(context, who, self.views(who, [empty], download))
            return
        translator = self.app.translator
        lines = [self._line(who.lang, e) for e in entries[:RECENT]]
        body = [Text(texts.MINE_HEADER), Text("{lines}", {"lines": "\n".join(lines)})]
        withdraw = [[(Text(texts.WITHDRAW, {"day": translator.day(who.lang, e.day)}),
                      MenuAction("unshare", str(e.id)))]
                    for e in entries[:RECENT] if e.flags.get("shared")]  # fmt: skip
        await self.send(context, who, self.views(who, body, withdraw + download))
        if len(entries) >= 2:
            from bot.reports.charts import trend_chart  # matplotlib loads only when needed

            dialogues = [self._dialogue(e) for e in reversed(entries)]
            points = [_point(e, d) for e, d in zip(reversed(entries), dialogues, strict=True)]
            labels = {k: translator.gettext(who.lang, v) for k, v in CHART_LABELS.items()}
            series = {key: translator.gettext(who.lang, d.step(key).label)
                      for d in dialogues for key in keys(d, "chart")}  # fmt: skip
            caption = translator.gettext(who.lang, texts.MINE_CHART)
            chart = trend_chart(points, labels, list(series.items()))
            await self.gateway(context).photo(who.chat_id, chart, caption)

    def _dialogue(self, entry: StoredEntry) -> Dialogue:
        """The dialogue version the entry was saved with: its own chart declarations."""
        registry = self.app.registry
        compiled = registry.get(entry.dialogue_id, entry.version)
        return (compiled or registry.latest(entry.dialogue_id)).dialogue

    async def _export(self, context: Context, who: Who, _: str) -> None:
        await self.export(context, who)

    async def export(self, context: Context, who: Who) -> None:
        """Access and portability: all of the worker's data as a JSON document."""
        if who.worker is None:
            return
        data = await personal_data(self.store, who.pseudonym, today(),
                                   lambda e: self._described(who.lang, e))  # fmt: skip
        caption = self.app.translator.gettext(who.lang, texts.MINE_FILE)
        await self.gateway(context).document(who.chat_id, as_json(data),
                                             "reflectbot-my-data.json", caption)  # fmt: skip

    async def withdraw(self, context: Context, who: Who, entry_id: str) -> str | None:
        """A worker stops sharing one of their own reflections (checked by the store). Not
        shared any more (a second press): "That question is closed" as a toast (#14)."""
        if not entry_id.isdigit() or who.worker is None:
            return window_texts.QUESTION_CLOSED
        entries = {e.id: e for e in await self.store.entries_of(who.pseudonym, RECENT)}
        entry = entries.get(int(entry_id))
        if entry is None or not await self.store.withdraw_share(who.pseudonym, entry.id):
            return window_texts.QUESTION_CLOSED
        await self.store.audit(AuditRow(datetime.now(UTC), who.pseudonym, Role.WORKER.value,
                                        "share.withdraw", entry.team, ""))  # fmt: skip
        day = self.app.translator.day(who.lang, entry.day)
        await self.send(context, who, self.views(who, [Text(texts.WITHDRAWN, {"day": day})]))
        return None

    def _worded(self, lang: str, entry: StoredEntry) -> tuple[list[str], list[str]]:
        """The entry's strengths and points for supervision, in the worker's language: the
        labels of its own dialogue version, for the options the worker chose."""
        dialogue, gettext = self._dialogue(entry), self.app.translator.gettext
        labels = {s.key: s.label for s in dialogue.signals}
        strengths = [gettext(lang, s.label) for s in dialogue.strengths
                     if s.key in raised_strengths(dialogue, entry.answers)]  # fmt: skip
        signals = [gettext(lang, labels[key]) for key in entry.signals if key in labels]
        return strengths, signals

    def _described(self, lang: str, entry: StoredEntry) -> dict[str, list[str]]:
        strengths, signals = self._worded(lang, entry)
        return {"strengths_in_words": strengths, "signals_in_words": signals}

    def _line(self, lang: str, entry: StoredEntry) -> str:
        translator = self.app.translator
        compiled = self.app.registry.get(entry.dialogue_id, entry.version) or (
            self.app.registry.latest(entry.dialogue_id)
        )
        kind = entry.answers.get("contact_kind")
        option = compiled.dialogue.step("contact_kind").option(str(kind)) if kind else None
        status = texts.MINE_SHARED if entry.flags.get("shared") else texts.MINE_PRIVATE
        line = translator.render(lang, Text(texts.MINE_LINE, {
            "day": translator.day(lang, entry.day),
            "contact": Text(option.text) if option else "-",
            "status": Text(status),
        }))  # fmt: skip
        for msgid, labels in zip((WELL_DONE, FOR_SUPERVISION), self._worded(lang, entry),
                                 strict=True):  # fmt: skip
            if labels:
                line += "\n" + translator.render(lang, Text(msgid, {"labels": "; ".join(labels)}))
        return line


def _point(entry: StoredEntry, dialogue: Dialogue) -> TrendPoint:
    """One reflection on the chart: the scales its dialogue declares `feeds: [chart]`."""
    from bot.reports.charts import TrendPoint

    risks = entry.answers.get("blow_risks")
    ticked = [r for r in risks if r != NO_RISK] if isinstance(risks, tuple) else []
    scales = {key: value for key in keys(dialogue, "chart")
              if isinstance(value := entry.answers.get(key), int)}  # fmt: skip
    return TrendPoint(entry.day, scales, len(ticked))
