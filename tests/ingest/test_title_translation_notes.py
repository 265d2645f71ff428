"""A translation notice hung on the title by a note mark, in text taken from a PDF whose
raised note number was lifted off the notice's line or lost: the notice is the title's
note, never a paragraph of the body. All text here is made up in the shape of real
releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.title_translation_notes import restore_title_notice_marks

# A "1/" mark on the title; the notice's "1" printed alone under it, its slash left behind.
SLASH = """\
Board Meeting on Rates1/
APRIL 2031
BANK OF EXAMPLIA

/ This is a translation of a document originally written in Portuguese. Where the two
differ, the Portuguese original prevails.
1

BOARD MEETING ON RATES

The Board reviewed the latest data on prices, wages and output in the quarter.

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


def test_slash_left_of_a_lifted_number_is_the_title_note():
    dropped: list[tuple[str, str]] = []
    lines = restore_title_notice_marks(SLASH.split("\n"), SLASH, dropped)
    assert lines[4].startswith("1/ This is a translation of a document")
    assert "1" not in [line.strip() for line in lines]  # (the lifted number is dropped)
    assert dropped == [("note mark", "1")]
    notes = _notes(release_from_text(SLASH))
    assert len(notes) == 1
    assert "This is a translation" in notes[0][0]
    assert notes[0][1].startswith("Board Meeting on Rates")


def test_notice_whose_number_was_lost_hangs_on_the_title():
    notes = _notes(release_from_text(GLUED))
    assert len(notes) == 1
    assert notes[0][0].startswith("This English translation")
    assert notes[0][1].startswith("Board Minutes")


def test_no_mark_on_the_title_leaves_the_notice():
    text = GLUED.replace("Minutes1", "Minutes")
    assert restore_title_notice_marks(text.split("\n"), text, []) == text.split("\n")
    assert not _notes(release_from_text(text))


def test_a_line_of_prose_is_no_title_line():
    # (A figure glued on a word of a long sentence is no mark on the title.)
    text = (
        "The Board of Examplia met on Tuesday and reviewed the budget for the coming "
        "years of its Programme Tranche3 in the northern region of the country.\n\n"
        "This English translation is provided for information only.\n"
    )
    assert restore_title_notice_marks(text.split("\n"), text, []) == text.split("\n")


def test_a_notice_already_numbered_is_left_to_the_linker():
    text = GLUED.replace("This English translation", "1 This English translation")
    assert restore_title_notice_marks(text.split("\n"), text, []) == text.split("\n")


def test_a_wrapped_sentence_is_no_notice():
    # (A closing clause wrapped so that "the ... original prevails" opens a line.)
    text = GLUED.replace(
        "This English translation is provided for information only; the original version shall\n"
        "prevail in case of discrepancies.",
        "Both versions were laid before the Board at the meeting and where they differ,\n"
        "the Examplian original prevails over any other version of the minutes.",
    )
    assert restore_title_notice_marks(text.split("\n"), text, []) == text.split("\n")
