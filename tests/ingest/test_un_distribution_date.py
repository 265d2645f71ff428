"""A UN cover's distribution field and its date ("Distr.: Limited" / "5 November 2035")
go out together with the masthead: the date is the field's value, not a dateline of the
text's (the labelled corpus lists it as no unit), and it still dates a draft. Made-up
text in the shape of a UN draft's cover, and the same as a laid-out PDF."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.pipeline import release_from_text
from tests.ingest.test_readers_pdf import make_layout_pdf

COVER = [
    "United Nations",
    "General Assembly",
    "Distr.: Limited",
    "5 November 2035",
    "Original: English",
    "Ninetieth session",
    "Agenda item 99",
]
BODY = [
    "Care of examples in drafting",
    "The General Assembly,",
    "Recalling its resolution 89/7 of 29 October 2034,",
    "1. Decides to keep examples made up;",
    "2. Also decides to consider the question at its next session.",
]


def test_distribution_date_goes_with_the_field_and_dates_the_draft() -> None:
    release = release_from_text("\n\n".join(COVER + BODY) + "\n")
    assert release.date == "2035-11-05"
    assert "5 November 2035" in [r.text for r in release.removed]
    assert "5 November 2035" not in release.text


def test_same_in_a_laid_out_pdf(tmp_path: Path) -> None:
    page = [
        (123, 760, [("United Nations", "sans", 14, 0)]),
        (500, 760, [("A/90/L.99", "sans", 10, 0)]),
        (123, 730, [("General Assembly", "bold", 20, 0)]),
        (397, 730, [("Distr.: Limited", "sans", 10, 0)]),
        (397, 718, [("5 November 2035", "sans", 10, 0)]),
        (397, 694, [("Original: English", "sans", 10, 0)]),
        (60, 600, [("Ninetieth session", "bold", 10, 0)]),
        (60, 588, [("Agenda item 99", "sans", 10, 0)]),
        (123, 540, [(BODY[0], "bold", 12, 0)]),
        *[(123, 510 - 20 * i, [(text, "sans", 10, 0)]) for i, text in enumerate(BODY[1:])],
    ]
    release = load_release(make_layout_pdf(tmp_path / "d.pdf", [page]), suggest=False)
    assert release.date == "2035-11-05"
    assert "5 November 2035" in [r.text for r in release.removed]
