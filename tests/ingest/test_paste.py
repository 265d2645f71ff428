"""Paste as Release: HTML from a browser keeps its structure; plain text is read as text."""

from __future__ import annotations

import pytest

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.paste import release_from_clipboard

HTML = (
    "<h1>Ministers agree on a plan</h1><p>4 December 2026</p>"
    "<ol start='3'><li>The ministers adopted the plan of action.</li>"
    "<li>They will meet again in June.</li></ol>"
)
TEXT = "Ministers agree on a plan\n\n4 December 2026\n\nThe ministers adopted the plan."


def test_browser_html_keeps_list_numbers_and_title() -> None:
    release = release_from_clipboard(TEXT, HTML, suggest=False)
    assert release.title == "Ministers agree on a plan"
    assert [n.label for n in release.root.walk() if n.label][:2] == ["3.", "4."]
    assert release.source.path == "pasted text"


def test_a_bare_fragment_is_read_as_text() -> None:
    release = release_from_clipboard(TEXT, "<b>Ministers</b> agree", suggest=False)
    assert "The ministers adopted the plan." in release.text


def test_an_empty_clipboard_is_one_line() -> None:
    with pytest.raises(ReleaseReadError, match="no text"):
        release_from_clipboard("  \n", "", suggest=False)
