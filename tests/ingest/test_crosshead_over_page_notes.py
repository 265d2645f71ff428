"""A crosshead printed at a page's foot has the page's notes under it and its section on
the next page: the notes belong to the text above it, and it stays a heading. Made-up
text in the shape of pdftotext's layout mode."""

from __future__ import annotations

from briefing.ingest import release_from_text

PAGES = """\
THE RATES COMMITTEE: DISCUSSION OF 4 APRIL 2031

Interest rates

In March yields on the short bills1 rose to 4.2 percent, up from 4.1 percent in
February, and the long yields were steady at 5.0 percent over the month.

Broad money

1
    Short bills issued by the central bank to manage the money market.


                                                    3
\fIn March broad money grew at an annual rate of 9 percent, reflecting a similar
rise in the cash held by the public and in current accounts.

Credit

Credit to firms grew by 4 percent over the year.
"""


def test_a_crosshead_over_the_page_notes_stays_a_heading():
    release = release_from_text(PAGES)
    nodes = list(release.root.walk())
    headings = [release.node_text(n) for n in nodes if n.kind == "heading"]
    assert "Broad money" in headings
    note = next(n for n in nodes if n.kind == "footnote")
    parent = next(p for p in nodes if note in p.children)
    assert release.node_text(parent).startswith("In March yields on the short bills")
