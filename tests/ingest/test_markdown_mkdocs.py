"""MkDocs boxes in Markdown (docs sites of government bodies): an admonition's title is a
line, its indented body ordinary paragraphs and lists; block fences ("/// caption") are
markup. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file
from tests.ingest.helpers import lost_words


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return read_file(path)


_PAGE = """# 3.1. Example registers

The registers of Examplia hold three kinds of records.

??? abstract "Three principles"

    The principles of the registers are short:

    - **O**pen
    - **S**hared
    - **K**ept

    They were agreed in the first year.

![](figure.png)

/// caption
**Figure 1.** The registers and their users.
///

!!! note
    Records are kept for ten years.

After the box the page goes on.
"""


def test_admonition_body_is_paragraphs_and_a_list(tmp_path: Path) -> None:
    extracted = _read(tmp_path, _PAGE)
    got = [(line.text, line.label) for line in extracted.lines]
    assert got[1:] == [
        ("The registers of Examplia hold three kinds of records.", ""),
        ("Three principles", ""),
        ("The principles of the registers are short:", ""),
        ("Open", "-"),
        ("Shared", "-"),
        ("Kept", "-"),
        ("They were agreed in the first year.", ""),
        ("Figure 1. The registers and their users.", ""),
        ("Note", ""),
        ("Records are kept for ten years.", ""),
        ("After the box the page goes on.", ""),
    ]
    dropped = " ".join(text for _, text in extracted.dropped)
    assert "??? abstract" in dropped and "/// caption" in dropped and "!!!" in dropped


def test_nothing_of_the_page_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(_PAGE, encoding="utf-8")
    shown = (
        "3.1. Example registers The registers of Examplia hold three kinds of records. "
        "??? abstract Three principles The principles of the registers are short: Open Shared "
        "Kept They were agreed in the first year. /// caption Figure 1. The registers and "
        "their users. /// !!! Note Records are kept for ten years. After the box the page "
        "goes on."
    )
    assert not lost_words(shown, load_release(path))


def test_prose_with_marks_is_untouched(tmp_path: Path) -> None:
    text = "Really??? The answer is yes!!! And the path is a///b.\n"
    assert [line.text for line in _read(tmp_path, text).lines] == [
        "Really??? The answer is yes!!! And the path is a///b."
    ]
