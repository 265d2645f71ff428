"""break_model.py (session 41): issuers group the folds, features read the document's own
measure, labels follow a gold start past a line's number, and both learners fit a made-up
set of breaks."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import break_model as bm  # noqa: E402


def test_issuer_from_file_names() -> None:
    assert bm.issuer("c12_05_xx-office_statement-2024.txt") == "xx-office"
    assert bm.issuer("dev-lost36-x01_xx-court_order-2025.txt") == "xx-court"
    assert bm.issuer("dev-furn36-xx-bank_minutes-2021.txt") == "xx-bank"
    assert bm.issuer("dev-untext-v01_a-res-78-23-plain.txt") == "unga"


def _stats(lines: list[str]) -> dict:
    return bm._doc_stats(lines, lines)


def test_next_word_fits_reads_the_documents_measure() -> None:
    body = ["The Committee noted the report and the figures of the year for"] * 9
    stats = _stats([*body, "the staff."])
    short = bm.raw_features("The Committee met.", "It noted the report.", 0, stats)
    full = bm.raw_features(body[0], "the staff.", 0, stats)
    assert short.get("fits") and short.get("end_and_fits")
    assert not full.get("fits") and full.get("fill>=.9")
    assert full.get("lower_next") and full.get("last=lower")


def test_blank_lines_weighed_by_how_often_the_document_sets_them() -> None:
    spaced = ["One paragraph.", "", "Another one.", "", "A third."]
    stats = bm._doc_stats([t for t in spaced if t], spaced)
    assert stats["blank_rate"] == 1.0
    assert bm.raw_features("One paragraph.", "Another one.", 1, stats).get("blank_every")
    assert bm.raw_features("One paragraph.", "Another one.", 0, stats).get("noblank_in_blanky")


def test_a_gold_start_after_the_lines_number_opens_it() -> None:
    stream = ["17", "invites", "the", "committee", "to", "report"]
    assert bm._opens(stream, 0, 6, {1})
    assert not bm._opens(["2021", "the", "next"], 0, 1, {1})  # (the start is the next line's)
    assert bm._lone_label("6.")
    assert not bm._lone_label("6. Invites the Committee")


def test_both_learners_fit_a_made_up_set() -> None:
    rows = []
    for index in range(200):
        ends = index % 2 == 0
        row = {"last=period": True, "fits": True} if ends else {"last=lower": True}
        row.update(label=ends, briefing=ends, issuer=f"i{index % 7}", group="made-up")
        rows.append(row)
    names = {"fits": 0, "last=lower": 1, "last=period": 2}
    weights = bm.train(rows, names)
    forest = bm.train_trees(rows, names, trees=5)
    for row in rows:
        assert (bm.predict(weights, row, names) >= 0.5) == row["label"]
        assert (bm.predict_trees(forest, row, names) >= 0.5) == row["label"]
