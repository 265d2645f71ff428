"""A picture's credit printed on its own line between a story's paragraphs ("Foto: Name",
"Photo credit: Agency") is the picture's line, never a heading over the paragraphs
below it. Made-up text."""

from __future__ import annotations

import pytest

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.roles import picture_credit


@pytest.mark.parametrize(
    "line", ["Foto: Marta Quiroga Leal", "Photo credit: Harbour Press", "Bild: Jan Sommer"]
)
def test_credit_lines_head_nothing(line: str) -> None:
    text = "\n\n".join(
        [
            "Town council opens the new library",
            "The town council opened the new library on Saturday, after two years of "
            "building work on the old market hall.",
            line,
            "The library holds forty thousand books and a room for children, and it "
            "will open six days a week from next month.",
            "The mayor thanked the builders and the neighbours for their patience during "
            "the works, which closed the square for a year.",
        ]
    )
    release = release_from_text(text)
    kinds = {release.node_text(node): node.kind for node in release.nodes()}
    assert kinds.get(line) != "heading"


def test_a_heading_naming_photos_is_no_credit() -> None:
    assert not picture_credit("Photos of the week")
    assert not picture_credit("Foto: " + "word " * 12)
