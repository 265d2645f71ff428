"""A page-foot note sequence (text from a PDF whose footnote rule was lost) with one note
in another shape — its marker glued to a figure, or the extraction already joining it to
its number — keeps all its notes: the notes before and after it are found in order, so
the number between them is a note too. All text here is made up."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.page_foot_notes import join_page_foot_notes

# Plain-mode text: no rule over the notes, the form feed opens each new page. Note 2's
# marker is glued to a rate ("4.252"), note 4 is printed joined to its number.
MEMO = """\
STATEMENT OF THE COUNCIL ON THE OUTLOOK FOR PRICES

1. The Council reviewed the outlook for prices and wages in the district.1

2. The exchange rate opened the quarter at 4.252 and eased slowly after the
auction of the long bonds, as the Treasury kept its calendar for the year.

1
Prices here are measured by the index of the national survey of shops.
2
The rate is the average of the fixings over the last ten days of the month.
7
\f3. Output grew steadily.3 The Council expects that the pace of growth will
hold over the next year, as investment recovers and firms hire again.4

3
The estimate of output comes from the quarterly accounts of the bureau.
4 The survey of firms was made in the first two weeks of the quarter.
8
\f4. The Council kept its rates unchanged.5

5
The next meeting of the Council will be held in the autumn of the year.
9
\fAnnex
"""


def test_a_note_in_another_shape_does_not_drop_its_sequence():
    lines = [line.strip() for line in join_page_foot_notes(MEMO.split("\n"))]
    assert "1 Prices here are measured by the index of the national survey of shops." in lines
    assert "2 The rate is the average of the fixings over the last ten days of the month." in lines
    assert "3 The estimate of output comes from the quarterly accounts of the bureau." in lines
    assert "5 The next meeting of the Council will be held in the autumn of the year." in lines


def test_the_notes_after_the_odd_one_are_notes_of_their_paragraphs():
    release = release_from_text(MEMO)
    notes = {n.label: release.node_text(n) for n in release.root.walk() if n.kind == "footnote"}
    # (Note 2's marker, glued to a figure, links to no paragraph: its note stays text.)
    assert {"1", "3", "4", "5"} <= set(notes)
    assert notes["3"].startswith("The estimate of output")
    assert notes["4"].startswith("The survey of firms")
    assert notes["5"].startswith("The next meeting")


def test_two_numbers_missing_between_notes_still_drop_the_sequence():
    # (Only one note between two found may lack its marker: a run of bare numbers with
    # no markers is no note sequence.)
    text = MEMO.replace("at 4.252 and", "at the fixing and").replace("grew steadily.3", "grew")
    lines = join_page_foot_notes(text.split("\n"))
    assert "2" in lines and "3" in lines


# A note at the foot of a page whose paragraph runs on to the next page: the line above
# the note's number stops mid-sentence, and the next page goes on in lower case.
RUNNING = """\
1. The Council noted that prices rose.1

1
Prices here are measured by the index of the national survey of shops.
4
\f2. The Council weighed the case for a cut in its rate against the risk2 that
the gains made on prices since the spring would be lost, and the fall in the deficit
and the new ratings add to the many reasons that make such a
2
The deficit here is the general government's, as the bureau measures it.
5
\fcut less pressing than the markets expect.
"""


def test_a_note_inside_a_paragraph_running_over_the_page_keeps_its_number_alone():
    lines = [line.strip() for line in join_page_foot_notes(RUNNING.split("\n"))]
    assert "1 Prices here are measured by the index of the national survey of shops." in lines
    # (Joined, "2 The deficit ..." would read as the next line of the sentence above.)
    assert "2" in lines
