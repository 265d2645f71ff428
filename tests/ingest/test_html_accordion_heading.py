"""An accordion's control wrapping a heading is the title of the section it opens: a
collapsed section is still the release, and its title goes with it. A bare tab or
accordion control (words only) is still the page's control. Made-up page."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_PAGE = """<html><body><article><h1>Council adopts the harbour plan</h1>
<p>The council adopted on Monday the plan for the old harbour, after two years of
hearings with residents, shop owners and the fishing cooperative.</p>
<div class="panel"><a class="collapsed" data-toggle="collapse" href="#part-2"
aria-controls="part-2"><div class="panel-heading"><h4 class="panel-title">Timetable of
the works</h4></div></a><div id="part-2" class="panel-collapse collapse"><p>The quays
are rebuilt first, from next spring, and the market hall follows a year later.</p></div>
</div><ul class="tabs"><li><a data-toggle="tab" href="#t1">Overview</a></li></ul>
</article></body></html>"""


def test_accordion_control_wrapping_a_heading_keeps_the_heading(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    lines = read_file(path).lines
    texts = [line.text for line in lines]
    assert "Timetable of the works" in texts
    assert any(t.startswith("The quays are rebuilt first") for t in texts)
    assert "Overview" not in texts
