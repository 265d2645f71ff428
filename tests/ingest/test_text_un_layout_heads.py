"""Page heads of UN and international documents read as text (issue 11 item 5): a running
head printed over its spelt page number ("ADVANCE COPY" / "PAGE 8"), cut into pieces by
``pdftotext -raw``, is furniture even on a one-page extract; a page has one number, so a
"Page 4" under the head's "Page 2" is a corrigendum's reference, kept; a job number
written "GE:09-17825" and a six-part symbol are furniture. Made-up documents."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_EXTRACT = (
    "EXAMPLIA INITIATIVE PROGRESS AND NEXT STEPS\n"
    "12 MARCH 2031\n"
    "ADVANCE COPY\n"
    "PAGE 6\n"
    "Maritime affairs\n"
    "Work Package 7 | Lead: Office of Legal Affairs (OLA)\n"
    "OBJECTIVE\n"
    "To bring the maritime support functions together in one office.\n"
    "HOW WE GET THERE\n"
    "● Action 12: Merge the two maritime units into one office, to ensure coherent\n"
    "support to Member States.\n"
    "PROGRESS TO DATE\n"
    "A working group has been set up. Consultations with Member States are ongoing and\n"
    "will conclude by the end of the year.\n"
)

_CORRIGENDUM = (
    "                                                      Distr.\n"
    "                   General Assembly                   GENERAL\n"
    "\n"
    "                                                      A/HRC/WG.6/9/EXA/2/Corr.1\n"
    "                                                      4 March 2031\n"
    "\n"
    "HUMAN RIGHTS COUNCIL\n"
    "Working Group on the Universal Periodic Review\n"
    "Ninth session\n"
    "\n"
    "          COMPILATION PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER\n"
    "\n"
    "                                  Examplia\n"
    "\n"
    "                                 Corrigendum\n"
    "\n"
    "GE:31-10234\n"
    "\fA/HRC/WG.6/9/EXA/2/Corr.1\n"
    "Page 2\n"
    "\n"
    "\n"
    "Page 4\n"
    "\n"
    "         For the existing paragraph 12 substitute the following text, which reports the\n"
    "         visit of the Special Rapporteur to Examplia in 2030.\n"
)


def test_running_head_over_its_page_number_is_furniture() -> None:
    release = release_from_text(_EXTRACT)
    assert not lost_words(_EXTRACT, release)
    removed = [r.text for r in release.removed]
    for head in ("EXAMPLIA INITIATIVE PROGRESS AND NEXT STEPS", "ADVANCE COPY", "PAGE 6"):
        assert head in removed
    assert release.date == "2031-03-12"  # the head's date stays the document's
    assert release.title == "Maritime affairs"  # not the head, not the fields under it
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert headings[:2] == ["OBJECTIVE", "HOW WE GET THERE"]


def test_a_page_has_one_number_and_a_corrigendum_locator_stays() -> None:
    release = release_from_text(_CORRIGENDUM)
    assert not lost_words(_CORRIGENDUM, release)
    removed = [r.text for r in release.removed]
    assert "GE:31-10234" in removed
    assert "Page 2" in removed
    assert removed.count("A/HRC/WG.6/9/EXA/2/Corr.1") == 1  # the page head's; the cover's stays
    assert "Page 4" not in removed
    assert "Page 4" in release.text


def test_page_one_keeps_what_is_printed_over_its_number() -> None:
    text = "Examplian Monetary Policy Report\nPage 1\n\nThe Board met on 3 May 2031 and decided.\n"
    release = release_from_text(text)
    assert "Examplian Monetary Policy Report" not in [r.text for r in release.removed]


def test_a_running_title_wrapped_on_two_lines_is_listed_once() -> None:
    text = (
        "United Nations A/RES/91/24\n"
        "General Assembly Distr.: General\n"
        "6 December 2036\n"
        "36-24523 (E) 151236\n"
        "*3624523*\n"
        "Resolution adopted by the General Assembly\n"
        "on 4 December 2036\n"
        "91/24. Convening of the fifth examplian conference of the General Assembly\n"
        "devoted to coastal affairs\n"
        "The General Assembly,\n"
        "Recalling its resolutions on coastal affairs adopted since the year 2020,\n"
        "1. Decides to convene the conference in 2038;\n"
        "\fA/RES/91/24\n"
        "Convening of the fifth examplian conference of the\n"
        "General Assembly devoted to coastal affairs\n"
        "36-24523\n"
        "2/2\n"
        "2. Decides to remain seized of the matter.\n"
    )
    release = release_from_text(text)
    removed = [r.text for r in release.removed]
    assert removed.count("General Assembly devoted to coastal affairs") == 1
    assert removed.count("Convening of the fifth examplian conference of the") == 1


def test_a_foot_in_columns_ending_on_page_of_count_is_furniture() -> None:
    text = (
        "Highlights of the Examplian Monetary Board meeting of 10 November 2036\n"
        "\n"
        "The Monetary Board decided to keep the key policy rate at 3.0 percent. The\n"
        "decision took into account the latest baseline forecasts for inflation.\n"
        "\n"
        "Form No. 03-005 * Version 1 * Updated 6 March 2035        File/Ref. No. MB-1114-01"
        "           Page 1 of 2\n"
        "\f\n"
        "The Board also noted that the outlook for growth remains firm.\n"
        "                                                                            Page 2 of 2\n"
    )
    release = release_from_text(text)
    assert not lost_words(text, release)
    removed = [r.text for r in release.removed]
    assert any(r.startswith("Form No. 03-005") and r.endswith("Page 1 of 2") for r in removed)
    assert "Form No." not in release.text
    # A reference in a sentence stays: "see Page 3 of 7" has no column of its own.
    kept = release_from_text("The figures are given on page 3 of 7 of the annex, as noted.\n")
    assert "page 3 of 7" in kept.text


def test_masthead_fields_printed_after_the_cover_are_no_headings() -> None:
    # pdftotext -raw may print the masthead after the cover's other lines.
    text = (
        "GE.36-05640 (E)\n"
        "Human Rights Council\n"
        "Ninety-ninth session\n"
        "16 June–11 July 2036\n"
        "Agenda item 6\n"
        "Universal periodic review\n"
        "Report of the Working Group on the Universal Periodic\n"
        "Review*\n"
        "Examplia\n"
        "Addendum\n"
        "Views on conclusions and/or recommendations, voluntary commitments\n"
        "and replies presented by the State under review\n"
        "* The present document is being issued without formal editing.\n"
        "United Nations A/HRC/99/15/Add.1\n"
        "General Assembly Distr.: General\n"
        "8 April 2036\n"
        "Original: English\n"
        "A/HRC/99/15/Add.1\n"
        "2\n"
        "1. This document contains the response of the Government of Examplia to the\n"
        "recommendations made during its review on 28 January 2036.\n"
        "2. Examplia received 254 recommendations from Member States.\n"
    )
    release = release_from_text(text)
    assert not [n for n in release.nodes() if n.kind == "heading"]
    # The masthead's symbol, printed after the cover, is furniture there too.
    assert "United Nations A/HRC/99/15/Add.1" in [r.text for r in release.removed]
    assert release.symbol == "A/HRC/99/15/Add.1"
