"""Page numbers printed "2 (4)" (page 2 of 4), a running head opening each page, and a
page's only note run into the paragraph the page cut (made-up decision text)."""

from __future__ import annotations

import textwrap

from briefing.ingest import release_from_text
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.page_counts import take_page_counts

SENTENCE = (
    "The Board assessed the outlook for prices and activity over the coming year, "
    "taking into account the latest data on wages, credit and the exchange rate. "
)


def _paragraph(opening: str, sentences: int = 3) -> list[str]:
    return textwrap.wrap(opening + " " + SENTENCE * sentences, 88)


DECISION = "\n".join(
    [
        "MEMORANDUM",
        "DATE: 3 March 2031",
        "Decision on the deposit rate",
        *textwrap.wrap(
            "The Board decided to hold the deposit rate at 2.5 per cent.1 The effects of the "
            "decision are in reasonable proportion to its costs and risks for the Bank.",
            88,
        ),
        *_paragraph("Inflation has come down since the autumn."),
        *_paragraph("Growth picked up in the last quarter."),
        *textwrap.wrap(
            "The decision was taken by the Board following a presentation by the Head of the", 88
        ),
        "1 The forecast is set out in the enclosed Monetary Policy Update.",
        "2 (3)",
        "MEMORANDUM",
        "Monetary Policy Department and the General Counsel of the Bank.",
        *_paragraph("Wages rose faster than expected."),
        *_paragraph("Credit growth remained weak."),
        "3 (3)",
    ]
)


def test_page_counts_and_their_running_head_are_furniture():
    release = release_from_text(DECISION)
    removed = [r.text for r in release.removed]
    assert "2 (3)" in removed and "3 (3)" in removed
    assert release.text.count("MEMORANDUM") <= 1  # (the letterhead's own copy may stay)
    notes = [n for n in release.root.walk() if n.kind == "footnote"]
    assert len(notes) == 1 and release.text[notes[0].start :].startswith("1 The forecast")
    # The paragraph the page cut goes on after the page's note.
    assert "Head of the Monetary Policy Department" in release.text.replace("\n", " ")


def test_figures_with_last_years_in_brackets_are_no_page_numbers():
    table = ["Staff", "12 (15)", "Offices", "3 (4)", "Branches", "4 (4)"]
    extracted = Extracted(lines=[Line(t) for t in table], format="txt")
    assert take_page_counts(extracted, [1, 3, 5]) == []
    assert [line.text for line in extracted.lines] == table
