"""The one error type users meet while reading releases."""

from __future__ import annotations

from pathlib import Path


class ReleaseReadError(Exception):
    """A release could not be read; ``str()`` is one line naming the file and the problem."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(self.path).name}: {reason}")
