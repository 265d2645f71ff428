"""An <h1> outside the column holding the text that says what the <title> says is the
headline (a column of its own, Drupal panels); a site name in the banner is not. Made-up
pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file

_BODY = """<p>The river authority opened a new fish pass at the old weir on Monday, so
that salmon can swim upstream to their spawning grounds for the first time in decades.</p>
<p>The pass cost four million and took two years to build; the authority will count the
fish that use it with a camera at its upper end every autumn.</p>"""


def _read(tmp_path: Path, page: str) -> tuple[list[Line], list[str]]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    extracted = read_file(path)
    return extracted.lines, [text for _, text in extracted.dropped]


def _columns_page(h1_box: str) -> str:
    side = "".join(f"<li><a href='/n/{i}'>Other story number {i}</a></li>" for i in range(12))
    return f"""<html><head><title>Fish pass opens at the old weir | River Authority</title>
</head><body>{h1_box}<div class="grid"><div class="col-first"><div class="pane-title">
<h1>Fish pass opens at the old weir</h1></div><div class="meta">By the press office</div>
</div><div class="col-body"><div class="body-field">{_BODY}<p>The authority thanked
the anglers' clubs that raised a tenth of the cost and will open the pass to visitors
on the first Sunday of every month, with a guide from the authority's staff.</p></div>
</div><div class="col-side"><ul>{side}</ul><p>The authority runs rivers, weirs and
locks across the region and publishes its news, notices and reports on this site.</p>
</div></div></body></html>"""


def test_headline_in_a_column_beside_the_text_is_the_title(tmp_path: Path) -> None:
    lines, _ = _read(tmp_path, _columns_page(""))
    titles = [line.text for line in lines if line.style == "title"]
    assert titles == ["Fish pass opens at the old weir"]


def test_site_name_in_the_banner_is_no_title(tmp_path: Path) -> None:
    page = _columns_page("").replace(
        "Fish pass opens at the old weir | River Authority", "River Authority"
    )
    page = page.replace("<body>", "<body><header><h1>River Authority</h1></header>", 1)
    lines, _ = _read(tmp_path, page)
    assert "River Authority" not in [line.text for line in lines if line.style == "title"]


def test_the_title_is_the_headline_as_printed_not_the_head_titles_leftover(
    tmp_path: Path,
) -> None:
    # A <title> whose site tail left a separator behind ("Headline -"): the <h1> says
    # the same words, and is the one printed.
    page = _columns_page("").replace(
        "Fish pass opens at the old weir | River Authority", "Fish pass opens at the old weir -"
    )
    lines, _ = _read(tmp_path, page)
    titles = [line.text for line in lines if line.style == "title"]
    assert titles == ["Fish pass opens at the old weir"]
