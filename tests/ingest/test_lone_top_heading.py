"""A paper's one top-level heading, set first over its body, is its title."""

from dataclasses import dataclass

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.lone_top_heading import lone_top_heading
from briefing.ingest.pipeline import structure


@dataclass
class _Block:
    text: str
    style: str
    label: object = None


_BODY = [
    Line("Both parties, hereinafter the Participants, agree on the points of cooperation below."),
    Line("Recalling their earlier declarations, the Participants have decided the following."),
]


def _title(first: str, *rest: Line) -> str:
    lines = [Line(first, style="heading1"), *(rest or _BODY)]
    return structure(Extracted(lines=lines, format="docx", blocks_are_paragraphs=True)).title


def test_a_lone_heading_ending_on_a_question_mark_is_the_title() -> None:
    assert _title("What should we do so that people report online fraud?") == (
        "What should we do so that people report online fraud?"
    )


def test_a_lone_heading_ending_on_a_full_stop_is_the_title() -> None:
    assert _title("Agreement on example cooperation between Examplia and Samplestan.") == (
        "Agreement on example cooperation between Examplia and Samplestan."
    )


def test_one_of_several_top_level_headings_is_no_lone_heading() -> None:
    blocks = [
        _Block("Why did the first phase end early?", "heading1"),
        _Block(_BODY[0].text, ""),
        _Block("What comes next?", "heading1"),
        _Block(_BODY[1].text, ""),
    ]
    assert lone_top_heading(blocks, 0) is None
    assert lone_top_heading(blocks[:2], 0) == 0
    assert lone_top_heading(blocks[:2], 1) is None  # (not the paper's first block)
