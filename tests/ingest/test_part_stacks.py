"""A part's designation and title set right over its first article's heading
("Chapter II. - Powers" over "Section 1. - Appointments" over the articles) is the
part's heading (part_stacks.py); a list of chapters stays what it is. Made-up Word
agreements and lines."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.part_stacks import _PART_LINE, _UNDER_LINE, part_over_heading
from briefing.ingest.pipeline import load_release
from briefing.ingest.segment import Block

_PARAGRAPHS = (
    "Sample Agreement on Harbour Cooperation",
    "The Republic of Examplia and the Kingdom of Samplia, hereinafter the Parties, have "
    "agreed as follows on the use of their harbours and the ships that call at them.",
    "Part I. Harbour access",
    "Section A. Open quays",
    "1. Each Party shall keep its quays open to the other Party's ships at all hours.",
    "2. The Parties shall publish the hours and the fees of every quay each spring.",
    "Section B. Pilots",
    "1. Each Party shall provide pilots to the other Party's ships on request and at cost.",
    "Part II. Final provisions",
    "Section C. Entry into force",
    "1. This Agreement shall enter into force on the day both Parties have signed it.",
)


def _headings(path: Path) -> list[str]:
    release = load_release(path, suggest=False)
    return [
        " ".join(release.node_text(node).split())
        for node in release.nodes()
        if node.kind == "heading"
    ]


def test_a_part_line_over_its_first_article_heading_is_a_heading(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for text in _PARAGRAPHS:
        document.add_paragraph(text)
    path = tmp_path / "agreement.docx"
    document.save(str(path))
    heads = _headings(path)
    assert any(h.startswith("Part I. Harbour access") for h in heads)
    assert any(h.startswith("Part II. Final provisions") for h in heads)


def _block(text: str) -> Block:
    return Block(text=text)


def test_only_a_higher_rank_over_a_lower_rank_heading_over_content() -> None:
    content = _block(
        "1. Each Party shall keep its quays open to the other Party's ships at all hours."
    )
    chapter = _block("Chapter II. - Powers")
    section = _block("Section 1. - Appointments")
    assert part_over_heading([chapter, section, content], 0)
    # A list of chapters (the same word twice) is a table of contents, not a stack.
    assert not part_over_heading([chapter, _block("Chapter III. - Final provisions"), content], 0)
    # A line opening on a chapter's word in a sentence is prose.
    assert _PART_LINE.match("Chapter II. - Powers")
    assert _PART_LINE.match("Частина VІ. Зобов'язання")
    assert not _PART_LINE.match("Chapters of the report")
    assert not _PART_LINE.match("Part of the plan is done")
    assert not part_over_heading([_block("Part of the plan"), section, content], 0)


def test_a_list_of_parts_in_a_romance_language_is_no_stack() -> None:
    # ("Parte" opens on "part": the word is read whole, so the two lines share it.)
    content = _block(
        "1. El Banco publicará cada año un informe sobre la política monetaria del país."
    )
    parts = [_block("Parte I. Disposiciones generales"), _block("Parte II. Del Banco"), content]
    assert not part_over_heading(parts, 0)
    # A word that only opens on a rank's word is none ("Party", "Articles").
    assert _UNDER_LINE.match("Party A shall pay the fees") is None
    assert _UNDER_LINE.match("Articles of Association") is None
    assert _UNDER_LINE.match("Art.5 Fees") is not None
    # A Romance conjunction or article after the word is no numeral ("Libro y ...").
    assert _PART_LINE.match("Libro y cuaderno de notas") is None
    assert _PART_LINE.match("Parte e capitolo del piano") is None
    assert _PART_LINE.match("Section A. Open quays") is not None
