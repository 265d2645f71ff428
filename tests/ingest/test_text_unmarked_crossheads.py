"""Lettered crossheads in minutes taken from a PDF as plain text (issue 11 item 5):
"1. BACKGROUND" over "a. Recent Developments in Inflation" over unlettered paragraphs,
with no blank line anywhere (pdftotext -raw). A lettered list's entries follow each
other; a section's paragraphs follow its heading. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_MINUTES = (
    "Minutes of the Board Meeting of the Bank of Examplia\n"
    "15 August 2008\n"
    "The Board met to discuss inflation, growth and their outlook, and the decisions of\n"
    "monetary policy were reached. The following is a summary of the issues addressed.\n"
    "1. BACKGROUND\n"
    "a. Recent Developments in Inflation\n"
    "Annual consumer inflation was 7.5% in June, having risen for the third month in a\n"
    "row. Accumulated inflation in the first five months of the year came to 6.5%.\n"
    "Producer inflation measured by the total index rose once again in July, to 9.6%.\n"
    "b. Internal Growth\n"
    "The figures available do not suggest changes in the forecast of growth made by the\n"
    "Bank's staff for this year, which lies between 3.3% and 5.3% in their estimates.\n"
    "2. MONETARY POLICY DECISION\n"
    "The Board decided unanimously to keep the policy rate at 10% for the next month.\n"
)


def _headings(nodes: list) -> list[str]:
    out = []
    for node in nodes:
        if node.kind == "heading":
            out.append(node.label or "")
        out.extend(_headings(node.children))
    return out


def test_lettered_crossheads_over_paragraphs_are_headings() -> None:
    release = release_from_text(_MINUTES)
    labels = _headings(release.root.children)
    assert "a." in labels and "b." in labels, labels
    assert "1." in labels
    assert not lost_words(_MINUTES, release)


def test_lettered_list_entries_stay_entries() -> None:
    text = (
        "Statement of the Board of Examplia\n\n"
        "The Board agreed on the following measures for the coming year:\n"
        "a. Higher Reserve Requirements\n"
        "b. Lower Discount Rates\n"
        "c. New Lending Facilities\n"
        "The measures take effect on 1 September and will be reviewed after six months.\n"
    )
    release = release_from_text(text)
    assert "a." not in _headings(release.root.children)
