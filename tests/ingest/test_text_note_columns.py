"""Footnotes in text from pdftotext's default mode, where a page's raised note numbers
come out as a column of their own ("6" / "7" above the notes), a draft's star note
printed above its numbered notes, and minutes numbered "1     Before turning ..." that
are paragraphs, not notes. All text here is made up in the shape of real releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.mend import marker_pattern, year_marker_pattern
from briefing.ingest.note_sequence import paragraph_numbering
from briefing.ingest.text_notes import join_note_markers

# A resolution's page as pdftotext prints it without -layout: the numbers' column first,
# the job number, then the notes with no numbers of their own.
COLUMN_FIRST = """\
A/RES/79/999

United Nations

General Assembly

Distr.: General
20 December 2024

Resolution adopted by the General Assembly
on 18 December 2024

79/999. Oceans and the law of the sea
The General Assembly,
Recalling its resolution 70/1 of 25 September 2015, 6 and the outcome of the
Conference on the Sea, 7
Noting the work done by the Secretariat,
__________________
6
7

24-10101 (E)

Resolution 70/1.
See resolution 71/312,
annex.
2/4
\fA/RES/79/999
"""

# The column at the page's end, after the notes, with a note opening on a year.
COLUMN_LAST = """\
Welcoming the report of the Conference, 3 and the Final Document, 4
Recalling the Treaty of Pelindaba, 5
__________________

A/CONF.999/2017/8.
2010 Review Conference of the Parties, Final Document, vols. I–III (NPT/CONF.2010/50
(Vol. I)).
5
United Nations, Treaty Series, vol. 999, No. 12345.
3
4

2/3

24-10101
"""

DRAFT_FIRST_PAGE = """\
Ruritania:* draft resolution
Digital cooperation for development
The General Assembly,
Recalling its resolutions on the issue, 1
Recalling also the decisions of the Council, 2
__________________

* On behalf of the States that are members of the Group of 77 and China, taking into account
the provisions of General Assembly resolution ES-10/23.
1
Resolutions 56/183, 57/238 and 78/132.
2
Economic and Social Council resolutions 2006/46 and 2024/13.
"""


def _notes(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        n.label: (release.node_text(n), release.node_text(parent[n.id]))
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_a_column_of_numbers_over_the_notes_numbers_them_in_order():
    lines = [line.strip() for line in join_note_markers(COLUMN_FIRST.split("\n"))]
    assert "6 Resolution 70/1." in lines
    assert "7 See resolution 71/312," in lines
    notes = _notes(release_from_text(COLUMN_FIRST))
    assert notes["6"][0].startswith("Resolution 70/1")
    assert notes["7"][0].startswith("See resolution 71/312")
    assert notes["6"][1].startswith("Recalling its resolution")


def test_a_column_of_numbers_after_the_notes_numbers_the_unnumbered_ones():
    lines = [line.strip() for line in join_note_markers(COLUMN_LAST.splitlines())]
    assert "3 A/CONF.999/2017/8." in lines
    assert any(line.startswith("4 2010 Review Conference") for line in lines)
    assert "5 United Nations, Treaty Series, vol. 999, No. 12345." in lines


def test_one_lone_number_with_nothing_to_check_it_by_stays():
    text = ["__________________", "4", "", "24-10101", "", "2/3"]
    assert join_note_markers(text) == text


def test_numbered_notes_after_a_star_note_are_notes_of_their_own():
    notes = _notes(release_from_text(DRAFT_FIRST_PAGE))
    assert notes["1"][0].startswith("Resolutions 56/183")
    assert notes["1"][1].startswith("Recalling its resolutions")
    assert notes["2"][1].startswith("Recalling also")
    assert "Resolutions 56/183" not in notes["*"][0]


def test_a_long_run_of_numbered_paragraphs_is_no_note_list():
    # Minutes numbered "1     Before turning ..." look like notes; of fourteen, two found
    # a figure in a marker's shape: paragraph numbers, their links dropped.
    series = [(10 + n, n) for n in range(1, 15)]
    assert paragraph_numbering(series, {11: (3, 40, False), 14: (3, 80, False)})
    # A page's few notes, or a long run that found its markers, are notes.
    assert not paragraph_numbering(series[:5], {})
    assert not paragraph_numbering(series, {10 + n: (n, 5, False) for n in range(1, 12)})


def test_quarters_and_groups_are_no_markers():
    for text in ("GDP rose in 2020 Q4, while", "output in H1 and", "the G20 summit"):
        number = "20" if "G20" in text else ("1" if "H1" in text else "4")
        assert marker_pattern(number).search(text) is None, text
    assert marker_pattern("4").search("on Human Rights4 and") is not None


def test_numbered_notes_that_find_their_markers_stay_notes():
    body = "\n".join(
        f"Recalling its resolution {70 + n}/1 of 2015,{n} and the work done since,"
        for n in range(1, 14)
    )
    notes = "\n".join(f"{n} See A/{70 + n}/100." for n in range(1, 14))
    release = release_from_text(body + "\n__________________\n" + notes + "\n")
    assert len(_notes(release)) == 13


def test_a_fiscal_years_end_carries_a_flattened_marker():
    pattern = year_marker_pattern("2")
    m = pattern.search("below the 8% achieved in 2023-242. Status quo")
    assert m is not None and m.start(m.lastindex) == m.end() - 1
    # A span of four-digit years, or a fiscal year alone, holds no marker.
    assert year_marker_pattern("24").search("in 2023-2024 and") is None
    assert year_marker_pattern("4").search("in 2023-24 and") is None


HEAD_STAR = """\
United Nations

General Assembly

Eightieth session
Item 999 of the preliminary list*

Proposed programme budget for 2099

\t*\tA/99/50.

Part XIV
Staff assessment

1. The estimates under this section cover the staff assessment of all posts.

2. Resources are requested as shown in table 1 below.
"""


def test_a_head_lines_star_note_is_its_footnote():
    release = release_from_text(HEAD_STAR)
    notes = _notes(release)
    assert notes["*"][0].endswith("A/99/50.")
    assert notes["*"][1].startswith("Item 999 of the preliminary list")
