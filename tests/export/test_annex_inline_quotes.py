"""A quotation inside a paragraph must not cut the paragraph short in the annex."""

from __future__ import annotations

from briefing.export.note import annex_blocks
from briefing.ingest import release_from_text

TEXT = (
    "Ministers Meet on Fisheries\n\n"
    "1. Minister Lee said, “We will share our data with every partner at sea.” "
    "He added that a common checklist would follow next year.\n\n"
    "- The checklist covers port inspections.\n"
)


def test_inline_quote_keeps_the_rest_of_its_paragraph():
    release = release_from_text(TEXT)
    assert any(n.kind == "quote" for n in release.nodes())  # the quote was detected
    blocks = annex_blocks(release)
    paragraph = next(b for b in blocks if b.label == "1.")
    assert paragraph.text.endswith("a common checklist would follow next year.")
    assert "We will share our data" in paragraph.text
    assert not any(b.kind == "quote" for b in blocks)  # not printed twice
    assert [b.label for b in blocks if b.kind == "item"] == ["-"]
