"""A court paper's caption (the court's name, its circuit or district, the term, the slip
opinion's head, the e-filing stamp) is never its title; a headline that names a court and
says what it did is. Made-up text."""

from __future__ import annotations

import pytest

from briefing.ingest.court_captions import is_court_caption
from briefing.ingest.pipeline import release_from_text


@pytest.mark.parametrize(
    "line",
    [
        "IN THE UNITED STATES COURT OF APPEALS FOR THE TWELFTH CIRCUIT",
        "United States Court of Appeals",
        "For the Twelfth Circuit",
        "FOR THE DISTRICT OF EXAMPLIA",
        "In the Examplia Court of Appeals Northern District",
        "7 IN THE UNITED STATES DISTRICT COURT",
        "THE HIGH COURT OF EXAMPLIA",
        "DIVISION TWO",
        "OCTOBER TERM, 2031",
        "Cite as: 901 U.S. ___ (2031)",
        "(Slip Opinion)",
        "Syllabus",
        "Case: 31-0042 Document: 00123 Page: 1 Date Filed: 03/04/2031",
        "APPEAL FROM THE UNITED STATES DISTRICT COURT",
        "On Appeal from the Harbour Court of Examplia",
        "[Hon. Jane Example, U.S. District Judge]",
        "Honorable Jane Q. Example",
        "Counsel for Plaintiffs-Appellees",
    ],
)
def test_caption_lines(line):
    assert is_court_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Supreme Court Upholds Harbour Tariff",
        "Ruling of the Supreme Court on harbour tariffs",
        "Court of Appeal rules on the northern quays",
        "Statement on the District Court decision",
        "The Court of Justice delivers its judgment on tariffs",
        "Honorable Minister opens the northern quays",
        # A headline in title case under "Hon." (review339): no judge, no initial.
        "Hon. Minister Opens Northern Quays",
        "Appeal from the Harbour Master to all skippers",
        "Counsel for the harbour board welcomes the ruling on tariffs",
    ],
)
def test_headlines_naming_a_court_are_not_captions(line):
    assert not is_court_caption(line)


_BODY = (
    "The petitioner asks the court to stay the harbour board's order on the northern\n"
    "quays until the appeal is heard, and the board does not oppose the motion.\n"
)


def test_the_court_name_over_an_order_is_not_its_title():
    text = (
        "UNITED STATES COURT OF APPEALS\n\nFOR THE TWELFTH CIRCUIT\n\nORDER ON STAY OF TARIFFS\n\n"
    )
    assert release_from_text(text + _BODY).title == "ORDER ON STAY OF TARIFFS"


def test_a_court_headline_stays_the_title():
    text = "Supreme Court Upholds Harbour Tariff\n\n"
    assert release_from_text(text + _BODY).title == "Supreme Court Upholds Harbour Tariff"
