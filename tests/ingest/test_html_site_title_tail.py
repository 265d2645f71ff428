"""A page's <title> that joins the site's name to the headline ("Headline ‹ Site") does
not replace the headline the page prints: that heading is the title. Made-up page."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.readers import read_file


@pytest.mark.parametrize("joint", ["&lsaquo;", "|", "&ndash;", "-", "&raquo;"])
def test_printed_headline_is_the_title(tmp_path: Path, joint: str) -> None:
    page = f"""<html><head><title>Lake shore path reopens after repairs {joint} Friends of
the Lake</title></head><body><div class="post"><h3>Lake shore path reopens after
repairs</h3><p>The path along the east shore of the lake reopened on Sunday after three
months of repairs to its bridges and its drainage.</p></div></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    extracted = read_file(path)
    titles = [line.text for line in extracted.lines if line.style == "title"]
    assert titles == ["Lake shore path reopens after repairs"]
    assert extracted.metadata["title"] == "Lake shore path reopens after repairs"
