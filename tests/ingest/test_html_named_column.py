"""A box named like furniture ("share", "sidebar", "related") that holds most of the
release's running text is the release's own column: templates name the column after
what sits beside or inside it, and a sentence missing from the brief is worse than a
menu line kept. A small box of the same name beside the text is still dropped, and so
are the menus inside the kept column. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_BODY = """<p>The water board approved on Tuesday a plan to replace the old pumping station
at the river mouth, which has served the lower district since the nineteen-sixties.</p>
<p>Work starts in autumn and should take two years; the old station keeps running until
the new one has passed its trials, so that no street is left without drainage.</p>
<p>The plan costs forty million and is paid for by the board's reserves and a loan.</p>
<ul class="menu"><li><a href="/print">Print</a></li><li><a href="/mail">Mail</a></li></ul>"""


def _lines(tmp_path: Path, page: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def test_column_named_like_furniture_holding_the_text_is_kept(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>Board approves new pumping station</h1>
<p class="lead">The lower district gets a new pumping station by the end of next year.</p>
<div class="content-share-wrapper">{_BODY}</div>
<div class="related"><p>Another plan of the board, approved last spring, for the
northern dykes and their sluices.</p></div></article></body></html>"""
    texts = _lines(tmp_path, page)
    assert any(t.startswith("The water board approved on Tuesday") for t in texts)
    assert any(t.startswith("The plan costs forty million") for t in texts)
    assert not any(t.startswith("Another plan of the board") for t in texts)
    assert "Print" not in texts and "Mail" not in texts


def test_small_box_named_like_furniture_is_still_dropped(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>Board approves new pumping station</h1>
{_BODY}<div class="share-box"><p>Share this page with a friend by mail or on the
networks of your choice.</p></div></article></body></html>"""
    texts = _lines(tmp_path, page)
    assert any(t.startswith("The water board approved on Tuesday") for t in texts)
    assert not any(t.startswith("Share this page") for t in texts)


def test_word_of_a_sentence_named_like_furniture_is_kept(tmp_path: Path) -> None:
    """A glossary term's link inside a sentence (a hover hint, marked as a toggle) is a
    word of the release; a share bar's links, strung with spaces, still go."""
    page = """<html><body><article><h1>Board approves new pumping station</h1>
<p>The new station cuts the <a class="glossary tooltip-link" data-toggle="tooltip"
title="Water that runs off roofs and streets">storm water</a> overflow into the river
by half, the board said on Tuesday after its monthly meeting.</p>
<p class="links"><a class="share" href="/s/mail">Mail</a> <a class="share"
href="/s/print">Print</a></p></article></body></html>"""
    texts = _lines(tmp_path, page)
    assert any("cuts the storm water overflow into the river" in t for t in texts)
    assert "Mail Print" not in texts and "Mail" not in texts
