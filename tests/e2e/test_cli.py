"""The operator contract: commands, exit codes and one-line errors. Each command runs at
least once as a subprocess (`cli`), as an operator runs it; further calls in a test run
`bot.cli.main` in this process (`cli_here`), which gives the same exit code and output."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Awaitable
from pathlib import Path
from unittest import mock

from bot.cli import main
from tests.conftest import ROOT


def cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("REFLECTBOT_")}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        env=environ, cwd=cwd or ROOT, timeout=60, check=False,
    )  # fmt: skip


def cli_here(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`cli` without a new process: the same environment, directory and streams around
    `bot.cli.main`. Each subprocess started Python and imported the bot anew under coverage
    (1-3 s a call, 30-80 s for a test of several commands on a loaded machine)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("REFLECTBOT_")}
    environ.update(env or {})
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, environ, clear=True),
        mock.patch("sys.stdin", io.StringIO(stdin)),
        contextlib.chdir(cwd or ROOT),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, a usage error
            code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def test_dialogue_check_passes_for_the_shipped_dialogues() -> None:
    result = cli("dialogue", "check")
    assert result.returncode == 0, result.stderr
    assert "post_contact version 2" in result.stdout and ": ok" in result.stdout
    assert "archive/post_contact_v1.yaml: post_contact version 1" in result.stdout


def test_dialogue_check_names_file_line_and_step(tmp_path: Path) -> None:
    source = (ROOT / "dialogues" / "post_contact.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(source.replace("goto: review", "goto: revieuw", 1), encoding="utf-8")
    result = cli_here("dialogue", "check", str(broken))
    assert result.returncode == 1
    line = source[: source.index("  - key: wellbeing")].count("\n") + 1
    assert result.stderr.strip() == (
        f"reflectbot: {broken}:{line}: step 'wellbeing': unknown next target 'revieuw'"
    )


def test_dialogue_check_reports_untranslated_texts(tmp_path: Path) -> None:
    source = (ROOT / "dialogues" / "post_contact.yaml").read_text(encoding="utf-8")
    changed = tmp_path / "changed.yaml"
    changed.write_text(
        source.replace("text: How are you after this contact?", "text: How are you now?"),
        encoding="utf-8",
    )
    result = cli_here("dialogue", "check", str(changed))
    assert result.returncode == 1
    assert "step 'wellbeing': no nl translation for 'How are you now?'" in result.stderr


def test_dialogue_graph_prints_mermaid() -> None:
    result = cli("dialogue", "graph", "--format", "mermaid")
    assert result.returncode == 0
    assert result.stdout == (ROOT / "docs" / "post_contact.mmd").read_text(encoding="utf-8")
    missing = cli_here("dialogue", "graph", "--dialogue", "nope")
    assert missing.returncode == 2 and "no dialogue with id 'nope'" in missing.stderr


def test_scrub_keeps_line_count_and_order() -> None:
    lines = ["Bel mevrouw Peeters op 0470 12 34 56", "", "Niets bijzonders.", "mail a@b.be"]
    result = cli("scrub", "--lang", "nl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0
    assert result.stdout.split("\n")[:-1] == [
        "Bel mevrouw [naam] op [telefoon]", "", "Niets bijzonders.", "mail [e-mail]",
    ]  # fmt: skip


def test_run_without_a_token_stops_with_one_line(tmp_path: Path) -> None:
    result = cli("run", env={"REFLECTBOT_DATA_DIR": str(tmp_path)}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "REFLECTBOT_TOKEN is not set" in result.stderr


def test_bad_settings_stop_with_one_line_and_no_secret(tmp_path: Path) -> None:
    result = cli("chat", env={"REFLECTBOT_TOKEN": "12:short-secret"}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "short-secret" not in result.stderr


def test_version_and_help() -> None:
    assert cli("--version").stdout.startswith("reflectbot ")
    helped = cli_here("--help")
    for command in ("run", "chat", "dialogue", "scrub"):
        assert command in helped.stdout


def test_purge_reports_counts(tmp_path: Path) -> None:
    result = cli("purge", env={"REFLECTBOT_DATA_DIR": str(tmp_path)}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("deleted 0 entries older than 18 months")
    bad = cli_here("purge", env={"REFLECTBOT_RETENTION_MONTHS": "0"}, cwd=tmp_path)
    assert bad.returncode == 2
    assert "REFLECTBOT_RETENTION_MONTHS" in bad.stderr


def test_key_rotate_adds_a_version(tmp_path: Path) -> None:
    env = {"REFLECTBOT_DATA_DIR": str(tmp_path)}
    rotated = cli("key", "rotate", env=env, cwd=tmp_path).stdout
    assert rotated.startswith("key version 2 is now") and "restart the bot" in rotated
    again = cli_here("key", "rotate", env=env, cwd=tmp_path).stdout
    assert again.startswith("key version 3 is now")
    pinned = cli_here(
        "key", "rotate", env={**env, "REFLECTBOT_SECRET_KEY": "ab" * 32}, cwd=tmp_path
    )
    assert pinned.returncode == 2
    assert "ab" * 32 not in pinned.stderr


def test_team_create_export_and_audit(tmp_path: Path) -> None:
    env = {"REFLECTBOT_DATA_DIR": str(tmp_path)}
    created = cli(
        "team", "create", "Team Noord", "--bot", "reflect_test_bot", env=env, cwd=tmp_path
    )
    assert created.returncode == 0, created.stderr
    assert created.stdout.count("https://t.me/reflect_test_bot?start=") == 3
    out = tmp_path / "pack.csv"
    exported = cli("export", "--team", "1", "--format", "csv", "--since", "2026-01-01",
                   "--out", str(out), env=env, cwd=tmp_path)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("wrote 0 shared reflections of team 1")
    assert out.read_bytes().startswith("\ufeffCode;Dag;Versie van de vragenlijst;".encode())
    assert out.stat().st_mode & 0o777 == 0o600, "a pack is readable by its owner only"
    comma = cli_here("export", "--team", "1", "--format", "csv", "--dialect", "comma",
                "--out", str(out), env=env, cwd=tmp_path)  # fmt: skip
    assert comma.returncode == 0, comma.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("Code,Dag,Versie van de vragenlijst,")
    revoked = cli("team", "revoke", "1", env=env, cwd=tmp_path)
    assert revoked.returncode == 0, revoked.stderr
    audit = cli("audit", env=env, cwd=tmp_path).stdout
    assert "export.csv" in audit and "team.create" in audit and "team.revoke" in audit
    missing = cli_here("export", "--team", "9", "--out", str(out), env=env, cwd=tmp_path)
    assert missing.returncode == 2 and "there is no team 9" in missing.stderr


def test_demo_data_fills_teams_for_a_try(tmp_path: Path) -> None:
    import sqlite3

    env = {"REFLECTBOT_DATA_DIR": str(tmp_path / "data")}
    result = cli("demo-data", "--teams", "2", "--workers", "3", "--entries", "4", env=env,
                 cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "created 2 teams, 6 workers and 24 synthetic reflections" in result.stdout
    assert result.stdout.count("/start ") == 2
    with sqlite3.connect(tmp_path / "data" / "reflectbot.sqlite3") as db:
        assert db.execute("SELECT count(DISTINCT team_id) FROM entries").fetchone() == (2,)
        assert db.execute("SELECT count(*) FROM entries WHERE team_id IS NULL").fetchone() == (0,)
        (shared,) = db.execute("SELECT count(*) FROM entries WHERE shared = 1").fetchone()
    assert 0 < shared < 24, "some demo reflections reach supervision, as real ones would"
    bad = cli_here("demo-data", "--teams", "0", env=env, cwd=tmp_path)
    assert bad.returncode == 2


def test_db_backup_restore_and_doctor(tmp_path: Path) -> None:
    env = {"REFLECTBOT_DATA_DIR": str(tmp_path / "data")}
    assert cli_here("demo-data", "--teams", "1", "--workers", "3", "--entries", "2", env=env,
               cwd=tmp_path).returncode == 0  # fmt: skip
    result = cli("db", "backup", str(tmp_path / "copy.sqlite3"), env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("backed up ") and "secret.key" in result.stdout
    restored = cli("db", "restore", str(tmp_path / "copy.sqlite3"),
                   env={"REFLECTBOT_DATA_DIR": str(tmp_path / "other")}, cwd=tmp_path)  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert "erased again 0 workers who used /forget after this backup" in restored.stdout
    missing = cli_here("db", "restore", str(tmp_path / "nothing"), env=env, cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.startswith("reflectbot: there is no backup")
    checked = cli("doctor", env=env, cwd=tmp_path)
    assert checked.returncode == 1, "no token: something to fix"
    lines = checked.stdout.splitlines()
    assert lines[0].startswith("FIX  REFLECTBOT_TOKEN is not set")
    assert "ok   database integrity: ok" in lines
    warning = next(line for line in lines if line.startswith("WARN the key file sits next"))
    assert "REFLECTBOT_SECRET_KEY" in warning, "doctor explains how to keep the key apart"


async def test_team_invite_makes_a_working_link_after_a_revoke(tmp_path: Path) -> None:
    from datetime import date

    from bot.app import open_store
    from bot.config import Settings
    from bot.teams.service import JoinOutcome, Teams

    env = {"REFLECTBOT_DATA_DIR": str(tmp_path)}

    def here(*args: str) -> Awaitable[subprocess.CompletedProcess[str]]:
        """In a thread: the commands run their own event loop, this test is in one."""
        return asyncio.to_thread(cli_here, *args, env=env, cwd=tmp_path)

    assert (await here("team", "create", "Team Oost")).returncode == 0
    assert (await here("team", "revoke", "1")).stdout.startswith("revoked 3")
    made = cli("team", "invite", "1", "--role", "coach", "--bot", "reflect_test_bot", env=env,
               cwd=tmp_path)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("team 1, coach: https://t.me/reflect_test_bot?start=")
    code = made.stdout.split("start=")[1].split()[0]
    store = await open_store(Settings(None, "", tmp_path, "nl", "INFO"))
    try:
        await store.ensure_worker("a" * 64, 1, "nl", date(2026, 11, 21))
        joined = await Teams(store).join("a" * 64, code, date(2026, 11, 21))
        assert joined.outcome is JoinOutcome.JOINED and joined.role is not None
        assert joined.role.value == "coach"
    finally:
        await store.close()
    assert "team.invite" in (await here("audit")).stdout
    missing = await here("team", "invite", "9", "--role", "worker")
    assert missing.returncode == 2 and "there is no team 9" in missing.stderr


def test_report_writes_one_html_file(tmp_path: Path) -> None:
    env = {"REFLECTBOT_DATA_DIR": str(tmp_path / "data")}
    assert cli_here("demo-data", "--teams", "1", "--workers", "4", "--entries", "10", env=env,
               cwd=tmp_path).returncode == 0  # fmt: skip
    out = tmp_path / "team.html"
    made = cli("report", "--team", "1", "--period", "last-month", "--out", str(out), env=env,
               cwd=tmp_path)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("wrote the report of team 1 (")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Teamrapport: Demoteam 1" in page
    assert "report.html" in cli_here("audit", env=env, cwd=tmp_path).stdout
    bad = cli_here("report", "--team", "1", "--period", "soon", "--out", str(out), env=env,
              cwd=tmp_path)  # fmt: skip
    assert bad.returncode == 2 and "--period must be one of" in bad.stderr


def test_team_creators_are_kept_by_the_operator(tmp_path: Path) -> None:
    env = {"REFLECTBOT_DATA_DIR": str(tmp_path)}
    empty = cli("team", "creators", env=env, cwd=tmp_path)
    assert empty.returncode == 0 and "everyone may create teams" in empty.stdout
    allowed = cli_here("team", "creators", "allow", "123456789", env=env, cwd=tmp_path)
    assert allowed.stdout.splitlines() == [
        "123456789 may create teams", "1 people on the list may create teams; nobody else"
    ]  # fmt: skip
    import sqlite3

    with sqlite3.connect(tmp_path / "reflectbot.sqlite3") as db:
        (stored,) = db.execute("SELECT pseudonym FROM team_creators").fetchone()
    assert "123456789" not in stored and len(stored) == 64, "only a keyed hash is kept"
    gone = cli_here("team", "creators", "disallow", "123456789", env=env, cwd=tmp_path)
    assert "everyone may create teams" in gone.stdout
    bad = cli_here("team", "creators", "allow", env=env, cwd=tmp_path)
    assert bad.returncode == 2
