"""An answer alone on its line ("Yes", "None", "Not applicable") answers the line above
it, in a form's box or under a directive's clause, and heads nothing (heading_words,
session 42). Made-up text in the shape of a case form and a directive."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.heading_words import answer_alone
from briefing.ingest.readers.pdf_chars import Piece
from briefing.ingest.readers.pdf_lines import PdfLine
from briefing.ingest.readers.pdf_paragraphs import Paragraph
from briefing.ingest.readers.pdf_styles import paragraph_styles

FORM = """Examplia Office of Harbour Safety Incident Summary Form

Was the vessel inspected in the twelve months before the incident?

Yes

The harbour master inspected the vessel twice in the spring and recorded no defects in the hull or the engines.

The crew completed the safety drill on the morning of the incident and the log was signed by the master.
"""

DIRECTIVE = """Directive on Harbour Fees of the Examplia Harbour Board

1. Effective date

This directive takes effect on 1 April 2031 and replaces the directive on harbour fees of 2027.

2. Transitional provisions

2.1 Not applicable

The Board reviews this directive every five years and reports on its effect to the Minister of Harbours.
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [" ".join(release.node_text(n).split()) for n in release.nodes() if n.kind == "heading"]


def test_an_answer_alone_over_paragraphs_is_no_heading() -> None:
    assert "Yes" not in _headings(FORM)


def test_a_numbered_clause_answered_not_applicable_is_no_heading() -> None:
    heads = _headings(DIRECTIVE)
    assert "Not applicable" not in heads
    assert "Effective date" in heads  # (guard: a numbered crosshead stays)


def _par(text: str, y: float, bold: bool) -> Paragraph:
    line = PdfLine([Piece(text, 72.0, 72.0 + 6 * len(text), y, 10.0, bold, False)], 0, int(y), y)
    return Paragraph([line], text)


def test_an_answer_set_in_bold_in_a_pdf_form_is_no_heading() -> None:
    body = "The harbour master inspected the vessel twice and recorded no defects at all"
    paragraphs = [
        _par("Prior inspections", 700.0, True),
        _par(body, 680.0, False),
        _par("None", 660.0, True),
        _par(body, 640.0, False),
    ]
    styles = paragraph_styles(paragraphs, 10.0)
    assert styles[0].startswith("heading")  # (guard: a bold topic is still a heading)
    assert not styles[2].startswith("heading")


def test_what_is_an_answer() -> None:
    assert answer_alone("Not Applicable")
    assert answer_alone("N/A")
    assert answer_alone(" None. ")
    assert not answer_alone("Yesterday's decisions")
    assert not answer_alone("None of the above")
