"""`reflectbot report`: the team report as one HTML file, audited as the operator's."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from bot.config import Settings, prepare_data_dir
from bot.errors import ConfigError
from bot.reports import periods


def report(settings: Settings, team_id: int, period: str, out: Path) -> int:
    from bot.app import build_core, load_keys, open_store
    from bot.teams.exports import Exports

    registry, translator, _ = build_core()
    today = date.today()
    chosen = periods.parse(period, today)
    if chosen is None:
        raise ConfigError(f"--period must be one of {', '.join(periods.NAMED)}, YYYY-MM, "
                          "YYYY-Qn, YYYY, or a range A..B of these or of days")  # fmt: skip
    start = chosen.start
    prepare_data_dir(settings.data_dir)

    async def work() -> int | None:
        store = await open_store(settings)
        try:
            dialogue = registry.for_reports("post_contact")
            exports = Exports(store, translator, dialogue, load_keys(settings).current)
            made = await exports.report_as_operator(team_id, chosen, out, today)
            if made is None:
                raise ConfigError(f"there is no team {team_id}")
            return made[1].current.entries
        finally:
            await store.close()

    entries = asyncio.run(work())
    shown = "no figures (fewer than k workers)" if entries is None else f"{entries} reflections"
    widened = " (rounded out to whole months)" if chosen.rounded else ""
    print(f"wrote the report of team {team_id} ({start} to {chosen.last}{widened}; {shown}) "
          f"to {out}")  # fmt: skip
    return 0
