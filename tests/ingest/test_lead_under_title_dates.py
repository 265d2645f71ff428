"""The head a release is dated from runs to the lead paragraph under the title, not to a
site's paragraph printed over it (a cookie notice or welcome blurb on a page saved whole)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.helpers import read_release

PAGE = """<html><head><title>Examplia grants parents paid leave | Examplia Civic Forum</title>
</head><body>
<div class="notice"><p>Welcome to the Examplia Civic Forum. We are an independent association
of citizens who write about public policy, the economy and culture. We publish commentary and
reports every week.</p>
<p>Please visit us often. We use cookies to count our readers.</p><a href="#">Close</a></div>
<article><div class="kicker">#Briefly on the law in Examplia <span>22 March 2031</span></div>
<h1>Examplia grants parents paid leave</h1>
<p>Examplia is the second country to grant parents paid leave after a loss. The right applies
whatever the stage of the pregnancy.</p>
<p>The leave is paid by the employer and does not reduce other leave. It was adopted in 2029
after a long campaign.</p>
</article></body></html>"""


def test_a_site_paragraph_over_the_title_does_not_end_the_head(tmp_path: Path) -> None:
    release = read_release(tmp_path, PAGE, "page.html")
    assert release.title == "Examplia grants parents paid leave"
    assert release.date == "2031-03-22"
