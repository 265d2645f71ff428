"""A note's number set after a document symbol and its comma ("pursuant to resolution
72/55, 1 of the Group ...") is the note's marker (made-up draft as ``pdftotext`` prints
it); a symbol's list is never continued by a bare count."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.mend import spaced_marker_pattern

DRAFT = """\
The General Assembly,
Recalling its resolutions 60/74 of 8 December 2025 and 61/72 of 6 December 2026,
Recalling also the reports of the Group of Experts on Lighthouses established
pursuant to resolution 72/55, 1 of the Group of Governmental Experts established
pursuant to resolution 61/72, 2 and of the Group of Experts established pursuant to
resolution 52/38 J, 3
__________________
1
See A/86/324.
2
See A/83/182.
3
See A/84/155.
1. Calls upon all States to protect lighthouses and their keepers in all regions;
2. Decides to include the item in the provisional agenda of its ninety-first session.
"""


def test_markers_after_symbols_tie_their_notes():
    release = release_from_text(DRAFT)
    parents = {}
    for node in release.nodes():
        for child in node.children:
            if child.kind == "footnote":
                parents[child.label] = release.node_text(node)[:30]
    assert parents.get("1", "").startswith("Recalling also the reports")
    assert parents.get("2", "").startswith("Recalling also the reports")
    assert parents.get("3", "").startswith("Recalling also the reports")


def test_a_bare_count_after_a_symbol_is_no_marker_before_other_words():
    pattern = spaced_marker_pattern("4")
    assert pattern.search("resolution 72/55, 4 of the Group") is not None
    assert pattern.search("resolutions 72/55, 4 members") is None


def test_a_marker_before_and_to_ties_its_note():
    # "... thereof, 14 and to strengthen ...": no count stands before "and to".
    pattern = spaced_marker_pattern("14")
    assert pattern.search("paragraphs 29, 34 and 37, thereof, 14 and to strengthen") is not None
    assert spaced_marker_pattern("3").search("paragraphs 1, 3 and to") is None
    assert spaced_marker_pattern("15").search("national institutions, 15 and\nto consider")
