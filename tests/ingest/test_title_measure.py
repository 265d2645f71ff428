"""A title run on into the lines under it, in text where no blank line parts them
(``pdftotext -raw``, a letter head): a title line that left room for the next line's
first word was the title's last line when a wider line in running case follows
(title._past_title_measure); a line in running case opening in a capital under a title line
in capitals is no wrap of it either (title._not_a_wrap). Made-up texts."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

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


def test_a_line_under_a_title_that_left_room_for_its_first_word_is_no_wrap() -> None:
    release = release_from_text(RAW_REPORT)
    assert release.title == (
        "Summary of the deliberations of the Imaginary Board of Governors before the"
        " decision on the discount rate for March 2031"
    )


def test_a_centred_title_in_capitals_keeps_its_short_lines() -> None:
    release = release_from_text(CENTRED_CAPS_TITLE)
    assert release.title.startswith("SESSION OF THE IMAGINARY ASSEMBLY AT THE LEVEL")


RAW_POLICY_STATEMENT = """\
STATEMENT OF IMAGINARY GOVERNMENT POLICY
Harbour Dues Reform Bill 2031
(Rep. Example, Harbour Party, and 12 co-sponsors)
The Imaginary Government supports the Bill, which would lower the dues charged at the
small harbours of the coast and fund their upkeep from the general budget.
"""

CAPS_TITLE_WRAPPED_IN_SMALL_LETTERS = """\
SPEECH OF THE IMAGINARY PRIME MINISTER
on the occasion of the opening of the new harbour of the capital city
Ladies and gentlemen,
Today we open a harbour that the whole country has waited for since the last century,
and I thank all who built it.
"""


def test_a_line_in_running_case_under_a_title_in_capitals_is_no_wrap() -> None:
    release = release_from_text(RAW_POLICY_STATEMENT)
    assert release.title == "STATEMENT OF IMAGINARY GOVERNMENT POLICY"


def test_a_title_in_capitals_goes_on_in_small_letters() -> None:
    release = release_from_text(CAPS_TITLE_WRAPPED_IN_SMALL_LETTERS)
    assert release.title == (
        "SPEECH OF THE IMAGINARY PRIME MINISTER on the occasion of the opening of the"
        " new harbour of the capital city"
    )


ONE_LINE_TITLE_AND_DECK = """\
Imaginary Bank
Harbour City, 3 May 2031
Press release
Discount rate review at the spring meeting
Target band for the overnight rate kept at 1.25% to 2.25%
The Imaginary Bank has decided to keep its target band for the overnight rate where it
was set in the winter, as prices rose in line with its forecast over the last quarter.
"""


def test_a_wider_line_under_a_one_line_title_that_left_room_is_no_wrap() -> None:
    # The line under the title fits the measure, so the title's line was not broken for
    # want of room: the second line is a deck of its own.
    release = release_from_text(ONE_LINE_TITLE_AND_DECK)
    assert release.title == "Discount rate review at the spring meeting"
