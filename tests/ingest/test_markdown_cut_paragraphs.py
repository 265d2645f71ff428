"""Markdown converted from a PDF: a paragraph the page break cut (the converter's page
comments between its two parts) goes on where the next block opens in lower case after
a block stopped on a bare word, as in HTML, Word and PDF. Made-up releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

_HEAD = (
    "# Annual statement\n\n"
    "The office reports that the scheme met most of its goals in the year, with spending "
    "kept within the budget the council set in the spring and the results checked by the"
)
_TAIL = (
    "regional audit office before the end of the year, as the rules require for all such "
    "schemes.\n\nA second paragraph sets out how the results were measured and checked.\n"
)


def _texts(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    release = load_release(path, suggest=False)
    return [release.node_text(n)[:30] for n in release.root.children if n.kind == "paragraph"]


def test_a_paragraph_cut_by_a_page_break_goes_on(tmp_path: Path) -> None:
    marks = '\n\n<!-- PageFooter="Annual statement" -->\n<!-- PageBreak -->\n\n'
    assert _texts(tmp_path, _HEAD + marks + _TAIL) == [
        "The office reports that the sc",
        "A second paragraph sets out ho",
    ]


def test_a_finished_sentence_keeps_its_paragraph(tmp_path: Path) -> None:
    text = _HEAD + " council.\n\n<!-- PageBreak -->\n\n" + _TAIL
    assert len(_texts(tmp_path, text)) == 3
