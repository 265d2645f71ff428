"""A PDF's pages made a web page or pasted as text keep their "Page N" lines, counting up,
but no form feed: the running head and page number printed beside each mark are still the
page's furniture (made-up sitting record)."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release, release_from_text
from briefing.ingest.extracted import Line
from briefing.ingest.textfurniture import paged_by_marks, spelt_page_breaks

SPEECH = (
    "Mr Speaker, the Committee noted the report on the state of the fund and the measures "
    "taken to bring the accounts up to date over the coming year."
)


def _record(pages: int) -> list[str]:
    lines = ["Oral questions on the pension fund", SPEECH, SPEECH]
    for page in range(2, pages + 1):
        head = ["3rd March, 2031", "Questions", str(100 + page)]
        lines += [f"Page {page}", *(head if page % 2 else head[::-1]), SPEECH, SPEECH, SPEECH]
    return lines


def test_heads_beside_page_marks_are_furniture_in_text():
    release = release_from_text("\n\n".join(_record(3)))
    removed = [r.text for r in release.removed]
    assert removed.count("Questions") == 2 and "102" in removed and "103" in removed
    assert "Questions" not in release.text and "3rd March, 2031" not in release.text
    assert release.text.count("the Committee noted") == 8  # (no speech lost)


def test_heads_beside_page_marks_are_furniture_in_a_web_page(tmp_path: Path):
    body = "".join(f"<p>{line}</p>\n" for line in _record(3))
    page = tmp_path / "record.html"
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    release = load_release(page, suggest=False)
    removed = [r.text for r in release.removed]
    assert "Page 2" in removed and "Questions" in removed and "102" in removed
    assert "Questions" not in release.text


def test_a_pager_or_numbers_not_counting_are_no_page_marks():
    pager = [Line(t) for t in ["Results", "Page 1", "Page 2", "Page 3", SPEECH]]
    assert not paged_by_marks(pager, "\n".join(line.text for line in pager))
    assert spelt_page_breaks([(4, 2), (20, 5)]) == []
    assert spelt_page_breaks([(4, 2), (20, 3)]) == [5, 21]
