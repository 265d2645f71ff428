"""pdftotext without layout reads a bulleted list's column of marks apart from the
column of its texts: the marks, one a line, then the texts. Each mark takes its item,
items parted where a line ends a sentence and the next opens a new one (made-up text)."""

from __future__ import annotations

from briefing.ingest import release_from_text

COLUMN = """\
Questions for harbour project proposals

The board weighs each proposal against the questions below.

Safety and operations
•
•
•

Crew safety. How does the project reduce the risks the crews run on the quays
at night?
Ferry delays. How does the project shorten the time the ferries wait at the
outer beacon?
Storm damage. How does the project protect the breakwater in winter storms?

The board answers each proposal within a month.
"""


def test_a_column_of_bullets_takes_the_items_printed_after_it():
    release = release_from_text(COLUMN)
    items = [
        release.text[node.body_start : node.end]
        for node in release.root.walk()
        if node.label == "•"
    ]
    assert [item.split(".")[0] for item in items] == ["Crew safety", "Ferry delays", "Storm damage"]
