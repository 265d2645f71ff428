"""A long text of numbered lines with no blank between them asks ``runs_in`` of every
line; the patterns it compiles are new for each label, so it compiles them only when a
line of the paragraph holds the previous label where they could match."""

from __future__ import annotations

import re

import pytest

from briefing.ingest import run_in_labels
from briefing.ingest.run_in_labels import runs_in


def test_numbered_lines_compile_no_pattern_each(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = 0
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        nonlocal compiled
        compiled += 1
        return real(pattern, flags)

    monkeypatch.setattr(run_in_labels.re, "compile", counting)
    for n in range(700, 1300):
        assert not runs_in([f"{n - 1}. The council noted the report of the board."], f"{n}. It")
    assert compiled < 20


def test_a_label_run_in_mid_line_is_still_found() -> None:
    current = ["The board weighed (1) growth, (2) prices and"]
    assert runs_in(current, "(3) the outlook for the year.")
