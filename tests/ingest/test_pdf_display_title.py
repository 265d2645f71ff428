"""A cover's short title in display type ("Harbour Plan", two words set half as large
again as the text) is the title, over its subtitle; the kind of paper set as large
("Press Release") still is not. Made-up PDFs written with the fixture builder of
test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from tests.ingest.test_readers_pdf import body, make_layout_pdf

PROSE = [
    "The harbour board met on Monday and agreed the works that will",
    "be carried out on the quays over the coming two years, with the",
    "dredging of the outer basin to begin in the spring of next year.",
]


def _cover(first: str) -> list:
    page = [
        (72, 740, [(first, "plain", 30, 0)]),
        (72, 706, [("Works on the quays and the outer basin", "plain", 18, 0)]),
    ]
    return page + [(72, 660 - 12 * n, body(line)) for n, line in enumerate(PROSE)]


def test_a_two_word_title_in_display_type_is_the_title(tmp_path: Path) -> None:
    release = load_release(make_layout_pdf(tmp_path / "c.pdf", [_cover("Harbour Plan")]))
    assert release.title == "Harbour Plan"


def test_the_kind_of_paper_in_display_type_is_not_the_title(tmp_path: Path) -> None:
    release = load_release(make_layout_pdf(tmp_path / "p.pdf", [_cover("Press Release")]))
    assert release.title == "Works on the quays and the outer basin"
