"""The `reflectbot` command (also `python -m bot`): parse, build settings, hand over.

Exit codes: 0 done, 1 a check found problems, 2 bad settings or usage, 130 paused by Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bot import __version__
from bot.config import LANGUAGES, Settings, load_settings
from bot.errors import ConfigError, DialogueError, ReflectbotError, StorageError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reflectbot",
        description="Reflection after a contact with a person in poverty (Bind-Kracht).",
    )
    parser.add_argument("--version", action="version", version=f"reflectbot {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = commands.add_parser("run", help="run the Telegram bot (needs REFLECTBOT_TOKEN)")
    run.add_argument("--webhook-url", help="public HTTPS URL for webhook mode")
    run.add_argument("--listen", default="127.0.0.1", help="address to listen on (webhook mode)")
    run.add_argument("--port", type=int, default=8443, help="port to listen on (webhook mode)")
    run.add_argument("--metrics-port", type=int, help="serve /healthz and /metrics "
                     "(Prometheus) on this port, in either mode")  # fmt: skip
    run.add_argument("--metrics-listen", default="127.0.0.1",
                     help="address for --metrics-port (default 127.0.0.1)")  # fmt: skip

    chat = commands.add_parser("chat", help="do a reflection in this terminal; no token needed")
    chat.add_argument(
        "--lang", choices=LANGUAGES, help="language (default REFLECTBOT_DEFAULT_LANG)"
    )

    dialogue = commands.add_parser("dialogue", help="check or draw dialogue files")
    dialogue_commands = dialogue.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = dialogue_commands.add_parser("check", help="validate dialogues and their translations")
    check.add_argument("files", nargs="*", type=Path, help="dialogue files (default: all)")
    graph = dialogue_commands.add_parser("graph", help="print the state machine as a diagram")
    graph.add_argument("--format", choices=["mermaid"], default="mermaid")
    graph.add_argument("--dialogue", default="post_contact", help="dialogue id")

    team = commands.add_parser("team", help="manage teams")
    team_commands = team.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = team_commands.add_parser("create", help="a new team and its invite links per role")
    create.add_argument("name", help="the team's name, for example 'Team Noord'")
    create.add_argument("--lang", choices=LANGUAGES, help="the team's language")
    create.add_argument("--bot", help="the bot's username, for t.me links (asked of Telegram "
                        "when REFLECTBOT_TOKEN is set)")  # fmt: skip
    invite = team_commands.add_parser("invite", help="a new invite link for an existing team")
    invite.add_argument("team", type=int, help="the team's number")
    invite.add_argument("--role", choices=["worker", "coach", "supervisor"], required=True)
    invite.add_argument("--bot", help="the bot's username, for a t.me link")
    creators = team_commands.add_parser("creators", help="who may create teams on Telegram: "
                                        "everyone while the list is empty")  # fmt: skip
    creators.add_argument("change", nargs="?", choices=["allow", "disallow"])
    creators.add_argument("telegram_id", nargs="?", type=int, help="the person's Telegram "
                          "user id (kept only as a keyed hash)")  # fmt: skip
    revoke = team_commands.add_parser("revoke", help="revoke every open invite of a team")
    revoke.add_argument("team", type=int, help="the team's number")
    title = team_commands.add_parser("title", help="what a team calls its supervisors when "
                                     "the bot names them to its workers")  # fmt: skip
    title.add_argument("team", type=int, help="the team's number")
    title.add_argument("title", nargs="?", help="for example 'leidinggevenden'; '-' restores "
                       "the default; none: show it")  # fmt: skip

    demo = commands.add_parser("demo-data", help="synthetic teams and reflections to try "
                               "/team and /export")  # fmt: skip
    demo.add_argument("--teams", type=int, default=2)
    demo.add_argument("--workers", type=int, default=6, help="workers per team")
    demo.add_argument("--entries", type=int, default=20, help="reflections per worker")

    export = commands.add_parser("export", help="a supervision pack of a team's shared entries")
    export.add_argument("--team", type=int, required=True, help="the team's number")
    export.add_argument("--format", choices=["xlsx", "csv", "json", "md"], default="xlsx")
    export.add_argument("--since", type=date.fromisoformat, help="first day (YYYY-MM-DD); "
                        "default: the first of this month")  # fmt: skip
    export.add_argument("--until", type=date.fromisoformat, help="last day (YYYY-MM-DD); "
                        "default: today")  # fmt: skip
    export.add_argument("--out", type=Path, required=True, help="file to write")
    export.add_argument("--dialect", choices=["semicolon", "comma"], help="CSV separator "
                        "(default: semicolon for nl and fr teams, as Excel there expects; "
                        "comma for en)")  # fmt: skip

    report = commands.add_parser("report", help="the team report as one self-contained HTML file")
    report.add_argument("--team", type=int, required=True, help="the team's number")
    report.add_argument("--period", default="month", help="month, last-month, quarter, "
                        "last-quarter, year, YYYY-MM, YYYY-Qn, YYYY or a range A..B; rounded "
                        "out to whole months (default: month, this calendar month)")  # fmt: skip
    report.add_argument("--out", type=Path, required=True, help="file to write (.html)")

    audit = commands.add_parser("audit", help="who exported or read what, newest first")
    audit.add_argument("--limit", type=int, default=50)

    commands.add_parser("purge", help="delete entries past the retention period and "
                        "reflections left unfinished for 30 days")  # fmt: skip
    key = commands.add_parser("key", help="manage the pseudonym key")
    key_commands = key.add_subparsers(dest="action", metavar="ACTION", required=True)
    key_commands.add_parser("rotate", help="add a new key version; workers move to it lazily")

    scrub = commands.add_parser("scrub", help="scrub stdin line by line to stdout")
    scrub.add_argument("--lang", choices=LANGUAGES, help="language of the labels")

    db = commands.add_parser("db", help="back up or restore the database")
    db_commands = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    backup = db_commands.add_parser("backup", help="a consistent copy, also while the bot runs")
    backup.add_argument("path", type=Path, help="file to write (mode 0600)")
    restore = db_commands.add_parser("restore", help="replace the database with a backup "
                                     "(stop the bot first)")  # fmt: skip
    restore.add_argument("path", type=Path, help="a file made by `reflectbot db backup`")
    db_commands.add_parser("rebuild-summaries", help="recount every team summary cell from "
                           "the shared entries")  # fmt: skip
    commands.add_parser("doctor", help="check token, Bot API, data dir, database, catalogs "
                        "and say what to fix")  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(os.environ)
        return _dispatch(args, settings)
    except ConfigError as exc:
        print(f"reflectbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DialogueError as exc:
        print(f"reflectbot: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except StorageError as exc:
        print(f"reflectbot: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    from bot import commands
    from bot import commands_teams as teams

    if args.command == "chat":
        return commands.chat(settings, args.lang or settings.default_lang)
    if args.command == "run":
        metrics = (args.metrics_listen, args.metrics_port) if args.metrics_port else None
        return commands.run(settings, args.webhook_url, args.listen, args.port, metrics)
    if args.command == "dialogue" and args.action == "check":
        return commands.dialogue_check(args.files)
    if args.command == "dialogue":
        return commands.dialogue_graph(args.dialogue)
    if args.command == "team" and args.action == "create":
        return teams.team_create(settings, args.name, args.lang or settings.default_lang,
                                    args.bot)  # fmt: skip
    if args.command == "team" and args.action == "creators":
        return teams.team_creators(settings, args.change, args.telegram_id)
    if args.command == "team" and args.action == "invite":
        return teams.team_invite(settings, args.team, args.role, args.bot)
    if args.command == "team" and args.action == "title":
        return teams.team_title(settings, args.team, args.title)
    if args.command == "team":
        return teams.team_revoke(settings, args.team)
    if args.command == "report":
        from bot.commands_reports import report

        return report(settings, args.team, args.period, args.out)
    if args.command == "demo-data":
        return teams.demo(settings, args.teams, args.workers, args.entries)
    if args.command == "export":
        return teams.export(settings, args.team, args.format, args.since, args.until, args.out,
                            args.dialect)  # fmt: skip
    if args.command == "audit":
        return teams.audit(settings, args.limit)
    if args.command == "purge":
        return commands.purge(settings)
    if args.command == "key":
        return commands.rotate_key(settings)
    if args.command == "scrub":
        return commands.scrub(args.lang or settings.default_lang)
    if args.command == "db":
        return commands.database(settings, args.action, getattr(args, "path", None))
    if args.command == "doctor":
        return commands.doctor(settings)
    raise ReflectbotError(f"unhandled command {args.command}")
