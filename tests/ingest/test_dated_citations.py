"""A sentence's "dated" cites another paper by its date; a field's "Dated:" is the release's."""

from __future__ import annotations

from briefing.ingest.dates_lines import labelled_date


def test_a_letter_cited_by_its_date_does_not_date_the_release() -> None:
    head = (
        "JOINT SITTING OF THE EXAMPLIA ASSEMBLY\n"
        "Thursday, 20th November 2031\n"
        "In this regard, the Chief of Staff, vide a letter referenced No. EX/12 Vol. 3(1), "
        "dated 3rd September 2031, informed the Speaker of the address.\n"
    )
    assert labelled_date(head) == ""


def test_a_dated_field_run_into_a_line_of_fields_still_dates_it() -> None:
    assert labelled_date("Press Release Dated: 4 Mar 2031  Press Release Number: 31/11") == (
        "2031-03-04"
    )
    assert labelled_date("DATED 4 March 2031\nThe Board met.") == "2031-03-04"
