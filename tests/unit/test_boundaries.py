"""House rule 2: each third-party library has one home module; the engine stays pure."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from tests.conftest import ROOT

BOT = ROOT / "bot"
HOMES = {
    "telegram": ("bot/telegram/",),
    "aiosqlite": ("bot/storage/sqlite",),
    "transitions": ("bot/dialogue/machine.py",),
    "yaml": ("bot/dialogue/loader.py",),
    "babel": ("bot/i18n.py", "bot/i18n_tools.py"),
    "matplotlib": ("bot/reports/charts.py",),
    "xlsxwriter": ("bot/reports/xlsx.py",),
    "cryptography": ("bot/privacy/sealed.py",),
}
PURE = ("telegram", "aiosqlite", "babel", "sqlite3")


@functools.cache
def imported_roots(path: Path) -> frozenset[str]:
    """Parsed once per file in a run: eight libraries each parsed every module (20 s)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return frozenset(roots)


def sources() -> list[Path]:
    return sorted(BOT.rglob("*.py"))


@pytest.mark.parametrize("library", sorted(HOMES))
def test_library_is_imported_only_in_its_home(library: str) -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in sources()
        if library in imported_roots(p) and not str(p.relative_to(ROOT)).startswith(HOMES[library])
    ]
    assert offenders == []


def test_the_dialogue_engine_is_pure() -> None:
    for path in (BOT / "dialogue").rglob("*.py"):
        assert not imported_roots(path) & set(PURE), path.name


def test_modules_stay_small() -> None:
    too_long = [p.name for p in sources() if len(p.read_text().splitlines()) > 300]
    assert too_long == []
