"""Lines opening alike and ending on a colon head a release's parts as a series
(unmarked.series_crossheads), unless the lettered items under each start in lower case:
then the items finish the line's sentence, and the lines are lead-ins, not headings
(sentence_pieces.runs_into_list). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import heading_texts, lost_words

_INTRO = [
    "        The operator of the test pool keeps to the limits set in this annex,",
    "     and acts at once when one of the limits is passed, as the following",
    "     parts of this annex describe for each of the limits in turn.",
]


def _text(items: list[str]) -> str:
    # Typed as a laid-out page: a paragraph starts indented, its wraps and the items less.
    lines = ["        ANNEX ON THE OPERATING LIMITS OF THE TEST POOL", "", *_INTRO, ""]
    for limit in ("the water level", "the pool temperature", "the pump pressure"):
        lines += [
            "        Examples of the steps to take on a breach of the limit on",
            f"     {limit}:",
        ]
        lines.extend(f"     {item}" for item in items)
    return "\n".join(lines) + "\n"


def test_lead_ins_over_lower_case_items_are_no_series_of_heads() -> None:
    text = _text(["a. stop the pumps at once;", "b. find the cause of the breach;",
                  "c. report it to the board the same day."])  # fmt: skip
    release = release_from_text(text)
    heads = heading_texts(release)
    assert not any(head.startswith("Examples of the steps") for head in heads), heads
    assert not lost_words(text, release)


def test_a_series_over_items_starting_a_sentence_stays() -> None:
    text = _text(["a. The pumps are stopped at once.", "b. The cause of the breach is found.",
                  "c. The board is told the same day."])  # fmt: skip
    heads = heading_texts(release_from_text(text))
    assert sum(head.startswith("Examples of the steps") for head in heads) == 3, heads
