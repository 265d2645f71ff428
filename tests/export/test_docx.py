"""The exported .docx read back with python-docx and docx2python."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx2python import docx2python

from briefing.export.docx.template import default_template_path
from tests.export.conftest import NOW
from tests.export.fixtures import ANNOTATIONS, KOREAN

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _styles_used(document) -> list[str]:
    return [p.style.name for p in body_paragraphs(document)]


def body_paragraphs(document):
    """Every paragraph of the body in order, those in tables too (the body's end is held
    in an unsplittable table row)."""
    from docx.text.paragraph import Paragraph

    return [Paragraph(p, document) for p in document.element.body.iter(qn("w:p"))]


def test_structure_and_styles(exported):
    document = docx.Document(str(exported))
    used = _styles_used(document)
    assert used[0] == "Title"
    headings = [p.text for p in body_paragraphs(document) if p.style.name == "Heading 1"]
    assert headings == ["Purpose", "Summary", "Background", "Key points",
                        "Next steps", "Annex A: Text of the release"]
    for name in ("Body Text", "List Number", "Note Action", "Annex Paragraph", "Annex Item",
                 "Annex Note", "Heading 2", "Subtitle"):
        assert name in used, name
    # Headings carry outline levels (Word's navigation pane) through their styles.
    h1 = document.styles["Heading 1"].element
    assert h1.find(f"{W}pPr/{W}outlineLvl").get(qn("w:val")) == "0"
    # The header block: a borderless two-column table.
    table = document.tables[0]
    assert [row.cells[0].text for row in table.rows] == [
        "To:", "From:", "Date:", "Subject:", "File no.:"]
    assert table.rows[2].cells[1].text == "25 November 2026"
    assert table.style.name == "Note Header Table"


def test_key_points_cite_and_numbering_restarts(exported):
    document = docx.Document(str(exported))
    # The last key point may be in the body's held-together end (a table row): read all.
    points = [p for p in body_paragraphs(document) if p.style.name == "List Number"]
    assert [p.text.replace("\xa0", " ").rsplit(" ", 2)[-2:] for p in points] == [
        ["(para", "1)"], ["(para", "2)"], ["(para", "4)"]]
    assert points[0].runs[-1].style.name == "Citation"
    num_ids = {p._p.pPr.numPr.numId.val for p in points}
    assert len(num_ids) == 1
    numbering = document.part.numbering_part.element
    (num,) = [n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == str(*num_ids)]
    assert num.find(f"{W}lvlOverride/{W}startOverride").get(qn("w:val")) == "1"


def test_numbering_restarts_for_each_list(project, tmp_path):
    from briefing.export import ExportOptions, export_note
    from briefing.model import BriefParagraph

    project.brief.section("recommendation").paragraphs = [
        BriefParagraph("Note the Declaration."), BriefParagraph("Brief the Minister.")]
    path = tmp_path / "two-lists.docx"
    export_note(project, path, ExportOptions(now=NOW))
    document = docx.Document(str(path))
    lists = [p._p.pPr.numPr.numId.val for p in body_paragraphs(document)
             if p.style.name == "List Number"]
    assert len(lists) == 5 and len(set(lists)) == 2  # 3 key points, 2 recommendations
    overrides = {
        n.get(qn("w:numId")): n.find(f"{W}lvlOverride/{W}startOverride").get(qn("w:val"))
        for n in document.part.numbering_part.element.iter(qn("w:num"))
        if n.find(f"{W}lvlOverride") is not None
    }
    assert all(overrides[str(i)] == "1" for i in set(lists))


def _instructions(part_element) -> str:
    return "".join(t.text for t in part_element.iter(qn("w:instrText")))


def test_header_footer_banner_and_page_fields(exported):
    section = docx.Document(str(exported)).sections[0]
    assert [p.text for p in section.header.paragraphs] == ["UNCLASSIFIED"]
    assert section.header.paragraphs[0].style.name == "Classification"
    footer = section.footer
    assert footer.paragraphs[-1].text == "UNCLASSIFIED"
    assert "Page 1 of 1" in footer.paragraphs[0].text  # placeholders until laid out
    assert "File no. MAR-2026-0412" in footer.paragraphs[0].text
    instructions = _instructions(footer._element)
    assert "PAGE" in instructions and "NUMPAGES" in instructions


def test_document_properties(exported):
    props = docx.Document(str(exported)).core_properties
    assert props.subject.startswith("2026 Busan Ministerial Conference")
    assert props.title == f"Briefing note: {props.subject}"
    assert props.author == "Maritime Affairs Division"
    assert "briefing note" in props.keywords
    assert props.created == NOW
    assert props.modified == NOW


def test_hyperlink_to_the_source(exported):
    document = docx.Document(str(exported))
    links = [r for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert [r.target_ref for r in links] == ["https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=999"]
    assert len(list(document.element.body.iter(qn("w:hyperlink")))) == 1


def _commented_text(body) -> dict[str, str]:
    """Comment id -> the document text between its range start and end."""
    open_ids: set[str] = set()
    texts: dict[str, str] = {}
    for element in body.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:t")):
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            texts[element.get(qn("w:id"))] = ""
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        else:
            for cid in open_ids:
                texts[cid] += element.text or ""
    return texts


def test_annotations_are_comments_on_the_right_text(exported):
    document = docx.Document(str(exported))
    comments = list(document.comments)
    assert len(comments) == len(ANNOTATIONS)
    anchored = _commented_text(document.element.body)
    by_text = {c.text: c for c in comments}
    for quote, body in ANNOTATIONS:
        comment = by_text[body]
        assert anchored[str(comment.comment_id)] == quote
        assert comment.author in ("J. Kim", "A. Lee")
        assert comment.initials in ("JK", "AL")
        assert comment.timestamp.isoformat().startswith("2026-11-25T09:30:00")
    # python-docx resolves the comment styles by id: they must exist in the note.
    style_ids = {s.style_id for s in document.styles}
    assert {"CommentText", "CommentReference"} <= style_ids


def test_no_comments_and_no_annex_options(project, tmp_path):
    from briefing.export import ExportOptions, export_note

    export_note(project, tmp_path / "a.docx", ExportOptions(comments=False, now=NOW))
    document = docx.Document(str(tmp_path / "a.docx"))
    assert len(list(document.comments)) == 0
    assert any(p.text.startswith("Annex A") for p in document.paragraphs)
    export_note(project, tmp_path / "b.docx",
                ExportOptions(annex=False, classification="PROTECTED A", paper="letter"))
    document = docx.Document(str(tmp_path / "b.docx"))
    assert not any(p.text.startswith("Annex A") for p in document.paragraphs)
    assert document.sections[0].header.paragraphs[0].text == "PROTECTED A"
    assert document.sections[0].page_width.inches == pytest.approx(8.5, abs=0.01)


def test_korean_runs_name_an_east_asian_font(exported):
    document = docx.Document(str(exported))
    runs = [r for p in document.paragraphs for r in p.runs if "부산" in r.text]
    assert runs
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "Malgun Gothic"
        assert run._r.rPr.find(qn("w:lang")).get(qn("w:eastAsia")) == "ko-KR"


def test_docx2python_reads_the_note(exported):
    with docx2python(str(exported)) as content:
        text = content.text
        header_text = " ".join(str(x) for x in content.header)
        footer_text = " ".join(str(x) for x in content.footer)
    assert "Key points" in text and "Annex A: Text of the release" in text
    assert KOREAN[:10] in text
    assert "five principles" in text
    assert "UNCLASSIFIED" in header_text and "UNCLASSIFIED" in footer_text
    assert "Page" in footer_text


def test_template_is_reproducible(tmp_path):
    import subprocess
    import sys

    script = default_template_path().parents[2] / "scripts" / "make_template.py"
    out = tmp_path / "t.docx"
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == default_template_path().read_bytes()
    with zipfile.ZipFile(out) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2026, 1, 1, 0, 0, 0)}


def test_orphaned_annotation_still_becomes_a_comment(project, tmp_path):
    from briefing.export import ExportOptions, export_note

    project.annotations[0].orphaned = True
    path = tmp_path / "orphan.docx"
    result = export_note(project, path, ExportOptions(now=NOW, comments=True))
    document = docx.Document(str(path))
    comments = list(document.comments)
    assert result.comments == len(comments) == len(project.annotations)
    orphan = next(c for c in comments if "not found" in c.text)
    anchored = _commented_text(document.element.body)
    assert anchored[str(orphan.comment_id)] == "Annex A: Text of the release"
