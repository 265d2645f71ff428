"""Page numbers in text that sets no line apart (pdftotext -raw, a copy from a PDF viewer
without form feeds): "2", "3", "4" alone on their lines with no blank line around them,
a page of text apart, are the pages' numbers; the running head printed beside them on
two pages or more goes with them. Paragraph numbers alone on their lines, a paragraph
apart, stay. Made-up documents in the shape of real ones."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.lone_page_numbers import take_page_number_runs

PROSE = [
    "The committee reviewed the outlook for prices and output in the region this quarter,",
    "noting that demand from abroad had eased while spending at home held up well enough.",
    "Members agreed that the labour market remained tight in most sectors of the economy.",
    "Several members pointed to the rise in rents and the cost of credit for households.",
    "Others noted that the harvest had been good and food prices were expected to ease.",
    "The staff projections assumed that the exchange rate would stay near its level.",
    "It was observed that public investment had slowed in the first months of the year.",
    "The committee discussed the risks to the projection from trade and commodity prices.",
    "Some members argued for patience until the effects of earlier decisions were clear.",
    "The meeting closed with a review of the statement to be published the next day.",
]


def _raw_pages(pages: int, head: str | None = None) -> str:
    out: list[str] = []
    for page in range(1, pages + 1):
        if head and page > 1:
            out.append(head)
        out.extend(PROSE[page:] + PROSE[:page])  # each page its own text
        out.append(str(page))
    return "\n".join(out) + "\n"


def test_a_run_of_page_numbers_without_blank_lines_is_removed():
    ex = Extracted(lines=[Line(t) for t in _raw_pages(4).split("\n")], format="txt")
    take_page_number_runs(ex)
    assert ex.removed == ["1", "2", "3", "4"]
    assert all(line.text.strip() not in ("1", "2", "3", "4") for line in ex.lines)


def test_the_running_head_beside_the_numbers_goes_with_them():
    text = _raw_pages(4, head="MONETARY COMMITTEE OF EXAMPLIA — MINUTES")
    release = release_from_text(text)
    kept = release.text
    assert "MONETARY COMMITTEE OF EXAMPLIA" not in kept
    assert "The meeting closed with a review" in kept
    assert any("MONETARY COMMITTEE" in r.text for r in release.removed)


def test_paragraph_numbers_a_paragraph_apart_stay():
    lines: list[str] = []
    for n, size in enumerate((2, 9, 3, 14, 2), start=1):  # paragraphs of uneven length
        lines.append(str(n))
        lines.extend(PROSE[:size])
    ex = Extracted(lines=[Line(t) for t in lines], format="txt")
    take_page_number_runs(ex)
    assert ex.removed == []


def test_two_numbers_are_no_run():
    ex = Extracted(lines=[Line(t) for t in _raw_pages(2).split("\n")], format="txt")
    take_page_number_runs(ex)
    assert ex.removed == []


def test_a_speaker_label_beside_the_numbers_stays():
    out: list[str] = []
    for page in range(1, 5):
        out.extend(PROSE[page:] + PROSE[:page])
        out.append(str(page))
        out.append("JOURNALIST:")
    ex = Extracted(lines=[Line(t) for t in out], format="txt")
    take_page_number_runs(ex)
    assert ex.removed == ["1", "2", "3", "4"]
