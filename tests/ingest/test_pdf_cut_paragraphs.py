"""A PDF's paragraph cut by a page break, a side note or a column's end, read back as two
paragraphs ("... shall" / "apply to every ..."), is one: no paragraph opens in lower case
after prose stopped on a bare word, in a PDF as in HTML or Word (mend.join_cut_paragraphs).
Made-up text."""

from __future__ import annotations

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.segment import segment


def _texts(lines: list[str], fmt: str = "pdf") -> list[str]:
    blocks = segment(Extracted([Line(t) for t in lines], fmt, blocks_are_paragraphs=True))
    return [b.text for b in blocks]


def test_pdf_paragraph_cut_mid_sentence_is_joined() -> None:
    texts = _texts(
        [
            "The allowance paid under the earlier scheme for the period of the review shall",
            "apply to every worker employed by a registered firm on the date of this notice.",
            "The Board will review the rate each year.",
        ]
    )
    assert texts[0].startswith("The allowance") and texts[0].endswith("this notice.")
    assert len(texts) == 2


def test_pdf_paragraph_ending_a_sentence_stays_apart() -> None:
    texts = _texts(
        [
            "The allowance paid under the earlier scheme for the period of the review ends.",
            "apply online at the office named in the annex to this notice.",
        ]
    )
    assert len(texts) == 2
