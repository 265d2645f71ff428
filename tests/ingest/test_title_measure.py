"""A title run on into the lines under it, in text where no blank line parts them
(``pdftotext -raw``, a letter head): a title line that left room for the next line's
first word was the title's last line when a wider line in running case follows
(title._past_title_measure). Made-up texts."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

RAW_PRESS_RELEASE = """\
Press Release
Imaginary Ministry Grants Rs 12 Million for Rural Library Books in the Northern Province by
2031
The Imaginary Ministry of Culture has agreed to fund new books for forty village libraries
which were opened in the northern districts in 2029 by the provincial council, in order to
give readers in those villages a wider choice of titles.
The books will be bought by the provincial library board before the end of the year.
"""

RAW_REPORT = """\
Summary of the deliberations of the Imaginary Board of Governors before the decision on
the discount rate for March 2031
Members met on the seventh day of the month to review the economy
General
The board reviewed the imaginary economy, its prices and its trade with other countries,
and discussed the options for the discount rate in the light of the latest figures.
"""

CENTRED_CAPS_TITLE = """\
SESSION OF THE IMAGINARY ASSEMBLY
AT THE
LEVEL OF DEPUTY MINISTERS
HELD IN THE CAPITAL CITY OF ATLANTIS,
ON 2-3 MAY 2031

1. The ministers met to review the imaginary programme of work for the coming year and
agreed to meet again in the autumn.
2. The ministers thanked the host government.
"""


def test_a_body_sentence_under_a_titles_short_last_line_is_no_wrap() -> None:
    release = release_from_text(RAW_PRESS_RELEASE)
    assert release.title == (
        "Imaginary Ministry Grants Rs 12 Million for Rural Library Books in the"
        " Northern Province by 2031"
    )


def test_a_line_under_a_title_that_left_room_for_its_first_word_is_no_wrap() -> None:
    release = release_from_text(RAW_REPORT)
    assert release.title == (
        "Summary of the deliberations of the Imaginary Board of Governors before the"
        " decision on the discount rate for March 2031"
    )


def test_a_centred_title_in_capitals_keeps_its_short_lines() -> None:
    release = release_from_text(CENTRED_CAPS_TITLE)
    assert release.title.startswith("SESSION OF THE IMAGINARY ASSEMBLY AT THE LEVEL")
