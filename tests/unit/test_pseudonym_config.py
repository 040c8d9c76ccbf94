"""Keys, pseudonyms and settings: secrets stay hidden, bad values stop with one line."""

from __future__ import annotations

import hashlib
import re
import stat
from datetime import date
from pathlib import Path

import pytest

from bot.config import load_settings, prepare_data_dir, read_dotenv
from bot.errors import ConfigError
from bot.identities import Identities
from bot.privacy.pseudonym import KEY_FILE, load_keyring, load_or_create_key, rotate
from bot.storage.memory import MemoryStore

TOKEN = "123456789:AAHfake-token_for_tests_only_0123456789"


def test_key_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path)
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    again = load_or_create_key(tmp_path)
    assert again == key
    assert key.pseudonym("tg:42") == again.pseudonym("tg:42")
    assert key.pseudonym("tg:42") != key.pseudonym("tg:43")
    assert re.fullmatch(r"[0-9a-f]{64}", key.pseudonym("tg:42"))
    assert key.pseudonym("tg:42") != hashlib.sha256(b"tg:42").hexdigest(), "keyed, not a bare hash"
    (tmp_path / "other").mkdir()
    assert load_or_create_key(tmp_path / "other").pseudonym("tg:42") != key.pseudonym("tg:42")
    assert key.material.hex() not in repr(key)


def test_a_damaged_key_file_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / KEY_FILE).write_text("not json")
    with pytest.raises(ConfigError, match="not a valid reflectbot key file"):
        load_or_create_key(tmp_path)


def test_defaults(tmp_path: Path) -> None:
    settings = load_settings({}, dotenv=None)
    assert settings.token is None
    assert settings.api_url == "https://api.telegram.org/bot"
    assert settings.data_dir == Path("data")
    assert (settings.default_lang, settings.log_level) == ("nl", "INFO")


def test_environment_wins_over_dotenv(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "# comment\nREFLECTBOT_DEFAULT_LANG=fr\nexport REFLECTBOT_LOG_LEVEL='debug'\n"
        f'REFLECTBOT_TOKEN="{TOKEN}"\n'
    )
    settings = load_settings({"REFLECTBOT_DEFAULT_LANG": "en"}, dotenv=dotenv)
    assert settings.default_lang == "en" and settings.log_level == "DEBUG"
    assert settings.token is not None and settings.token.value == TOKEN
    assert TOKEN not in repr(settings) and TOKEN not in str(settings.token)


@pytest.mark.parametrize(
    ("environ", "problem"),
    [
        ({"REFLECTBOT_TOKEN": "nonsense"}, "does not look like a bot token"),
        ({"REFLECTBOT_API_URL": "ftp://x"}, "http(s) URL"),
        ({"REFLECTBOT_DEFAULT_LANG": "de"}, "must be one of nl, fr, en"),
        ({"REFLECTBOT_LOG_LEVEL": "loud"}, "REFLECTBOT_LOG_LEVEL"),
        ({"REFLECTBOT_TOKNE": TOKEN}, "unknown setting REFLECTBOT_TOKNE"),
        ({"REFLECTBOT_SECRET_KEY": "abc"}, "64 hexadecimal digits"),
    ],
)
def test_bad_values_stop_with_one_line(environ: dict[str, str], problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(environ, dotenv=None)
    message = str(caught.value)
    assert problem in message and "\n" not in message
    assert "nonsense" not in message, "never echo a token-like value"


def test_malformed_dotenv_line(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("JUSTAWORD\n")
    with pytest.raises(ConfigError, match=r"\.env:1: expected KEY=VALUE"):
        read_dotenv(dotenv)


def test_data_dir_is_private_and_errors_are_clear(tmp_path: Path) -> None:
    made = prepare_data_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="cannot create the data directory"):
        prepare_data_dir(blocker / "sub")


def test_rotation_keeps_old_versions_and_writes_0600(tmp_path: Path) -> None:
    first = load_or_create_key(tmp_path)
    second = rotate(tmp_path)
    ring = load_keyring(tmp_path)
    assert second.version == first.version + 1
    assert ring.current == second and ring.older == (first,)
    assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600
    assert first.pseudonym("tg:7") != second.pseudonym("tg:7")


def test_a_legacy_single_key_file_still_loads(tmp_path: Path) -> None:
    (tmp_path / KEY_FILE).write_text('{"version": 3, "key": "' + "ab" * 32 + '"}')
    assert load_keyring(tmp_path).current.version == 3


def test_the_export_key_cannot_be_joined_to_pseudonyms(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path)
    export = key.derive("export")
    assert export.material != key.material
    assert export.pseudonym("tg:1") != key.pseudonym("tg:1")
    assert key.derive("export") == export, "stable"


async def test_workers_are_re_keyed_lazily(tmp_path: Path) -> None:
    store = MemoryStore()
    first = load_or_create_key(tmp_path)
    old = first.pseudonym("tg:5")
    await store.ensure_worker(old, 1, "nl", date(2026, 1, 1))
    await store.set_chat(old, 5)
    second = rotate(tmp_path)
    identities = Identities(store, load_keyring(tmp_path))
    new = await identities.resolve("tg:5")
    assert new == second.pseudonym("tg:5")
    assert await store.get_worker(old) is None
    worker = await store.get_worker(new)
    assert worker is not None and worker.key_version == 2
    assert await store.chat_of(new) is not None
    assert await identities.resolve("tg:999") == second.pseudonym("tg:999"), "unknown: no row"
    assert await store.get_worker(second.pseudonym("tg:999")) is None


def test_quiet_hours_for_coach_notices() -> None:
    from bot.config import load_settings
    from bot.errors import ConfigError

    assert load_settings({}, None).quiet_hours == (21, 8)
    assert load_settings({"REFLECTBOT_QUIET_HOURS": "22-7"}, None).quiet_hours == (22, 7)
    for bad in ("22", "25-7", "evening"):
        with pytest.raises(ConfigError, match="REFLECTBOT_QUIET_HOURS"):
            load_settings({"REFLECTBOT_QUIET_HOURS": bad}, None)


def test_repair_reminder_days() -> None:
    from bot.config import load_settings
    from bot.errors import ConfigError

    assert load_settings({}, None).repair_reminder_days == 3
    assert load_settings({"REFLECTBOT_REPAIR_REMINDER_DAYS": "7"}, None).repair_reminder_days == 7
    for bad in ("0", "31", "2.5", "soon"):
        with pytest.raises(ConfigError, match="REFLECTBOT_REPAIR_REMINDER_DAYS"):
            load_settings({"REFLECTBOT_REPAIR_REMINDER_DAYS": bad}, None)


def test_a_pseudonym_is_the_plain_hmac_of_the_subject() -> None:
    """The keyed HMAC is reused (copied per subject): the same hex digest as computed from
    scratch, for every subject, however many were computed before."""
    import hmac as plain

    from bot.privacy.pseudonym import SecretKey

    key = SecretKey(3, bytes(range(32)))
    for subject in ("tg:1", "tg:1", "console:alice", "tg:" + "9" * 20, ""):
        expected = plain.new(key.material, subject.encode(), hashlib.sha256).hexdigest()
        assert key.pseudonym(subject) == expected
