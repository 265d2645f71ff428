"""Running heads printed on every other page (left-hand and right-hand heads)."""

from briefing.ingest.readers.pdf_chars import Piece
from briefing.ingest.readers.pdf_furniture import strip_furniture
from briefing.ingest.readers.pdf_lines import PdfLine

BOX = (0.0, 792.0)
HEAD_Y = 669.0  # below the narrow top band, inside the wide one (a slip opinion's head)


def _line(text: str, y: float, n: int) -> PdfLine:
    return PdfLine([Piece(text, 72.0, 400.0, y, 10.0, False, False)], page=n, row=int(y), y=y)


def _pages(count: int, head_for) -> list[list[PdfLine]]:
    pages = []
    for n in range(count):
        body = f"The court considered the question on page {n} and the parties' briefs"
        head = head_for(n)
        pages.append(([_line(head, HEAD_Y, n)] if head else []) + [_line(body, 500.0, n)])
    return pages


def test_left_and_right_hand_heads_are_furniture() -> None:
    # Page 1 carries neither; then the case's name on even pages, the citation on odd.
    def head(n: int) -> str | None:
        if n == 0:
            return None
        return f"{n + 1} IMAGINARY BOARD v. EXAMPLE" if n % 2 else "Cite as: 999 X. Y. (2031)"

    kept, removed = strip_furniture(_pages(11, head), [BOX] * 11)
    assert sum("IMAGINARY BOARD" in t for t in removed) == 5
    assert removed.count("Cite as: 999 X. Y. (2031)") == 5
    assert all(len(page) == 1 for page in kept)


def test_a_line_repeated_on_both_sides_below_the_band_is_kept() -> None:
    # A form's heading on every page under the narrow band is content, not a side's head.
    kept, _ = strip_furniture(_pages(6, lambda n: "OBJECTIVE OF THE WORK PACKAGE"), [BOX] * 6)
    assert all(any(x.text == "OBJECTIVE OF THE WORK PACKAGE" for x in p) for p in kept)


def test_a_heading_on_a_few_pages_of_one_side_is_kept() -> None:
    # Three of twenty pages is no side's running head, whatever their parity.
    def head(n: int) -> str | None:
        return "Summary of the findings" if n in (2, 4, 6) else None

    kept, _ = strip_furniture(_pages(20, head), [BOX] * 20)
    assert sum(any(x.text == "Summary of the findings" for x in p) for p in kept) == 3
