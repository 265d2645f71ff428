"""Made-up DOCX releases for the note forms Word users write (issue 11 item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.extracted import Extracted

docx = pytest.importorskip("docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(tmp_path: Path, body: str) -> Extracted:
    """A .docx: a first paragraph, then the raw WordprocessingML ``body``."""
    from lxml import etree

    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.add_paragraph("Minutes of the Monetary Policy Meeting")
    wrapper = etree.fromstring(f'<root xmlns:w="{W}">{body}</root>')
    sect = doc.element.body[-1]  # w:sectPr stays last
    for child in list(wrapper):
        sect.addprevious(child)
    path = tmp_path / "release.docx"
    doc.save(path)
    return read_docx(path)


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _table(*rows: tuple[str, str]) -> str:
    cells = "".join(f"<w:tr><w:tc>{_p(a)}</w:tc><w:tc>{_p(b)}</w:tc></w:tr>" for a, b in rows)
    return f"<w:tbl>{cells}</w:tbl>"


FORECASTS = _table(
    ("Forecast institution", "2031 (f)"),
    ("Central bank", "1.2 (CPI) 1.5 (Core CPI*)"),
    ("Statistics office", "1.1"),
)


def test_a_note_printed_under_a_table_is_tied_to_the_row_with_its_mark(
    tmp_path: Path,
) -> None:
    ex = _docx(tmp_path, FORECASTS + _p("Unit: %") + _p("* Excluding food and energy."))
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "*" and note.text == "Excluding food and energy."
    assert ex.lines[note.note_of].text == "Central bank | 1.2 (CPI) 1.5 (Core CPI*)"


def test_a_starred_line_under_a_table_without_the_mark_stays_text(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        _table(("Institution", "2031"), ("Central bank", "1.2"))
        + _p("* Figures are preliminary and may be revised."),
    )
    assert not any(line.style == "footnote" for line in ex.lines)


def test_a_starred_line_far_from_a_table_stays_text(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        FORECASTS
        + _p("The Board discussed the outlook at length.")
        + _p("Members noted that inflation had eased.")
        + _p("The Board decided to keep the rate unchanged.")
        + _p("* The decision was unanimous."),
    )
    assert not any(line.style == "footnote" for line in ex.lines)


def _sup(mark: str) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{mark}</w:t></w:r>'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_typed_superscript_notes_at_the_end_are_tied_to_their_marks(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        f"<w:p>{_run('The economy grew by 2 per cent')}{_sup('1')}{_run(' last year.')}</w:p>"
        f"<w:p>{_run('Exports rose')}{_sup('2')}{_run(' in every quarter.')}</w:p>"
        + _p("The Board will meet again in June.")
        + f"<w:p>{_sup('1')}{_run(' Preliminary estimate.')}</w:p>"
        + f"<w:p>{_sup('2')}{_run(' Goods only.')}</w:p>",
    )
    notes = {line.label: line for line in ex.lines if line.style == "footnote"}
    assert notes["1"].text == "Preliminary estimate."
    assert ex.lines[notes["1"].note_of].text.startswith("The economy grew")
    assert ex.lines[notes["2"].note_of].text.startswith("Exports rose")


def test_typed_numbers_under_a_notes_heading_answer_superscript_marks(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        f"<w:p>{_run('The Council adopted the conclusions')}{_sup('1')}{_run('.')}</w:p>"
        + _p("Notes")
        + _p("1. Council document 1234/31."),
    )
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "1" and note.text == "Council document 1234/31."
    assert ex.lines[note.note_of].text.startswith("The Council adopted")


def test_a_superscript_nobody_answers_is_text(tmp_path: Path) -> None:
    # "m²" and an ordinal set in superscript: no note paragraph answers them.
    ex = _docx(
        tmp_path,
        f"<w:p>{_run('A site of 400 m')}{_sup('2')}{_run(' was cleared.')}</w:p>"
        + f"<w:p>{_run('The 3')}{_sup('rd')}{_run(' meeting opened.')}</w:p>"
        + _p("2. The second point of the agenda was adopted."),
    )
    assert not any(line.style == "footnote" for line in ex.lines)
    assert "A site of 400 m2 was cleared." in [line.text for line in ex.lines]


def test_a_typed_note_hangs_under_its_paragraph_in_the_outline(tmp_path: Path) -> None:
    from briefing.ingest.pipeline import structure

    ex = _docx(
        tmp_path,
        f"<w:p>{_run('The economy grew by 2 per cent')}{_sup('1')}{_run(' last year.')}</w:p>"
        + _p("The Board will meet again in June.")
        + f"<w:p>{_sup('1')}{_run(' Preliminary estimate.')}</w:p>",
    )
    release = structure(ex)
    holder = next(
        n for n in release.nodes() if release.text[n.body_start :].startswith("The economy")
    )
    assert [c.kind for c in holder.children] == ["footnote"]


def test_marks_set_with_the_footnote_reference_style_are_marks(tmp_path: Path) -> None:
    from lxml import etree

    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.styles.element.append(
        etree.fromstring(
            f'<w:style xmlns:w="{W}" w:type="character" w:styleId="FootnoteRef">'
            '<w:name w:val="footnote reference"/></w:style>'
        )
    )
    styled = '<w:r><w:rPr><w:rStyle w:val="FootnoteRef"/></w:rPr><w:t>{}</w:t></w:r>'
    body = (
        f"<w:p>{_run('The fleet was reduced')}{styled.format('3')}{_run('.')}</w:p>"
        + _p("The Commission will report in 2032.")
        + f"<w:p>{styled.format('3')}{_run(' Figures of the national registers.')}</w:p>"
    )
    wrapper = etree.fromstring(f'<root xmlns:w="{W}">{body}</root>')
    sect = doc.element.body[-1]
    for child in list(wrapper):
        sect.addprevious(child)
    doc.save(tmp_path / "styled.docx")
    ex = read_docx(tmp_path / "styled.docx")
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "3" and ex.lines[note.note_of].text.startswith("The fleet")


def _cell(*runs: str) -> str:
    return f"<w:tc><w:p>{''.join(runs)}</w:p></w:tc>"


def test_lettered_table_notes_answer_raised_letters_in_the_cells(tmp_path: Path) -> None:
    rows = (
        f"<w:tr>{_cell(_run('Category'))}{_cell(_run('Posts'))}</w:tr>"
        f"<w:tr>{_cell(_run('Professional'), _sup('a'))}{_cell(_run('12'))}</w:tr>"
        f"<w:tr>{_cell(_run('Local level'))}{_cell(_run('30'), _sup('b'))}</w:tr>"
    )
    ex = _docx(
        tmp_path,
        f"<w:tbl>{rows}</w:tbl>"
        + f"<w:p>{_sup('a')}{_run(' Including one temporary post.')}</w:p>"
        + f"<w:p>{_sup('b')}{_run(' Of which two are vacant.')}</w:p>",
    )
    notes = {line.label: line for line in ex.lines if line.style == "footnote"}
    assert notes["a"].text == "Including one temporary post."
    assert ex.lines[notes["a"].note_of].text == "Professionala | 12"
    assert ex.lines[notes["b"].note_of].text == "Local level | 30b"


def test_notes_in_the_last_rows_of_a_table_answer_its_cells(tmp_path: Path) -> None:
    rows = (
        f"<w:tr>{_cell(_run('Category'))}{_cell(_run('Posts'))}</w:tr>"
        f"<w:tr>{_cell(_run('Professional'), _sup('a'))}{_cell(_run('12'))}</w:tr>"
        f"<w:tr>{_cell(_sup('a'), _run(' Including one temporary post.'))}</w:tr>"
    )
    ex = _docx(tmp_path, f"<w:tbl>{rows}</w:tbl>" + _p("The posts are financed in full."))
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "a" and note.text == "Including one temporary post."
    assert ex.lines[note.note_of].text == "Professionala | 12"
