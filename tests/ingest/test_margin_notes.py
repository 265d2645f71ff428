"""Raised note numbers alone at the margin in layout text that lost its form feeds
(``margin_notes``, session 42): joined to the set-in note under them when the text above
prints the number as a marker, the notes numbered 1, 2, 3 ... in order."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.margin_notes import join_margin_notes
from briefing.ingest.mend import marker_pattern

# A PDF viewer's copy of a layout page: no form feed, a letterhead rule across the page.
COPIED = """\
                          Bank of Examplia
           ____________________________________________________________

                 Minutes of the Policy Committee Meeting

21.    Reserves stood at US$ 363.1 billion on March 3, 2031, and the
rupee held steady against the major currencies over the period.

22.    The Committee believes that transmission will improve if the
formula for the rates on small savings schemes is fully implemented. 1

23.    Six members voted in favour of the decision. The minutes of the
meeting will be published by March 17, 2031.

1
  Since the introduction of the formula in April 2030, rates on small savings are about
65 basis points higher than the formula would set them.
"""


def _note_holders(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        release.node_text(n)[:20]: release.node_text(parent[n.id])[:30]
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_a_raised_number_at_the_margin_opens_its_set_in_note():
    holders = _note_holders(release_from_text(COPIED))
    assert holders == {"Since the introducti": "The Committee believes that tr"}


def test_a_page_number_at_the_margin_with_no_marker_above_stays():
    lines = [
        "The Committee met on March 3, 2031 and reviewed the outlook.",
        "",
        "1",
        "  The Committee then turned to the external sector and its outlook.",
    ]
    assert join_margin_notes(lines) == lines


def test_a_number_over_a_line_not_set_in_stays():
    lines = [
        "The formula is fully implemented.1",
        "",
        "1",
        "The Committee then turned to the external sector and its outlook.",
    ]
    assert join_margin_notes(lines) == lines


def test_notes_out_of_their_order_stay():
    lines = [
        "The formula is fully implemented.2",
        "",
        "2",
        "  Since the introduction of the formula in April 2030, rates rose.",
    ]
    assert join_margin_notes(lines) == lines


def test_a_figure_of_three_digits_and_a_point_is_a_decimal():
    assert marker_pattern("1").search("reserves of US$ 363.1 billion") is None
    assert marker_pattern("1").search("adopted in 2030.1 The") is not None  # (a year's)


def test_a_tables_three_figure_decimal_before_a_figure_is_left_as_it_was():
    # (A guard: only an amount, a word in lower case after it, is kept from the markers.)
    assert marker_pattern("2").search("equipment   3 662.2      3 112.4") is not None


def test_a_number_under_a_paragraph_running_on_stays():
    # (Guard: a paragraph going on over the lone number, no blank line or sentence's end
    # above it, is no note's place; nor is a note of fewer than three words.)
    lines = [
        "The formula is fully implemented.1 The Committee reviewed the",
        "1",
        "  Examplian outlook and the external sector over the period.",
    ]
    assert join_margin_notes(lines) == lines
    short = ["The formula is fully implemented.1", "", "1", "  See above."]
    assert join_margin_notes(short) == short
