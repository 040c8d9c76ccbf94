"""Builds the python-telegram-bot Application around our app and runs it.

Long polling by default, webhook mode with a secret token as an option. PTB's own run
loop stops on SIGINT/SIGTERM after the update in flight; our store closes after it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import InvalidToken
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot.app import App, build_app
from bot.config import LANGUAGES, Settings
from bot.errors import ConfigError
from bot.health import HealthServer
from bot.privacy.warm import settle_beside
from bot.telegram.coach_menu import CoachMenu
from bot.telegram.coach_replies import PATTERN as REPLIES
from bot.telegram.coach_replies import CoachReplies
from bot.telegram.coach_thanks import PATTERN as THANKS
from bot.telegram.coach_thanks import CoachThanks
from bot.telegram.command_list import COMMANDS
from bot.telegram.failures import Failures
from bot.telegram.gateway import BACKOFF
from bot.telegram.handlers import ReflectionHandlers
from bot.telegram.lean_updates import WINDOW_DATA, LeanUpdates
from bot.telegram.menus import Menus
from bot.telegram.mine import Mine
from bot.telegram.ordering import PerUserOrder
from bot.telegram.reminders import Reminders
from bot.telegram.team_admin import PATTERN as ADMIN_BUTTONS
from bot.telegram.team_admin import TeamAdmin
from bot.telegram.team_approvals import PATTERN as APPROVALS
from bot.telegram.team_approvals import TeamApprovals
from bot.telegram.team_cases import PATTERN as CASES
from bot.telegram.team_cases import TeamCases
from bot.telegram.team_export import TeamExports
from bot.telegram.team_menu import TeamsMenu
from bot.telegram.team_moves import PATTERN as MOVES
from bot.telegram.team_moves import TeamMoves
from bot.telegram.team_signals import PATTERN as SIGNALS
from bot.telegram.team_signals import TeamSignals
from bot.telegram.team_summary import TeamSummaries
from bot.telegram.team_title import TeamTitle

log = logging.getLogger("bot.telegram")
WINDOW_BUTTONS = "^" + re.escape(WINDOW_DATA)
REMINDER_EVERY = 60.0
STOP_WAIT = 10.0
"""Seconds a stop waits for the background tasks to end once cancelled (SIGTERM)."""


def build_application(
    app: App,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    backoff: tuple[float, ...] = BACKOFF,
    rate_limited: bool = True,
) -> Application:  # type: ignore[type-arg]
    """The Application with our handlers; tests pass a fake transport, benchmarks may turn
    the rate limiter off to measure handler cost rather than Telegram's 30 messages/s."""
    settings = app.settings
    if settings.token is None:
        raise ConfigError("REFLECTBOT_TOKEN is not set")
    builder = (
        Application.builder()
        .token(settings.token.value)
        .base_url(settings.api_url)
        .base_file_url(_file_url(settings.api_url))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .concurrent_updates(PerUserOrder(app.observer))
    )
    per_second = settings.messages_per_second
    if rate_limited and per_second:
        limiter = AIORateLimiter(overall_max_rate=per_second, max_retries=3)
        builder = builder.rate_limiter(limiter)  # type: ignore[arg-type]
    if request is not None:
        builder = builder.request(request)
    fetching = updates_request or request or HTTPXRequest(connection_pool_size=1)  # PTB's own
    builder = builder.get_updates_request(LeanUpdates(fetching))
    application = builder.build()
    application.bot_data["app"] = app
    register(application, Areas.build(app, backoff))
    return application


@dataclass(frozen=True)
class Areas:
    """The adapter's handler objects, one per area, each given only what it needs."""

    reflection: ReflectionHandlers
    menus: Menus
    mine: Mine
    teams: TeamsMenu
    summaries: TeamSummaries
    exports: TeamExports
    coach: CoachMenu
    failures: Failures

    @classmethod
    def build(cls, app: App, backoff: tuple[float, ...] = BACKOFF) -> Areas:
        coach, teams = CoachMenu(app, backoff), TeamsMenu(app, backoff)
        mine, summaries, exports = (
            Mine(app, backoff),
            TeamSummaries(app, backoff),
            TeamExports(app, backoff),
        )
        menus = Menus(app, teams, backoff)
        buttons = {**menus.buttons(), **mine.buttons(), **summaries.buttons(),
                   **exports.buttons(), **coach.buttons()}  # fmt: skip
        reflection = ReflectionHandlers(app, coach, buttons, backoff)
        return cls(reflection, menus, mine, teams, summaries, exports, coach,
                   Failures(app, backoff))  # fmt: skip


def register(application: Application, areas: Areas) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    reflection, menus = areas.reflection, areas.menus
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & private,
                                           reflection.unexpected))  # fmt: skip
    application.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.UpdateType.MESSAGE,
                                           menus.group))  # fmt: skip
    commands = {
        "start": menus.start, "reflect": reflection.reflect, "cancel": reflection.cancel,
        "help": menus.help, "privacy": menus.privacy, "language": menus.language,
        "mine": areas.mine.mine, "forget": menus.forget, "remind": menus.remind,
        "newteam": areas.teams.newteam, "team": areas.summaries.team,
        "export": areas.exports.export_command,
        "prompts": areas.coach.prompts, "askcoaches": areas.coach.askcoaches,
    }  # fmt: skip
    admin, signals = TeamAdmin(areas.teams), TeamSignals(areas.teams)
    commands.update(admin.commands())
    commands["signals"] = signals.signals
    commands["title"] = TeamTitle(areas.teams).title
    cases = TeamCases(areas.teams)
    commands.update({"bring": cases.bring, "agenda": cases.agenda})
    # the window's buttons first (most updates): not matched against each menu pattern
    application.add_handler(CallbackQueryHandler(reflection.callback, pattern=WINDOW_BUTTONS))
    application.add_handler(CallbackQueryHandler(admin.callback, pattern=ADMIN_BUTTONS))
    application.add_handler(CallbackQueryHandler(TeamMoves(areas.teams).callback, pattern=MOVES))
    approvals = TeamApprovals(areas.teams)
    application.add_handler(CallbackQueryHandler(approvals.callback, pattern=APPROVALS))
    application.add_handler(CallbackQueryHandler(signals.callback, pattern=SIGNALS))
    application.add_handler(CallbackQueryHandler(cases.callback, pattern=CASES))
    thanks = CoachThanks(areas.coach)
    application.add_handler(CallbackQueryHandler(thanks.callback, pattern=THANKS))
    replies = CoachReplies(areas.coach)
    application.add_handler(CallbackQueryHandler(replies.callback, pattern=REPLIES))
    application.add_handler(CallbackQueryHandler(reflection.callback))
    # after the buttons (most updates; no command handler ever takes a button press),
    # so a press is not first offered to every command
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=private))
    application.add_handler(MessageHandler(private & filters.FORWARDED, reflection.unexpected))
    application.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND,
                                           reflection.text))  # fmt: skip
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE,
                                           reflection.unexpected))  # fmt: skip
    application.add_error_handler(areas.failures.error)


async def set_commands(application: Application) -> None:  # type: ignore[type-arg]
    """The command menu per language, and the default language's for everyone else."""
    app: App = application.bot_data["app"]
    for lang in (*LANGUAGES, None):
        shown = lang or app.settings.default_lang
        commands = [BotCommand(name, app.translator.gettext(shown, description))
                    for name, description in COMMANDS]  # fmt: skip
        await application.bot.set_my_commands(commands, language_code=lang)


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    await set_commands(application)
    loop = asyncio.get_running_loop()  # the word lists load beside the first getUpdates
    application.bot_data["settling"] = loop.create_task(settle_beside(loop))
    app: App = application.bot_data["app"]
    nudge_after = application.bot_data.get("nudge_after", timedelta(hours=3))
    reminders = Reminders(app, application.bot, nudge_after)
    application.bot_data["reminders"] = asyncio.get_running_loop().create_task(
        reminders.loop(REMINDER_EVERY)
    )
    metrics = application.bot_data.get("metrics_at")
    if metrics is not None:
        server = HealthServer(app.store, app.observer)
        await server.start(*metrics)
        application.bot_data["health"] = server


async def _post_stop(application: Application) -> None:  # type: ignore[type-arg]
    server = application.bot_data.pop("health", None)
    if server is not None:
        await server.stop()
    for name in ("reminders", "settling"):
        task = application.bot_data.pop(name, None)
        if task is not None:
            task.cancel()
            await asyncio.wait([task], timeout=STOP_WAIT)
            if not task.done():  # the operator's stop still stops the bot
                log.warning("the %s task did not end within %s s of the stop", name, STOP_WAIT)
            elif not task.cancelled() and task.exception() is not None:
                log.warning("the %s task ended with %s", name, type(task.exception()).__name__)


def run(settings: Settings, webhook_url: str | None, listen: str, port: int,
        metrics_at: tuple[str, int] | None = None) -> int:  # fmt: skip
    """Run until SIGINT/SIGTERM; a refused token is one line and exit code 2. With
    `metrics_at` (host, port), /healthz and /metrics are served there."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    app = loop.run_until_complete(build_app(settings))
    try:
        application = build_application(app)
        application.bot_data["nudge_after"] = settings.nudge_after
        application.bot_data["metrics_at"] = metrics_at
        if webhook_url:
            application.run_webhook(
                listen=listen, port=port, url_path=urlsplit(webhook_url).path.lstrip("/"),
                webhook_url=webhook_url, secret_token=webhook_secret(app),
                allowed_updates=Update.ALL_TYPES, close_loop=False,
            )  # fmt: skip
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, close_loop=False)
    except InvalidToken:
        raise ConfigError(
            "the Bot API refused REFLECTBOT_TOKEN: check it with @BotFather"
        ) from None
    finally:
        loop.run_until_complete(app.close())
        loop.close()
    return 0


def webhook_secret(app: App) -> str:
    """Telegram sends this back on every webhook call; derived from the key, so stable."""
    return hashlib.sha256(b"webhook:" + app.key.material).hexdigest()[:64]


def _file_url(api_url: str) -> str:
    return api_url[: -len("/bot")] + "/file/bot" if api_url.endswith("/bot") else api_url
