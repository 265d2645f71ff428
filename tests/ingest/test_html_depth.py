"""HTML nested past what the parser reads is reported, not lost silently."""

from __future__ import annotations

from briefing.ingest import load_release


def test_html_nested_too_deep_says_what_it_did_not_read(tmp_path):
    """Issue 14: past libxml2's 256 levels the deep text is not read; the release says so."""
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body><p>A shallow paragraph of the release text here.</p>"
        + "<div>" * 400
        + "<p>Deep text.</p>"
        + "</div>" * 400
        + "</body></html>",
        encoding="utf-8",
    )
    release = load_release(path)
    assert "shallow paragraph" in release.text
    assert [r.kind for r in release.removed if r.kind == "nesting"] == ["nesting"]
