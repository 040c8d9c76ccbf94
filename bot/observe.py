"""What operators see: a line per update and Prometheus counters. Ids, kinds, steps,
timings and exception types only; never what anyone wrote.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

log = logging.getLogger("bot.updates")
BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
"""Seconds: upper bounds of the latency histogram."""


@dataclass
class Observer:
    updates: Counter[str] = field(default_factory=Counter)
    """Handled updates by kind (message, callback_query, ...)."""
    errors: Counter[str] = field(default_factory=Counter)
    """Failed updates by exception type."""
    entries_saved: int = 0
    latency_buckets: list[int] = field(default_factory=lambda: [0] * len(BUCKETS))
    latency_sum: float = 0.0
    latency_count: int = 0
    _steps: dict[int, str] = field(default_factory=dict)
    _failed: dict[int, str] = field(default_factory=dict)

    def step(self, update_id: int, step: str) -> None:
        """The dialogue step an update left the worker at (for its log line)."""
        self._steps[update_id] = step

    def failed(self, update_id: int | None, error: BaseException | None) -> None:
        name = type(error).__name__ if error is not None else "unknown"
        self.errors[name] += 1
        if update_id is not None:
            self._failed[update_id] = name

    def saved(self) -> None:
        self.entries_saved += 1

    def finished(self, update_id: int, kind: str, seconds: float) -> None:
        """Count the update and write its one log line."""
        self.updates[kind] += 1
        self.latency_sum += seconds
        self.latency_count += 1
        for index, bound in enumerate(BUCKETS):
            if seconds <= bound:
                self.latency_buckets[index] += 1
        error = self._failed.pop(update_id, None)
        step = self._steps.pop(update_id, "")
        outcome = f"error:{error}" if error else "ok"
        log.info("update %d %s step=%s %.1f ms %s", update_id, kind, step or "-",
                 seconds * 1000, outcome,
                 extra={"update_id": update_id, "kind": kind, "step": step or None,
                        "latency_ms": round(seconds * 1000, 1), "outcome": outcome})  # fmt: skip

    def prometheus(self, active_sessions: int, healthy: bool) -> str:
        """The text exposition format, version 0.0.4."""
        lines = [
            "# HELP reflectbot_up 1 when the bot runs and its database answers.",
            "# TYPE reflectbot_up gauge",
            f"reflectbot_up {int(healthy)}",
            "# HELP reflectbot_updates_total Telegram updates handled, by kind.",
            "# TYPE reflectbot_updates_total counter",
            *(f'reflectbot_updates_total{{kind="{k}"}} {n}'
              for k, n in sorted(self.updates.items())),
            "# HELP reflectbot_update_errors_total Updates that failed, by error type.",
            "# TYPE reflectbot_update_errors_total counter",
            *(f'reflectbot_update_errors_total{{type="{k}"}} {n}'
              for k, n in sorted(self.errors.items())),
            "# HELP reflectbot_active_sessions Reflections in progress.",
            "# TYPE reflectbot_active_sessions gauge",
            f"reflectbot_active_sessions {active_sessions}",
            "# HELP reflectbot_entries_saved_total Reflections saved since start.",
            "# TYPE reflectbot_entries_saved_total counter",
            f"reflectbot_entries_saved_total {self.entries_saved}",
            "# HELP reflectbot_update_seconds Time to handle one update.",
            "# TYPE reflectbot_update_seconds histogram",
            *(f'reflectbot_update_seconds_bucket{{le="{b}"}} {n}'
              for b, n in zip(BUCKETS, self.latency_buckets, strict=True)),
            f'reflectbot_update_seconds_bucket{{le="+Inf"}} {self.latency_count}',
            f"reflectbot_update_seconds_sum {self.latency_sum:.6f}",
            f"reflectbot_update_seconds_count {self.latency_count}",
        ]  # fmt: skip
        return "\n".join(lines) + "\n"
