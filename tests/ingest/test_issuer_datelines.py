"""A release signed off at its foot by its office's name and the day, side by side on one
line with no comma (issuer_datelines): the sign-off dates the release."""

from __future__ import annotations

import pytest

from briefing.ingest import release_from_text
from briefing.ingest.dates_lines import dateline_date
from briefing.ingest.issuer_datelines import issuer_date

BODY = (
    "Grant for rural clinics\n\n"
    "The government has agreed a grant to equip forty rural clinics over three years.\n\n"
    "The first clinics will receive their equipment in the coming months.\n\n"
    "A. Person\n"
    "Director of Information\n"
)


@pytest.mark.parametrize(
    ("foot", "iso"),
    [
        ("Ministry of Example Affairs 23.11.2018", "2018-11-23"),
        ("30 .06.2017 Ministry of Health and Rural Services", "2017-06-30"),
        ("Ministère de la Santé et des Affaires Sociales 4 mars 2021", "2021-03-04"),
    ],
)
def test_the_office_and_the_date_on_the_last_line_date_the_release(foot: str, iso: str) -> None:
    assert issuer_date(foot) == iso
    assert dateline_date(BODY + foot + "\n") == iso
    assert release_from_text(BODY + foot + "\n").date == iso


@pytest.mark.parametrize(
    "line",
    [
        "Directive on Example Standards (October 1, 2009)",  # a paper cited by its date
        "Officer A. Person of Example Town, died June 5, 2004;",  # a sentence
        "The review is scheduled on 23.11.2018",  # lower-case words: a sentence
        "23.11.2018",  # a date alone: a place's dateline's business, not this rule's
        "Example Affairs 23.11.2018 Ministry",  # a name on both sides
    ],
)
def test_lines_that_are_no_sign_off(line: str) -> None:
    assert issuer_date(line) == ""


def test_only_the_foot_is_read() -> None:
    # The same line in the body's middle names another day (a meeting, a letter).
    text = (
        "Grant for rural clinics\n\n"
        "Ministry of Example Affairs 23.11.2018\n\n" + "The grant is paid in parts.\n\n" * 12
    )
    assert dateline_date(text) == ""


@pytest.mark.parametrize(
    ("foot", "iso"),
    [
        # An elided article runs into the next word ("l'Économie", "d'Example"): the
        # name's own word is the one after the apostrophe (review2).
        ("Ministère de l'Économie et des Finances 12.03.2031", "2031-03-12"),
        ("Direction d’Example Régionale 12.03.2031", "2031-03-12"),
        ("Ministero dell'Economia e delle Finanze 12.03.2031", "2031-03-12"),
    ],
)
def test_a_name_with_an_elided_article_signs_off(foot: str, iso: str) -> None:
    assert issuer_date(foot) == iso


@pytest.mark.parametrize(
    "line",
    [
        # A field naming what the date is for, in headline case: a deadline or a next
        # meeting is no office signing off (review2).
        "Closing Date For Applications 30 June 2031",
        "Next Meeting of the Board 12.05.2031",
        "Applications Due By 12.05.2031",
        "Valid Until 12.05.2031",
        "l'Example 12.03.2031",  # an elided article opens no office's name
    ],
)
def test_a_field_and_its_date_is_no_sign_off(line: str) -> None:
    assert issuer_date(line) == ""


def test_a_schedule_of_places_and_days_dates_nothing() -> None:
    # Rows of a place and a day at the foot are a schedule's, not one sign-off (review2).
    text = (
        "Mobile clinic visits\n\n"
        "The health service brings its mobile clinic to the centres below this spring.\n\n"
        "Visit Schedule\n"
        "North Valley Health Centre 12.03.2031\n"
        "South Coast Health Centre 19.03.2031\n"
    )
    assert dateline_date(text) == ""
    assert release_from_text(text).date == ""


def test_a_bracket_or_a_figure_in_the_name_is_no_sign_off() -> None:
    # (review2: the cited-paper case above fails on its closing bracket after the date;
    # here the bracket stands in the name itself.)
    assert issuer_date("Office of Example North 12.03.2031") == "2031-03-12"
    assert issuer_date("Office of Example (North) 12.03.2031") == ""
    assert issuer_date("Office of Example Room 4 12.03.2031") == ""
    # A field and its value: a colon stands in no office's name (only _NOT_A_NAME asks).
    assert issuer_date("Harbour Office Notice: Berths Closed 12.03.2031") == ""
    assert issuer_date("Harbour Office of Examplia 12.03.2031") == "2031-03-12"
