"""A dateline's place set on its own line over the date ("Example City, Examplia" over
"Tuesday, March 4, 1980") is no title and no wrap of the title above it (made-up
transcript head)."""

from __future__ import annotations

from briefing.ingest import release_from_text

TRANSCRIPT = """\
OFFICE OF PUBLIC AFFAIRS
The Example Harbour Club
Example City, Examplia
Tuesday, March 4, 1980
DIRECTOR JANE EXAMPLE: Good morning. I am glad to be with you today to talk
about the changes taking place in our harbour offices and what they mean for
the people who work in them.
"""


def test_place_line_is_neither_title_nor_its_wrap():
    release = release_from_text(TRANSCRIPT)
    assert release.title == "The Example Harbour Club"
    assert release.date == "1980-03-04"
