"""The one error type users meet while exporting."""

from __future__ import annotations

from pathlib import Path


class ExportError(Exception):
    """An export failed; ``str()`` is one line naming the file and the problem."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(self.path).name}: {reason}")
