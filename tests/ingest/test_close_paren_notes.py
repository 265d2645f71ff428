"""Notes numbered "1)", "2)" answer markers flattened onto the word they explain
("Minutes1)", "(Summary)2)"); a list numbered so, never cited that way, stays a list.
Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text

MINUTES = """\
Council of Examplia
Board Meeting Minutes1)

I. Outline

The Board met on 4 May 2031 to discuss the outlook.

II. Discussion of the Economy (Summary)2)

Members noted that exports had kept rising over the quarter.

1) This English summary was produced by staff and is not an official document.

Members expected prices to rise at a moderate pace.

2) The staff's reports on the economy are posted on the Board's web site.
"""

LIST = """\
Notice on the new permits

The office will accept applications from 1 June 2031. Applicants must send:

1) the completed form, signed by the applicant;

2) a copy of the applicant's identity card;

3) proof of the fee paid to the office.
"""


def _notes(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        n.label: release.node_text(parent[n.id])
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_close_paren_notes_hang_on_the_words_their_markers_follow():
    release = release_from_text(MINUTES)
    notes = _notes(release)
    assert notes["1)"].startswith("Board Meeting Minutes")
    assert notes["2)"].startswith("II. Discussion") or notes["2)"].startswith("Discussion")
    assert "Minutes1)" not in release.text


def test_a_list_numbered_so_stays_a_list():
    release = release_from_text(LIST)
    assert not _notes(release)
    assert [n.label for n in release.root.walk() if n.kind == "paragraph" and n.label] == [
        "1)",
        "2)",
        "3)",
    ]


SPACED = """\
Board Meeting Minutes1)

I. Outline

The Board met on 4 May 2031 to discuss the outlook.

II. Discussion of the Economy                                   2)

Members noted that exports had kept rising over the quarter.

1) This English summary was produced by staff and is not an official document.

2) The staff's reports on the economy are posted on the Board's web site.
"""


def test_a_marker_set_off_at_a_headings_end_is_read_too():
    notes = _notes(release_from_text(SPACED))
    assert "Discussion of the Economy" in notes["2)"]


BRACKETED = """\
Notice on the new permits (phase 1)

The office will accept applications from 1 June 2031. Applicants must send:

1) the completed form, signed by the applicant;

2) a copy of the applicant's identity card;
"""

FORMULA = """\
Guidance on the fee

The fee is computed as g(y)1) where y is the area. The steps are:

1) measure the area of the plot in square metres;

2) multiply it by the rate set in the schedule;
"""


def test_a_number_closing_its_own_bracket_is_no_marker():
    release = release_from_text(BRACKETED)
    assert not _notes(release)
    assert "(phase 1)" in release.text


def test_a_list_whose_next_item_answers_no_marker_stays_a_list():
    release = release_from_text(FORMULA)
    assert not _notes(release)
    assert [n.label for n in release.root.walk() if n.kind == "paragraph" and n.label] == [
        "1)",
        "2)",
    ]


def test_many_lists_unanswered_by_markers_are_read_in_linear_time():
    import time

    from briefing.ingest.close_paren_notes import label_close_paren_notes
    from briefing.ingest.segment import Block

    blocks = []
    for k in range(3000):
        blocks.append(Block(f"The gauge was read at station {k}."))
        blocks.append(Block("Levels rose in the wet seasonx2) and fell."))
        blocks.append(Block("1) an item of a list no marker answers"))
    started = time.perf_counter()
    label_close_paren_notes(blocks, [])
    # (Asking every holder again for each list's "1)" took minutes here.)
    assert time.perf_counter() - started < 5.0
    assert all(block.note_of is None for block in blocks)


INSIDE_BRACKETS = """\
Quarterly survey of harbour trade

Exports rose by a tenth over the quarter (figures of the Harbour Office1)), the board said.

The board expects trade to keep growing through the summer season.

1) The Office revises its figures each month.
"""


def test_a_marker_inside_a_bracket_the_line_closes_after_it_is_read():
    notes = _notes(release_from_text(INSIDE_BRACKETS))
    assert notes["1)"].startswith("Exports rose")
