"""A Word file sets each line of a long title as a paragraph: a title line stopping on
"and" runs on into the short line under it. Made-up files."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.pipeline import load_release


def _docx(tmp_path: Path, lines: list[str]) -> Path:
    import docx

    doc = docx.Document()
    for line in lines:
        doc.add_paragraph(line)
    path = tmp_path / "courses.docx"
    doc.save(str(path))
    return path


_LEAD = (
    "The harbour office offers courses for port staff of partner cities every year. "
    "Interested offices may apply through their embassy before the end of March."
)


def test_a_title_line_ending_on_and_takes_the_line_under_it(tmp_path: Path) -> None:
    path = _docx(
        tmp_path, ["Harbour Cooperation Programme and", "Ferry Safety Courses (2030 – 2031)", _LEAD]
    )
    assert (
        load_release(path).title
        == "Harbour Cooperation Programme and Ferry Safety Courses (2030 – 2031)"
    )


def test_a_sentence_under_a_dangling_line_stays_the_lead(tmp_path: Path) -> None:
    path = _docx(tmp_path, ["Harbour Cooperation Programme and", _LEAD])
    assert _LEAD not in load_release(path).title
