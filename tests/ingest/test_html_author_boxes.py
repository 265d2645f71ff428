"""The writer's presentation box under an article (html_author_boxes): a small box
linking to the writer's page on the site, with a biography, goes once the text has
begun; a byline above the text, a box giving a date and a sentence of the release
linking such a page stay. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_HEAD = "<h1>Harbour office opens a second quay</h1>"
_BODY = (
    "<p>The harbour office opened its second quay on Monday, doubling the berths for "
    "ferries and cargo ships calling at the port through the summer season.</p>"
    "<p>The works took two years and were paid for by the port's own reserves, the "
    "office said, and the old quay will be repaired over the coming winter.</p>"
)
_BIO = (
    "<div class='writer-card'><h3>About the writer</h3>"
    "<div><a href='/author/ann-smith'>Ann Smith</a></div>"
    "<p>Ann Smith covers shipping and the ports for the paper. She joined the newsroom "
    "in the spring after ten years at a trade weekly.</p></div>"
)


def _texts(tmp_path: Path, inner: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main>{inner}</main></body></html>", encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def test_an_author_box_under_the_text_goes(tmp_path: Path) -> None:
    texts = _texts(tmp_path, _HEAD + _BODY + _BIO)
    assert not any("covers shipping" in t or t == "Ann Smith" for t in texts)
    assert any(t.startswith("The works took two years") for t in texts)


def test_a_byline_with_its_date_stays(tmp_path: Path) -> None:
    byline = (
        "<div class='byline'>By <a href='/author/ann-smith'>Ann Smith</a>, port reporter "
        "for the daily paper, 3 May 2024</div>"
    )
    texts = _texts(tmp_path, _HEAD + _BODY[: _BODY.index("<p>The works")] + byline + _BODY)
    assert any("port reporter" in t for t in texts)


def test_a_sentence_linking_an_author_page_stays(tmp_path: Path) -> None:
    para = (
        "<div class='note'>The office thanked the crews and the engineers who built the quay, "
        "and <a href='/authors/list'>the writers</a> of its history.</div>"
    )
    texts = _texts(tmp_path, _HEAD + _BODY + para)
    assert any(t.startswith("The office thanked the crews") for t in texts)
