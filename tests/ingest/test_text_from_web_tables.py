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
