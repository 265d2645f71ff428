"""Tables in text laid out like its page (issue 11 item 5, ``pdftotext -layout``): cells
parted by runs of spaces, one unit a row, never glued to the next row or to the text
after the table. Made-up documents in the shape of UN budget annexes and compilations."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_tables import is_layout_row, layout_rows
from tests.ingest.helpers import lost_words

_FIGURES = (
    "                    The Assembly decides to appropriate the amounts set out below for the\n"
    "                    Examplian Mission for the year 2031, as detailed in the table.\n"
    "\n"
    "                    Estimated appropriation for 2031                    12 345 600       11 222 300\n"
    "                    Recommendations of the Advisory Committee on Budgetary\n"
    "                    and Administrative Questions                          (107 700)        (107 700)\n"
    "                    Recommendations of the Sixth Committee                        –                –\n"
    "                         Appropriation for 2031                          12 237 900       11 114 600\n"
    "\n"
    "                    Of which:\n"
    "                    Contributions apportioned to Member States in accordance with\n"
    "                    the scale of assessments for 2031                     6 118 950        5 557 300\n"
    "                    Contributions apportioned to Member States for the Examplian\n"
    "                    peacekeeping account for 2031                         6 118 950        5 557 300\n"
)

_WORDS = (
    "         For the existing table substitute\n"
    "\n"
    "  Body               Latest report    Observations      Reporting status\n"
    "  EXA                      2001        March 2003         Second report due in 2005,\n"
    "                                                                   submitted in 2008\n"
    "  SAM                      2004          Nov. 2005        Third report due in 2010\n"
    "  Committee B              2004          July 2005        Combined fourth and fifth\n"
    "                                                                   reports overdue\n"
    "  EXB                      None               None        Initial report due in 2012\n"
)


def _units(text: str) -> list[str]:
    release = release_from_text(text)
    assert not lost_words(text, release)
    return [" ".join(release.node_text(n).split()) for n in release.nodes()]


def test_row_shapes() -> None:
    assert is_layout_row("    Appropriation for 2031          12 237 900       11 114 600")
    assert is_layout_row("  EXA        2001     March 2003       Second report due in 2005,")
    assert is_layout_row("    Recommendations of the Committee          –          –")
    # A masthead's two fields, a label's gap, prose: no table.
    assert not is_layout_row("  General Assembly                      Distr.: Limited")
    assert not is_layout_row("       1.    Takes note of the reports of the Secretary-General;")
    assert not is_layout_row("    the financial report and audited financial statements for")
    # Rows drawn in bars or parted by tabs are other readers' tables.
    assert not is_layout_row("| Body     | Latest report    | Status   |")
    assert not is_layout_row("29D.\tAdministration\t 23 512.3   \t 19 015.2 ")


def test_a_lone_gapped_line_is_no_table() -> None:
    texts = ["Home     Subscribe    Contact    English", "Monday, 3 May 2031", "", "Title"]
    assert layout_rows(texts) == []


def test_figure_rows_are_one_unit_each_with_their_wrapped_first_cell() -> None:
    units = _units(_FIGURES)
    for opening in (
        "Estimated appropriation for 2031",
        "Recommendations of the Advisory Committee",
        "Recommendations of the Sixth Committee",
        "Appropriation for 2031",
        "Of which:",
        "Contributions apportioned to Member State",
        "Contributions apportioned to Member State",
    ):
        assert any(u.startswith(opening) for u in units), opening
    # The wrapped first cell stays with its figures; rows are not glued to each other.
    assert any(u.startswith("Recommendations of the Advisory") and "(107 700)" in u for u in units)
    assert not any("12 345 600" in u and "Recommendations" in u for u in units)
    assert sum(u.startswith("Contributions apportioned") for u in units) == 2


def test_word_rows_keep_their_wrapped_cells_and_part_at_the_first_column() -> None:
    units = _units(_WORDS)
    rows = [u for u in units if u.split()[0] in ("Body", "EXA", "SAM", "Committee", "EXB")]
    assert [r.split()[0] for r in rows] == ["Body", "EXA", "SAM", "Committee", "EXB"]
    assert rows[1].endswith("submitted in 2008")  # a later cell's wrapped words
    assert rows[3].endswith("reports overdue")
    assert "For the existing table substitute" in units


_NOTED = (
    "                    Annex\n"
    "                    Budget of the Examplian Mission for 2031\n"
    "\n"
    "                    Estimated appropriation for 2031 a                  12 345 600       11 222 300\n"
    "                    Recommendations of the Sixth Committee                  (10 700)         (10 700)\n"
    "                         Appropriation for 2031                          12 334 900       11 211 600\n"
    "\n"
    "                      a\n"
    "                          See A/91/505.\n"
)


def test_a_lettered_note_under_a_table_is_its_rows_note() -> None:
    release = release_from_text(_NOTED)
    assert not lost_words(_NOTED, release)
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert [(n.label, release.node_text(n).strip()) for n in notes] == [("a", "See A/91/505.")]
    holder = next(n for n in release.nodes() if notes[0] in n.children)
    assert release.node_text(holder).startswith("Estimated appropriation for 2031 a")
    # A cited symbol closing a note is the note's, never a running head.
    assert not any("A/91/505" in r.text for r in release.removed)


def test_a_letter_under_prose_is_no_note() -> None:
    text = (
        "The options were set out as follows in the report of the Examplian Working Group\n"
        "on its second session, with the costs of each one of them:\n"
        "\n"
        "a\n"
        "The first option would keep the current arrangements in place for two years.\n"
    )
    release = release_from_text(text)
    assert not [n for n in release.nodes() if n.kind == "footnote"]


def test_a_flow_printed_a_step_a_line_is_one_unit_and_no_heading() -> None:
    text = (
        "Maritime affairs\n"
        "Work Package 7 | Lead: Office of Legal Affairs (OLA)\n"
        "PROGRESS TO DATE\n"
        "A working group has been set up. Consultations with Member States are ongoing.\n"
        "QUICK SUMMARY: PATHWAYS AND PRODUCTS\n"
        "Action 12:\n"
        "Merge the maritime units\n"
        "Work package lead →\n"
        "Secretary-General →\n"
        "General Assembly, as relevant\n"
        "● Report of the Secretary-General,\n"
        "as relevant\n"
    )
    release = release_from_text(text)
    assert not lost_words(text, release)
    flows = [n for n in release.nodes() if "→" in release.node_text(n)]
    assert len(flows) == 1 and flows[0].kind != "heading"
    assert release.node_text(flows[0]).rstrip().endswith("General Assembly, as relevant")
    assert not flows[0].children  # no heading holding the cells after it


def test_a_numbered_line_over_a_table_is_its_heading() -> None:
    text = (
        "         For the existing table substitute\n"
        "\n"
        "                             1. Cooperation with treaty bodies\n"
        "\n"
        "  Body               Latest report    Observations      Reporting status\n"
        "  EXA                      2001        March 2003        Second report due in 2005\n"
        "  SAM                      2004         Nov. 2005        Third report due in 2010\n"
    )
    release = release_from_text(text)
    headings = [
        (n.label, release.node_text(n).strip()) for n in release.nodes() if n.kind == "heading"
    ]
    assert headings == [("1.", "Cooperation with treaty bodies")]


def test_a_lettered_note_on_one_line_with_its_text() -> None:
    text = _NOTED.replace(
        "                      a\n                          See A/91/505.\n",
        "                      a   See A/91/505.\n",
    )
    release = release_from_text(text)
    assert not lost_words(text, release)
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert [(n.label, release.node_text(n).strip()) for n in notes] == [("a", "See A/91/505.")]
    # Prose under a table opening on the article "a" is no note (no row carries "a").
    prose = _NOTED.replace("2031 a  ", "2031    ").replace(
        "                      a\n                          See A/91/505.\n",
        "                      a United Nations conference will review the figures.\n",
    )
    assert not [n for n in release_from_text(prose).nodes() if n.kind == "footnote"]
