"""A foot laid out in columns (``pdftotext -layout``): the issuer's name in one column,
the date beside it in another. The name is no sentence running on into the date."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.dates_lines import dateline_date

FOOT = (
    "Tax relief for small farms\n\n"
    "The government has decided to lower the tax on farm produce for five years.\n\n"
    "The measure takes effect at once and will be reviewed by the ministry.\n\n\n"
    "A. Person\n"
    "Director of Information\n"
    "Ministry of Example Affairs                  23.11.2018\n"
)


def test_a_date_beside_the_issuer_in_its_own_column_dates_the_release() -> None:
    assert dateline_date(FOOT) == "2018-11-23"
    assert release_from_text(FOOT).date == "2018-11-23"


def test_a_date_ending_a_wrapped_sentence_still_dates_nothing() -> None:
    # The line above goes on into the date opening its own line: that date ends the
    # sentence (as before), column or not.
    text = FOOT.replace(
        "Ministry of Example Affairs                  23.11.2018\n",
        "The next review of the measure is scheduled on\n23.11.2018\n",
    )
    assert dateline_date(text) == ""
