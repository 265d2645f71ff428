"""A line set in heading type under the title, right over the body's first paragraph,
heads it (head_section_heads.py): an act's first article, an accord's "Preamble", the
members' list of minutes; the last line of a title wrapped in one type stays the
title's. Made-up Markdown in the shape of acts and memoranda."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.pipeline import load_release

RULES = """# Rules on the Robes of Harbour Pilots

##### Article 1 (Purpose)

These rules set the cut and colour of the robes harbour pilots wear on duty. <Amended 2031.2.7>

##### Article 2 (Robes)

**①** A pilot wears the robe when boarding a ship in the harbour.

**②** The robe is dark blue and cut as the annex shows. <Amended 2031.2.7>

##### Article 3 (Loan of robes)

**①** Each pilot is lent one robe.

**②** The loan lasts as long as the pilot serves in the harbour.
"""

MEMORANDUM = """## MEMORANDUM OF UNDERSTANDING

## BETWEEN THE HARBOUR BOARD OF EXAMPLIA

## AND THE PORT AUTHORITY OF SAMPLIA

## CONCERNING PILOTS AND TUGS

THE HARBOUR BOARD OF EXAMPLIA AND THE PORT AUTHORITY OF SAMPLIA, hereinafter the \
Participants, wishing to share their pilots and tugs,

Have reached the following understanding:

## Section 1. Purpose

The Participants intend to lend each other pilots and tugs when either harbour is short.

## Section 2. Costs

Each Participant bears its own costs unless the Participants decide otherwise in writing.
"""


def _headings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    release = load_release(path, suggest=False)
    return [
        " ".join(release.node_text(node).split())
        for node in release.nodes()
        if node.kind == "heading"
    ]


def test_the_first_article_s_heading_under_the_title_is_a_heading(tmp_path: Path) -> None:
    heads = _headings(tmp_path, RULES)
    assert heads[:2] == ["Article 1 (Purpose)", "Article 2 (Robes)"]


def test_a_title_s_last_wrapped_line_over_the_preamble_is_no_heading(tmp_path: Path) -> None:
    heads = _headings(tmp_path, MEMORANDUM)
    assert not any("CONCERNING" in head for head in heads)
