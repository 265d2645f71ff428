"""A table copied out of Word or a web page into plain text: a row a line, its cells
separated by tabs (issue 11 item 5). Every release here is made up."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_fragments import is_table_row
from tests.ingest.helpers import lost_words


def test_tab_separated_rows_are_units_of_their_own() -> None:
    rows = [
        "70/101\tCooperation between Examplia and the regional organization",
        "72/186\tThe role of national institutions in the promotion of rights",
        "78/204\tNational institutions for the protection of rights",
    ]
    text = (
        "Programme of work of the Examplia Council\n\n"
        "The Council shall be guided by the following resolutions:\n"
        + "\n".join(rows)
        + "\n\nThe Council will report on its work at the next session.\n"
    )
    release = release_from_text(text)
    texts = [release.node_text(n) for n in release.nodes()]
    for row in rows:
        number = row.split("\t")[0]
        assert sum(t.startswith(number) for t in texts) == 1, texts
    assert not any(rows[0].split("\t")[1] in t and "72/186" in t for t in texts)
    assert not lost_words(text, release)


def test_word_list_numbers_before_a_tab_are_labels_not_rows() -> None:
    assert not is_table_row("1.\tThe Council welcomes the report.")
    assert not is_table_row("(a)\tthe date of each request;")
    assert not is_table_row("•\tWhat measures will the Government take?")
    assert is_table_row("Tenor\tWithin 30 days\tWithin 180 days")
    assert is_table_row("2024\t12.5\t13.1")
    assert not is_table_row("A paragraph with no tab in it.")


_GRID = """Examplia budget estimates

The Committee considered the estimates set out below.

+--------------------------------+----------------+
| Budget section                 | 2026 estimate  |
+================================+================+
| 1. Overall policymaking and    | 98 946.4       |
| coordination                   |                |
+--------------------------------+----------------+
| 2. Conference management       | 401 021.5      |
+--------------------------------+----------------+

The Committee recommends approval of the estimates.
"""


def test_numbered_table_rows_are_not_numbered_paragraphs() -> None:
    release = release_from_text(_GRID)
    texts = [release.node_text(n) for n in release.nodes()]
    assert any("Conference management" in t for t in texts)
    assert not any(n.label in ("1.", "2.") for n in release.nodes())
    # The borders are removed as markup (listed), every row kept.
    assert any(r.text.startswith("+----") for r in release.removed)
    assert not lost_words(_GRID, release)


def test_drawn_table_lines() -> None:
    from briefing.ingest.text_fragments import is_drawn_border, is_markup_line

    assert is_drawn_border("+------+-------:+")
    assert is_drawn_border("|------|-------:|")
    assert not is_drawn_border("| 2025 | 12.5 |")
    assert is_table_row("| 2025 | 12.5 |")
    assert is_table_row("+======+========+")
    assert is_markup_line("<!-- -->")
    assert not is_markup_line("<!-- draft: check the figures -->")  # words: kept


def test_tab_rows_numbered_in_their_first_cell_are_table_content() -> None:
    text = (
        "Examplia budget estimates\n\n"
        "The Committee considered the estimates set out below.\n\n"
        "1. Overall policymaking\t98 946.4\t8 543.0\n"
        "2. Conference management\t401 021.5\t47 940.2\n\n"
        "The Committee recommends approval of the estimates.\n"
    )
    release = release_from_text(text)
    assert not any(n.label in ("1.", "2.") for n in release.nodes())
    assert not lost_words(text, release)


def test_own_paragraph_number_before_a_tab_is_a_label() -> None:
    assert not is_table_row(
        "IS1.1\tThe estimates under this section amount to a total of $4.2 million."
    )
    assert not is_table_row("24.11\tThe Office will continue to support the work of the Council.")
    assert is_table_row("63/170\tRegional arrangements for the promotion of rights")


def test_grid_row_wrapped_inside_its_cells_is_one_unit() -> None:
    from briefing.ingest.text_fragments import grid_row_goes_on

    lines = _GRID.splitlines()
    wrapped = lines.index("| coordination                   |                |")
    assert grid_row_goes_on(lines, wrapped)
    assert not grid_row_goes_on(lines, wrapped - 1)  # the row's first line
    release = release_from_text(_GRID)
    texts = [release.node_text(n) for n in release.nodes()]
    assert sum("Overall policymaking" in t for t in texts) == 1
    assert any("Overall policymaking" in t and "coordination" in t for t in texts)
    pipe = ["| Year | Amount |", "|------|-------:|", "| 2025 | 12.5 |", "| 2026 | 13.0 |"]
    assert not grid_row_goes_on(pipe, 3)  # a pipe table has a row a line
