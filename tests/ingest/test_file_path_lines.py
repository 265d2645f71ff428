"""A file's path printed at a page's edge (a word processor's filename field in a footer,
a typesetter's job file) is page furniture; a path quoted in a sentence, or alone on a
line in the middle of a page, stays (made-up minutes and notice)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.file_path_lines import is_file_path
from tests.ingest.helpers import lost_words

PAGE_1 = """\
Highlights of the Board meeting

The Board reviewed the outlook for prices and noted that the
balance of risks had shifted towards the upside since the last
meeting, owing to higher fuel and food costs in the quarter.

The Board agreed to keep the policy rate unchanged and to watch
closely the second-round effects of the supply shocks.
"""

MORE = """
Members asked staff to report on the
lending survey before the next meeting.
"""

PAGE_2 = """\
The next meeting of the Board is scheduled on 4 March 2031.
K:\\Staff home\\Policy Unit\\Board notes\\Board notes 02-2031 final.doc

11-02-2031

2
"""


def test_a_footers_file_path_is_furniture() -> None:
    text = PAGE_1 + "\f" + PAGE_2
    release = release_from_text(text)
    assert "Policy Unit" not in release.text
    furniture = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert any("Board notes 02-2031 final.doc" in r for r in furniture)
    assert "next meeting of the Board" in release.text
    assert not lost_words(text, release)


def test_a_share_path_at_a_page_top_is_furniture() -> None:
    text = PAGE_1 + "\f\\\\fileserver\\press\\2031\\notes\\draft-3.docx\n" + PAGE_2
    release = release_from_text(text)
    assert "fileserver" not in release.text
    assert not lost_words(text, release)


def test_a_path_mid_page_or_in_a_sentence_stays() -> None:
    # (Four lines of text above it on its page, four below: neither edge is near.)
    lines = (PAGE_1 + MORE).split("\n")
    middle = "\n".join([*lines[:5], "C:\\Program Files\\Tools\\Agent\\agent.exe", *lines[5:]])
    text = middle + "\fSave the file as C:\\Reports\\2031\\March\\return.xls when done.\n"
    release = release_from_text(text)
    assert "agent.exe" in release.text
    assert "return.xls" in release.text


def test_the_path_shape() -> None:
    assert is_file_path("H:\\Home \\Unit\\Minutes\\Board minutes 05- 2031.doc")
    assert is_file_path("E:\\HR\\OC\\HR999.XXX")
    assert is_file_path("  \\\\server\\share\\folder\\note.pdf  ")
    assert not is_file_path("C:\\Reports\\return.xls")  # (one folder: too little to tell)
    assert not is_file_path("H:\\Unit\\Minutes\\Board minutes")  # (no file named)
    assert not is_file_path("Save it as C:\\Reports\\2031\\return.xls")
    assert not is_file_path("\\\\\\\\\\\\" * 200)


def test_the_edge_reaches_three_lines_of_text() -> None:
    # Three lines of text between the path and its page's top: furniture; four: it stays
    # (the docstrings say so; review2).
    body = "\n".join(f"Item {i} of the board's notes goes on here." for i in range(1, 12))
    path = "C:\\Unit\\Minutes\\Board\\notes.doc"
    for above, taken in ((3, True), (4, False)):
        top = "".join(f"Heading line {i} of the page\n" for i in range(above))
        text = "Board notes\n\n" + body + "\n\f" + top + path + "\n" + body + "\n"
        assert ("notes.doc" not in release_from_text(text).text) is taken
