"""DOCX footnotes/endnotes (marks as printed, notes tied to their paragraph) and Word's
automatic heading numbers; small documents built here, the corpus DOCX read in place."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Line
from briefing.ingest.pipeline import structure
from briefing.ingest.readers import read_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def _note(kind: str, note_id: int, body: str, note_type: str = "") -> str:
    attr = f' w:type="{note_type}"' if note_type else ""
    return f'<w:{kind} w:id="{note_id}"{attr}>{body}</w:{kind}>'


def _p(text: str, ref: str = "") -> str:
    return f'<w:p><w:r>{ref}</w:r><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _notes_xml(kind: str, notes: dict[int, str], typeless_separator: bool = False) -> str:
    ref = f"<w:{kind}Ref/>"
    sep = _note(
        kind, -1, "<w:p><w:r><w:separator/></w:r></w:p>", "" if typeless_separator else "separator"
    )
    cont = _note(
        kind, 0, "<w:p><w:r><w:continuationSeparator/></w:r></w:p>", "continuationSeparator"
    )
    body = "".join(
        _note(kind, i, text if text.startswith("<w:p>") else _p(" " + text, ref))
        for i, text in notes.items()
    )
    return f'<w:{kind}s xmlns:w="{W}">{sep}{cont}{body}</w:{kind}s>'


def _ref(paragraph, kind: str, note_id: int, custom: str = "") -> None:
    from docx.oxml import parse_xml

    follows = ' w:customMarkFollows="1"' if custom else ""
    mark = f"<w:t>{custom}</w:t>" if custom else ""
    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"{follows}/>{mark}</w:r>'
        )
    )


def _add_part(doc, kind: str, xml: str) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI(f"/word/{kind}s.xml"), f"{CT}{kind}s+xml", xml.encode(), doc.part.package)
    doc.part.relate_to(part, RT + kind + "s")


def _section_pr(doc, xml: str) -> None:
    from docx.oxml import parse_xml

    sect = doc.element.body.find(f"{{{W}}}sectPr")
    sect.insert(0, parse_xml(xml))


@pytest.fixture(scope="module")
def noted(tmp_path_factory: pytest.TempPathFactory):
    import docx

    doc = docx.Document()
    first = doc.add_paragraph("The ministers met in Lisbon.")
    _ref(first, "footnote", 1)
    first.add_run(" They agreed on quotas.")
    doc.add_paragraph("A paragraph without notes.")
    second = doc.add_paragraph("Fleet figures")
    _ref(second, "footnote", 7, custom="*")
    second.add_run(" are provisional.")
    third = doc.add_paragraph("The review follows")
    _ref(third, "footnote", 2)
    _ref(third, "endnote", 1)
    table = doc.add_table(rows=1, cols=1)
    _ref(table.cell(0, 0).paragraphs[0], "endnote", 2)
    footnotes = {
        1: "Held on 20 March.",
        2: _p(" First paragraph of a long note.", "<w:footnoteRef/>") + _p("Its second paragraph."),
        7: _p("*\tFigures from the national registers."),
        9: "A note whose reference was deleted.",
    }
    _add_part(doc, "footnote", _notes_xml("footnote", footnotes, typeless_separator=True))
    _add_part(doc, "endnote", _notes_xml("endnote", {1: "See annex I.", 2: "In a table."}))
    path = tmp_path_factory.mktemp("notes") / "noted.docx"
    doc.save(path)
    return read_file(path)


def _line(extracted, start: str) -> int:
    return next(i for i, line in enumerate(extracted.lines) if line.text.startswith(start))


def test_marks_printed_where_the_reference_is(noted) -> None:
    texts = [line.text for line in noted.lines if line.style != "footnote"]
    assert texts[:4] == [
        "The ministers met in Lisbon.1 They agreed on quotas.",
        "A paragraph without notes.",
        "Fleet figures* are provisional.",  # a custom mark takes no number
        "The review follows2i",
    ]
    assert texts[4] == "ii"  # an endnote mark alone in a table cell


def test_notes_follow_the_body_tied_to_their_paragraph(noted) -> None:
    notes = [line for line in noted.lines if line.style == "footnote"]
    assert notes == [
        Line("Held on 20 March.", "footnote", label="1", note_of=_line(noted, "The ministers")),
        Line(
            "Figures from the national registers.",
            "footnote",
            label="*",
            note_of=_line(noted, "Fleet"),
        ),
        Line(
            "First paragraph of a long note. Its second paragraph.",
            "footnote",
            label="2",
            note_of=_line(noted, "The review"),
        ),
        Line("See annex I.", "footnote", label="i", note_of=_line(noted, "The review")),
        Line("In a table.", "footnote", label="ii", note_of=_line(noted, "ii")),
    ]
    assert noted.lines[-5:] == notes


def test_separators_are_not_notes_and_unreferenced_notes_are_listed(noted) -> None:
    assert noted.dropped == [("unreferenced-footnote", "A note whose reference was deleted.")]


def test_notes_attach_in_the_outline(noted) -> None:
    release = structure(noted)
    holder = next(n for n in release.nodes() if release.text[n.start :].startswith("The ministers"))
    assert [(c.kind, c.label) for c in holder.children] == [("footnote", "1")]


def test_note_numbering_the_document_sets(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    para = doc.add_paragraph("Text")
    _ref(para, "footnote", 1)
    _ref(para, "endnote", 1)
    _section_pr(
        doc,
        f'<w:footnotePr xmlns:w="{W}"><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/>'
        "</w:footnotePr>",
    )
    _section_pr(doc, f'<w:endnotePr xmlns:w="{W}"><w:numFmt w:val="decimal"/></w:endnotePr>')
    _add_part(doc, "footnote", _notes_xml("footnote", {1: "Lettered."}))
    _add_part(doc, "endnote", _notes_xml("endnote", {1: "Numbered."}))
    doc.save(tmp_path / "fmt.docx")
    ex = read_file(tmp_path / "fmt.docx")
    assert ex.lines[0].text == "Textc1"
    assert [(line.label, line.text) for line in ex.lines[1:]] == [
        ("c", "Lettered."),
        ("1", "Numbered."),
    ]


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_reference_without_notes_part_is_an_error(tmp_path: Path, kind: str) -> None:
    import docx

    doc = docx.Document()
    _ref(doc.add_paragraph("Text"), kind, 1)
    path = tmp_path / "missing.docx"
    doc.save(path)
    with pytest.raises(ReleaseReadError) as info:
        read_file(path)
    assert info.value.reason == (
        f"the text refers to {kind}s but the file has no {kind}s part (word/{kind}s.xml is missing)"
    )


def test_framed_note_is_a_footnote_of_the_paragraph_with_its_mark(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    doc.add_paragraph("Item 12 of the provisional agenda*")
    doc.add_paragraph("Report of the Committee")
    framed = doc.add_paragraph("*\tA/99/100.")
    unmarked = doc.add_paragraph("†\tA mark no paragraph carries.")
    for para in (framed, unmarked):
        para._p.get_or_add_pPr().append(
            parse_xml(f'<w:framePr xmlns:w="{W}" w:w="9792" w:vAnchor="page" w:y="14001"/>')
        )
    doc.save(tmp_path / "framed.docx")
    ex = read_file(tmp_path / "framed.docx")
    assert ex.lines[2] == Line("A/99/100.", "footnote", label="*", note_of=0)
    assert ex.lines[3] == Line("†\tA mark no paragraph carries.")


# Word's automatic heading numbers (numbering attached to the Heading styles).
def _lvl(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def test_heading_numbers_from_heading_styles(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(f"{{{W}}}num")
    first_num.addprevious(
        parse_xml(
            f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="95">'
            + _lvl(0, "upperRoman", "%1.")
            + _lvl(1, "upperLetter", "%2.")
            + _lvl(2, "decimal", "%3.%4", start=36)
            + _lvl(3, "decimal", "%3.%4")
            + "</w:abstractNum>"
        )
    )
    numbering.append(
        parse_xml(f'<w:num xmlns:w="{W}" w:numId="95"><w:abstractNumId w:val="95"/></w:num>')
    )
    for name, ilvl in (("Heading 1", 0), ("Heading 2", 1), ("Heading 3", 3)):
        ppr = doc.styles[name].element.get_or_add_pPr()
        ppr.insert(
            0,
            parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="95"/></w:numPr>'
            ),
        )
    doc.add_heading("Introduction", level=1)
    doc.add_heading("Mandate", level=2)
    doc.add_heading("Scope", level=2)
    doc.add_heading("Staff assessment", level=3)
    doc.add_heading("Resources", level=1)
    doc.save(tmp_path / "headings.docx")
    got = [
        (line.label, line.style, line.text) for line in read_file(tmp_path / "headings.docx").lines
    ]
    assert got == [
        ("I.", "heading1", "Introduction"),
        ("A.", "heading2", "Mandate"),
        ("B.", "heading2", "Scope"),
        ("36.1", "heading3", "Staff assessment"),
        ("II.", "heading1", "Resources"),
    ]


# The corpus DOCX (tune split), read in place.
CORPUS_DOCX = ("more/28_", "more/29_", "more/31_", "formats/06_")


def _references(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode("utf-8", "replace")
    return set(re.findall(r'<w:(?:footnote|endnote)Reference\b[^>]*w:id="(-?\d+)"', xml))


@pytest.mark.parametrize("prefix", CORPUS_DOCX)
def test_corpus_docx_notes_attach_to_their_marker(shared_dir: Path, prefix: str) -> None:
    folder, stem = prefix.split("/")
    found = sorted((shared_dir / "corpus" / folder).glob(stem + "*.docx"))
    if not found:
        pytest.skip(f"no {prefix}*.docx in the corpus")
    ex = read_file(found[0])
    notes = [line for line in ex.lines if line.note_of is not None]
    # Every real note, plus faked ones (a framed "*" note at the foot of a UN page).
    assert len(notes) >= len(_references(found[0]))
    for note in notes:
        assert note.style == "footnote" and note.label
        holder = ex.lines[note.note_of]
        assert holder.style != "footnote" and note.label in holder.text
    release = structure(ex)
    for note in notes:
        start = " ".join(ex.lines[note.note_of].text.split())
        # Structure cuts a number glued to a word out of it ("Minutes1 of" -> "Minutes of").
        cut = re.sub(rf"(?<=[^\W\d_]){re.escape(note.label)}(?=\W|$)", "", start, count=1)[:30]
        starts = (cut, start[:30])  # a "*" mark is printed as it stands
        # Table rows may open alike ("Domestic institutions | ..." in two tables).
        holders = [
            n
            for n in release.nodes()
            if release.text[n.body_start :].startswith(starts)
            or release.text[n.start :].startswith(starts)
        ]
        assert any(
            note.label in [c.label for c in holder.children if c.kind == "footnote"]
            for holder in holders
        )
