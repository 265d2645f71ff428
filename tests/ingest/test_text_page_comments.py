"""A converter's page marks written as HTML comments ("<!-- page 2 -->") in text made
out of a PDF: page breaks, not text; the running head and page number at each break are
then taken as page furniture. Made-up documents in the shape of real ones."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.page_comments import pages_from_comments

BODY = (
    "The Ministry has decided that the council shall be reconstituted with the members "
    "named in the schedule, and that they shall serve for three years from today."
)

TEXT = f"""<!-- page 1 -->
EXAMPLIA GAZETTE : EXTRAORDINARY
Notification on the Examplia Council of Teachers

{BODY}
{BODY}

<!-- page 2 -->
2
EXAMPLIA GAZETTE : EXTRAORDINARY
{BODY}
{BODY}

<!-- page 3 -->
3
EXAMPLIA GAZETTE : EXTRAORDINARY
{BODY}
The council shall meet twice a year.
"""


def test_page_comments_are_page_breaks_not_text():
    release = release_from_text(TEXT)
    assert release.title and "<!--" not in release.title, release.title
    texts = [release.node_text(n) for n in release.nodes()]
    assert not any("<!--" in t for t in texts), texts
    removed = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert "2" in removed and "3" in removed, removed
    assert removed.count("EXAMPLIA GAZETTE : EXTRAORDINARY") >= 2, removed


def test_the_line_after_a_page_comment_opens_a_page():
    dropped: list[tuple[str, str]] = []
    lines = ["<!-- page 1 -->", "Head", "text", "", "<!--Page 2-->", "2", "more"]
    assert pages_from_comments(lines, dropped) == ["Head", "text", "", "\f2", "more"]
    assert [d[1] for d in dropped] == ["<!-- page 1 -->", "<!--Page 2-->"]


def test_other_comments_stay_for_the_other_passes():
    lines = ["<!-- a note to the editor -->", "Text", "<!-- pages 2 to 4 -->"]
    assert pages_from_comments(lines, []) is lines
