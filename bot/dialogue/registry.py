"""Every known dialogue version, each compiled once into its machine and progress."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.dialogue.graph import Progress
from bot.dialogue.loader import load_dialogue
from bot.dialogue.machine import StepMachine
from bot.dialogue.merged import across_versions
from bot.dialogue.model import Dialogue
from bot.errors import DialogueError


@dataclass(frozen=True)
class Compiled:
    dialogue: Dialogue
    machine: StepMachine
    progress: Progress


class DialogueRegistry:
    """Current dialogues plus archived versions, so sessions started earlier can finish."""

    def __init__(self, dialogues: Iterable[Dialogue]) -> None:
        self._compiled: dict[tuple[str, int], Compiled] = {}
        for dialogue in dialogues:
            key = (dialogue.id, dialogue.version)
            if key in self._compiled:
                raise DialogueError(
                    dialogue.source,
                    1,
                    None,
                    f"{dialogue.id} version {dialogue.version} is defined twice",
                )
            self._compiled[key] = Compiled(dialogue, StepMachine(dialogue), Progress(dialogue))
        ids = {i for i, _ in self._compiled}
        for compiled in self._compiled.values():
            for step in compiled.dialogue.steps:
                for option in step.options:
                    if option.variant is not None and option.variant not in ids:
                        raise DialogueError(
                            compiled.dialogue.source, step.line, step.key,
                            f"option '{option.key}' leads to variant '{option.variant}', "
                            "which is no dialogue",
                        )  # fmt: skip

    @classmethod
    def from_dir(cls, directory: Path) -> DialogueRegistry:
        """Load `*.yaml` in `directory` and in its `archive/` folder."""
        files = sorted(directory.glob("*.yaml")) + sorted(directory.glob("archive/*.yaml"))
        return cls(load_dialogue(f, str(f.relative_to(directory.parent))) for f in files)

    def get(self, dialogue_id: str, version: int) -> Compiled | None:
        return self._compiled.get((dialogue_id, version))

    def latest(self, dialogue_id: str) -> Compiled:
        versions = [v for (i, v) in self._compiled if i == dialogue_id]
        if not versions:
            raise KeyError(dialogue_id)
        return self._compiled[(dialogue_id, max(versions))]

    def for_reports(self, dialogue_id: str) -> Dialogue:
        """The newest version, with the questions only older versions or variants ask
        appended (exports keep every column of every entry they hold)."""
        return across_versions(self.latest(dialogue_id).dialogue, self.dialogues())

    def dialogues(self) -> list[Dialogue]:
        return [c.dialogue for c in self._compiled.values()]
