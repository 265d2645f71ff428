"""Compare on real successive texts: two years of the same UN General Assembly resolution
(tests/corpus/collected/pairs, every difference labelled by hand in EXPECTED.json).
Every labelled change is found with its status, and nothing else is reported."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.compare import compare_releases
from briefing.ingest import load_release

PAIRS = Path(__file__).parents[1] / "corpus" / "collected" / "pairs"
EXPECTED = json.loads((PAIRS / "EXPECTED.json").read_text(encoding="utf-8"))["pairs"]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _name(units: list) -> str:
    if not units:
        return ""
    unit = units[0]
    label = f"{unit.label} " if unit.label else ""
    return _norm(label + unit.text)


@pytest.mark.parametrize("pair", EXPECTED, ids=lambda p: p["new"])
def test_every_labelled_change_and_nothing_else(pair: dict) -> None:
    old = load_release(PAIRS / pair["old"])
    new = load_release(PAIRS / pair["new"])
    comparison = compare_releases(old, new)
    found: dict[str, list[str]] = {"changed": [], "added": [], "removed": [], "moved": []}
    for change in comparison.differences:
        side = change.old if change.status == "removed" else change.new
        found.setdefault(change.status, []).append(_name(side))
    for status in ("changed", "added", "removed", "moved"):
        expected = pair[status]
        got = found.pop(status)
        unmatched = [g for g in got if not any(g.startswith(e) for e in expected)]
        missing = [e for e in expected if not any(g.startswith(e) for g in got)]
        assert not unmatched, f"{status}: reported but not a change: {unmatched}"
        assert not missing, f"{status}: not found: {missing}"
        assert len(got) == len(expected), f"{status}: {got}"
    assert not any(found.values()), f"unexpected statuses: {found}"
    assert not comparison.looks_unrelated


def test_a_year_apart_is_not_unrelated_but_two_resolutions_are() -> None:
    cuba = load_release(PAIRS / EXPECTED[0]["new"])
    icc = load_release(PAIRS / EXPECTED[1]["new"])
    assert compare_releases(cuba, icc).looks_unrelated
