"""Paste as Release: HTML from a browser keeps its structure; plain text is read as text."""

from __future__ import annotations

import pytest

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.paste import release_from_clipboard
from tests.ingest.helpers import heading_texts

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


MARKDOWN = (
    "# Report of the Examplian Board\n\n"
    "## Background\n\n"
    "The board met on the fourth of May and agreed on the plan its staff put before it.\n\n"
    "1\\. The board noted the progress made on the new office.\n\n"
    "2\\. The board approved the timetable for training the wardens.\n\n"
    "## Next steps\n\n"
    "The board will meet again when the office is open.\n"
)


def test_pasted_markdown_reads_as_the_same_text_opened_from_a_file(tmp_path) -> None:
    # A chat tool's answer or a page's Markdown source pasted: its marks are syntax, as
    # in a .txt holding the same words, never "## Background" shown as a paragraph.
    from briefing.ingest import load_release

    pasted = release_from_clipboard(MARKDOWN, "", suggest=False)
    path = tmp_path / "board.txt"
    path.write_text(MARKDOWN, encoding="utf-8")
    opened = load_release(path, suggest=False)
    assert pasted.source.format == opened.source.format == "md"
    assert heading_texts(pasted) == ["Background", "Next steps"]
    assert [n.label for n in pasted.root.walk() if n.label] == ["1.", "2."]
    assert pasted.text == opened.text
    assert "##" not in pasted.text


def test_pasted_plain_text_with_a_stray_mark_stays_plain_text() -> None:
    release = release_from_clipboard("Ministers agree on a plan\n\n## draft\n\nThey met.", "")
    assert release.source.format == "paste"
