"""UN resolutions as text whose running heads lost their symbol, job and page numbers
(or kept them beside only part of the title): a later page's line repeating the act's
title, or its title's first printed line, without the act's number, is the running
head — removed and listed, so the paragraph the page break cut goes on. Made-up
resolutions."""

from __future__ import annotations

from briefing.ingest import release_from_text

ONE_LINE_A_PARAGRAPH = """United Nations

General Assembly Distr.: General 5 December 2098

Resolution adopted by the General Assembly on 1 December 2098

99/16. Open-ended working group on the security of lunar

The General Assembly,

Recalling its resolution 98/240 of 31 December 2097 on the security of lunar bases,

1. Decides to endorse the final report of the open-ended working group;

2. Requests the Secretary-General to provide the necessary support to the working group established by

Open-ended working group on the security of lunar

resolution 98/237, in order to ensure a smooth transition to the new mechanism;

3. Decides to include the item in the provisional agenda of its next session.
"""

TITLE_OVER_SYMBOL = """United Nations
A/RES/99/8

General Assembly
Distr.: General
20 November 2098

99/8. Building a peaceful and better world through games and the
lunar ideal

The General Assembly,

Recalling its resolution 98/10 of 21 November 2097 on games and peace, and
noting the role of games in bringing peoples together,

A/RES/99/8
Building a peaceful and better world through games and the
lunar ideal

25-18947
2/3

Noting that the Lunar Games will be held in 2099, in the spirit of the
truce,

Building a peaceful and better world through games and the
lunar ideal
A/RES/99/8

3/3
25-18947

1. Urges Members to observe the truce;
"""


def _texts(doc: str) -> tuple[list[str], list[str]]:
    release = release_from_text(doc)
    kept = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    return kept, [r.text for r in release.removed if r.kind == "page-furniture"]


def test_a_lone_running_title_is_removed_and_the_paragraph_goes_on() -> None:
    kept, removed = _texts(ONE_LINE_A_PARAGRAPH)
    assert "Open-ended working group on the security of lunar" in removed
    assert not [t for t in kept if t.startswith("Open-ended")]
    assert any("established by resolution 98/237, in order" in " ".join(t.split()) for t in kept)


def test_the_title_first_line_over_the_symbol_is_running_head() -> None:
    kept, removed = _texts(TITLE_OVER_SYMBOL)
    assert removed.count("Building a peaceful and better world through games and the") == 2
    assert not [t for t in kept if t.startswith("Building")]
    assert any(t.startswith("Noting that the Lunar Games") for t in kept)


def test_the_title_quoted_in_the_body_stays() -> None:
    doc = ONE_LINE_A_PARAGRAPH.replace(
        "3. Decides to include the item",
        "3. Decides to include the item entitled\n\nOpen-ended working group on the security of lunar bases",
    )
    kept, _ = _texts(doc)
    assert any("lunar bases" in t for t in kept)
