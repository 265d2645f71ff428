"""A court paper's case name, the party block around its caption's lone "v.", is its
title; a paper printing its own name under the caption keeps it; a press release quoting
a case in its prose has no party block. Made-up text."""

from __future__ import annotations

from briefing.ingest.case_names import case_name, court_paper_title
from briefing.ingest.pipeline import release_from_text

OPINION = """United States Court of Appeals
For the Twelfth Circuit

No. 31-0042

EXAMPLE HARBOUR HOLDINGS, INC.,

Plaintiff, Appellant,
v.
JANE Q. SAMPLE, in her official capacity as Mayor of the
City of Examplia,
Defendant, Appellee.

APPEAL FROM THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF EXAMPLIA

Before
Smith, Chief Judge, and Jones, Circuit Judge.

March 4, 2031

SMITH, Circuit Judge. The harbour company asks us to set aside the order of the
district court that refused it a permit to extend its pier into the bay. We affirm.

The company filed its application in the spring, and the city denied it after a
hearing at which both sides were heard.
"""


def test_party_block_is_the_title():
    release = release_from_text(OPINION)
    assert release.title == (
        "EXAMPLE HARBOUR HOLDINGS, INC., Plaintiff, Appellant, v. JANE Q. SAMPLE, in her"
        " official capacity as Mayor of the City of Examplia, Defendant, Appellee."
    )


TRANSCRIPT = """ 1      IN THE SUPREME COURT OF EXAMPLIA

 2   - - - - - - - - - - - - - - - - - x

 3   JOHN EXAMPLE, WARDEN,                        :

 4              Petitioner                        :

 5         v.                                     :     No. 31-777

 6   MARY SAMPLE.                                 :

 7   - - - - - - - - - - - - - - - - - x

 8                         Harbourtown, Examplia
"""


def test_transcript_columns_and_line_numbers_are_left_out():
    found = case_name(TRANSCRIPT)
    assert found is not None
    assert found.text == "JOHN EXAMPLE, WARDEN, Petitioner v. MARY SAMPLE."


def test_party_line_closing_on_the_connector():
    text = (
        "EXAMPLIA TAX COURT\n"
        "RIVER SAMPLE AND LAKE SAMPLE,1 Petitioners v.\n"
        "COMMISSIONER OF EXAMPLE REVENUE, Respondent\n"
        "Docket No. 4242-31.\n"
    )
    found = case_name(text)
    assert found is not None
    assert found.text == (
        "RIVER SAMPLE AND LAKE SAMPLE, Petitioners v. COMMISSIONER OF EXAMPLE REVENUE, Respondent"
    )


def test_parties_in_mixed_case_under_a_board_in_capitals():
    text = (
        "EXAMPLIA WORKERS' APPEALS BOARD\n"
        "Rivera Example\n"
        "v.\n"
        "Sample Builders, LLC\n"
        "Appeal from the Court of Workers' Claims\n"
    )
    found = case_name(text)
    assert found is not None
    assert found.text == "Rivera Example v. Sample Builders, LLC"


def test_paper_printing_its_own_name_keeps_it():
    text = OPINION.replace(
        "APPEAL FROM THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF EXAMPLIA\n",
        "ORDER AND JUDGMENT\n",
    )
    found = case_name(text)
    # the paper's own name under the caption stays; the court's name over it does not,
    # nor a sentence's first line picked for want of a title
    assert court_paper_title(found, "ORDER AND JUDGMENT", "ORDER AND JUDGMENT") == (
        "ORDER AND JUDGMENT"
    )
    assert (
        court_paper_title(found, "United States Court of Appeals", "United States Court of Appeals")
        == found.text
    )
    assert (
        court_paper_title(
            found, "SMITH, Circuit Judge. The harbour company asks", "SMITH, Circuit Judge."
        )
        == found.text
    )


def test_case_cited_in_prose_is_no_party_block():
    text = (
        "Harbour ruling welcomed by the Examplia Port Authority\n\n"
        "The Authority welcomed today's ruling of the court of appeals in Example Holdings\n"
        "v.\n"
        "Sample, which upholds the city's refusal of a permit for the new pier in the bay\n"
        "and confirms the powers of the harbour board over the shoreline of the city.\n"
    )
    assert case_name(text) is None


def test_role_promised_but_cut_is_no_party_block():
    # (a PDF's columns read out of order: the second party's role never comes)
    text = (
        "DIVISION TWO\nAppeal from the Court of Examplia\nHarbour County\nvs.\nSTATE OF EXAMPLIA,\n"
    )
    assert case_name(text) is None


def test_clerks_letter_keeps_its_subject_line():
    found = case_name(OPINION)
    subject = "Re: Case No. 31-0042, Example Harbour Holdings v. Sample"
    assert court_paper_title(found, subject, subject) == subject


def test_field_and_docket_lines_frame_the_block():
    text = (
        "Page: 3\n"
        "OFFICIAL CAPTION FOR 31-0042\n"
        "EXAMPLE MINING COMPANY\n"
        "Petitioner\n"
        "v.\n"
        "JANE SAMPLE\n"
        "Respondent\n"
    )
    found = case_name(text)
    assert found is not None
    assert found.text == "EXAMPLE MINING COMPANY Petitioner v. JANE SAMPLE Respondent"


def test_party_bracket_closing_its_line_is_kept():
    caption = (
        "COURT OF APPEALS OF EXAMPLIA\n"
        "JANE SAMPLE (a minor),\nPlaintiff-Appellant,\nv.\n"
        "EXAMPLE CITY (Westshire)\nDefendant-Appellee.\nNo. 31-12345\n"
    )
    found = case_name(caption)
    assert found is not None
    assert found.text == (
        "JANE SAMPLE (a minor), Plaintiff-Appellant, v. EXAMPLE CITY (Westshire)"
        " Defendant-Appellee."
    )


def test_release_headline_over_a_caption_is_kept():
    release = release_from_text(
        "SUPREME COURT OF EXAMPLIA\nPRESS RELEASE\nCourt upholds fishing quota law\n"
        "March 4, 2031\nEXAMPLE FISHERIES LTD,\nAppellant,\nv.\nMINISTER FOR THE SEA,\n"
        "Respondent.\nToday the Court dismissed the appeal brought by Example Fisheries "
        "against the Minister, holding that the quota law is within the legislature's powers.\n",
        "r1",
    )
    assert release.title == "Court upholds fishing quota law"
