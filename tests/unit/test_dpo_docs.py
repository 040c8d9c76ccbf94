"""The DPO's documents stay true: every table has a line in the data map, every test a
document cites exists, the retention figures are the code's, and docs/privacy.md quotes
/privacy word for word."""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

from bot.config import Settings
from bot.privacy.erasure import DELETE_WINDOW
from bot.privacy.retention import IDLE_REFLECTION, MESSAGE_IDS_KEPT
from bot.storage.port import AUDIT_KEPT
from bot.storage.sqlite import DB_FILE, SqliteStore
from bot.telegram import texts
from tests.conftest import KEYRING, ROOT

DPO = ROOT / "docs" / "dpo"
CITED = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")


async def test_every_table_has_a_line_in_the_data_map(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path, KEYRING)
    await store.close()
    with sqlite3.connect(tmp_path / DB_FILE) as db:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                          " AND name NOT LIKE 'sqlite_%'")  # fmt: skip
        tables = {r[0] for r in rows}
    mapped = set(re.findall(r"^\| `(\w+)` \|", (DPO / "data-flow.md").read_text(), re.M))
    assert tables - mapped == set(), "tables without a line in docs/dpo/data-flow.md"
    assert mapped - tables == set(), "lines for tables that do not exist"


def test_every_cited_test_exists() -> None:
    cited = [m for doc in DPO.glob("*.md") for m in CITED.findall(doc.read_text())]
    cited += CITED.findall((ROOT / "docs" / "security.md").read_text())
    assert len(cited) >= 10
    for path, name in cited:
        source = ROOT / path
        assert source.exists(), path
        if name:
            tree = ast.parse(source.read_text())
            functions = {n.name for n in ast.walk(tree)
                         if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}  # fmt: skip
            assert name in functions, f"{path}::{name}"


def test_retention_figures_match_the_code() -> None:
    months = Settings.__dataclass_fields__["retention_months"].default
    figures = {
        f"{months} months": months == 18,
        f"{AUDIT_KEPT.days // 365} years": AUDIT_KEPT.days == 3 * 365,
        f"{IDLE_REFLECTION.days} days": IDLE_REFLECTION.days == 30,
        f"{int(MESSAGE_IDS_KEPT.total_seconds()) // 3600} hours": MESSAGE_IDS_KEPT == DELETE_WINDOW,
    }
    assert all(figures.values()), figures
    for doc in ("register.md", "information-notice.md"):
        text = (DPO / doc).read_text()
        for figure in figures:
            assert figure in text, (doc, figure)
    assert "fewer than 3 workers" in (DPO / "information-notice.md").read_text()


def test_privacy_doc_quotes_the_privacy_message() -> None:
    quoted = "\n".join(line.removeprefix("> ").removeprefix(">")
                       for line in (ROOT / "docs" / "privacy.md").read_text().splitlines()
                       if line.startswith(">"))  # fmt: skip
    assert texts.PRIVACY in quoted
    security = " ".join((ROOT / "docs" / "security.md").read_text().split())
    for sentence in ("Your chat number and the numbers of the messages in this chat (mine, "
                     "and those of what you type in a reflection) are kept only encrypted, so "
                     "that I can write back, close questions you already answered and clear the "
                     "chat.",
                     "Your data is pseudonymised, not anonymous: free text can still "
                     "describe a situation that someone recognises."):  # fmt: skip
        assert sentence in texts.PRIVACY and sentence in security
