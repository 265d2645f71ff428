"""Structure detection on the labelled tune documents stays at least as good as it is.

The same scorer as ``benchmarks/bench_structure.py``; floors a little under the figures
measured when they were set, so a rule that breaks a family of documents fails here.
The untouched test quarter is not asserted on: it is only measured by the benchmark.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from structure_score import document_path, load_gold, total  # noqa: E402

# Re-set on 2026-12-06, a little under the figures measured then (390 tune documents):
# the tune split had grown by 78 documents labelled blind (collected/c12_ to c17_) that
# no rule was tuned on, and reads them worse than the rest (title recall 75 % on them).
# Numbered and nesting precision lowered again in session 27 (438 tune documents: 92.97 %
# and 87.2 %): its 48 dev documents (legal label systems, gazettes, web chrome, text
# headings, notes) joined the tune split, each labelled before any rule was fitted to it.
# Session 28's dev documents (page furniture, titles, wrapped text, web pages, notes)
# brought the false-heading rate from 0.98 % to 1.1 % (Greek letterheads, Danish and
# Dutch web copies): the rate's floor is 1.2 %.
FLOORS = {  # category: (precision, recall)
    "title": (0.9, 0.86),
    "date": (0.95, 0.93),
    "numbered": (0.92, 0.9),
    "nesting": (0.86, 0.86),
    "footnotes": (0.85, 0.85),
    "headings": (0.83, 0.8),
    "furniture": (None, 0.85),
}


def test_tune_documents_score_above_their_floors(shared_dir) -> None:
    from bench_structure import run_briefing

    golds = [g for g in load_gold("tune") if document_path(g["doc"]).exists()]
    if len(golds) < 40:
        pytest.skip(f"only {len(golds)} tune documents present")
    scores, _ = run_briefing(golds)
    totals = total(scores.values())
    for category, (precision, recall) in FLOORS.items():
        tally = totals["tallies"][category]
        if precision is not None:
            assert tally.precision >= precision, (category, tally)
        assert tally.recall >= recall, (category, tally)
    assert totals["splits"] / totals["gold_units"] <= 0.05
    # A rate, not a count: the tune set grows as documents are collected.
    assert totals["false_headings"] / totals["gold_units"] <= 0.012
