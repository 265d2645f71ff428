"""Markdown that is a PDF's printed lines (page marks, no blank line between lines, no
Markdown markup) is read as plain text: its paragraphs end where a short line ends a
sentence, not only at a blank line, so a page is not read as one paragraph. Made-up
documents in the shape of a converter's output."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers.markdown_lines import pdf_lines_markdown
from tests.ingest.helpers import lost_words

PAGE_ONE = """<!-- page 1 -->
MINISTRY OF EXAMPLES
NOTIFICATION
Example City, the 3rd May, 2031
S.O. 101 (E).—In exercise of the powers conferred by section 4 of the Examplia
Teachers Act, the Government hereby makes the following amendments in the
notification of 4th March, 2030, namely:—
In the said notification, against serial number 1 and the entries relating
thereto, the following shall be substituted, namely:—
1. Professor Jane Example, Vice Chancellor, University of Examplia
2. Dr. John Sample, Director, Institute of Sample Studies, Sampletown
The members named above shall hold office for a term of three years from
the date of this notification, or until further orders, whichever is earlier.
"""

PAGE_TWO = """<!-- page 2 -->
The council shall meet at least twice in each year at such place as the
chairperson may fix, and the quorum shall be one third of its members.
Members shall be paid the travelling allowances admissible to officers of
the highest grade of the Government.
This notification shall come into force on the date of its publication in
the Official Gazette.
[F. No. 1-2/2031-EE]
JANE DOE, Jt. Secy.
"""

TEXT = f"""---
source_url: https://example.org/notification.pdf
---

{PAGE_ONE}
{PAGE_TWO}"""


def _paragraphs(path: Path) -> list[str]:
    release = load_release(path)
    return [" ".join(release.node_text(n).split()) for n in release.nodes()]


def test_pdf_lines_saved_as_markdown_are_read_as_text(tmp_path: Path):
    assert pdf_lines_markdown(TEXT)
    path = tmp_path / "notification.md"
    path.write_text(TEXT, encoding="utf-8")
    texts = _paragraphs(path)
    # Each printed paragraph is a unit of its own: the page is not one paragraph.
    opening = next(t for t in texts if "In exercise of the powers" in t)
    assert "against serial number 1" not in opening, texts
    assert any(t.startswith("Professor Jane Example") or "1. Professor" in t for t in texts)
    members = next(t for t in texts if "The members named above" in t)
    assert "The council shall meet" not in members, texts
    assert not any("Government. This notification" in t for t in texts), texts
    # A sentence wrapped over lines still reads as one paragraph.
    assert any("hold office for a term of three years from the date" in t for t in texts)
    assert not lost_words(TEXT, load_release(path))


def test_markdown_with_page_marks_and_markup_stays_markdown():
    text = "<!-- page 1 -->\n# Statement\n\n" + "\n\n".join(
        f"Paragraph {n} of the statement, written as Markdown with a blank line after it."
        for n in range(30)
    )
    assert not pdf_lines_markdown(text)


def test_markdown_without_page_marks_is_not_taken_for_pdf_lines():
    lines = "\n".join(f"Line {n} of a hard-wrapped Markdown paragraph," for n in range(40))
    assert not pdf_lines_markdown(lines)


def test_few_lines_are_no_evidence():
    assert not pdf_lines_markdown("<!-- page 1 -->\nOne line\nTwo lines\n")


def test_a_converter_title_over_the_first_page_is_not_markup_of_the_pdf():
    # The converter's own "# title" and reference line sit above the first page mark.
    text = "# Circular 7 of 2031\n\nReference: EX/2031/7\n\n" + PAGE_ONE + PAGE_TWO
    assert pdf_lines_markdown(text)
