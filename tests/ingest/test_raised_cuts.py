"""A printed line pdftotext -raw cut at raised text, an ordinal's suffix (Word superscripts
"st", "nd", "rd", "th") or a note's mark: the rest of the line goes on, and the wrap under
it is measured on the whole printed line (made-up texts, hard-wrapped as a PDF's text)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.raised_cuts import (
    ends_on_note_mark,
    ends_on_ordinal,
    printed_line,
    raised_cut,
)

# Hard-wrapped at about 80 columns, no blank line between paragraphs; two ordinals raised
# in the PDF, so -raw ended the printed line after each and began its rest anew.
MINUTES = """\
The Committee noted that growth in the services sector had held up through the
summer, helped by households' spending on travel and the boost from the 5th
Pay
Commission's award, which should lift the outlook for the next quarters as well.
Members agreed that the risks to the outlook were broadly balanced at this stage.
The agreement on the new training programme for the harbour pilots was signed
on 30th
June at the Ministry of Examples by the Secretary and the Director.
The next meeting of the Committee will be held in the first week of the autumn.
"""


def _paragraphs(text: str) -> list[str]:
    release = release_from_text(text)
    return [
        " ".join(release.node_text(n).split()) for n in release.root.walk() if n.kind == "paragraph"
    ]


def test_line_cut_at_an_ordinal_goes_on():
    paragraphs = _paragraphs(MINUTES)
    assert not [p for p in paragraphs if p.startswith(("Pay", "Commission", "June"))]
    assert any("from the 5th Pay Commission's award" in p for p in paragraphs)
    assert any("was signed on 30th June at the Ministry" in p for p in paragraphs)


def test_which_lines_end_on_an_ordinal():
    assert ends_on_ordinal("the boost from the 7th")
    assert ends_on_ordinal("on 21st")
    assert ends_on_ordinal("(2nd")
    assert not ends_on_ordinal("the month")  # a word, no figure
    assert not ends_on_ordinal("item A7th")  # a code, not an ordinal
    assert not ends_on_ordinal("on the 7th.")  # a sentence's end


def test_the_two_pieces_must_make_one_printed_line():
    assert raised_cut("on 30th", "June at the Ministry of Examples by the Secretary and", 80, 84)
    # A short dateline over a short heading: two lines of a head, not one line cut.
    assert not raised_cut("Friday, March 5th", "Press Release", 80, 84)
    # Longer than a printed line together: the next line is a wrap of its own.
    assert not raised_cut("x" * 70 + " the 7th", "y" * 40, 80, 84)
    assert not raised_cut("on 30th", "June at the Ministry", 0, 0)  # not hard-wrapped


def test_printed_line_joins_the_pieces_only_after_an_raised_cut():
    above = "summer, helped by households' spending on travel and the boost from the 5th"
    assert printed_line([above, "Pay"], 80, 84) == f"{above} Pay"
    assert printed_line(["The Committee met.", "Pay"], 80, 84) == "Pay"


# A resolution's preamble, hard-wrapped at about 80 columns, its note marks raised: -raw
# ended the printed line after each mark and began its rest anew.
RESOLUTION = """\
The General Assembly,
Recalling the agreement on cooperation between the regional centre and the League,
signed in May 2016,1
which calls for closer cooperation in new areas,
including the exchange of pilots and the training of harbour staff, in addition to
the work of the regional centre on safety at sea and its annual reports,
Welcoming the work of the Governments on the Agenda 2
and the Harbour
Development Goals contained therein at the national and the regional level,
Noting with appreciation the work of the regional centre in the past year,
"""


def test_line_cut_at_a_note_mark_goes_on():
    paragraphs = _paragraphs(RESOLUTION)
    assert not [p for p in paragraphs if p.startswith(("including", "Development"))]
    assert any("2016,1 which calls" in p and "including the exchange" in p for p in paragraphs)
    assert any("Agenda 2 and the Harbour Development Goals" in p for p in paragraphs)


def test_which_lines_end_on_a_note_mark():
    assert ends_on_note_mark("the report of the Secretary-General thereon,1")
    assert ends_on_note_mark("for Sustainable Development 5")
    assert ends_on_note_mark("the observations of Governments4")
    assert not ends_on_note_mark("to be notified on 5")  # the sentence's own figures
    assert not ends_on_note_mark("back to the target range within 7")
    assert not ends_on_note_mark("a total of $42,022,400")  # a thousands group
    assert not ends_on_note_mark("adopted in 2016")


def test_a_note_mark_cut_goes_on_only_in_lower_case():
    # (Review, session 41.) A capital under a note's mark opens the next sentence: that
    # cut is wrap_cuts.cut_at_note_mark's, not this rule's; an ordinal takes any next word.
    line = "and agreed on the plan for the Agenda for Sustainable Development 5"
    assert raised_cut(line, "and the Goals", 80, 84)
    assert not raised_cut(line, "The Goals", 80, 84)
    assert raised_cut("the boost from the Fifth Pay Commission, due on the 7th", "May", 80, 84)
