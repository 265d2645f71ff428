"""Markdown numbered a paragraph a number with no stop ("1 Good evening."): "1 Text" is
no Markdown list, so the text keeps the numbers as the writer typed them, and a run of
them from 1 numbers the paragraphs, as in plain text; their lettered items nest under
them. Made-up releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

_WORDS = "and the work of the office goes on through the year with its partners."


def _labels(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / "speech.md"
    path.write_text(text, encoding="utf-8")
    release = load_release(path, suggest=False)
    return [(n.label, [c.label for c in n.children]) for n in release.root.children if n.label]


def test_bare_numbered_paragraphs_hold_their_items(tmp_path: Path) -> None:
    text = (
        "# Speech at the harbour opening\n\n"
        f"1 Good evening, {_WORDS}\n\n"
        f"2 The harbour opens today, {_WORDS}\n\n"
        "a. The first quay is ready.\n\n"
        "b. The second quay follows.\n\n"
        f"3 We thank our partners, {_WORDS}\n\n"
        f"4 Let me end here, {_WORDS}\n"
    )
    assert _labels(tmp_path, text) == [
        ("1", []),
        ("2", ["a.", "b."]),
        ("3", []),
        ("4", []),
    ]
