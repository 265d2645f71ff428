"""Text scraped from a web page with inline elements on lines of their own: joined back
into their paragraph when the text has a paragraph per line (made-up release)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_fragments import join_inline_breaks

LONG = "The outlook for the economy remains uncertain and the Board will watch the data closely. " * 2
SCRAPED = f"""\
On 4 May 2025, the Board of the Central Bank of Ruritania decided to keep
the key rate
at 6.00% per annum. {LONG}
Inflation is expected to fall to
3.5–4.0%
in 2025 and return to target in 2026. {LONG}
Monetary conditions
have seen no change since the previous meeting. {LONG}
The Board will hold its next meeting on
7 June 2025
. The press release is published at 13.30.
{LONG}
{LONG}
"""


def test_inline_lines_join_their_paragraph():
    lines = join_inline_breaks(SCRAPED.splitlines())
    assert lines[0].startswith("On 4 May 2025") and "the key rate at 6.00% per annum." in lines[0]
    assert any(line.startswith("Inflation is expected to fall to 3.5–4.0% in 2025") for line in lines)
    assert any(line.startswith("Monetary conditions have seen no change") for line in lines)
    assert any(line.endswith("7 June 2025. The press release is published at 13.30.") for line in lines)
    release = release_from_text(SCRAPED)
    assert not [n for n in release.root.walk() if n.kind == "heading"]


def test_hard_wrapped_text_and_front_matter_are_left_alone():
    wrapped = ["The Board decided to keep", "the key rate at 6 per cent.", "Inflation fell."] * 3
    assert join_inline_breaks(wrapped) == wrapped  # short lines: the wrap rules' job
    front = ["---", "title: A release", "date: 2025-05-04", "---", *SCRAPED.splitlines()]
    assert join_inline_breaks(front)[:4] == front[:4]
