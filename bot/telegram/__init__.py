"""The Telegram adapter: the only package that imports python-telegram-bot."""

import os

# Opt in to python-telegram-bot's timedelta durations (RetryAfter.retry_after and
# friends) now, instead of the deprecated integer seconds it warns about since 22.2.
os.environ.setdefault("PTB_TIMEDELTA", "true")
