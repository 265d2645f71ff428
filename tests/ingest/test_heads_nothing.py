"""A line styled as a heading with no text under it to the end of the document heads
nothing: a leftover label of the page ("Share this page:") is no section, and an
agenda's last numbered items stay numbered items. Made-up Markdown."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

PAGE = """\
# The council adopts the harbour plan

The council adopted the harbour plan on Tuesday after two years of consultation with the
towns of the coast and the fishing cooperatives.

## Works

The works on the eastern quay begin in the spring and end before the summer season of
the following year.

## Share this page:
"""


def test_a_styled_line_with_nothing_under_it_is_no_heading(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    release = load_release(path, suggest=False)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert "Works" in headings
    assert not any(h.startswith("Share this page") for h in headings)
