"""A converter's page separators ("===== Page 12 =====", "-- 2 of 10 --") are page
furniture in Markdown and in text; a Markdown rule, a bold figure and a framed word stay
what they were. Made-up releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release, release_from_text
from briefing.ingest.page_separators import is_page_separator

MARKDOWN = """\
# Harbour pilots' charter

The Board, acting for the harbour authority:

- sets the rota of the pilots on duty;
- keeps the register of the vessels they bring in and out of the harbour
===== Page 12 =====
- approves the training of new pilots each spring.

The charter takes effect on 1 May.
"""

TEXT = """\
Harbour pilots' charter

The Board sets the rota of the pilots on duty and keeps the register of the vessels
they bring in and out of the harbour in every season of the year.

-- 2 of 3 --

The pilots' association names two members of the Board for three years each and may
name them again once.

-- 3 of 3 --

The charter takes effect on 1 May.
"""


def test_separator_lines():
    assert is_page_separator("===== Page 12 =====")
    assert is_page_separator("--- Page 3 ---")
    assert is_page_separator("-- 2 of 10 --")
    for text in ("-----", "**2**", "== Summary ==", "## 2 ##", "Page 3", "--2--"):
        assert not is_page_separator(text)


def test_markdown_page_separator_is_furniture(tmp_path: Path):
    path = tmp_path / "charter.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    release = load_release(path, suggest=False)
    assert "===== Page 12 =====" in [r.text for r in release.removed]
    assert "Page 12" not in release.text
    items = [release.text[n.start : n.end] for n in release.nodes() if n.label]
    assert any(item.rstrip().endswith("out of the harbour") for item in items)
    assert "approves the training" in release.text


def test_text_page_separators_are_furniture():
    release = release_from_text(TEXT)
    removed = [r.text for r in release.removed]
    assert "-- 2 of 3 --" in removed
    assert "-- 3 of 3 --" in removed
    assert " of 3 --" not in release.text
    assert "name them again once." in release.text
