"""What ships: the pinned set covers pyproject.toml, and the wheel carries its data."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

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


def test_the_wheel_the_image_installs_carries_compiled_catalogs_and_dialogues(
    tmp_path: Path,
) -> None:
    """The Dockerfile's build steps without Docker: compile the catalogs in a clean copy,
    build the wheel, and run `reflectbot dialogue check` from it outside the checkout."""
    source = tmp_path / "src"
    skip = shutil.ignore_patterns("__pycache__", "*.mo")
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "babel.cfg"):
        shutil.copy(ROOT / name, source / name)
    for name in ("bot", "dialogues", "locales"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    pybabel = Path(sys.executable).parent / "pybabel"
    run([str(pybabel), "-q", "compile", "-d", "locales", "-D", "reflectbot"], cwd=source)
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path / "dist"), str(source)], cwd=tmp_path)  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("reflectbot-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        assert "reflectbot = bot.cli:main" in archive.read(entry_points).decode()
        archive.extractall(tmp_path / "site")
    for lang in ("nl", "fr", "en"):
        assert f"bot/_data/locales/{lang}/LC_MESSAGES/reflectbot.mo" in names
    assert any(n.startswith("bot/_data/dialogues/") and n.endswith(".yaml") for n in names)
    site = tmp_path / "site"
    script = (f"import sys; sys.path.insert(0, {str(site)!r}); import bot; "
              f"assert bot.__file__.startswith({str(site)!r}), bot.__file__; "
              "from bot.resources import data_path; "
              f"assert str(data_path('locales')).startswith({str(site)!r}); "
              "from bot.cli import main; sys.argv = ['reflectbot', 'dialogue', 'check']; "
              "main()")  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFLECTBOT_")}
    done = run([sys.executable, "-c", script], cwd=tmp_path, env=env)
    assert "post_contact version" in done.stdout and done.stdout.rstrip().endswith(": ok")


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Any:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done
