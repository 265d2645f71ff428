"""A signing line that prints its day as an English ordinal after a long place ("Done at
Port Examplia, Ruritania, this 4th day of May, 2023, in two originals") dates the act.
Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.act_signatures import signed_date_line
from briefing.ingest.ordinal_signing_dates import ordinal_date_text

_AGREEMENT = (
    "Agreement on Fisheries Cooperation between Ruritania and Examplia\n\n"
    "1. The Parties shall share their catch records every season.\n\n"
    "2. This Agreement enters into force on signature.\n\n"
    "Done at Port Examplia, Ruritania, this 4th day of May, 2023, in two originals in "
    "the English language.\n"
)


def test_the_ordinal_words_are_found_inside_a_line() -> None:
    assert ordinal_date_text("Done at X, Y, this 4th day of May, 2023, in two") == (
        "4th day of May, 2023"
    )
    assert ordinal_date_text("Done at X on the 4th of May 2023") == "4th of May 2023"
    assert ordinal_date_text("Done at X in May 2023") == ""


def test_a_signing_line_with_an_ordinal_day_dates_the_act() -> None:
    assert signed_date_line(_AGREEMENT) == "4th day of May, 2023"
    assert release_from_text(_AGREEMENT).date == "2023-05-04"
