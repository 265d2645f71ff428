"""A Hansard's items of business in capitals between its members' turns are headings,
stacked or over a bracketed direction; the cover's capitals are not. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.business_heads import business_heads, is_business_line

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


def _label(text: str) -> tuple[str, int] | None:
    """A made-up speaker finder: the words before the first colon."""
    head, colon, _ = text.partition(":")
    return (head.strip(), len(head) + 1) if colon and len(head.split()) <= 6 else None


# A report's blocks, each a block's text and its role so far (made-up).
REPORT = [
    ("PREMIERE PARTIE : NOUVEAUX PROJETS STRATEGIQUES ENGAGES EN 2031", "note"),
    ("Les plaintes reçues en 2031 se répartissent selon leur mode de saisine.", "paragraph"),
    ("CHAPITRE PREMIER : FORMATION ET RENFORCEMENT DES CAPACITES DES AGENTS", "note"),
    ("LIVRE II : DES PROCEDURES DEVANT LES TRIBUNAUX ........................ 12", "note"),
    ("TOTAL | 53 100%", "note"),
    ("Les plaintes anonymes ont représenté une part plus faible que l'an passé.", "paragraph"),
    ("SECTEUR PUBLIC", "note"),
    ("FREQUENCE", "note"),
    ("Les administrations centrales restent les plus visées par les dénonciations.", "paragraph"),
]


def test_a_report_parts_and_table_rows_are_no_business():
    """A report's or a code's part labels ('PARTIE :', 'CHAPITRE :', a contents entry
    with its dot leader) are no members' turns, so its capitals are no items of
    business; and a table's row in capitals is never one."""
    texts = [text for text, _ in REPORT]
    kinds = [kind for _, kind in REPORT]
    assert business_heads(texts, kinds, _label, [True] * len(texts)) == []
    assert not is_business_line("TOTAL | 53 100%")


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
    assert time.perf_counter() - started < 5.0  # quadratic took minutes
    assert found == list(range(2, 6_002))  # (each heads the turn under the run)
