"""A Hansard's items of business in capitals between its members' turns are headings,
stacked or over a bracketed direction; the cover's capitals are not. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.business_heads import is_business_line

RECORD = """\
REPUBLIC OF EXAMPLE

EXAMPLE ASSEMBLY

Tuesday, 3rd March 2026

[The Speaker (Hon. Jane Example) in the Chair]

PRAYERS
QUORUM

Hon. Speaker: Serjeant-at-Arms, ring the Quorum Bell.

(The Quorum Bell was rung)

Hon. Speaker: Hon. Members, we now have a quorum. Next Order.

WATER RESOURCES AMENDMENT BILL

(Second Reading)

Mr A EXAMPLE: Thank you, Speaker. I beg to move that the Bill be now read a second time.

Hon. Speaker: Thank you. The House stands adjourned.
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]


def test_items_of_business_are_headings():
    headings = _headings(RECORD)
    assert "PRAYERS" in headings and "QUORUM" in headings
    assert "WATER RESOURCES AMENDMENT BILL" in headings
    assert "REPUBLIC OF EXAMPLE" not in headings


def test_business_line_shapes():
    assert is_business_line("COMMUNICATION FROM THE CHAIR")
    assert not is_business_line("(Second Reading)")
    assert not is_business_line("HON. J. EXAMPLE")  # a member's name, set alone
    assert not is_business_line("Thank you, Speaker.")


def test_a_long_run_of_lines_in_capitals_is_read_in_linear_time() -> None:
    # (Each item looked past the items under it one by one: quadratic in a record that
    # holds thousands of lines in capitals; now one pass from the end.)
    import time

    from briefing.ingest.business_heads import business_heads

    def speaker_of(text: str) -> tuple[str, int] | None:
        return ("Hon. Speaker", 13) if text.startswith("Hon. Speaker:") else None

    turn = "Hon. Speaker: Hon. Members, we now have a quorum. Next Order."
    texts = [turn, turn, *["WATER RESOURCES AMENDMENT BILL"] * 6_000, "(Second Reading)", turn]
    kinds = ["paragraph"] * len(texts)
    started = time.perf_counter()
    found = business_heads(texts, kinds, speaker_of, [True] * len(texts))
    assert time.perf_counter() - started < 1.0
    assert found == list(range(2, 6_002))  # (each heads the turn under the run)
