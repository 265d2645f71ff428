"""DOCX reader on documents generated with python-docx (real numbering.xml, footnotes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


# A custom list: "(1)" then "(a)" then "i." — the shapes minutes use.
def _lvl(ilvl: int, fmt: str, text: str) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


# A custom list: "(1)" then "(a)" then "i." — the shapes minutes use.
CUSTOM_ABSTRACT = (
    f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="90">'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    + _lvl(0, "decimal", "(%1)")
    + _lvl(1, "lowerLetter", "(%2)")
    + _lvl(2, "lowerRoman", "%3.")
    + "</w:abstractNum>"
)
CUSTOM_NUM = f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
RESTART_NUM = (
    f'<w:num xmlns:w="{W}" w:numId="91"><w:abstractNumId w:val="90"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
)


def _note(note_id: int, body: str, kind: str = "") -> str:
    kind_attr = f' w:type="{kind}"' if kind else ""
    return f'<w:footnote w:id="{note_id}"{kind_attr}><w:p>{body}</w:p></w:footnote>'


def _note_text(text: str) -> str:
    return f'<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'


FOOTNOTES = (
    f'<w:footnotes xmlns:w="{W}">'
    + _note(-1, "<w:r><w:separator/></w:r>", "separator")
    + _note(0, "<w:r><w:continuationSeparator/></w:r>", "continuationSeparator")
    + _note(1, _note_text("Unofficial translation."))
    + _note(2, _note_text("See the annex."))
    + "</w:footnotes>"
)


def _numbered(doc, text: str, num_id: int, ilvl: int):
    from docx.oxml import parse_xml

    p = doc.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return p


def _footnote_ref(paragraph, note_id: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W}"><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>'
        )
    )


def build(path: Path) -> Path:
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    doc = docx.Document()
    doc.core_properties.title = "Joint statement"
    doc.core_properties.created = dt.datetime(2024, 3, 21, 9, 30)
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
    doc.sections[0].footer.paragraphs[0].text = "Ministry of Foreign Affairs"

    numbering = doc.part.numbering_part.element
    # abstractNums must precede nums in numbering.xml.
    first_num = numbering.find(f"{{{W}}}num")
    first_num.addprevious(parse_xml(CUSTOM_ABSTRACT))
    numbering.append(parse_xml(CUSTOM_NUM))
    numbering.append(parse_xml(RESTART_NUM))

    doc.add_paragraph("Joint statement", style="Title")
    doc.add_paragraph("Seoul, 21 March 2024", style="Subtitle")
    doc.add_heading("Background", level=1)
    intro = doc.add_paragraph("The ministers met in Seoul.")
    _footnote_ref(intro, 1)
    intro.add_run(" They agreed:")
    doc.add_paragraph("")  # empty paragraphs are not Lines
    doc.add_paragraph("to meet again;", style="List Number")
    doc.add_paragraph("to cooperate;", style="List Number")
    doc.add_paragraph("to report back.", style="List Number")
    doc.add_paragraph("A bullet point", style="List Bullet")
    doc.add_heading("Decisions", level=2)
    _numbered(doc, "Trade", 90, 0)
    _numbered(doc, "tariffs", 90, 1)
    _numbered(doc, "quotas", 90, 1)
    _numbered(doc, "detail", 90, 2)
    _numbered(doc, "Security", 90, 0)
    _numbered(doc, "cyber", 90, 1)  # restarts at (a) after (2)
    _numbered(doc, "Restarted list", 91, 0)
    doc.add_paragraph("We stand together.", style="Quote")
    doc.add_paragraph("Never again.", style="Intense Quote")
    outline = doc.add_paragraph("Outline-level heading")
    outline._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl xmlns:w="{W}" w:val="1"/>'))
    closing = doc.add_paragraph("Closing words")
    _footnote_ref(closing, 2)
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Country"
    table.cell(0, 1).text = "Rate"
    table.cell(1, 0).text = "Korea"
    table.cell(1, 1).text = "3.5%"
    doc.add_paragraph("After\tthe table\xa0end.")

    part = Part(PackURI("/word/footnotes.xml"), CT_FOOTNOTES, FOOTNOTES.encode(), doc.part.package)
    doc.part.relate_to(part, RT_FOOTNOTES)
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory):
    return read_file(build(tmp_path_factory.mktemp("docx") / "statement.docx"))


def find(extracted, text: str) -> Line:
    return next(line for line in extracted.lines if line.text == text)


def test_flags_and_metadata(extracted) -> None:
    assert extracted.format == "docx"
    assert extracted.blocks_are_paragraphs is True
    assert extracted.metadata["title"] == "Joint statement"
    # (The file's creation date is no release date: only what the paper prints is.)
    assert extracted.metadata["created"] == "2024-03-21"
    assert "date" not in extracted.metadata


def test_styles(extracted) -> None:
    assert extracted.lines[0] == Line("Joint statement", style="title")
    assert extracted.lines[1] == Line("Seoul, 21 March 2024", style="subtitle")
    assert find(extracted, "Background").style == "heading1"
    assert find(extracted, "Decisions").style == "heading2"
    assert find(extracted, "We stand together.").style == "quote"
    assert find(extracted, "Never again.").style == "quote"
    assert find(extracted, "Outline-level heading").style == "heading2"
    assert find(extracted, "Closing words2").style == ""


def test_list_number_style_numbering(extracted) -> None:
    got = [
        (find(extracted, t).label, find(extracted, t).style)
        for t in ("to meet again;", "to cooperate;", "to report back.")
    ]
    assert got == [("1.", "list-item"), ("2.", "list-item"), ("3.", "list-item")]
    assert find(extracted, "A bullet point").label == "•"


def test_custom_numbering_labels_and_levels(extracted) -> None:
    got = [
        (line.label, line.level, line.text)
        for line in extracted.lines
        if line.text
        in ("Trade", "tariffs", "quotas", "detail", "Security", "cyber", "Restarted list")
    ]
    assert got == [
        ("(1)", 0, "Trade"),
        ("(a)", 1, "tariffs"),
        ("(b)", 1, "quotas"),
        ("i.", 2, "detail"),
        ("(2)", 0, "Security"),
        ("(a)", 1, "cyber"),
        ("(1)", 0, "Restarted list"),
    ]
    assert all(line.style == "list-item" for line in extracted.lines if line.text == "cyber")


def test_footnote_markers_and_notes(extracted) -> None:
    # The mark as Word prints it (a superscript number) stands where the reference is.
    intro = find(extracted, "The ministers met in Seoul.1 They agreed:")
    assert intro.style == ""
    closing = find(extracted, "Closing words2")
    notes = [line for line in extracted.lines if line.style == "footnote"]
    assert notes == [
        Line(
            "Unofficial translation.", "footnote", label="1", note_of=extracted.lines.index(intro)
        ),
        Line("See the annex.", "footnote", label="2", note_of=extracted.lines.index(closing)),
    ]
    assert extracted.lines[-2:] == notes  # appended after the body


def test_table_cells(extracted) -> None:
    cells = [line.text for line in extracted.lines if line.style == "table"]
    assert cells == ["Country | Rate", "Korea | 3.5%"]  # one line per row


def test_text_details(extracted) -> None:
    assert find(extracted, "After\tthe table end.")
    assert all(line.text for line in extracted.lines)


def test_headers_and_footers_are_removed(extracted) -> None:
    assert extracted.removed == ["OFFICIAL", "Ministry of Foreign Affairs"]
    assert all(line.text != "OFFICIAL" for line in extracted.lines)


def test_document_order(extracted) -> None:
    texts = [line.text for line in extracted.lines]
    assert texts.index("Background") < texts.index("to meet again;") < texts.index("Trade")
    assert (
        texts.index("Closing words2")
        < texts.index("Country | Rate")
        < texts.index("After\tthe table end.")
    )


def test_minimal_docx_without_numbering_or_core_properties(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bare.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="'
            'application/vnd.openxmlformats-package.relationships+xml"/><Override '
            'PartName="/word/document.xml" ContentType="application/vnd.openxml'
            'formats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            "schemas.openxmlformats.org/officeDocument/2006/relationships/"
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        zf.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:pPr>'
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>'
            "<w:r><w:t>Only paragraph</w:t></w:r></w:p></w:body></w:document>",
        )
    ex = read_file(path)
    assert ex.lines == [Line("Only paragraph")]
    assert ex.metadata == {}


def test_content_controls_and_text_boxes(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    body = doc.element.body
    body.insert(
        0,
        parse_xml(
            f'<w:sdt xmlns:w="{W}"><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>In a control</w:t>'
            "</w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    body.insert(1, parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr/></w:sdt>'))  # no content
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    body.insert(
        2,
        parse_xml(
            f'<w:p xmlns:w="{W}" xmlns:mc="{mc}"><w:r><w:t>Anchor</w:t></w:r><w:r>'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>'
            "<w:r><w:t>Boxed text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed text</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
            '<w:r><w:t xml:space="preserve"> tail</w:t></w:r></w:p>'
        ),
    )
    path = tmp_path / "controls.docx"
    doc.save(path)
    assert [line.text for line in read_file(path).lines] == [
        "In a control",
        "Anchor tail",
        "Boxed text",
    ]


def test_bold_short_paragraphs_are_crossheads(tmp_path: Path) -> None:
    """Minutes formatted by hand mark section titles in bold, not with heading styles;
    two bold lines in a row are a list of bold items, not sections."""
    import docx

    doc = docx.Document()
    doc.add_paragraph().add_run("Review of economic conditions").bold = True
    doc.add_paragraph("The department presented the following review of the economy.")
    lead = doc.add_paragraph()
    lead.add_run("The Board decided unanimously to keep the rate unchanged.").bold = True
    doc.add_paragraph().add_run("Alice Example").bold = True
    doc.add_paragraph().add_run("Bob Example").bold = True
    doc.add_paragraph("Both members attended the meeting in person.")
    doc.add_paragraph().add_run("Members present:").bold = True
    doc.add_paragraph("Alice Example, Bob Example")
    mixed = doc.add_paragraph()
    mixed.add_run("Decision:").bold = True
    mixed.add_run(" keep the rate")
    path = tmp_path / "minutes.docx"
    doc.save(str(path))
    lines = {line.text: line.style for line in read_file(path).lines}
    assert lines["Review of economic conditions"] == "heading2"
    assert lines["The Board decided unanimously to keep the rate unchanged."] == ""
    assert lines["Alice Example"] == lines["Bob Example"] == ""
    assert lines["Decision: keep the rate"] == ""
    assert lines["Members present:"] == ""  # a lead-in to the list under it
