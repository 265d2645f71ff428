"""The one error type users meet while reading releases."""

from __future__ import annotations

from pathlib import Path


class ReleaseReadError(Exception):
    """A release could not be read; ``str()`` is one line naming the file and the problem."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        # A web address is named whole: its last segment alone ("view") says nothing.
        shown = self.path if "://" in self.path else Path(self.path).name
        super().__init__(f"{shown}: {reason}")
