"""The pinned set (requirements.lock) must cover what pyproject.toml asks for."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_runtime_dependency_is_pinned() -> None:
    """A dependency added without `make pins` would ship unpinned in the Docker image."""
    wanted = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    lines = (ROOT / "requirements.lock").read_text().splitlines()
    pinned = {_name(line) for line in lines if line and not line.startswith("#")}
    assert {_name(r) for r in wanted} - pinned == set()
    assert all("==" in line for line in lines if line and not line.startswith("#"))
