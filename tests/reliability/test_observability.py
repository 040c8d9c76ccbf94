"""What operators get: JSON-lines logs per update, /healthz and Prometheus /metrics."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from pathlib import Path

from bot.logs import JsonLines, RedactSecrets
from bot.observe import Observer
from tests.e2e.test_loopback_smoke import free_port
from tests.fakes.http_api import LoopbackApi
from tests.fakes.telegram_api import TOKEN
from tests.reliability.driver import Drive, run_on, start_bot, walkers


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_prometheus_text_counts_and_a_cumulative_histogram() -> None:
    observer = Observer()
    for update_id, seconds in ((1, 0.01), (2, 0.3), (3, 20.0)):
        observer.finished(update_id, "message", seconds)
    observer.failed(4, TimeoutError())
    observer.finished(4, "callback_query", 0.04)
    observer.saved()
    text = observer.prometheus(active_sessions=2, healthy=True)
    assert 'reflectbot_updates_total{kind="message"} 3' in text
    assert 'reflectbot_update_errors_total{type="TimeoutError"} 1' in text
    assert 'reflectbot_update_seconds_bucket{le="0.025"} 1' in text
    assert 'reflectbot_update_seconds_bucket{le="0.5"} 3' in text
    assert 'reflectbot_update_seconds_bucket{le="+Inf"} 4' in text
    assert "reflectbot_active_sessions 2" in text and "reflectbot_entries_saved_total 1" in text


def test_json_lines_carry_the_fields_and_no_secret() -> None:
    record = logging.LogRecord("bot.updates", logging.INFO, "x", 1, "update %d with %s",
                               (7, TOKEN), None)  # fmt: skip
    record.update_id, record.outcome = 7, "ok"
    RedactSecrets([TOKEN]).filter(record)
    line = json.loads(JsonLines().format(record))
    assert line["update_id"] == 7 and line["outcome"] == "ok" and line["level"] == "INFO"
    assert TOKEN not in json.dumps(line)


def test_health_metrics_and_json_logs_of_a_running_bot(tmp_path: Path) -> None:
    server = LoopbackApi()
    port = free_port()
    process = start_bot(tmp_path, server.url, "--metrics-port", str(port), level="INFO",
                        environ={"REFLECTBOT_LOG_FORMAT": "json"})  # fmt: skip
    try:
        server.wait_for(lambda api: "getUpdates" in api.first_call_at, timeout=30)
        drive = Drive(server.run(lambda api: api), walkers(2, seed=5))
        run_on(server, drive).result(timeout=120)
        base = f"http://127.0.0.1:{port}"
        assert get(f"{base}/healthz") == (200, "ok\n")
        status, metrics = get(f"{base}/metrics")
        assert status == 200 and "reflectbot_up 1" in metrics
        assert 'reflectbot_updates_total{kind="callback_query"}' in metrics
        assert "reflectbot_entries_saved_total 2" in metrics
        assert get(f"{base}/other")[0] == 404
    finally:
        process.terminate()
        assert process.wait(30) == 0
        server.close()
    lines = [json.loads(line) for line in (tmp_path / "bot.log").read_text().splitlines()]
    handled = [x for x in lines if x["logger"] == "bot.updates"]
    fields = {"update_id", "kind", "latency_ms", "outcome"}
    assert handled and all(fields <= set(x) for x in handled)
    assert any(x.get("step") == "saved" for x in handled)
    assert TOKEN not in (tmp_path / "bot.log").read_text()
