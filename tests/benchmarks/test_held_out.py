"""The held-out dev sets (``structure_score.HELD_OUT_SETS``) and the test quarter are
scored as totals only, whatever the command: no per-document notes, and no rule-tracing
tool reads them (review1, session 42). Made-up gold and text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from structure_score import tune_gold  # noqa: E402


def _gold_dir(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name, doc in (("dev-fresh42-x.json", "held.txt"), ("dev-other-y.json", "open.txt")):
        path = tmp_path / doc
        path.write_text(
            "Ferry landing opens\n\nThe Ministry of Examplia opened a ferry landing.\n",
            encoding="utf-8",
        )
        gold_text = {"doc": str(path), "split": "tune", "units": ["Nothing like this at all"]}
        (gold / name).write_text(json.dumps(gold_text), encoding="utf-8")
    return gold


def test_tune_gold_refuses_a_folder_holding_held_out_gold(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        tune_gold(_gold_dir(tmp_path))


def test_gold_dir_prints_no_notes_for_held_out_documents(tmp_path: Path) -> None:
    gold = _gold_dir(tmp_path)
    out = subprocess.run(
        [
            sys.executable,
            "benchmarks/bench_structure.py",
            "--gold-dir",
            str(gold),
            "--docs",
            "--no-partitioner",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "open.txt:" in out  # an open dev set's notes are shown
    assert "held.txt" not in out
