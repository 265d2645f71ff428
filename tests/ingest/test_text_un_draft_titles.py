"""A UN draft's title is the block under the line naming what the draft is ("Draft
resolution", "Draft decision submitted by the Chair ..."), however short, and not the
agenda item's name printed above it (made-up drafts in pdftotext's shapes)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.draft_titles import title_above_report_line, title_after_draft_line
from briefing.ingest.segment import Block

RAW_DRAFT = """\
United Nations A/C.9/40/L.7
General Assembly Distr.: Limited
14 November 2035
Original: English
35-12345 (E) 181135
*3512345*
Fortieth session
Ninth Committee
Agenda item 12
Lighthouse protection
Draft resolution
Lighthouse protection
The General Assembly,
Recalling its resolution 10/20 of 1 January 2000, the annex to which sets out the
principles on the protection of lighthouses, commending them to States,
1. Commends once again the principles on lighthouses to the attention of Governments;
2. Decides to include the item in the provisional agenda of its forty-third session.
"""

LAYOUT_DECISION = """\
                United Nations                                                  A/C.9/40/L.60
                General Assembly                                   Distr.: Limited
                                                                   16 November 2035

                                                                   Original: English




Fortieth session
Ninth Committee
Agenda item 121
Revitalization of the work of the General Assembly


                Draft decision submitted by the Chair of the Committee

                Draft programme of work of the Ninth Committee for the forty-
                first session of the General Assembly

                      The General Assembly approves, subject to any subsequent decision by the
                Assembly, the draft programme of work of the Ninth Committee for the forty-first
                session of the Assembly as set out below.
"""


def test_a_two_word_title_under_draft_resolution_is_the_title():
    release = release_from_text(RAW_DRAFT)
    assert release.title == "Lighthouse protection"


def test_the_title_under_the_draft_decision_line_beats_the_agenda_item():
    release = release_from_text(LAYOUT_DECISION)
    assert release.title.startswith("Draft programme of work of the Ninth Committee")


def test_a_sentence_under_the_kind_line_is_no_title():
    blocks = [Block("Draft resolution"), Block("The Committee recommends the following text:")]
    assert title_after_draft_line(blocks, 2) is None


# The kind line runs on over two lines ("... submitted by the Chair of the Committee
# following" / "informal consultations") and nothing sets it apart from the title under
# it: text pasted without its form feeds or blank lines.
PASTED_CHAIR_DRAFT = RAW_DRAFT.replace(
    "Draft resolution\n",
    "Draft resolution submitted by the Chair of the Committee following\ninformal consultations\n",
)


def test_the_title_under_a_chair_draft_line_is_not_run_into_it():
    release = release_from_text(PASTED_CHAIR_DRAFT)
    assert release.title == "Lighthouse protection"


# A report's head: the agenda item and its name, then the report's own title (cut in
# two by the wrap), then the line naming who reports (pdftotext -layout's shape).
LAYOUT_REPORT = """\
                United Nations                                                  A/95/604/Add.3
                General Assembly                                   Distr.: General
                                                                   7 April 2041

                                                                   Original: English

Ninety-fifth session
Agenda item 154
Financing of the United Nations Lighthouse Observation
Mission in Atlantis


                Budget performance for the period from 1 July 2039 to
                30 June 2040 and proposed budget for the period from
                1 July 2041 to 30 June 2042 for the United Nations Lighthouse
                Observation Mission in Atlantis
                Report of the Advisory Committee on Administrative and
                Budgetary Questions


          I. Introduction
                 1.     The Advisory Committee met with representatives of the
                 Secretary-General, who provided additional information.
                 2.     The Committee recommends the approval of the proposals.
"""


def test_a_report_title_is_the_block_over_its_report_line():
    release = release_from_text(LAYOUT_REPORT)
    assert release.title.startswith("Budget performance for the period from 1 July 2039")
    assert "Observation Mission in Atlantis" in release.title


def test_the_agenda_item_name_over_a_report_line_is_no_title():
    # "Report of the Lighthouse Council" printed right under the agenda item's name is
    # itself the report's title: the name above it is the agenda item's.
    blocks = [
        Block("Ninety-fifth session"),
        Block("Agenda item 70"),
        Block("Report of the Lighthouse Council"),
        Block("Report of the Lighthouse Council", blank_before=2),
        Block("The Council met twice.", blank_before=1),
    ]
    assert title_above_report_line(blocks, 4) is None
    blocks[2] = Block("Financing of the Lighthouse Mission")
    blocks[3] = Block("Budget performance of the Lighthouse Mission", blank_before=2)
    blocks.insert(4, Block("Report of the Secretary-General"))
    assert title_above_report_line(blocks, 5) == 3
    # A draft titled by a report's name: the sponsors' line over it is no title.
    blocks[3] = Block("Atlantis and Lemuria: draft resolution", blank_before=2)
    assert title_above_report_line(blocks, 5) is None
