"""A PDF title whose first line ends on a word no title ends on ("... BETWEEN") takes
the heading-type line under it as its wrap, even when the cover sets that line smaller
or farther down. Made-up PDFs."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import make_layout_pdf

_PROSE = (
    "The two governments agree to work together on trade, customs and the fair",
    "treatment of each other's firms for ten years, and to meet every spring to",
    "review what the agreement has achieved and what is left to be done by them.",
)


def _cover(first: str, second: str) -> list[tuple[float, float, list]]:
    items = [
        (72, 760, [(first, "bold", 16, 0)]),
        (72, 722, [(second, "bold", 13, 0)]),
    ]
    items += [(72, 680 - 14 * n, [(line, "mono", 10, 0)]) for n, line in enumerate(_PROSE)]
    return items


def _titles(tmp_path: Path, first: str, second: str) -> list[str]:
    ex = read_file(make_layout_pdf(tmp_path / "accord.pdf", [_cover(first, second)]))
    return [line.text for line in ex.lines if line.style == "title"]


def test_a_title_line_ending_on_between_runs_on_into_the_next(tmp_path: Path) -> None:
    titles = _titles(
        tmp_path,
        "AGREEMENT ON TRADE AND COOPERATION BETWEEN",
        "THE REPUBLIC OF EXAMPLIA AND THE KINGDOM OF SAMPLIA",
    )
    assert titles == [
        "AGREEMENT ON TRADE AND COOPERATION BETWEEN "
        "THE REPUBLIC OF EXAMPLIA AND THE KINGDOM OF SAMPLIA"
    ]


def test_a_whole_title_keeps_the_heading_under_it_apart(tmp_path: Path) -> None:
    titles = _titles(tmp_path, "AGREEMENT ON TRADE AND COOPERATION", "PREAMBLE AND PURPOSES")
    assert titles == ["AGREEMENT ON TRADE AND COOPERATION"]
