"""CLI commands for teams and the audit trail (`reflectbot team …`, `reflectbot audit`)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from bot.app import open_store
from bot.config import Settings, prepare_data_dir
from bot.errors import ConfigError
from bot.storage.sqlite import SqliteStore
from bot.teams.model import Role
from bot.teams.service import INVITE_DAYS, Teams

T = TypeVar("T")


def _with_store(settings: Settings, work: Callable[[SqliteStore], Awaitable[T]]) -> T:
    async def run() -> T:
        prepare_data_dir(settings.data_dir)
        store = await open_store(settings)
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())


def bot_username(settings: Settings) -> str | None:
    """Ask Telegram for the bot's username (only when a token is configured)."""
    if settings.token is None:
        return None
    from bot.telegram.identity import username

    return asyncio.run(username(settings))


def team_create(settings: Settings, name: str, lang: str, bot: str | None) -> int:
    if not name.strip():
        raise ConfigError("a team needs a name")
    from bot.app import build_core

    scrub = build_core()[2].scrub
    create = lambda store: Teams(store, scrub=scrub).create(name, lang, None)  # noqa: E731
    team, codes = _with_store(settings, create)
    bot = bot or bot_username(settings)
    print(f"team {team.id}: {team.name} ({team.lang}); invites valid for {INVITE_DAYS} days")
    for role, label in ((Role.WORKER, "worker"), (Role.COACH, "coach"),
                        (Role.SUPERVISOR, "co-supervisor")):  # fmt: skip
        link = f"https://t.me/{bot}?start={codes[role]}" if bot else f"/start {codes[role]}"
        print(f"{label:14} {link}")
    if not bot:
        print("(send the /start line to the bot, or pass --bot USERNAME for t.me links)")
    return 0


def team_title(settings: Settings, team_id: int, title: str | None) -> int:
    """Show or set what a team calls its supervisors (audited as the operator's)."""
    from bot.app import build_core
    from bot.teams.titles import Titles

    scrub = build_core()[2].scrub

    async def work(store: SqliteStore) -> str | None:
        if title is None:
            team = await store.get_team(team_id)
        else:
            team = await Titles(store, scrub).set_as_operator(
                team_id, "" if title == "-" else title
            )
        return None if team is None else team.supervisor_title

    shown = _with_store(settings, work)
    if shown is None:
        raise ConfigError(f"there is no team {team_id}")
    print(f"team {team_id}: supervisors are called {shown!r}" if shown
          else f"team {team_id}: supervisors are called by the default wording")  # fmt: skip
    return 0


def team_invite(settings: Settings, team_id: int, role: str, bot: str | None) -> int:
    """New links for a team whose first links expired or were revoked (audited as the
    operator's, by `bot.teams.admin`)."""
    from bot.teams.admin import Admin

    async def work(store: SqliteStore) -> str:
        code = await Admin(store).invite_as_operator(team_id, Role(role))
        if code is None:
            raise ConfigError(f"there is no team {team_id}")
        return code

    code = _with_store(settings, work)
    bot = bot or bot_username(settings)
    link = f"https://t.me/{bot}?start={code}" if bot else f"/start {code}"
    print(f"team {team_id}, {role}: {link} (valid for {INVITE_DAYS} days)")
    return 0


def team_creators(settings: Settings, change: str | None, telegram_id: int | None) -> int:
    """The list of who may create teams; a Telegram id is stored only as its pseudonym."""
    from bot.app import load_keys

    if (change is None) != (telegram_id is None):
        raise ConfigError("use `team creators` alone, or with allow|disallow and a Telegram id")
    pseudonym = load_keys(settings).current.pseudonym(f"tg:{telegram_id}")

    async def work(store: SqliteStore) -> tuple[bool, int]:
        changed = False
        if change == "allow":
            await store.allow_creator(pseudonym, date.today())
            changed = True
        elif change == "disallow":
            changed = await store.disallow_creator(pseudonym)
        return changed, await store.creators()

    changed, count = _with_store(settings, work)
    if change == "disallow" and not changed:
        print(f"{telegram_id} was not on the list")
    elif change is not None:
        print(f"{telegram_id} {'may' if change == 'allow' else 'may no longer'} create teams")
    print("everyone may create teams (the list is empty)" if count == 0
          else f"{count} people on the list may create teams; nobody else")  # fmt: skip
    return 0


def team_revoke(settings: Settings, team: int) -> int:
    count = _with_store(settings, lambda store: Teams(store).revoke(team))
    print(f"revoked {count} open invites of team {team}")
    return 0


def private_file(path: Path) -> None:
    """Create (or empty) a file with mode 0600 before anything is written to it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        path.chmod(0o600)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror}") from None


def export(settings: Settings, team_id: int, fmt: str, since: date | None,
           until: date | None, out: Path, dialect: str | None = None) -> int:  # fmt: skip
    """The operator's export: permission and audit row are `bot.teams.exports`'s (audited as
    done by "operator": the CLI has no pseudonym)."""
    from bot.app import build_core, load_keys
    from bot.reports import periods
    from bot.teams.exports import Exports

    registry, translator, _ = build_core()
    prepare_data_dir(settings.data_dir)
    key = load_keys(settings).current
    today = date.today()
    start, last = since or today.replace(day=1), until or today
    if last < start:
        raise ConfigError("--until is before --since")
    period = periods.Period(f"{start}..{last}", start, last + timedelta(days=1))

    async def work(store: SqliteStore) -> int:
        dialogue = registry.for_reports("post_contact")
        exports = Exports(store, translator, dialogue, key)
        done = await exports.pack_as_operator(team_id, fmt, period, out, dialect)
        if done is None:
            raise ConfigError(f"there is no team {team_id}")
        return done.count

    private_file(out)
    count = _with_store(settings, work)
    out.chmod(0o600)  # whatever the writer did: a pack is readable by its owner only
    print(f"wrote {count} shared reflections of team {team_id} ({start} to {last}) to {out}")
    return 0


def demo(settings: Settings, teams: int, workers: int, entries: int) -> int:
    from bot.app import build_core, load_keys
    from bot.demo import demo_data

    if min(teams, workers, entries) < 1:
        raise ConfigError("--teams, --workers and --entries must be at least 1")
    registry, _, _ = build_core()
    prepare_data_dir(settings.data_dir)
    key = load_keys(settings).current
    compiled = registry.latest("post_contact")
    counts = _with_store(settings, lambda store: demo_data(store, key, compiled, teams,
                                                           workers, entries))  # fmt: skip
    print(f"created {counts.teams} teams, {counts.workers} workers and {counts.entries} "
          "synthetic reflections (nothing in them is real)")  # fmt: skip
    for team, code in counts.invites.items():
        print(f"to see team {team} as its supervisor, send the bot: /start {code}")
    return 0


def audit(settings: Settings, limit: int) -> int:
    rows = _with_store(settings, lambda store: store.audit_log(limit))
    for row in rows:
        team = f"team {row.team}" if row.team is not None else "-"
        print(f"{row.at.isoformat()}  {row.actor[:12]}  {row.role:10}  {row.action:16}  {team}"
              f"{'  ' + row.detail if row.detail else ''}")  # fmt: skip
    if not rows:
        print("the audit trail is empty")
    return 0
