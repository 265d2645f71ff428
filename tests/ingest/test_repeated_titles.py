"""A page copied from a browser prints its title twice (the trail's last step, the
heading) under the site's notices, which read as prose; the page's text starts under the
second copy and that line is the title. Made-up pages."""

from __future__ import annotations

from briefing.ingest import release_from_text

NOTICE_ABOVE = """\
Skip to main content

Search

Log in

Not registered yet?

Sign up now and receive the latest news about the sample industry every week.

Your benefits:

You always get the information that matters to you.

Press

Home

Press

Sample Meters Act: clarity at last for the industry

Press

02.12.2031

Sample Meters Act: clarity at last for the industry

89/2031

But the pace of rollout is still too slow

Jane Example, chair of the Sample Association, on the draft of the Sample Meters Act:

"The draft finally lets the rollout of smart meters begin, and the industry is ready to deliver."

Share

Print
"""

OWN_TITLE_TWICE = """\
Home

Topics

Sample Forum on Rural Development

Sample Forum on Rural Development

In 2031 the forum was devoted to volunteering in rural areas, held online for the second time.

The minister opened the forum on 26 January 2031 with a speech on civic engagement.

Volunteers carry our villages: the minister thanked them for their work.

The forum discussed how volunteering can be supported in the years ahead.

Add to basket

Add to basket
"""


def test_a_title_printed_twice_under_a_site_s_notice_is_the_title() -> None:
    release = release_from_text(NOTICE_ABOVE)
    assert release.title == "Sample Meters Act: clarity at last for the industry"


def test_lines_printed_twice_below_a_head_that_repeats_its_own_title_are_not_it() -> None:
    assert release_from_text(OWN_TITLE_TWICE).title == "Sample Forum on Rural Development"
