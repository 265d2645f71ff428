"""A release's head with its date alone in figures ("8.5.06") set flush right, in body
type, over its bold title: the date is the release's, the title is the title. The date
line, not bold, made the title's paragraph read as the body's start, and "8.5.06" read
as a section number joined to the title ("8.5.06 Report to the public ..."), so the
bold letterhead was taken for the title and the release had no date. Made-up PDF and
text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.pipeline import release_from_text
from briefing.ingest.segment import is_lone_label
from tests.ingest.test_readers_pdf import body, make_layout_pdf

TITLE = "Summary of the deliberations of the Board of Ruritania before it set the"


def test_a_dated_head_in_body_type_keeps_its_title_and_date(tmp_path: Path) -> None:
    page = [
        (72, 780, [("Bank of Ruritania", "bold", 10, 0)]),
        (470, 740, body("3.4.09")),
        (72, 712, [(TITLE, "bold", 10, 0)]),
        (200, 700, [("rate for April 2009", "bold", 10, 0)]),
        (72, 660, body("The Board met on 30 March 2009 and reviewed the state of the")),
        (72, 648, body("economy, the labour market, and the outlook for inflation.")),
        (72, 624, body("Inflation fell in February to 2.1 percent over twelve months.")),
    ]
    release = load_release(make_layout_pdf(tmp_path / "t.pdf", [page]), suggest=False)
    assert release.title == f"{TITLE} rate for April 2009"
    assert release.date == "2009-04-03"


def test_a_padded_date_alone_is_no_section_number() -> None:
    assert not is_lone_label("8.5.06")
    assert not is_lone_label("08.05.2006")
    assert is_lone_label("8.5.6") and is_lone_label("140.11")
    release = release_from_text(
        "Ministry of Tourism\n\n8.5.06\n\nTourist arrivals rose again in April.\n"
    )
    assert "8.5.06 Tourist" not in release.text
    assert release.date == "2006-05-08"
