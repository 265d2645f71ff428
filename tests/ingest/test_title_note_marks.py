"""A footnote's reference mark printed on the title ("Minutes1 on", "MEETING1/", a closing
asterisk) is not a word of the title; names with figures keep them. Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.title_note_marks import prints_note, without_note_marks


def test_marks_lowered_onto_the_title_are_left_out():
    note = "Board Minutes1 on the Rate of Examplia\n\nThe text.\n1\nTranslated by the Board."
    assert without_note_marks("Board Minutes1 on the Rate of Examplia", note) == (
        "Board Minutes on the Rate of Examplia"
    )
    assert (
        without_note_marks("Board Minutes1 on the Rate", "", {"1"}) == "Board Minutes on the Rate"
    )
    assert without_note_marks("RATE SETTING MEETING1/") == "RATE SETTING MEETING"
    assert without_note_marks("Rate Setting Meeting2/") == "Rate Setting Meeting"
    assert without_note_marks("NOTES OF THE BOARD HELD ON 3 MAY 2031 *") == (
        "NOTES OF THE BOARD HELD ON 3 MAY 2031"
    )
    assert without_note_marks("Report of the Harbour Panel*") == "Report of the Harbour Panel"
    assert without_note_marks("Report of the Harbour Panel†") == "Report of the Harbour Panel"


def test_a_figure_glued_on_a_word_with_no_such_note_stays():
    # (a PDF that lost a space: the programme's third tranche, not note 3)
    title = "Loan for the Harbour Road Programme Tranche3"
    assert without_note_marks(title, f"{title}\n\nThe loan of 3 May 2031.\n") == title


def test_figures_that_belong_to_a_name_stay():
    for title in [
        "Covid19 update for the river towns",
        "G20 ministers meet in Northport",
        "Agenda 2030 in Examplia",
        "Minutes of the Board (No. 7/2031)",
        "Decision 1/2 of the Board",
        "H.R.5129 passes the House",
        "Windows10 rollout in schools",
        "Article 5",
    ]:
        assert without_note_marks(title) == title


def test_the_release_title_leaves_the_mark_out():
    text = "Harbour Board Meeting1/\n\nThe Board met on 3 May 2031 and kept the rate.\n"
    assert release_from_text(text).title == "Harbour Board Meeting"


def test_the_note_proof_reads_lines_however_they_end():
    # Windows line ends and a form feed round the note's number: still a line of its own.
    text = "Board Minutes1 on the Rate\r\n\r\nThe text.\r\n\f1 \r\nTranslated by the Board.\r\n"
    assert prints_note("1", text, ())
    assert not prints_note("1", "The text of 1 May.\r\n12\r\n", ())
    assert not prints_note("3", text, ())


def test_a_figure_on_a_word_in_capitals_of_any_script_stays():
    text = "The text.\n1\nThe note."
    assert without_note_marks("ПРОТОКОЛ ЗАСЕДАНИЯ1", text) == "ПРОТОКОЛ ЗАСЕДАНИЯ1"
    assert without_note_marks("Протокол заседания1", text) == "Протокол заседания"
