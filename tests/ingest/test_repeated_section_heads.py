"""Headings over a section the page repeats word for word are a widget's titles, not
crossheads (repeated_sections.py): a release says each thing once. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_BOX = (
    "Thank you for your interest in our newsletter, a link to confirm your address "
    "has been sent to you."
)


def _headings(release) -> list[str]:
    out: list[str] = []

    def visit(nodes) -> None:
        for node in nodes:
            if node.kind == "heading":
                out.append(release.text[node.start : node.end])
            visit(node.children)

    visit(release.root.children)
    return out


def _page(boxes: list[str], under: list[str]) -> str:
    lines = [
        "City council approves a new plan for the harbour",
        "The city council approved on Monday a plan to rebuild the old harbour by 2030.",
        "Harbour works",
        "The works will start in spring and will be paid for by the port authority.",
    ]
    for box, text in zip(boxes, under, strict=True):
        lines += [box, text]
    return "\n\n".join(lines) + "\n"


def test_titles_of_a_box_the_page_repeats_are_no_crossheads() -> None:
    text = _page(
        ["Newsletter - city", "Newsletter - harbour", "Newsletter - schools"], [_BOX] * 3
    )
    release = release_from_text(text)
    assert _headings(release) == ["Harbour works"], _headings(release)
    assert not lost_words(text, release)


def test_crossheads_over_different_paragraphs_stay() -> None:
    text = _page(
        ["Costs", "Next steps"],
        [
            "The plan will cost forty million euros over the next five years, the council said.",
            "The council will put the plan to the public in a meeting at the town hall in May.",
        ],
    )
    release = release_from_text(text)
    assert _headings(release) == ["Harbour works", "Costs", "Next steps"], _headings(release)


def test_crossheads_opening_on_the_same_caption_stay() -> None:
    # The same picture and caption under two crossheads; the paragraphs after it differ.
    caption = "The mayor and the harbour master at the meeting of the council, photo by the city."
    text = _page(
        ["Costs", "Next steps"],
        [
            caption
            + "\n\nThe plan will cost forty million euros over the next five years, the council said.",
            caption
            + "\n\nThe council will put the plan to the public in a meeting at the town hall in May.",
        ],
    )
    release = release_from_text(text)
    assert _headings(release) == ["Harbour works", "Costs", "Next steps"], _headings(release)


def test_a_box_closed_by_its_button_is_no_crosshead() -> None:
    # "Show the tweet" / "We respect your privacy ..." / "Manage settings", twice.
    privacy = "We respect your privacy, so we connect to the platform only once you allow it here."
    text = _page(
        ["Show the tweet", "Show the tweet"],
        [privacy + "\n\nManage settings", privacy + "\n\nManage settings"],
    )
    release = release_from_text(text)
    assert _headings(release) == ["Harbour works"], _headings(release)
    assert not lost_words(text, release)
