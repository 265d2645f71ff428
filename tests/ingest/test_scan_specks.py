"""Specks a scan reads back between paragraphs ("i 2 .", ".") are kept as notes, never
as paragraphs of the release. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.scan_specks import is_scan_speck

TEXT = """\
MINISTER FOR EXAMPLES

NEW FUNDING FOR THE REGIONAL CENTRES

The Minister today announced new funding for the regional centres of the northern
provinces, which will open their doors to new arrivals from next month.

i 2 .

The centres have done outstanding work for the towns they serve, the Minister said, and
the funding will let them do more of it.

.

The Minister thanked the staff of the centres for their work over the year.
"""


def test_specks_between_paragraphs_are_notes():
    release = release_from_text(TEXT)
    kinds = {release.text[n.body_start : n.end]: n.kind for n in release.root.walk()}
    assert kinds.get("i 2 .") == "note"
    assert kinds.get(".") == "note"
    assert sum(1 for n in release.root.walk() if n.kind == "paragraph") == 3


def test_short_answers_and_labels_are_no_specks():
    for text in ("No.", "OK", "Yes.", "A.", "1.", "(a)", "PM:", "X", "2"):
        assert not is_scan_speck(text), text


def test_a_smudged_banner_is_no_title():
    # The banner "MEDIA RELEASE" read from a poor scan: letters and marks standing alone.
    text = "ί « ■ < * > JV ED A REL 5ASE\n\n" + TEXT.replace("NEW FUNDING FOR THE REGIONAL CENTRES\n\n", "")
    release = release_from_text(text)
    assert "REL 5ASE" not in (release.title or "")
