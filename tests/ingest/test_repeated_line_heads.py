"""The same plain short line over two runs of text, no other heading between them, is a
label the page repeats (a speaker's name, a teaser's counter), not a crosshead
(repeated_sections.repeated_line_heads): a release names its parts apart. Made-up text."""

from __future__ import annotations

from types import SimpleNamespace

from briefing.ingest import release_from_text
from briefing.ingest.repeated_sections import repeated_line_heads
from tests.ingest.helpers import lost_words


def _headings(release) -> list[str]:
    out: list[str] = []

    def visit(nodes) -> None:
        for node in nodes:
            if node.kind == "heading":
                out.append(release.text[node.start : node.end])
            visit(node.children)

    visit(release.root.children)
    return out


_OPENING = [
    "Harbour board chair speaks about the new plan",
    "The harbour board met on Monday to discuss the plan to rebuild the old quays.",
]


def test_a_speakers_name_over_each_answer_is_no_crosshead() -> None:
    lines = [*_OPENING]
    for answer in (
        "We have looked at every quay and found that most of them need new piles.",
        "The works will start in spring and will be paid for by the port authority.",
        "Fishermen will keep their berths during the works, one basin at a time.",
    ):
        lines += ["Maria Examplewoman", answer]
    text = "\n\n".join(lines) + "\n"
    release = release_from_text(text)
    assert "Maria Examplewoman" not in _headings(release), _headings(release)
    assert not lost_words(text, release)


def test_parts_sharing_a_sub_heading_keep_it() -> None:
    # "General" under two chapters: the second chapter's heading stands between them.
    texts = ["Quays", "Some text.", "General", "Some text.", "Roads", "General", "Text."]
    blocks = [SimpleNamespace(text=t, style="") for t in texts]
    heads = [0, 2, 4, 5]
    assert repeated_line_heads(blocks, heads, heads) == []  # type: ignore[arg-type]
    # With no other heading between them, the same line is a label the page repeats.
    assert repeated_line_heads(blocks, [2, 5], [2, 5]) == [2, 5]  # type: ignore[arg-type]
    # A line the format styled as a heading is left to the format.
    blocks[5].style = "heading2"
    assert repeated_line_heads(blocks, [2, 5], [2, 5]) == []  # type: ignore[arg-type]
