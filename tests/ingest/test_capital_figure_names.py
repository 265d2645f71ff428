"""A capital standing alone before a figure names a thing, never a word and its note.

Central banks name money "M1", "M2", "M3" and quarters "2018Q3"; fuels, aircraft and
groups are "P92", "F16", "I2U2": a flattened note marker follows a word, so the figure
after a lone capital (at a word's start or after a figure) is not searched as one
(session 42, notes).
"""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.mend import marker_pattern


def test_a_lone_capitals_figure_is_no_marker():
    for text in ("money supply M1 and M2", "the F16 fleet", "petrol P92, and"):
        for number in ("1", "2", "16", "92"):
            assert marker_pattern(number).search(text) is None, (text, number)


def test_a_quarter_glued_to_its_year_is_no_marker():
    assert marker_pattern("1").search("data between 1991Q1 and 2030Q3.") is None
    assert marker_pattern("3").search("data between 1991Q1 and 2030Q3.") is None


def test_a_words_marker_is_still_one():
    # (A guard: the capital closing a word or an acronym still takes its marker.)
    assert marker_pattern("1").search("Minutes1 of the Meeting") is not None
    assert marker_pattern("4").search("as the ECB4 said") is not None


# Word's text: notes printed after the body as "1 text", markers as bare figures.
WORD_TEXT = """\
Minutes of the Policy Meeting

Bank of Examplia

Minutes1 of the Joint Meeting of the Board of Examplia on March 3, 2031

Members Present: Jane Example, Governor; John Sample, Deputy Governor.

A. The target range for money supply growth was set using data between 2011Q1 and 2030Q3.

B. One director said that the growth of M1 and M2 had slowed since the last meeting, as the \
payments made by mobile telephone rose in every month of the year.

The Board decided unanimously to keep the policy rate unchanged at 1.5 percent.

1 This English translation is provided for information only; the Examplian text prevails.
"""


def test_a_word_texts_note_finds_its_marker_past_a_money_aggregate():
    release = release_from_text(WORD_TEXT)
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    notes = [n for n in release.root.walk() if n.kind == "footnote"]
    assert len(notes) == 1
    holder = release.node_text(parent[notes[0].id])
    assert holder.startswith("Minutes of the Joint Meeting"), holder
