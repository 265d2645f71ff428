"""The meeting line closing an adopted act and its date under it, both flush right
("58th plenary meeting" / "3 May 2035"), are one unit, as the labelled corpus counts it
(two stray lines before), and still date the act when its head names no adoption date.
Made-up PDF, written with the fixture builder of test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.closing_meeting import meeting_dated
from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import make_layout_pdf


def sans(text: str, size: float = 10) -> list:
    return [(text, "sans", size, 0)]


def _resolution(tmp_path: Path) -> Path:
    page = [
        (123, 760, sans("United Nations", 14)),
        (397, 730, sans("Distr.: General")),
        (397, 718, sans("9 May 2035")),
        (123, 680, sans("Resolution adopted by the General Assembly")),
        (123, 650, [("90/12. Care of examples in drafting", "bold", 12, 0)]),
        (123, 620, sans("The General Assembly,")),
        (147, 596, sans("1. Requests the Secretary-General to keep examples made up;")),
        (147, 572, sans("2. Decides to consider the question at its next session.")),
        (400, 540, sans("58th plenary meeting")),
        (420, 528, sans("3 May 2035")),
    ]
    return make_layout_pdf(tmp_path / "res.pdf", [page])


def test_meeting_line_and_its_date_are_one_line_and_date_the_act(tmp_path: Path) -> None:
    path = _resolution(tmp_path)
    texts = [line.text for line in read_file(path).lines]
    assert texts[-1] == "58th plenary meeting 3 May 2035"
    assert load_release(path).date == "2035-05-03"


def test_only_a_meeting_line_over_a_date_alone() -> None:
    assert meeting_dated("55th (resumed) plenary meeting", "24 December 2024")
    assert not meeting_dated("The plenary meeting", "24 December 2024")
    assert not meeting_dated("58th plenary meeting", "was held on 3 May 2035")
