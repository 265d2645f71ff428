"""A translation notice hung on the title by a note mark, in text taken from a PDF whose
raised note number was lifted off the notice's line or lost: the notice is the title's
note, never a paragraph of the body. All text here is made up in the shape of real
releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.title_translation_notes import find_title_notice

# A "1/" mark on the title; at the first page's foot the notice, its "1" lifted onto the
# line under it and only its slash left where it stood.
SLASH = """\
BOARD MEETING ON RATES1/
APRIL 2031

Board meeting No. 12, held on 3 April 2031, with all five members of the Board present.

The Board reviewed the latest data on prices, wages and output in the first quarter.

/ This is a translation of a document originally written in Portuguese. Where the two
differ, the Portuguese original prevails.
1

The Board decided by a majority to keep the policy rate at 4 percent for now.
"""

# A glued "1" on a word of the title; the notice's number lost altogether.
GLUED = """\
Board Minutes1 on Rates
at the Joint Meeting of the Directors, Held on May 4, 2031
Date: May 4, 2031

The Board reviewed the latest data on prices, wages and output in the quarter.

The Board decided by a majority to keep the policy rate at 4 percent for now.

This English translation is provided for information only; the original version shall
prevail in case of discrepancies.
"""


def _notes(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return [
        (release.node_text(n), release.node_text(parent[n.id]))
        for n in release.root.walk()
        if n.kind == "footnote"
    ]


def _unchanged(text: str) -> bool:
    lines = text.split("\n")
    return find_title_notice(lines, text, []) == (lines, None)


def test_slash_left_of_a_lifted_number_is_the_title_note():
    dropped: list[tuple[str, str]] = []
    lines, notice = find_title_notice(SLASH.split("\n"), SLASH, dropped)
    assert notice is not None and notice.label == "1/"
    assert notice.text.startswith("This is a translation of a document")
    assert notice.text.endswith("the Portuguese original prevails.")
    assert "1" not in [line.strip() for line in lines]  # (the lifted number is blanked)
    assert dropped == [("note mark", "1")]
    notes = _notes(release_from_text(SLASH))
    assert len(notes) == 1
    assert notes[0][0].startswith("This is a translation")
    assert notes[0][1].startswith("BOARD MEETING ON RATES")


def test_notice_whose_number_was_lost_hangs_on_the_title():
    notes = _notes(release_from_text(GLUED))
    assert len(notes) == 1
    assert notes[0][0].startswith("This English translation")
    assert notes[0][1].startswith("Board Minutes")


def test_no_mark_on_the_title_leaves_the_notice():
    text = GLUED.replace("Minutes1", "Minutes")
    assert _unchanged(text)
    assert not _notes(release_from_text(text))


def test_a_notice_among_the_head_lines_is_left_to_the_head():
    # (Above any text of the page, among the title's short lines: the head's own.)
    text = "REPORT ON RATES1/\nAPRIL 2031\n\n/ This is a translation of a document.\n1\n"
    assert _unchanged(text)


def test_a_line_of_prose_is_no_title_line():
    # (A figure glued on a word of a long sentence is no mark on the title.)
    text = (
        "The Board of Examplia met on Tuesday and reviewed the budget for the coming "
        "years of its Programme Tranche3 in the northern region of the country.\n\n"
        "This English translation is provided for information only.\n"
    )
    assert _unchanged(text)


def test_a_notice_already_numbered_is_left_to_the_linker():
    assert _unchanged(GLUED.replace("This English translation", "1 This English translation"))


def test_a_wrapped_sentence_is_no_notice():
    # (A closing clause wrapped so that "the ... original prevails" opens a line.)
    text = GLUED.replace(
        "This English translation is provided for information only; the original version shall\n"
        "prevail in case of discrepancies.",
        "Both versions were laid before the Board at the meeting and where they differ,\n"
        "the Examplian original prevails over any other version of the minutes.",
    )
    assert _unchanged(text)


def test_a_line_opening_on_the_mark_keeps_the_notice_a_paragraph():
    # (The title's mark already has its note at the page's foot: a later translation
    # notice is no note of it, and never takes the mark as a made-up number.)
    text = GLUED.replace(
        "\n\nThe Board decided",
        "\n\n1 The minutes were approved by the Board at its meeting of 18 May 2031.\n\n"
        "The Board decided",
    )
    assert _unchanged(text)
    release = release_from_text(text)
    assert not any(
        release.node_text(n).startswith("1 This English") for n in release.root.walk()
    )
