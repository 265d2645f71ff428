"""Text copied out of a UN-style PDF (pdftotext with and without -layout): the cover's
fields, the resolution's number alone on its line over the title, and the running head
that repeats the title on later pages. All text here is made up in that shape."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

# pdftotext without -layout: the number "81/123." is set apart in its own column, so it
# lands on a line of its own; the title's wrap runs straight into the enacting formula.
RAW = """\
A/RES/81/123

United Nations

General Assembly

Distr.: General
9 January 2027

Eighty-first session
Agenda item 71
Promotion of fair fisheries and ocean stewardship

Resolution adopted by the General Assembly
on 20 December 2026
[on the report of the Second Committee (A/81/456, para. 9)]

81/123.

Regional cooperation on sustainable coastal fisheries 2026–2030 in small
island developing States
The General Assembly,
Recalling its resolutions 77/11 of 1 December 2022 and 79/19 of 6 December 2024,
and noting that regional cooperation on sustainable coastal fisheries 2026–2030 in small
island developing States has been reviewed,
Welcoming the work of the regional fisheries bodies,
1. Decides to continue its consideration of the question;
2. Requests the Secretary-General to report on the implementation of the present
resolution.

27-00123 (E)

*2700123*

\fA/RES/81/123

Regional cooperation on sustainable coastal fisheries 2026–2030 in small
island developing States

3. Decides to include the item in the provisional agenda of its eighty-second session.
"""


def test_title_is_the_line_under_the_lone_resolution_number():
    release = release_from_text(RAW)
    assert release.title.startswith("Regional cooperation on sustainable coastal fisheries")
    assert release.title.endswith("in small island developing States")
    # The agenda item's name is the session's business, never the title.
    assert "Promotion of fair fisheries" not in release.title


def test_enacting_formula_is_not_glued_to_the_title():
    release = release_from_text(RAW)
    paragraphs = [release.node_text(n).strip() for n in release.nodes() if n.kind == "paragraph"]
    assert "The General Assembly," in paragraphs
    assert "The General Assembly" not in release.title


def test_running_head_repeating_the_title_goes_but_the_title_stays():
    release = release_from_text(RAW)
    removed = [r.text for r in release.removed]
    # Page 2's head (the symbol and the title's two lines) is furniture ...
    assert "Regional cooperation on sustainable coastal fisheries 2026–2030 in small" in removed
    assert "island developing States" in removed
    # ... and page 1's title, the same words mid-page, is kept (only once in the text).
    assert release.text.count("Regional cooperation on sustainable coastal fisheries") == 1
    assert not lost_words(RAW, release)


# pdftotext -layout: the number beside the title's first line, and on the next page the
# running head's title wrapped over the symbol's line.
LAYOUT = """\
                   United Nations                                              A/RES/81/124
                   General Assembly                                     Distr.: General
                                                                        9 January 2027

Eighty-first session
Agenda item 12
Report of the Economic and Social Council

                   Resolution adopted by the General Assembly
                   on 20 December 2026

  81/124.          Graduation of Atlantis from the least developed
                   country category

                         The General Assembly,
                        Recalling the resolution of the Economic and Social Council of 3 June 2026 on
                   the report of the Committee for Development Policy,
                        1.    Decides to take note of the recommendation that Atlantis be graduated
                   from the category;

27-00124 (E)
*2700124*
\f                                                   Graduation of Atlantis from the least developed
A/RES/81/124                                                                     country category

                        2.    Invites Atlantis to prepare its national transition strategy.

                                                                         54th plenary meeting
                                                                           20 December 2026
"""


def test_running_title_wrapped_over_the_symbol_line_is_furniture():
    release = release_from_text(LAYOUT)
    removed = [r.text for r in release.removed]
    assert "Graduation of Atlantis from the least developed" in removed
    assert release.text.count("Graduation of Atlantis") == 1
    assert release.title.endswith(
        "Graduation of Atlantis from the least developed country category"
    )
    assert not lost_words(LAYOUT, release)


# A decision's number without its full stop ("14/105"), the document's symbol ending in
# it: the decision's own number, not a page "14 of 105".
DECISION = """\
A/HRC/DEC/14/105

United Nations

General Assembly

Distr.: General
23 June 2027

Human Rights Council
Fourteenth session
Agenda item 6
Universal periodic review

Decision adopted by the Human Rights Council
14/105
Outcome of the universal periodic review: Atlantis
The Human Rights Council,
Acting in compliance with the mandate entrusted to it by the General Assembly,
Adopts the outcome of the universal periodic review on Atlantis.
"""


def test_decision_number_alone_is_kept_and_heads_the_title():
    release = release_from_text(DECISION)
    assert release.title == "Outcome of the universal periodic review: Atlantis"
    assert "14/105" not in [r.text for r in release.removed]
    assert "14/105" in release.text


def test_a_real_page_number_is_still_furniture():
    text = DECISION.replace("Adopts the outcome", "2/5\nAdopts the outcome")
    release = release_from_text(text)
    assert "2/5" in [r.text for r in release.removed]


# pdftotext -raw with no blank lines: the adoption line wraps before its date, and the
# running title on page 2 wraps differently from the title on page 1.
RAW_TIGHT = """\
United Nations A/RES/81/77
General Assembly Distr.: General
11 December 2026
26-30077 (E) 111226
*2630077*
Eighty-first session
Agenda item 98 (c)
General and complete disarmament: convening of a
conference on the safety of small
satellites
Resolution adopted by the General Assembly
on 7 December 2026
[on the report of the First Committee (A/81/400, para. 12)]
81/77. Convening of a conference on the safety of small satellites in low
Earth orbit
The General Assembly,
Recalling its resolutions 75/40 of 7 December 2020 and 78/30 of 4 December 2023,
Bearing in mind the growing number of satellites placed in low Earth orbit,1
__________________
1
See A/80/100.
\fA/RES/81/77
Convening of a conference on the safety of
small satellites in low Earth orbit
26-30077
2/2
1. Decides to convene the conference in 2028;
2. Decides to include the item in the provisional agenda of its eighty-second session.
"""


def test_adoption_line_wrapped_before_its_date_dates_the_release():
    release = release_from_text(RAW_TIGHT)
    assert release.date == "2026-12-07"  # adopted, not distributed (11 December)


def test_running_title_wrapped_otherwise_than_page_one_is_furniture():
    release = release_from_text(RAW_TIGHT)
    removed = [r.text for r in release.removed]
    assert "Convening of a conference on the safety of" in removed
    assert "small satellites in low Earth orbit" in removed
    assert release.title.startswith("81/77. Convening of a conference")
    assert not lost_words(RAW_TIGHT, release)


# An OHCHR-style cover: the body meeting, its session and place, then the title in
# capitals and the country.
COVER = """\
                                                      A/HRC/WG.6/9/ATL/3
                                                      12 August 2027
HUMAN RIGHTS COUNCIL
Working Group on the Universal Periodic Review
Ninth session
Geneva, 1-12 November 2027

      SUMMARY PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER FOR
        HUMAN RIGHTS ON THE SUBMISSIONS OF STAKEHOLDERS

                                  Atlantis

        The present report is a summary of four stakeholders' submissions to the universal
periodic review. It follows the structure of the general guidelines.
"""


def test_the_body_named_over_its_session_is_not_the_title():
    release = release_from_text(COVER)
    assert release.title.startswith("SUMMARY PREPARED BY THE OFFICE")
    assert "Working Group" not in release.title


# pdftotext -layout of a UPR "views" addendum: a paragraph listing its parts run in
# ("1. ...; 2. ...") and a crosshead too long for one line of the column.
VIEWS = """\
            1.      This document contains the response of the Government of Atlantis to the
            recommendations made during the 4th Universal Periodic Review of Atlantis.
            2.     Atlantis received 200 recommendations from UN member states, of which 150
            are supported. Many of the supported ones are already implemented. The response
            is clustered into three categories, set out in turn in this document below:
            1. Accepted recommendations; 2. Accepted recommendations that Atlantis considers
            already implemented; 3. Noted recommendations.


            Accepted recommendations
            3.     The Government accepts the following recommendations 140.1, 140.12, 140.17.


            Accepted recommendations that Atlantis considers already
            implemented or in the process of implementation
            4.     The Government accepts the following recommendations 140.11, 140.14-16.
"""


def test_a_run_in_enumeration_at_a_line_start_is_no_paragraph():
    release = release_from_text(VIEWS)
    labels = [n.label for n in release.nodes() if n.label]
    assert labels == ["1.", "2.", "3.", "4."]


def test_a_crosshead_wrapped_over_two_lines_is_a_heading():
    release = release_from_text(VIEWS)
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert len(headings) == 2
    assert (
        headings[1]
        .replace("\n", " ")
        .startswith("Accepted recommendations that Atlantis considers already implemented")
    )


# A report's roman crosshead wrapped over two lines, and a recommendation's number printed
# last on a page, its text on the next.
ROMAN = """\
                                                                         A/HRC/59/15/Add.1

            3.     The Government accepts the following recommendations: 140.7, 140.8.


      II. Accepted recommendations that Atlantis considers already
          implemented or in the process of implementation
            4.     The Government accepts the following recommendations and provides some
            additional information about the implementation: 140.11, 140.38, 140.46.
            140.11
                   The Convention on the Reduction of Statelessness was ratified in 2020.
            140.38
                   The amendment to the Criminal Code introduced hate crimes as an aggravating
            circumstance to be taken into account in sentencing.
            140.46


2
                                                                         A/HRC/59/15/Add.1
GE.27-05640                                                                              2/3
\f
                   Atlantis remains committed to the prevention of violence in education.
            140.47
                   The National Campaign on Social Inclusion raised awareness of disability.
"""


def test_a_roman_crosshead_wrapped_over_two_lines_is_a_heading():
    release = release_from_text(ROMAN)
    heading = next(n for n in release.nodes() if n.kind == "heading")
    assert heading.label == "II."


def test_a_label_printed_last_on_a_page_heads_the_text_on_the_next():
    release = release_from_text(ROMAN)
    item = next(n for n in release.nodes() if n.label == "140.46")
    assert release.node_text(item).startswith("Atlantis remains committed")
