"""Footnotes at a page's foot in text from a PDF whose footnote rule, a drawn line, was
lost: the raised number alone on its line over the note, the page ending below it. And a
decimal after a currency's letter ("P14.3 billion") is no note's marker. All text here is
made up in the shape of real releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.mend import marker_pattern
from briefing.ingest.page_foot_notes import join_page_foot_notes

# A central bank's minutes as pdftotext prints them (plain mode): no rule over the notes;
# the form feed opens each new page's first line.
MINUTES = """\
SUMMARY OF THE BOARD MEETING ON RATES HELD ON 3 MARCH 2031

The Board reviewed the latest data on prices and output.

Yields on the short bills rose at the last tender2 but eased later in
the month as liquidity stayed ample in the system.

2
During the two tenders of February the Treasury declined all offers for the long bill.

03-03-2031

1
\fBroad money grew by 9.1 percent in January, up from the month before.3

The fiscal deficit reached P14.3 billion in January, below the programmed level.

3
Broad money here is the stock of money measured by the new survey of banks.

03-03-2031

2
\fThe Board kept its rates unchanged.
"""


def _notes(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        n.label: (release.node_text(n), release.node_text(parent[n.id]))
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_page_foot_numbers_in_sequence_join_their_notes():
    lines = [line.strip() for line in join_page_foot_notes(MINUTES.split("\n"))]
    assert (
        "2 During the two tenders of February the Treasury declined all offers for the long bill."
        in lines
    )
    assert "3 Broad money here is the stock of money measured by the new survey of banks." in lines
    assert "1" in lines and "2" in lines  # (the page numbers stay where they are)


def test_page_foot_notes_hang_on_their_markers():
    notes = _notes(release_from_text(MINUTES))
    assert notes["2"][0].startswith("During the two tenders")
    assert notes["2"][1].startswith("Yields on the short bills")
    assert notes["3"][1].startswith("Broad money grew")


def test_one_number_with_no_sequence_stays():
    text = MINUTES.split("\n")
    only_one = [line for line in text if not line.startswith(("3", "Broad money here"))]
    assert join_page_foot_notes(only_one) == only_one


def test_a_number_without_its_marker_on_the_page_stays():
    text = MINUTES.replace("tender2", "tender").replace("month before.3", "month before.")
    assert join_page_foot_notes(text.split("\n")) == text.split("\n")


def test_a_number_far_from_its_page_foot_stays():
    # (A count alone on its line in the middle of a page is no note.)
    text = MINUTES.replace("2\nDuring the two", "2\nDuring the two" + "\nfiller line" * 30)
    assert join_page_foot_notes(text.split("\n")) == text.split("\n")


def test_a_decimal_after_a_currency_letter_is_no_marker():
    assert marker_pattern("3").search("reached P14.3 billion") is None
    assert marker_pattern("5").search("a rate of R2.5 per cent") is None
    assert marker_pattern("3").search("grew in the month.3 Then") is not None
    assert marker_pattern("3").search("adopted in 2021.3 Then") is not None


# The title's star spaced off its last word, as pdftotext keeps a raised star's box.
STARRED_TITLE = """\
SUMMARY OF THE BOARD MEETING ON RATES HELD ON 3 MARCH 2031 *

The Board reviewed the latest data on prices and output.

The Board kept its rates unchanged for the time being.

* This summary was approved by the Board at its meeting of 7 April 2031.
"""


def test_a_star_spaced_off_the_title_is_the_title_note():
    release = release_from_text(STARRED_TITLE)
    notes = {n.label: n for n in release.root.walk() if n.kind == "footnote"}
    assert "*" in notes
    holder = next(p for p in release.root.walk() if notes["*"] in p.children)
    assert holder.kind == "title"


def test_page_foot_numbers_out_of_sequence_join_nothing():
    # (Each page's foot repeating "2" over a line: a form's field, not notes 2, 3, 4.)
    page = "The tender2 was held.\n\n2\nDuring the tender the bids were low.\n\n"
    text = ("\f" + page) * 3
    assert join_page_foot_notes(text.split("\n")) == text.split("\n")


# A summary with one note only: its "1" alone over the note at the first page's foot, the
# same 1 flattened onto the word it explains above. Made-up text.
ONE_NOTE = """\
THE HARBOUR SAFETY ACT OF 2031
Office of Ports Summary

INTRODUCTION
      The Harbour Safety Act (HSA)1 was signed into law on 2 May 2031. It sets
new duties for pilots and crews in the inland ports.

      The Act is divided into three parts.

      1
      Pub. L. No. 131-77, 145 Stat. 901 (May 2, 2031).

Office of Ports Summary        May 2031        Page 1
\fPART I: PILOTAGE
      Part I sets the pilots' duties.
"""


def test_a_first_note_alone_at_its_page_foot_joins_its_number():
    lines = [line.strip() for line in join_page_foot_notes(ONE_NOTE.split("\n"))]
    assert "1 Pub. L. No. 131-77, 145 Stat. 901 (May 2, 2031)." in lines
    notes = _notes(release_from_text(ONE_NOTE))
    assert notes["1"][1].startswith("The Harbour Safety Act (HSA)")


def test_a_lone_one_without_a_flattened_marker_or_with_a_second_note_stays():
    spaced = ONE_NOTE.replace("(HSA)1 was", "(HSA) in table 1 was").split("\n")
    assert join_page_foot_notes(spaced) == spaced
    second = ONE_NOTE.replace(
        "(May 2, 2031).\n", "(May 2, 2031).\n      2\n      Part II follows the old code.\n"
    ).split("\n")
    assert join_page_foot_notes(second) == second


# pdftotext's default mode: the page's raised note numbers as a column, then the notes, no
# rule above them; the markers flattened onto their words in the page's text.
NUMBER_COLUMN = """\
Edited Minutes of the Rates Committee Meeting (No. 9/2031)
Prices rose in the quarter, including trimmed mean prices1, and sticky
prices2. The Committee would watch cost pass-through.

1
2

Prices after removing a tenth of the items with the largest changes.
Prices after removing the items whose prices change most often, leaving
those that change price rarely.

\fThe Committee voted to hold the rate.
"""


def test_a_column_of_note_numbers_at_a_page_foot_joins_its_notes_in_order():
    lines = [line.strip() for line in join_page_foot_notes(NUMBER_COLUMN.split("\n"))]
    assert "1 Prices after removing a tenth of the items with the largest changes." in lines
    assert "2 Prices after removing the items whose prices change most often, leaving" in lines
    assert "1" not in lines and "2" not in lines
    # (Without the markers on the page, the numbers are left where they are.)
    bare = NUMBER_COLUMN.replace("prices1,", "prices,").replace("prices2.", "prices.")
    assert join_page_foot_notes(bare.split("\n")) == bare.split("\n")


# A title in capitals whose note marker is flattened onto its date's year ("20311"), the
# note alone at the first page's foot. Made-up text.
TITLE_NOTE_ON_YEAR = """\
HIGHLIGHTS OF THE HARBOUR BOARD MEETING HELD ON 4 FEBRUARY 20311

The Board kept the harbour dues unchanged for the coming season.

1
These highlights were approved by the Board at its meeting of 18 February 2031.

Page 1 of 2
\fThe Board will meet again in March.
"""


def test_a_first_note_marked_on_a_year_in_capitals_joins_its_number():
    lines = [line.strip() for line in join_page_foot_notes(TITLE_NOTE_ON_YEAR.split("\n"))]
    assert "1 These highlights were approved by the Board at its meeting of 18 February 2031." in (
        lines
    )
    release = release_from_text(TITLE_NOTE_ON_YEAR)
    assert release.title.endswith("4 FEBRUARY 2031")  # (the year keeps its four digits)
    assert _notes(release)["1"][1].startswith("HIGHLIGHTS OF THE HARBOUR BOARD")


def test_a_year_without_a_note_below_keeps_its_digits():
    # (A five-digit figure after a month is no marker when no note "1" is printed.)
    text = TITLE_NOTE_ON_YEAR.replace("1\nThese highlights", "These highlights").split("\n")
    assert join_page_foot_notes(text) == text


# The last page's notes: pdftotext's closing form feed is lost with the text's trailing
# space, so the text's end is the last page's foot. The note's lines indented as a block.
LAST_PAGE_NOTES = """\
Minutes of the Rates Meeting

The Board met on 2 May 2031, from 10:00 a.m. to 11:30 a.m.1

1
The minutes were approved by the Board at its next meeting.

1
\fThe Board decided, by a unanimous vote,2 to keep the rate at 1 percent.

2
    Voting for the action: Mr. A. Alpha, Ms. B. Beta, Mr. C. Gamma and
    Ms. D. Delta.
    Voting against the action: None.

2"""


def test_notes_on_the_last_page_join_their_numbers_and_keep_their_block():
    out = join_page_foot_notes(LAST_PAGE_NOTES.split("\n"))
    assert "    2 Voting for the action: Mr. A. Alpha, Ms. B. Beta, Mr. C. Gamma and" in out
    notes = _notes(release_from_text(LAST_PAGE_NOTES))
    assert notes["2"][0].endswith("Ms. D. Delta.")
    assert notes["2"][1].startswith("The Board decided")


# A run of notes from 1, each over its text at its page's foot with its marker above;
# note 3 printed in a shape not read (its number after its text), so note 4 breaks the
# run. Made-up text.
RUN_THEN_BREAK = """\
Minutes of the Rates Meeting

The Board met on 2 May 2031.1 Members present are listed below.2

1
The minutes were approved by the Board at its next meeting.
2
Mr. A. Alpha was present on 3 May only.

1
\fStaff reported on the markets.3 The Board then discussed prices.4

The rates stayed where they were.
3

4
Members voted on the proposal of the chair.

2
\fThe Board will meet again in June.
"""


def test_a_run_of_notes_from_one_stays_when_a_later_note_breaks_it():
    lines = [line.strip() for line in join_page_foot_notes(RUN_THEN_BREAK.split("\n"))]
    assert "1 The minutes were approved by the Board at its next meeting." in lines
    assert "2 Mr. A. Alpha was present on 3 May only." in lines
    assert "4 Members voted on the proposal of the chair." not in lines


def test_a_broken_run_not_from_one_joins_nothing():
    text = RUN_THEN_BREAK.replace("2031.1 ", "2031. ").replace("1\nThe minutes", "The minutes")
    text = text.replace("below.2", "below.5").replace("2\nMr. A.", "5\nMr. A.")
    assert join_page_foot_notes(text.split("\n")) == text.split("\n")


# A cover page, then the minutes: the form feed opens the second page's first line, which
# holds the title and its note's marker ("Minutes1"). Made-up text.
COVER_THEN_MINUTES = """\
Board of Examplia

Monetary Policy Record
\f      Minutes1 of the Meeting of the Board
          held on 4 May 2031
Date and Time: 4 May 2031, at 2:00 p.m.

The Board reviewed the latest data on prices and output.

1
  This translation is given for information only; the original shall prevail.
                                        1
\fAgenda Item: Economic Conditions
The Board noted that output rose in the first quarter.
"""


def test_a_marker_on_the_line_opening_a_page_counts_for_a_first_note_alone():
    lines = [line.strip() for line in join_page_foot_notes(COVER_THEN_MINUTES.split("\n"))]
    assert "1 This translation is given for information only; the original shall prevail." in lines
