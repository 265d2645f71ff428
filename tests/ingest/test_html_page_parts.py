"""Parts of a web page saved whole: which are the release's (headline box, section
headers, picture captions, dateline) and which the site's. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_BODY = (
    "<p>The river authority opened the new flood gate on Monday after three years of "
    "work, and will test it at every spring tide until the end of the year.</p>"
    "<p>The gate closes in four minutes and protects some twelve thousand homes along "
    "the lower reaches of the river from storm surges.</p>"
)


def _read(tmp_path: Path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return read_file(path)


def test_headline_box_with_a_list_of_subject_links_keeps_its_headline(tmp_path: Path) -> None:
    # Kicker, headline and the site's subject tags (a list of links) in one header box:
    # the tags go, the kicker and headline stay.
    head = (
        '<header class="pageHead"><div class="pageHead__box">'
        '<div class="pageHead__kicker">Flood defence</div><h1>New gate on the river</h1>'
        '<ul><li><a href="/t/water">Water</a></li><li><a href="/t/rivers">Rivers</a></li>'
        '<li><a href="/t/safety">Public safety</a></li></ul></div></header>'
    )
    extracted = _read(tmp_path, f"<html><body><article>{head}{_BODY}</article></body></html>")
    texts = [line.text for line in extracted.lines]
    assert "New gate on the river" in texts
    assert "Flood defence" in texts
    assert not any("Public safety" in t for t in texts)
