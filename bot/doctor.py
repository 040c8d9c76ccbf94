"""`reflectbot doctor`: check what a deployment needs and say what to fix, one line each.

Nothing here changes anything: the database is opened read-only, the Bot API is asked
`getMe` only, and no message ever holds the token.
"""

from __future__ import annotations

import json
import sqlite3
import stat
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.config import Settings
from bot.errors import ConfigError
from bot.i18n import LANGUAGES
from bot.privacy.pseudonym import KEY_FILE, load_keyring
from bot.resources import data_path
from bot.storage.sqlite import DB_FILE, migrations

Fetch = Callable[[str, float], bytes]


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str
    warning: bool = False
    """Works, but weakens a promise: printed WARN, does not fail the check."""

    def __str__(self) -> str:
        label = "WARN" if self.warning else "ok  " if self.ok else "FIX "
        return f"{label} {self.text}"


def _fetch(url: str, timeout: float) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked by settings
        return bytes(response.read())


def check_api(settings: Settings, fetch: Fetch = _fetch) -> list[Finding]:
    if settings.token is None:
        return [Finding(False, "REFLECTBOT_TOKEN is not set → get one from @BotFather "
                               "(without it only `reflectbot chat` works)")]  # fmt: skip
    host = urlsplit(settings.api_url).netloc
    try:
        body = json.loads(fetch(f"{settings.api_url}{settings.token.value}/getMe", 10.0))
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 404):
            return [
                Finding(
                    False,
                    f"the Bot API at {host} refused the token ({exc.code}) → "
                    "check REFLECTBOT_TOKEN, or ask @BotFather for a new one",
                )
            ]
        return [Finding(False, f"the Bot API at {host} answered {exc.code} → try again later")]
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return [Finding(False, f"cannot reach the Bot API at {host}: {reason} → check the "
                               "network, a proxy, or REFLECTBOT_API_URL")]  # fmt: skip
    name = body.get("result", {}).get("username", "?") if isinstance(body, dict) else "?"
    return [Finding(True, f"token set; the Bot API at {host} knows the bot as @{name}")]


def _private(path: Path, mode: int, label: str) -> Finding:
    actual = stat.S_IMODE(path.stat().st_mode)
    if actual & 0o077:
        return Finding(False, f"{label} {path} has mode {actual:04o}, readable by others → "
                              f"chmod {mode:o} {path}")  # fmt: skip
    return Finding(True, f"{label} {path} is private ({actual:04o})")


def check_data_dir(data_dir: Path) -> list[Finding]:
    if not data_dir.exists():
        return [Finding(True, f"data dir {data_dir} does not exist yet; the first start "
                              "creates it (mode 0700)")]  # fmt: skip
    if not data_dir.is_dir():
        return [Finding(False, f"REFLECTBOT_DATA_DIR {data_dir} is not a directory")]
    findings = [_private(data_dir, 0o700, "data dir")]
    probe = data_dir / ".doctor-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
        findings.append(Finding(True, f"data dir {data_dir} is writable"))
    except OSError as exc:
        findings.append(Finding(False, f"data dir {data_dir} is not writable ({exc.strerror}) → "
                                       "give the bot's user write access"))  # fmt: skip
    for name, label in ((DB_FILE, "database"), (KEY_FILE, "key file")):
        if (data_dir / name).exists():
            findings.append(_private(data_dir / name, 0o600, label))
    return findings


def check_keys(settings: Settings) -> list[Finding]:
    if settings.secret_key is not None:
        return [Finding(True, "pseudonym key from REFLECTBOT_SECRET_KEY")]
    if not (settings.data_dir / KEY_FILE).exists():
        return [Finding(True, "no key file yet; the first start creates one (back it up!)")]
    try:
        ring = load_keyring(settings.data_dir)
    except ConfigError as exc:
        return [Finding(False, f"{exc} → restore the key file from your backup")]
    return [Finding(True, f"key file holds {len(ring.keys)} key version(s), current "
                          f"{ring.current.version}"),
            Finding(True, f"the key file sits next to the database in {settings.data_dir}: a "
                          "copy of that whole directory links every sealed Telegram id and "
                          "pseudonym again → keep the key apart: set REFLECTBOT_SECRET_KEY "
                          "(64 hex digits) from your secret store, or at least back up the key "
                          "file separately from the database", warning=True)]  # fmt: skip


def check_database(data_dir: Path) -> list[Finding]:
    path = data_dir / DB_FILE
    if not path.exists():
        return [Finding(True, "no database yet; the first start creates it")]
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            db.execute("PRAGMA busy_timeout = 5000")
            (integrity,) = db.execute("PRAGMA integrity_check").fetchone()
            applied = {int(r[0]) for r in db.execute("SELECT version FROM schema_migrations")}
    except sqlite3.Error as exc:
        return [Finding(False, f"cannot read the database {path}: {exc} → restore a backup "
                               "(reflectbot db restore FILE)")]  # fmt: skip
    known = {number for number, _, _ in migrations()}
    findings = [
        Finding(
            integrity == "ok",
            f"database integrity: {integrity}"
            + ("" if integrity == "ok" else " → restore a backup (reflectbot db restore FILE)"),
        )
    ]
    if applied - known:
        findings.append(
            Finding(
                False,
                f"the database has migrations {sorted(applied - known)} "
                "this version does not know → run the newer reflectbot",
            )
        )
    elif pending := sorted(known - applied):
        findings.append(
            Finding(
                True,
                f"migrations {pending} will run at the next start "
                "(take a backup first: reflectbot db backup FILE)",
            )
        )
    else:
        findings.append(Finding(True, f"schema up to date ({len(known)} migrations)"))
    return findings


def check_catalogs(locales: Path | None = None) -> list[Finding]:
    folder = locales or data_path("locales")
    stale = []
    for lang in LANGUAGES:
        po = folder / lang / "LC_MESSAGES" / "reflectbot.po"
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            stale.append(lang)
    if stale:
        return [Finding(False, f"catalogs not compiled for {', '.join(stale)} (they are compiled "
                               "in memory at each start) → make i18n-compile")]  # fmt: skip
    return [Finding(True, "catalogs compiled for " + ", ".join(LANGUAGES))]


def doctor(settings: Settings, fetch: Fetch = _fetch) -> list[Finding]:
    return [
        *check_api(settings, fetch),
        *check_data_dir(settings.data_dir),
        *check_keys(settings),
        *check_database(settings.data_dir),
        *check_catalogs(),
    ]
