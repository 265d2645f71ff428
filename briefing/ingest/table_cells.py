"""A table's cells after the body, one a line or one row a line: the release's table,
never a sidebar or a menu.

A browser copying a page sets each cell of a table on a line of its own: a column's
head ("Rate since" / "28.07.14"), a row's name, then its figures alone ("8.50" /
"9.00"). The heads over dates look like a sidebar's teasers (a headline over its date,
twice: ``roles._teasers_start``), but a sidebar lists pages by headline and date and
never prints a bare amount, a rate or a share on a line of its own. Three such figure
lines after the candidate's start are the document's own table, which goes on.

A row copied with its cells parted by a tab, a fact box's label and value ("Company\tBest
Example Ltd"), is no menu's entry either (``roles._menu_runs`` after the body): a menu
sets one link label a line, a row pairs a field with its value.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.lazyre import lazy

# A cell's figure alone: a decimal, a thousands mark or a percentage ("8.50", "-1.5",
# "6,000", "12.4%", "7,25"). A bare integer stays out: a page number, a count of
# comments or views under a teaser, a year.
_LETTER = lazy(r"[^\W\d_]")
_FIGURE_CELL = lazy(r"^[-+\u2212]?(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+[.,]\d+)\s?%?$")
TABLE_CELLS_MIN = 3


def is_figure_cell(text: str) -> bool:
    """A line holding one figure of a table's cell and nothing else."""
    line = text.strip()
    return len(line) <= 16 and bool(_FIGURE_CELL.match(line))


def holds_table_cells(texts: Iterable[str]) -> bool:
    """Whether the lines hold a table's figure cells set one a line (three or more)."""
    found = 0
    for text in texts:
        if is_figure_cell(text):
            found += 1
            if found >= TABLE_CELLS_MIN:
                return True
    return False


def is_tab_row(text: str) -> bool:
    """A table's row a browser copied: two worded cells parted by a tab."""
    if "\t" not in text:
        return False
    from briefing.ingest.letterhead_runs import is_site_link_line

    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    if len(cells) != 2 or not all(_LETTER.search(cell) for cell in cells):
        return False
    # Two link labels side by side ("Privacy policy\tTerms of use") are a footer's
    # links a layout table set in a row: a field names what its value is, not a page.
    return not all(is_site_link_line(cell) for cell in cells)
