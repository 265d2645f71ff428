"""Made-up DOCX and HTML releases for the reader families of issue 11: content controls,
fields, hidden text, Word symbols and tables of contents in DOCX; content boxes and
typed note markers in HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.extracted import Extracted
from briefing.ingest.pipeline import structure
from briefing.ingest.readers.html import extract_html

docx = pytest.importorskip("docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _docx(tmp_path: Path, body: str, first: str = "Statement by the Spokesperson") -> Extracted:
    """A .docx whose body is ``first`` then the raw WordprocessingML ``body``."""
    from lxml import etree

    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.add_paragraph(first)
    wrapper = etree.fromstring(f'<root xmlns:w="{W}" xmlns:r="{R}">{body}</root>')
    sect = doc.element.body[-1]  # w:sectPr stays last
    for child in list(wrapper):
        sect.addprevious(child)
    path = tmp_path / "release.docx"
    doc.save(path)
    return read_docx(path)


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _texts(ex: Extracted) -> list[str]:
    return [line.text for line in ex.lines]


def test_rows_of_a_repeating_section_are_read(tmp_path: Path) -> None:
    # A table whose rows sit in content controls (Word's repeating section).
    ex = _docx(
        tmp_path,
        "<w:tbl><w:sdt><w:sdtContent>"
        "<w:tr><w:tc>" + _p("Delegation of Ruritania") + "</w:tc>"
        "<w:sdt><w:sdtContent><w:tc>" + _p("Two observers") + "</w:tc>"
        "</w:sdtContent></w:sdt></w:tr>"
        "</w:sdtContent></w:sdt></w:tbl>",
    )
    assert "Delegation of Ruritania | Two observers" in _texts(ex)


def test_a_placeholder_content_control_is_dropped_and_listed(tmp_path: Path) -> None:
    prompt = "Click or tap here to enter text."
    ex = _docx(
        tmp_path,
        f"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{_p(prompt)}"
        "</w:sdtContent></w:sdt>"
        '<w:p><w:r><w:t xml:space="preserve">Contact: </w:t></w:r>'
        f"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>{prompt}</w:t>"
        "</w:r></w:sdtContent></w:sdt></w:p>"
        # a filled-in control is the author's text
        "<w:sdt><w:sdtPr><w:alias w:val='Date'/></w:sdtPr><w:sdtContent>"
        + _p("Geneva, 3 March 2031")
        + "</w:sdtContent></w:sdt>",
    )
    assert prompt not in " ".join(_texts(ex))
    assert "Geneva, 3 March 2031" in _texts(ex)
    assert ex.dropped.count(("placeholder", prompt)) == 2


def test_hidden_text_is_dropped_and_listed(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        "<w:p><w:r><w:t>The Council adopted the conclusions.</w:t></w:r>"
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> [check with legal]</w:t></w:r>'
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> Shown.</w:t></w:r>'
        "</w:p>",
    )
    assert "The Council adopted the conclusions. Shown." in _texts(ex)
    assert ("hidden", "[check with legal]") in ex.dropped


def test_field_results_and_links_are_text(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        '<w:p><w:r><w:t xml:space="preserve">See the </w:t></w:r><w:hyperlink r:id="rId99">'
        '<w:r><w:t>full report</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve">, issued '
        '</w:t></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>3 March 2031</w:t></w:r>'
        '</w:fldSimple><w:r><w:t xml:space="preserve">, under </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        " REF _Ref12 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        "<w:r><w:t>paragraph 4</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "<w:r><w:t>.</w:t></w:r></w:p>",
    )
    assert "See the full report, issued 3 March 2031, under paragraph 4." in _texts(ex)


def test_symbol_font_bullet(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        '<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/>'
        '<w:t xml:space="preserve"> Ceasefire monitoring to begin at once</w:t></w:r></w:p>',
    )
    assert "• Ceasefire monitoring to begin at once" in _texts(ex)


def _toc(entries: list[str], close: bool = True) -> str:
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    paras = []
    for i, entry in enumerate(entries):
        lead = begin if i == 0 else ""
        paras.append(
            f"<w:p>{lead}<w:r><w:t>{entry}</w:t></w:r><w:r><w:tab/></w:r>"
            f"<w:r><w:t>{i + 2}</w:t></w:r></w:p>"
        )
    if close:
        paras.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return "".join(paras)


def test_a_word_table_of_contents_is_dropped_and_listed(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        _toc(["Introduction", "Findings"])
        + _p("Introduction")
        + _p("The mission visited four provinces in May."),
    )
    assert _texts(ex) == [
        "Statement by the Spokesperson",
        "Introduction",
        "The mission visited four provinces in May.",
    ]
    assert ("contents", "Introduction 2") in ex.dropped
    assert ("contents", "Findings 3") in ex.dropped


def test_an_unclosed_table_of_contents_loses_no_body(tmp_path: Path) -> None:
    ex = _docx(
        tmp_path,
        _toc(["Introduction"], close=False) + _p("The mission visited four provinces in May."),
    )
    assert "The mission visited four provinces in May." in _texts(ex)


def _page(body: str) -> str:
    return (
        "<html><head><title>Statement</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav><main>'
        "<h1>Statement on the ceasefire</h1><p>12 May 2031</p>"
        f"{body}</main><footer>Contact us</footer></body></html>"
    )


def test_an_aside_of_prose_is_content_and_an_aside_of_links_is_not() -> None:
    ex = extract_html(
        _page(
            "<p>The Ministry welcomes the announcement of a ceasefire by both parties.</p>"
            '<aside class="box"><h3>Background</h3><p>The conflict began in 2029 and '
            "displaced many families.</p></aside>"
            '<aside><h3>Related</h3><ul><li><a href="/a">Earlier statement on the talks'
            '</a></li><li><a href="/b">Minister visits the region</a></li></ul></aside>'
            "<p>The Ministry will continue to follow the situation closely.</p>"
        )
    )
    texts = _texts(ex)
    assert "The conflict began in 2029 and displaced many families." in texts
    assert "Earlier statement on the talks" not in " ".join(texts)
    assert any("Earlier statement" in text for kind, text in ex.dropped)


def test_a_typed_note_marker_is_tied_to_its_note() -> None:
    ex = extract_html(
        _page(
            "<p>The Council recalled paragraph [2] of its conclusions.</p>"
            "<p>It welcomed the earlier statement.[2]</p>"
            '<div class="footnotes"><p>[2] Press release 14/2031 of 3 May.</p></div>'
        )
    )
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "[2]"
    assert ex.lines[note.note_of].text == "It welcomed the earlier statement.[2]"


def test_a_sentence_ending_in_a_note_marker_is_no_heading() -> None:
    release = structure(
        extract_html(
            _page(
                "<p>The Ministry welcomes the ceasefire.<sup>"
                '<a href="#fn1" id="r1">1</a></sup></p>'
                "<p>It calls on all sides to respect their commitments in full.</p>"
                '<div class="footnotes"><p id="fn1"><a href="#r1">1</a> Statement of '
                "3 May 2031.</p></div>"
            )
        )
    )
    holder = next(
        n for n in release.nodes() if release.text[n.start :].startswith("The Ministry welcomes")
    )
    assert holder.kind == "paragraph"
    assert [c.kind for c in holder.children] == ["footnote"]


def _list_docx(tmp_path: Path, items: list[tuple[int, str, str]]) -> Extracted:
    """Paragraphs ``(numId, left indent or "", text)`` in two made-up lists: numId 71
    "(1)" at 480 twips, numId 72 "A." at ilvl 0 too, with no indent of its own."""
    from docx.oxml import parse_xml

    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(f"{{{W}}}num")
    for aid, fmt, text, left in ((71, "decimal", "(%1)", 480), (72, "upperLetter", "%1.", "")):
        ind = f'<w:pPr><w:ind w:left="{left}" w:hanging="480"/></w:pPr>' if left else ""
        abstract = (
            f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{aid}"><w:lvl w:ilvl="0">'
            f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f"{ind}</w:lvl></w:abstractNum>"
        )
        first_num.addprevious(parse_xml(abstract))
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{W}" w:numId="{aid}"><w:abstractNumId w:val="{aid}"/></w:num>'
            )
        )
    doc.add_paragraph("Minutes of the meeting")
    for num_id, left, text in items:
        para = doc.add_paragraph(text)
        ind = f'<w:ind w:left="{left}" w:hanging="371"/>' if left else ""
        para._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
        )
        if ind:
            para._p.get_or_add_pPr().append(
                parse_xml(ind.replace("<w:ind", f'<w:ind xmlns:w="{W}"'))
            )
    path = tmp_path / "lists.docx"
    doc.save(path)
    return read_docx(path)


def test_a_separate_list_indented_under_an_item_is_nested(tmp_path: Path) -> None:
    ex = _list_docx(
        tmp_path,
        [
            (71, "", "Review of the money demand function."),
            (72, "851", "The target range was kept."),
            (72, "851", "The estimates were updated."),
            (71, "", "Outlook for the coming year."),
        ],
    )
    got = [(line.label, line.level) for line in ex.lines if line.label]
    assert got == [("(1)", 0), ("A.", 1), ("B.", 1), ("(2)", 0)]


def test_a_separate_list_at_the_same_indent_stays_level(tmp_path: Path) -> None:
    ex = _list_docx(
        tmp_path,
        [(71, "", "First point of the agenda."), (72, "480", "A point of another list.")],
    )
    assert [line.level for line in ex.lines if line.label] == [0, 0]


def test_notes_under_a_rule_answer_superscripts() -> None:
    ex = extract_html(
        _page(
            "<p>The parties reaffirmed the freedom of navigation.<sup>1</sup></p>"
            "<p>The area covered is 40 km<sup>2</sup> of open sea in all.</p>"
            "<hr><p><sup>1</sup> As set out in the Convention of 1982.</p>"
            "<p>2. The second paragraph of the annex is text, not a note.</p>"
        )
    )
    notes = [line for line in ex.lines if line.style == "footnote"]
    assert [(n.label, n.text) for n in notes] == [("[1]", "As set out in the Convention of 1982.")]
    assert ex.lines[notes[0].note_of].text.startswith("The parties reaffirmed")
    assert any(line.text.startswith("2. The second paragraph") for line in ex.lines)


def test_a_table_of_contents_control_is_dropped_even_as_plain_text(tmp_path: Path) -> None:
    entry = "<w:p><w:r><w:t>{}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{}</w:t></w:r></w:p>"
    ex = _docx(
        tmp_path,
        "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val='Table of Contents'/>"
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        + _p("Contents")
        + entry.format("Summary", 2)
        + entry.format("Recommendations", 5)
        + "</w:sdtContent></w:sdt>"
        + _p("Summary")
        + _p("The mission visited four provinces in May."),
    )
    assert _texts(ex)[1:] == ["Summary", "The mission visited four provinces in May."]
    assert ("contents", "Contents") in ex.dropped
    assert ("contents", "Recommendations 5") in ex.dropped


def test_a_table_is_read_row_by_row_with_its_notes(tmp_path: Path) -> None:
    from briefing.ingest.readers.docx import read_docx

    from .test_readers_docx_notes import _add_part, _notes_xml, _ref

    doc = docx.Document()
    doc.add_paragraph("Estimates by section")
    table = doc.add_table(rows=2, cols=3)
    for col, text in enumerate(("Section", "2030 estimate", "Variance")):
        table.cell(0, col).text = text
    table.cell(1, 0).text = "Development Account"
    _ref(table.cell(1, 0).paragraphs[0], "footnote", 1)
    table.cell(1, 1).text = "19 011"
    table.cell(1, 2).add_paragraph("9.1")  # a cell of two paragraphs, the first empty
    framed = doc.add_table(rows=1, cols=1)  # a one-column frame keeps its paragraphs
    framed.cell(0, 0).text = "First framed paragraph."
    framed.cell(0, 0).add_paragraph("Second framed paragraph.")
    _add_part(doc, "footnote", _notes_xml("footnote", {1: "Excluding staff costs."}))
    path = tmp_path / "rows.docx"
    doc.save(path)
    ex = read_docx(path)
    rows = [line.text for line in ex.lines if line.style == "table"]
    assert rows == [
        "Section | 2030 estimate | Variance",
        "Development Account1 | 19 011 | 9.1",
        "First framed paragraph.",
        "Second framed paragraph.",
    ]
    note = next(line for line in ex.lines if line.style == "footnote")
    assert ex.lines[note.note_of].text.startswith("Development Account1")


def test_points_numbered_in_a_narrow_cell_are_numbered_points(tmp_path: Path) -> None:
    from briefing.ingest.readers.docx import read_docx

    doc = docx.Document()
    doc.add_paragraph("Member States shall ensure:")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "(a)"
    table.cell(0, 1).text = "that the register is kept up to date;"
    table.cell(1, 0).text = "(b)"
    table.cell(1, 1).text = "that the data are sent each month."
    path = tmp_path / "points.docx"
    doc.save(path)
    points = [(line.label, line.text) for line in read_docx(path).lines if line.label]
    assert points == [
        ("(a)", "that the register is kept up to date;"),
        ("(b)", "that the data are sent each month."),
    ]
