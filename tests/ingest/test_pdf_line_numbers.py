"""Margin line numbers of lined paper (transcripts, pleadings, bills) are furniture;
numbered paragraphs are not. Made-up PDFs written with the fixture builder of
test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from tests.ingest.test_readers_pdf import body, make_layout_pdf

LINES = [
    "BEFORE THE HARBOUR APPEALS BOARD",
    "",
    "In the matter of the licence of the ferry company",
    "",
    "Hearing held at the town hall, Monday, March 4, 2024",
    "",
    "The hearing came on at ten o'clock before the chair",
    "of the board and two of its members.",
    "APPEARANCES:",
    "J. SMITH, for the company.",
    "A. JONES, for the board.",
    "",
    "",
]


def _transcript_page() -> list:
    page = []
    for n, text in enumerate(LINES, start=1):
        y = 740 - 24 * n
        label = f"{n:>2}"  # right-aligned in their column, as the numbers are set
        page.append((72, y, body(label)))
        if text:
            page.append((110, y, body(text)))
    return page


def test_margin_line_numbers_are_furniture(tmp_path: Path) -> None:
    release = load_release(make_layout_pdf(tmp_path / "t.pdf", [_transcript_page()]))
    texts = [release.node_text(n) for n in release.nodes()]
    assert "The hearing came on at ten o'clock before the chair of the board" in " ".join(texts)
    assert not any(t.strip().isdigit() for t in texts)


def test_numbered_paragraphs_keep_their_numbers(tmp_path: Path) -> None:
    page = []
    y = 740.0
    for n in range(1, 12):
        page.append((72, y, body(f"{n} The board heard item {n} of the agenda and agreed")))
        page.append((72, y - 12, body("to take it up again at its next meeting.")))
        y -= 24 + 6 * (n % 3)  # paragraphs of two lines, spaced unevenly
    release = load_release(make_layout_pdf(tmp_path / "p.pdf", [page]), suggest=False)
    labels = [n.label for n in release.nodes() if n.label]
    assert labels[:3] == ["1", "2", "3"]
