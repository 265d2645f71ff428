"""A converter's Markdown heading with no space after its hashes ("####Scope") is a
heading, and a number set as a heading of its own right over it ("### 2") is that
heading's number, not a heading. One hash glued to a word is a hashtag. Made-up text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers.markdown_headings import space_glued_headings

_NOTICE = """# Notice on examplian harbour dues

### 1

####Scope

This notice sets the dues paid by ships calling at the harbours of Examplia from
the first day of next year, for every tonne of cargo landed or loaded.

### 2

####Rates

The dues rise by two per cent a year until the new quay is paid for, and the
harbour board reports on them to the minister every spring.
"""


def _headings(tmp_path: Path) -> list[str]:
    path = tmp_path / "notice.md"
    path.write_text(_NOTICE, encoding="utf-8")
    release = load_release(path, suggest=False)
    return [
        release.text[node.body_start : node.end].strip().split("\n")[0]
        for node in release.nodes()
        if node.kind == "heading"
    ]


def test_glued_hashes_make_a_heading_and_its_number_no_heading(tmp_path: Path) -> None:
    assert _headings(tmp_path) == ["Scope", "Rates"]


def test_one_hash_glued_to_a_word_is_a_hashtag() -> None:
    assert space_glued_headings("#Harbours2024 are busy") == "#Harbours2024 are busy"
    assert space_glued_headings("###Rates") == "### Rates"
