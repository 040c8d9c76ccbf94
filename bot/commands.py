"""What each CLI command does, once settings are known. Errors reach the CLI as our tree."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from bot.app import build_app, build_core, configure_logging, open_store
from bot.config import Settings, prepare_data_dir
from bot.console import Console
from bot.dialogue.graph import mermaid
from bot.dialogue.loader import load_dialogue
from bot.dialogue.model import Dialogue
from bot.dialogue.registry import DialogueRegistry
from bot.dialogue.texts import dialogue_texts
from bot.errors import ConfigError, DialogueError
from bot.i18n import LANGUAGES, untranslated
from bot.msgid import N_
from bot.privacy.pseudonym import KEY_FILE, rotate
from bot.privacy.retention import Retention
from bot.resources import data_path


def chat(settings: Settings, lang: str) -> int:
    configure_logging(settings)
    with asyncio.Runner() as runner:
        app = runner.run(build_app(settings))
        console = Console(app, lang, sys.stdin, sys.stdout, runner.run)
        try:
            return console.main()
        except KeyboardInterrupt:
            console.say(N_("Paused. Your answers are kept: run reflectbot chat to continue."))
            return 130
        finally:
            runner.run(app.close())


def run(settings: Settings, webhook_url: str | None, listen: str, port: int,
        metrics_at: tuple[str, int] | None = None) -> int:  # fmt: skip
    if webhook_url and not webhook_url.startswith("https://"):
        raise ConfigError("--webhook-url must be a public https:// URL")
    if settings.token is None:
        raise ConfigError(
            "REFLECTBOT_TOKEN is not set: get a token from @BotFather, "
            "or try the reflection in a terminal with `reflectbot chat`"
        )
    from bot.telegram.runner import run as run_telegram

    configure_logging(settings)
    return run_telegram(settings, webhook_url, listen, port, metrics_at)


def dialogue_check(files: list[Path]) -> int:
    """Load every dialogue and check every text is translated; print problems, one a line."""
    if files:
        dialogues = [load_dialogue(f, str(f)) for f in files]
    else:
        dialogues = DialogueRegistry.from_dir(data_path("dialogues")).dialogues()
    problems = [str(p) for d in dialogues for p in translation_problems(d)]
    for problem in problems:
        print(problem, file=sys.stderr)
    for dialogue in dialogues:
        print(
            f"{dialogue.source}: {dialogue.id} version {dialogue.version}, "
            f"{len(dialogue.steps)} steps: {'problems' if problems else 'ok'}"
        )
    return 1 if problems else 0


def translation_problems(dialogue: Dialogue) -> list[DialogueError]:
    texts = list(dialogue_texts(dialogue))
    problems = []
    for lang in LANGUAGES:
        missing = set(untranslated(data_path("locales"), lang, [t for _, _, t in texts]))
        for line, step, msgid in texts:
            if msgid in missing:
                missing.discard(msgid)
                problems.append(
                    DialogueError(
                        dialogue.source, line, step, f"no {lang} translation for {msgid!r}"
                    )
                )
    return problems


def dialogue_graph(dialogue_id: str) -> int:
    registry = DialogueRegistry.from_dir(data_path("dialogues"))
    try:
        compiled = registry.latest(dialogue_id)
    except KeyError:
        raise ConfigError(f"no dialogue with id {dialogue_id!r}") from None
    sys.stdout.write(mermaid(compiled.dialogue))
    return 0


def purge(settings: Settings) -> int:
    """Apply the retention rules now and say what was deleted (counts only)."""
    retention = Retention(settings.retention_months)

    async def apply() -> dict[str, int]:
        prepare_data_dir(settings.data_dir)
        store = await open_store(settings)
        try:
            return await retention.purge(store)
        finally:
            await store.close()

    removed = asyncio.run(apply())
    print(f"deleted {removed['entries']} entries older than {settings.retention_months} months "
          f"(or their team's period), {removed['sessions']} reflections left unfinished for "
          f"30 days, {removed.get('coach_prompts', 0)} coach prompts and "
          f"{removed.get('audit', 0)} audit rows older than 3 years, "
          f"{removed.get('message_ids', 0)} message ids older than 48 hours, "
          f"{removed.get('inactive_workers', 0)} workers without entries or activity for "
          f"{settings.retention_months} months")  # fmt: skip
    return 0


def rotate_key(settings: Settings) -> int:
    if settings.secret_key is not None:
        raise ConfigError("the key comes from REFLECTBOT_SECRET_KEY: rotate it where it is kept")
    prepare_data_dir(settings.data_dir)
    key = rotate(settings.data_dir)
    print(f"key version {key.version} is now current; restart the bot for it to take effect "
          "(a running bot keeps the keys it read at start). Workers move to it the next time "
          "they write, their sealed Telegram ids are sealed again under it, and older "
          "versions stay in the key file until then")  # fmt: skip
    return 0


def scrub(lang: str) -> int:
    """One line in, the same line scrubbed out, in order; flushed per line for pipes."""
    _, _, scrubber = build_core()
    for line in sys.stdin:
        ending = "\n" if line.endswith("\n") else ""
        sys.stdout.write(scrubber.scrub(line.removesuffix("\n"), lang) + ending)
        sys.stdout.flush()
    return 0


def database(settings: Settings, action: str, path: Path | None) -> int:
    from bot.storage.sqlite_backup import backup, restore

    if action == "rebuild-summaries":
        asyncio.run(_rebuild_summaries(settings))
        print("every team summary cell was recounted from the shared entries")
        return 0
    assert path is not None, "backup and restore take a path"
    if action == "backup":
        size = backup(settings.data_dir, path)
        print(f"backed up {size:,} bytes to {path}; keep the key file "
              f"({settings.data_dir / KEY_FILE}) in a separate safe place")  # fmt: skip
    else:
        size, _ = restore(path, prepare_data_dir(settings.data_dir))
        erased = asyncio.run(_reapply_erasures(settings))
        print(f"restored {size:,} bytes from {path}; erased again {erased} workers who used "
              "/forget after this backup was made; start the bot again")  # fmt: skip
    return 0


async def _rebuild_summaries(settings: Settings) -> None:
    store = await open_store(settings)
    try:
        await store.rebuild_summaries()
    finally:
        await store.close()


async def _reapply_erasures(settings: Settings) -> int:
    from bot.privacy.erasure import reapply_erasures

    store = await open_store(settings)
    try:
        return await reapply_erasures(store)
    finally:
        await store.close()


def doctor(settings: Settings) -> int:
    from bot.doctor import doctor as run_checks

    findings = run_checks(settings)
    for finding in findings:
        print(finding)
    return 0 if all(f.ok for f in findings) else 1
