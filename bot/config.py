"""Settings from the environment and an optional `.env` file; every bad value is one line.

The token is kept in a `Secret`, whose repr never shows it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from bot.errors import ConfigError

LANGUAGES = ("nl", "fr", "en")
"""The one list of languages: catalogs, menus, options and checks all follow it (adding a
language: docs/dialogues.md)."""
DEFAULT_API_URL = "https://api.telegram.org/bot"
TOKEN_SHAPE = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,64}$")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


@dataclass(frozen=True)
class Secret:
    value: str = field(repr=False)

    def __repr__(self) -> str:
        return "Secret(<hidden>)"

    __str__ = __repr__


@dataclass(frozen=True)
class Settings:
    token: Secret | None
    api_url: str
    data_dir: Path
    default_lang: str
    log_level: str
    secret_key: Secret | None = None
    """REFLECTBOT_SECRET_KEY (64 hex digits) instead of the key file in the data dir."""
    nudge_after: timedelta = timedelta(hours=3)
    """REFLECTBOT_NUDGE_HOURS: when an unfinished reflection gets its one reminder."""
    retention_months: int = 18
    """REFLECTBOT_RETENTION_MONTHS: how long entries are kept."""
    log_format: str = "text"
    """REFLECTBOT_LOG_FORMAT: text lines, or json for one JSON object per line."""
    messages_per_second: float = 30.0
    """REFLECTBOT_MESSAGES_PER_SECOND: the bot's own pace for messages, Telegram's limit by
    default; 0 switches pacing off (only against a local fake API, for load tests)."""
    support_contacts: tuple[str, ...] = ()
    """REFLECTBOT_SUPPORT_CONTACTS: the organisation's own support (such as the confidential
    adviser), `;`-separated; shown in the closing of a worker who feels low."""
    help_lines: tuple[str, ...] = ()
    """REFLECTBOT_HELP_LINES: public help lines, `;`-separated; shown with the contacts."""
    quiet_hours: tuple[int, int] = (21, 8)
    """REFLECTBOT_QUIET_HOURS ("21-8"): no coach notice or repair reminder from start to
    end, server time."""
    repair_reminder_days: int = 3
    """REFLECTBOT_REPAIR_REMINDER_DAYS: after how many days a repair marked "not yet" is
    recalled, when the worker asked for it."""

    @property
    def log_level_number(self) -> int:
        return int(getattr(logging, self.log_level))


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; blank lines and # comments ignored; quotes around values removed."""
    if not path.is_file():
        return {}
    values: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"{path}:{number}: expected KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def load_settings(environ: Mapping[str, str], dotenv: Path | None = Path(".env")) -> Settings:
    """Environment wins over `.env`; unknown REFLECTBOT_* names are an error (likely typos)."""
    merged = {**(read_dotenv(dotenv) if dotenv else {}), **environ}
    known = {
        "REFLECTBOT_TOKEN",
        "REFLECTBOT_API_URL",
        "REFLECTBOT_DATA_DIR",
        "REFLECTBOT_DEFAULT_LANG",
        "REFLECTBOT_LOG_LEVEL",
        "REFLECTBOT_SECRET_KEY",
        "REFLECTBOT_NUDGE_HOURS",
        "REFLECTBOT_RETENTION_MONTHS",
        "REFLECTBOT_MESSAGES_PER_SECOND",
        "REFLECTBOT_LOG_FORMAT",
        "REFLECTBOT_QUIET_HOURS",
        "REFLECTBOT_SUPPORT_CONTACTS",
        "REFLECTBOT_HELP_LINES",
        "REFLECTBOT_REPAIR_REMINDER_DAYS",
    }
    unknown = sorted(k for k in merged if k.startswith("REFLECTBOT_") and k not in known)
    if unknown:
        raise ConfigError(f"unknown setting {unknown[0]} (known: {', '.join(sorted(known))})")
    token = merged.get("REFLECTBOT_TOKEN", "").strip()
    if token and not TOKEN_SHAPE.match(token):
        raise ConfigError(
            "REFLECTBOT_TOKEN does not look like a bot token "
            "(expected digits, a colon, then 30+ letters; ask @BotFather)"
        )
    api_url = merged.get("REFLECTBOT_API_URL", "").strip() or DEFAULT_API_URL
    parts = urlsplit(api_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            "REFLECTBOT_API_URL must be an http(s) URL such as https://api.telegram.org/bot"
        )
    lang = merged.get("REFLECTBOT_DEFAULT_LANG", "").strip() or "nl"
    if lang not in LANGUAGES:
        raise ConfigError(f"REFLECTBOT_DEFAULT_LANG must be one of {', '.join(LANGUAGES)}")
    level = (merged.get("REFLECTBOT_LOG_LEVEL", "").strip() or "INFO").upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"REFLECTBOT_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}")
    data_dir = Path(merged.get("REFLECTBOT_DATA_DIR", "").strip() or "data")
    key = merged.get("REFLECTBOT_SECRET_KEY", "").strip()
    if key and not re.fullmatch(r"[0-9a-fA-F]{64}", key):
        raise ConfigError("REFLECTBOT_SECRET_KEY must be 64 hexadecimal digits (32 bytes)")
    hours = merged.get("REFLECTBOT_NUDGE_HOURS", "").strip() or "3"
    try:
        nudge = timedelta(hours=float(hours))
    except (ValueError, OverflowError):
        nudge = timedelta(0)
    if not timedelta(minutes=1) <= nudge <= timedelta(days=14):
        raise ConfigError("REFLECTBOT_NUDGE_HOURS must be a number of hours from 0.02 to 336")
    months = merged.get("REFLECTBOT_RETENTION_MONTHS", "").strip() or "18"
    if not months.isdigit() or not 1 <= int(months) <= 120:
        raise ConfigError("REFLECTBOT_RETENTION_MONTHS must be a whole number of months, 1 to 120")
    pace = merged.get("REFLECTBOT_MESSAGES_PER_SECOND", "").strip() or "30"
    try:
        per_second = float(pace)
    except ValueError:
        per_second = -1.0
    if not 0 <= per_second <= 1000:
        raise ConfigError("REFLECTBOT_MESSAGES_PER_SECOND must be a number from 0 to 1000")
    log_format = merged.get("REFLECTBOT_LOG_FORMAT", "").strip().lower() or "text"
    if log_format not in ("text", "json"):
        raise ConfigError("REFLECTBOT_LOG_FORMAT must be text or json")
    quiet = re.fullmatch(r"(\d{1,2})-(\d{1,2})",
                         merged.get("REFLECTBOT_QUIET_HOURS", "").strip() or "21-8")  # fmt: skip
    if quiet is None or not all(0 <= int(h) <= 23 for h in quiet.groups()):
        raise ConfigError("REFLECTBOT_QUIET_HOURS must be two hours like 21-8 (from 21:00 "
                          "to 08:00; 0-0 for none)")  # fmt: skip
    days = merged.get("REFLECTBOT_REPAIR_REMINDER_DAYS", "").strip() or "3"
    if not days.isdigit() or not 1 <= int(days) <= 30:
        raise ConfigError("REFLECTBOT_REPAIR_REMINDER_DAYS must be a whole number of days, 1 to 30")
    return Settings(
        Secret(token) if token else None, api_url, data_dir, lang, level,
        Secret(key) if key else None, nudge, int(months), log_format, per_second,
        _lines(merged, "REFLECTBOT_SUPPORT_CONTACTS"), _lines(merged, "REFLECTBOT_HELP_LINES"),
        quiet_hours=(int(quiet[1]), int(quiet[2])), repair_reminder_days=int(days),
    )  # fmt: skip


def _lines(merged: Mapping[str, str], name: str) -> tuple[str, ...]:
    """A `;`-separated list of short lines, such as "Tele-Onthaal: 106"."""
    lines = tuple(part.strip() for part in merged.get(name, "").split(";") if part.strip())
    if len(lines) > 10 or any(len(line) > 200 for line in lines):
        raise ConfigError(f"{name} takes at most 10 lines of at most 200 characters, split by ;")
    return lines


def prepare_data_dir(path: Path) -> Path:
    """Create the data dir (mode 0700) or fail with one line saying why."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the data directory {path}: {exc.strerror}") from None
    if not path.is_dir():
        raise ConfigError(f"REFLECTBOT_DATA_DIR {path} is not a directory")
    return path
