"""A two-column table copied as text, one cell a line, sets its short unnumbered cells
between short numbered ones ("1. Dr. Jane Example" / "Warden of the Eastern Marshes" /
"2. ..."): those cells are no crossheads (column_pairs.alternates_with_numbered). A
crosshead over numbered paragraphs keeps its heading. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import heading_texts, lost_words

_HEAD = [
    "Wardens appointed for the marshes",
    "The Council of the Marshes has appointed the following wardens, with effect from "
    "the first day of next month, under its charter of the year of the great flood:",
]

_TABLE = [
    "Name",
    "Post",
    "1. Dr. Jane Example, K.M.",
    "Warden of the Eastern Marshes",
    "2. Mr. John Sample, K.M.",
    "Warden of the Reed Beds",
    "3. Ms. Ada Model, K.M.",
    "Warden of the Salt Pans",
    "4. Mr. Otto Pattern, K.M.",
    "Warden of the Northern Dykes",
]


def test_cells_of_a_two_column_table_are_no_crossheads() -> None:
    text = "\n\n".join([*_HEAD, *_TABLE]) + "\n"
    release = release_from_text(text)
    heads = heading_texts(release)
    assert not any(head.startswith(("Warden", "Post")) for head in heads), heads
    assert not lost_words(text, release)


def test_a_crosshead_over_numbered_paragraphs_stays() -> None:
    lines = [
        *_HEAD,
        "Duties of the wardens",
        "1. Each warden keeps the register of the boats moored in the marsh in their care.",
        "2. Each warden reports to the Council twice a year on the state of the dykes.",
        "Term of office",
        "3. The wardens serve for four years and may be appointed again once.",
        "4. A warden may resign by a letter to the Council, with three months' notice.",
    ]
    text = "\n\n".join(lines) + "\n"
    heads = heading_texts(release_from_text(text))
    assert "Duties of the wardens" in heads and "Term of office" in heads, heads


def test_a_crosshead_over_a_short_numbered_list_stays() -> None:
    # One short numbered line under the first crosshead, two under the next: lists.
    lines = [
        *_HEAD,
        "Wardens of the east",
        "1. Dr. Jane Example, K.M.",
        "Wardens of the west",
        "2. Mr. John Sample, K.M.",
        "3. Ms. Ada Model, K.M.",
        "The wardens take up their posts on the first day of next month, as the "
        "charter provides, and serve for four years.",
    ]
    text = "\n\n".join(lines) + "\n"
    heads = heading_texts(release_from_text(text))
    assert "Wardens of the west" in heads, heads
