"""A short line right under a short line that is no heading, in a document crowded with
short lines (a form, a table one cell a line), heads the paragraph under it only in a
shape the document's clear crossheads share (heading_shapes). Made-up plain text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.heading_shapes import line_shape

FORM = """\
Report of the harbour inspection

The harbour office inspected the northern quay on Tuesday, as the harbour rules require
before the opening of each fishing season.

Inspection site
Northern quay
Inspector on duty
Jane Doe
Moorings checked
Forty
Outcome of the review
Not applicable

The inspector found the moorings sound and the ladders in place, and she asked the
office to repaint the safety lines along the edge of the quay before the summer.

Findings Of The Inspection

The quay's lights worked, and the fire hoses had been tested in the spring by the
harbour's own crew, as the log of the station shows.

Signed for the office
Harbour Master
Next Steps For The Office

The office will repaint the safety lines in May and report to the board in June, when
the season's first boats have moored.
"""


def _headings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    release = load_release(path, suggest=False)
    return [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]


def test_a_forms_answer_over_a_paragraph_heads_nothing(tmp_path: Path) -> None:
    assert "Not applicable" not in _headings(tmp_path, FORM)


def test_a_line_in_the_shape_of_the_documents_crossheads_still_heads(tmp_path: Path) -> None:
    headings = _headings(tmp_path, FORM)
    assert "Findings Of The Inspection" in headings
    assert "Next Steps For The Office" in headings


def test_line_shapes() -> None:
    assert line_shape("MONETARY POLICY DECISION") == "caps"
    assert line_shape("Monetary Policy of the Bank") == "title"
    assert line_shape("Out-of-home care placement") == "sentence"
    assert line_shape("## Background of the plan") == "#sentence"
    assert line_shape("**Immediate Measures**") == "*title"
    assert line_shape("港口委员会的决定") == "uncased"
