"""A table row laid out in columns whose cells wrap over its lines is read cell by cell:
each cell whole (its lines top to bottom), then the next cell to its right. Read across,
a first cell wrapped under its figures, or a heading cell wrapped under its column, comes
out after the cells to its right, and the row's first words no longer occur in order.
Made-up documents."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_tables import read_row
from tests.ingest.helpers import lost_words

_SCALE = (
    "2. The scale of monthly pay of the Examplian customs service is set as follows:\n"
    "\n"
    "Deputy head of the service                         2850\n"
    "\n"
    "Deputy head of a service of the                    2650\n"
    "regional customs directorate\n"
    "\n"
    "Head of a section of the regional                  2250-2430\n"
    "customs directorate (customs post)\n"
    "\n"
    "Senior customs inspector                           1260-1620\n"
    "\n"
    "Customs inspector                                  900-1260\n"
    "\n"
    "3. This decree enters into force on the day of its signature.\n"
)

_HEADER = (
    "The new prices of fuel in Examplia come into effect from midnight, as follows.\n"
    "\n"
    "Kind of fuel            Old price per litre      New price per litre      Change\n"
    "                               (EXD)                     (EXD)\n"
    "Octane 90 petrol               101                      107                 6\n"
    "Octane 98 petrol               125                      130                 5\n"
    "Light diesel                    77                       81                 4\n"
    "\n"
    "The Ministry reviews the prices of fuel on the tenth day of every month.\n"
)


def _units(text: str) -> list[str]:
    release = release_from_text(text)
    assert not lost_words(text, release)
    return [" ".join(release.node_text(n).split()) for n in release.nodes()]


def test_a_first_cell_wrapped_under_its_figures_is_read_before_them() -> None:
    units = _units(_SCALE)
    assert "Deputy head of a service of the regional customs directorate 2650" in units
    assert "Head of a section of the regional customs directorate (customs post) 2250-2430" in units
    assert "Deputy head of the service 2850" in units
    assert "Customs inspector 900-1260" in units


def test_a_heading_cell_wrapped_under_its_column_is_read_with_it() -> None:
    units = _units(_HEADER)
    assert "Kind of fuel Old price per litre (EXD) New price per litre (EXD) Change" in units
    assert "Octane 90 petrol 101 107 6" in units


def test_lines_that_are_no_single_row_keep_their_order() -> None:
    # Two rows, each with its figures: two rows, not one row's wrapped cells.
    assert (
        read_row(["Octane 90 petrol     101     107", "Light diesel          77      81"]) is None
    )
    # A page of two columns read across: the right column's items under each other are
    # items of their own (and the left column's prose has a hole): no row.
    assert (
        read_row(
            [
                "  Council update strategy documents to better          3.2:   Drive the work",
                "                                                       3.3:   Shift the cost",
                "  reflect the characteristics of strategies. We",
            ]
        )
        is None
    )
    # A first cell wrapped above its figures reads in order already: left as it is.
    assert (
        read_row(["Recommendations of the Advisory", "Committee on Questions     (107 700)"])
        is None
    )
    # A form's key and its value, the value wrapping as prose under its own start.
    assert (
        read_row(
            [
                "CONTRACTOR:        EXAMPLE WORKS LTD                 (TAX NO 0123 OFFICE OF",
                "                   NORTH HARBOUR)",
            ]
        )
        is None
    )
