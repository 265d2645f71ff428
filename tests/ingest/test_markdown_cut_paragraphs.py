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


def _node_texts(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    release = load_release(path, suggest=False)
    return [release.node_text(n) for n in release.nodes() if n.start < n.end]


def test_a_list_item_cut_at_its_wrap_goes_on(tmp_path: Path) -> None:
    # A converter that leaves an item's wrapped lines unindented ends the item at the
    # blank line: its rest, opening in lower case, is the item's, not a paragraph.
    text = (
        "# Minutes\n\n"
        "- The board noted that the harbour dues collected in the quarter were\n\n"
        "higher than a year earlier, mainly because more ships had called.\n\n"
        "- Members agreed to review the dues at the next meeting.\n"
    )
    texts = _node_texts(tmp_path, text)
    assert any("quarter were higher than a year earlier" in t for t in texts), texts
    assert not any(t.startswith("higher than") for t in texts), texts


def test_a_glued_letter_label_under_an_item_stays_an_item(tmp_path: Path) -> None:
    text = (
        "# Agreement\n\n"
        "- The rights may be exercised once the routes are agreed, but not before\n\n"
        "a.the Party granting the rights has approved the airline's operating plan.\n"
    )
    texts = _node_texts(tmp_path, text)
    assert not any("not before a.the Party" in t for t in texts), texts
