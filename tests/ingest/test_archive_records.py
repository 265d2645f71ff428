"""What an archive adds to the releases it keys in: the operator's record stamp at the
foot ("ab  2001-03-09  11:42") is furniture, and its date is never the release's.
Made-up transcripts in the shape a parliamentary library's records take."""

from __future__ import annotations

from briefing.ingest import release_from_text

TRANSCRIPT = """\
  The Hon. Jane Example MP

  Doorstop - Perth - Re Regional Centres

  Interviewee: Jane Example MP
  Date: 5/3/01

  Example:

 The centres will open next month and the funding is in place for the
first three years of their work in the northern towns.

  Reporter:

 Will there be more of them?

  Example:

 We will look at that when the first three have been running for a
year and we know what the towns need from them.


  ab  2001-03-09  11:42
"""


def test_the_record_stamp_at_the_foot_is_furniture():
    release = release_from_text(TRANSCRIPT)
    assert "ab 2001-03-09 11:42" in [r.text for r in release.removed]
    assert "2001-03-09" not in release.text
    assert release.date != "2001-03-09"


def test_a_date_in_the_last_line_of_prose_stays():
    text = TRANSCRIPT.replace("  ab  2001-03-09  11:42\n", "The report is due on 2001-03-09.\n")
    release = release_from_text(text)
    assert "2001-03-09" in release.text


def test_a_transcripts_date_field_in_figures_dates_it():
    # "Date: 5/3/01" under the interviewee's name: a labelled field, day first.
    release = release_from_text(TRANSCRIPT)
    assert release.date == "2001-03-05"


def test_the_event_line_with_its_date_in_figures_dates_it():
    text = TRANSCRIPT.replace("  Interviewee: Jane Example MP\n  Date: 5/3/01\n", "  PRESS CONFERENCE 6/3/01\n")
    assert release_from_text(text).date == "2001-03-06"


def test_a_file_number_in_figures_is_no_date():
    from briefing.ingest.dates import find_date

    assert find_date("Ref 5/3/01") is None
    assert find_date("Resolution 4/6/99") is None


def test_the_library_stamps_code_read_on_its_own_line_is_furniture():
    text = """\
MINISTER FOR EXAMPLES

New funding for the regional centres

The Minister today announced new funding for the regional centres of the northern
provinces, which will open their doors to new arrivals from next month.

COMMONWEALTH PARLIAMENTARY LIBRARY

C. I. S.

The centres have done outstanding work for the towns they serve, the Minister said, and
the funding will let them do more of it.
"""
    release = release_from_text(text)
    removed = [r.text for r in release.removed]
    assert "C. I. S." in removed
    assert "C. I. S." not in release.text
