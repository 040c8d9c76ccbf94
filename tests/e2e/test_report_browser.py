"""The HTML team report in a real browser (Debian's headless Chromium; `.ci/run` installs
it): it loads with no console message (the page's Content-Security-Policy turns any
attempt to fetch or run something into one), every chart is titled with its period, it
prints on A4, and a phone-width screenshot renders."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.demo import demo_data
from bot.dialogue.registry import Compiled
from bot.i18n import Translator
from bot.privacy.pseudonym import SecretKey
from bot.reports.html import write_report
from bot.storage.memory import MemoryStore

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--enable-logging=stderr", "--v=0")  # fmt: skip
A4_POINTS = (595, 842)

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"),
    reason="no /usr/bin/chromium here (CI installs it and runs this test)",
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


class Figures(HTMLParser):
    """Each <figure>'s caption and whether it holds a titled <svg>."""

    def __init__(self) -> None:
        super().__init__()
        self.captions: list[str] = []
        self.titled: list[bool] = []
        self._where: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._where.append(tag)
        if tag == "figcaption":
            self.captions.append("")
        if tag == "svg":
            self.titled.append(False)

    def handle_endtag(self, tag: str) -> None:
        while self._where and self._where.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self._where[-1:] == ["figcaption"]:
            self.captions[-1] += data
        if self._where[-1:] == ["title"] and "svg" in self._where:
            self.titled[-1] = bool(data.strip())


async def test_the_report_renders_in_chromium(compiled: Compiled, translator: Translator,
                                              tmp_path: Path) -> None:  # fmt: skip
    store = MemoryStore()
    await demo_data(store, SecretKey(1, bytes(32)), compiled, teams=1, workers=5, entries=40)
    team = (await store.teams())[0]
    today = date.today()
    start = today.replace(day=1)
    end = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    page = tmp_path / "report.html"
    await write_report(store, translator, compiled.dialogue, team, start, end, page, today)
    url = page.as_uri()

    loaded = chromium(tmp_path, "--dump-dom", url)
    console = [line for line in loaded.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    figures = Figures()
    figures.feed(loaded.stdout)
    period = translator.month("nl", start)
    assert len(figures.captions) == 3 and len(figures.titled) == 3
    assert all(figures.titled), "every chart carries its own <title>"
    months = translator.month("nl", date(start.year - 1 + (start.month == 12),
                                         start.month % 12 + 1, 1))  # fmt: skip
    assert months in figures.captions[0] and period in figures.captions[0], figures.captions
    assert all(period in caption for caption in figures.captions[1:]), figures.captions

    pdf = tmp_path / "report.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes())
    assert boxes and all((round(float(w)), round(float(h))) == A4_POINTS for w, h in boxes)

    shot = tmp_path / "phone.png"
    chromium(tmp_path, "--window-size=412,1600", f"--screenshot={shot}", url)
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(header[16:20], "big") == 412, "rendered at a phone's width"
