"""A run of datelines naming three days or more is a site's list of posts (dated_lists)."""

from __future__ import annotations

import time

from briefing.ingest import release_from_text
from briefing.ingest.dated_lists import blanked, dated_list_spans, outside


def test_a_box_of_dated_cards_over_the_article_does_not_date_it() -> None:
    page = (
        "Apr 2, 2031\n\n"
        "Examplia Office Files Charges in Harbour Theft Case\n\n"
        "Mar 20, 2031\n\n"
        "Examplia Court Backlog Cleared\n\n"
        "Feb 11, 2031\n\n"
        "Harbour Board Approves the New Pilot Station\n\n"
        "Jan 30, 2031\n\n"
        "Examplia Office Names a New Deputy\n\n"
        "Works on the Station Start in the Spring\n\n"
        "February 11, 2031\n\n"
        "Harbour Board Approves the New Pilot Station\n\n"
        "The harbour board approved the new pilot station at its meeting, with works to "
        "start in the spring and the station to open next winter.\n"
    )
    assert release_from_text(page).date == "2031-02-11"


def test_a_calendar_of_dates_stacked_over_the_text_does_not_date_it() -> None:
    page = (
        "12 March 2031\n\n"
        "30 January 2031\n\n"
        "14 December 2030\n\n"
        "You may also be interested in:\n\n"
        "Statement of the Examplia Monetary Board\n\n"
        "Jane Example, Governor of the Bank of Examplia\n\n"
        "Port Example, 5 November 2030\n\n"
        "Good afternoon, the Deputy Governor and I welcome you to our press conference.\n"
    )
    assert release_from_text(page).date == "2030-11-05"


def test_two_dates_over_the_text_are_no_list() -> None:
    # (a release's own date and the day it was updated)
    placed = [(0, "2 March 2031"), (14, "Updated 4 March 2031")]
    text = "2 March 2031\n\nUpdated 4 March 2031\n\nThe board met.\n"
    assert dated_list_spans(placed, text) == []


def test_dates_apart_by_paragraphs_are_no_list() -> None:
    text = (
        "2 March 2031\n\nThe board met and decided on the rates.\n\nIt will meet again.\n\n"
        "9 March 2031\n\nThe board met again.\n\nIt decided nothing.\n\n16 March 2031\n"
    )
    placed = [(text.index(d), d) for d in ("2 March 2031", "9 March 2031", "16 March 2031")]
    assert dated_list_spans(placed, text) == []


def test_the_same_day_printed_three_times_is_no_list() -> None:
    text = "2 March 2031\n\nHeadline\n\n2 March 2031\n\nHeadline\n\n2 March 2031\n"
    placed = [(0, "2 March 2031"), (24, "2 March 2031"), (48, "2 March 2031")]
    assert dated_list_spans(placed, text) == []


def test_the_list_is_left_out_of_the_datelines_and_the_head() -> None:
    text = "1 May 2031\n2 May 2031\n3 May 2031\nRest\n"
    placed = [(0, "1 May 2031"), (11, "2 May 2031"), (22, "3 May 2031")]
    spans = dated_list_spans(placed, text)
    assert spans == [(0, 32)]
    assert outside(placed, spans) == []
    assert blanked(text, spans) == " " * 10 + "\n" + " " * 10 + "\n" + " " * 10 + "\nRest\n"


def test_many_lists_in_a_long_text_are_left_out_in_linear_time() -> None:
    # (A long calendar or register: thousands of runs of dates, each run's span blanked in
    # the whole text; a copy of the text a span, or a look at every span a dateline, was
    # quadratic. Old: about 5 s here; now a few milliseconds.)
    run = "1 May 2031\n2 May 2031\n3 May 2031\n"
    para = "The board met and decided on the rates of the Examplian harbour. " * 6 + "\n"
    n = 6000
    text = (run + para) * n
    step = len(run) + len(para)
    spans = [(k * step, k * step + len(run) - 1) for k in range(n)]
    placed = [(k * step + o, "1 May 2031") for k in range(n) for o in (0, 11, 22)]
    started = time.perf_counter()
    kept = outside([*placed, (len(text) - 5, "x")], spans)
    out = blanked(text, spans)
    assert time.perf_counter() - started < 1.0
    assert kept == [(len(text) - 5, "x")] and len(out) == len(text)
    assert out.count("May") == 0 and out.count("harbour") == 6 * n


def test_a_papers_labelled_date_fields_are_no_list() -> None:
    # A policy's head names each of its dates; a list's cards print theirs bare.
    text = (
        "Policy on Examplian Harbour Fees\n\n"
        "Issue date: 1 April 2031\nEffective date: 1 May 2031\nNext review: 1 April 2034\n\n"
        "This policy sets the fees that ships pay in the harbours of Examplia and how they "
        "are paid.\n"
    )
    assert release_from_text(text).date == "2031-04-01"
