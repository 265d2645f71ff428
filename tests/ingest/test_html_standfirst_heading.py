"""A standfirst a site sets in heading type above the text ("<h2>One sentence.</h2>" under
the headline) is a paragraph; a sentence set as a heading within the text stays the
site's crosshead. Made-up page."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_PAGE = """<html><body><article><h1>Rail link to the coast wins funding</h1>
<p>By A. Writer | 04/05/2031</p>
<h2>The regional council has found the money to rebuild the old line by the sea.</h2>
<p>The council voted on Thursday to fund the rebuilding of the rail link between the
capital and the coast, closed since the floods of the last decade, with trains every hour.</p>
<h3>The work will take three years and start with the bridges over the two rivers.</h3>
<p>Engineers say the bridges are the hardest part of the work, and the first contracts
will be signed before the end of the year so that building can start in spring.</p>
</article></body></html>"""


def test_standfirst_in_heading_type_is_a_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    styles = {line.text: line.style for line in read_file(path).lines}
    assert (
        styles["The regional council has found the money to rebuild the old line by the sea."] == ""
    )
    crosshead = "The work will take three years and start with the bridges over the two rivers."
    assert styles[crosshead].startswith("heading")
