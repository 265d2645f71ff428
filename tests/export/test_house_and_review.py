"""House formats, decision notes, and what goes out: DRAFT mark, comments, empty fields."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefing.export import ExportError, ExportOptions, export_note, note_markdown
from briefing.export.docx.template import default_template_path
from briefing.export.note import DRAFT_MARK
from briefing.export.presets import PRESETS, TEMPLATE_PROPERTY, preset, template_house
from briefing.model import BriefParagraph
from tests.export.conftest import NOW, ready_project
from tests.export.test_docx import body_paragraphs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def decision_project():
    project = ready_project()
    project.brief.header.purpose = "decision"
    project.brief.section("recommendation").paragraphs = [
        BriefParagraph("That you agree to co-sponsor the Busan Declaration at the IMO.")
    ]
    return project


def headings(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in body_paragraphs(document) if p.style.name == "Heading 1"]


def body_text(path: Path) -> str:
    body = docx.Document(str(path)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))


def header_texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for s in document.sections for p in s.header.paragraphs]


@pytest.mark.parametrize("key", list(PRESETS))
def test_decision_note_recommendation_follows_summary_with_block(key, tmp_path):
    path = tmp_path / f"{key}.docx"
    result = export_note(decision_project(), path, ExportOptions(now=NOW, house=key))
    found = headings(path)
    house = PRESETS[key]
    summary = house.headings.get("summary", "Summary")
    assert found[found.index(summary) + 1] == house.recommendation["decision"]
    text = body_text(path)
    for row in house.decision_options:
        for choice in row:
            assert choice in text
    assert "Signature:" in text and "Date:" in text
    # The signer is the brief's addressee; the timing line is there, blank, and reported.
    assert "Director General, North Asia Bureau" in text.split("Signature:")[1]
    assert f"{house.timing_label}:" in text
    assert any("no decision date" in w for w in result.warnings)
    # Attachments line names the annex.
    assert f"{house.attachments_label}: " in text and "Annex A – " in text
    document = docx.Document(str(path))
    assert document.paragraphs[0].text == house.title["decision"]


def test_decision_block_and_recommendation_keep_together(tmp_path):
    path = tmp_path / "n.docx"
    export_note(decision_project(), path, ExportOptions(now=NOW, decide_by="30 November 2026"))
    document = docx.Document(str(path))
    paragraphs = body_paragraphs(document)
    rec = next(i for i, p in enumerate(paragraphs) if p.text == "Recommendation")
    for p in paragraphs[rec : rec + 3]:  # heading, recommendation, timing line
        assert p._p.pPr.find(qn("w:keepNext")) is not None, p.text
    assert "Decision needed by: 30 November 2026" in paragraphs[rec + 2].text
    block = next(t for t in document.tables if "Agreed" in t._tbl.xml)
    for row in block.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_information_note_has_no_decision_block(tmp_path):
    path = tmp_path / "n.docx"
    export_note(ready_project(), path, ExportOptions(now=NOW))
    assert "Signature:" not in body_text(path)
    assert "Next steps" in headings(path)


def test_australian_critical_date_is_a_header_field(tmp_path):
    path = tmp_path / "au.docx"
    options = ExportOptions(now=NOW, house="australia", decide_by="1 December 2026 (Cabinet)")
    export_note(decision_project(), path, options)
    header = docx.Document(str(path)).tables[0]
    rows = [(r.cells[0].text, r.cells[1].text) for r in header.rows]
    assert ("Critical date:", "1 December 2026 (Cabinet)") in rows
    assert "For action" in body_text(path)
    # Key points come before the background: they belong on the front page.
    found = headings(path)
    assert found.index("Key points") < found.index("Background")


def test_sections_a_preset_does_not_list_keep_their_place(tmp_path):
    project = decision_project()
    quotes = project.brief.section("quotes")  # appended after Contact in the brief
    quotes.paragraphs = [BriefParagraph("“No single country can keep the sea lanes open.”")]
    path = tmp_path / "n.docx"
    export_note(project, path, ExportOptions(now=NOW))
    assert headings(path)[-2:] == ["Quotes", "Annex A: Text of the release"]


def _with_property(path: Path, value: str) -> Path:
    """The bundled template with a custom document property BriefingHouse=value."""
    shutil.copy(default_template_path(), path)
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
        f'name="{TEMPLATE_PROPERTY}"><vt:lpwstr>{value}</vt:lpwstr></property></Properties>'
    )
    rel = (
        '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
    )
    override = (
        '<Override PartName="/docProps/custom.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    )
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["docProps/custom.xml"] = custom.encode()
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"</Relationships>", rel.encode() + b"</Relationships>"
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", override.encode() + b"</Types>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_template_property_chooses_the_preset_and_the_option_overrides_it(tmp_path):
    template = _with_property(tmp_path / "uk-house.docx", "UK")
    assert template_house(template) == "UK"
    path = tmp_path / "uk.docx"
    export_note(decision_project(), path, ExportOptions(now=NOW, template=template))
    assert docx.Document(str(path)).paragraphs[0].text == "Submission"
    assert headings(path)[0] == "Issue"
    assert "Timing:" in body_text(path)
    path = tmp_path / "us.docx"
    export_note(decision_project(), path, ExportOptions(now=NOW, template=template, house="us"))
    assert docx.Document(str(path)).paragraphs[0].text == "Action memo"


def test_unknown_house_format_is_one_clear_error(tmp_path):
    with pytest.raises(ExportError, match="unknown house format"):
        export_note(ready_project(), tmp_path / "n.docx", ExportOptions(house="narnia"))
    template = _with_property(tmp_path / "odd.docx", "narnia")
    with pytest.raises(ExportError, match=TEMPLATE_PROPERTY):
        export_note(ready_project(), tmp_path / "n.docx", ExportOptions(template=template))
    assert preset("Australia") is PRESETS["australia"] and preset("gb") is PRESETS["uk"]


def test_not_reviewed_note_says_draft_on_every_page_until_marked(tmp_path):
    project = ready_project()
    project.brief.reviewed = False
    path = tmp_path / "draft.docx"
    result = export_note(project, path, ExportOptions(now=NOW))
    assert DRAFT_MARK in header_texts(path)
    assert any("DRAFT mark" in w for w in result.warnings)
    assert DRAFT_MARK in note_markdown(project, ExportOptions(now=NOW))
    project.brief.reviewed = True
    result = export_note(project, path, ExportOptions(now=NOW))
    assert DRAFT_MARK not in header_texts(path)
    assert not any("DRAFT" in w for w in result.warnings)
    # The user can vouch for one export without changing the project.
    project.brief.reviewed = False
    export_note(project, path, ExportOptions(now=NOW, reviewed=True))
    assert DRAFT_MARK not in header_texts(path)


def test_draft_mark_reaches_letterhead_first_page_too(tmp_path):
    from tests.export.test_valid_and_robust import letterhead_template

    project = ready_project()
    project.brief.reviewed = False
    template = letterhead_template(tmp_path / "letterhead.docx")
    path = tmp_path / "n.docx"
    export_note(project, path, ExportOptions(now=NOW, template=template))
    section = docx.Document(str(path)).sections[0]
    first = [p.text for p in section.first_page_header.paragraphs]
    assert first[:2] == ["UNCLASSIFIED", DRAFT_MARK]
    assert "MINISTRY OF EXAMPLE AFFAIRS — LETTERHEAD" in first
    assert [p.text for p in section.even_page_header.paragraphs][1] == DRAFT_MARK


def test_comments_are_off_to_send_and_on_in_a_working_copy(tmp_path):
    project = ready_project()
    sent = tmp_path / "send.docx"
    result = export_note(project, sent, ExportOptions(now=NOW))
    assert result.comments == 0 and len(list(docx.Document(str(sent)).comments)) == 0
    assert any("4 staff annotations left out" in w and "working copy" in w for w in result.warnings)
    working = tmp_path / "working.docx"
    result = export_note(project, working, ExportOptions(now=NOW, comments=True))
    assert result.comments == 4
    assert not any("staff annotation" in w for w in result.warnings)


def test_without_the_annex_citations_name_the_release(tmp_path):
    project = ready_project()
    path = tmp_path / "n.docx"
    result = export_note(project, path, ExportOptions(now=NOW, annex=False, comments=True))
    text = body_text(path).replace("\xa0", " ")
    assert "(release para 1)" in text and "(para 1)" not in text.replace("release para", "")
    assert "Annex" not in text
    assert "Release cited: “2026 Busan Ministerial Conference" in text
    assert any(
        w.startswith("4 staff annotations left out: without the annex") for w in result.warnings
    )
    markdown = note_markdown(project, ExportOptions(now=NOW, annex=False))
    assert "*(release para 1)*" in markdown


def test_without_the_annex_several_releases_are_numbered(tmp_path):
    from tests.export.fixtures import sample_release

    project = ready_project()
    second = sample_release("r2")
    second.title = "Busan Declaration on Safe Sea Lanes"
    project.releases.append(second)
    project.brief.section("key_points").paragraphs.append(
        BriefParagraph("The Declaration sets out five principles.", cites=[("r2", "n11")])
    )
    text = note_markdown(project, ExportOptions(now=NOW, annex=False))
    assert "(release 2, para 4)" in text and "(release 1, para 1)" in text
    assert "Releases cited:** 1\\. “2026 Busan" in text or "Releases cited:** 1. “2026" in text
    with_annex = note_markdown(project, ExportOptions(now=NOW))
    assert "(Annex B, para 4)" in with_annex


def test_empty_header_fields_are_reported_and_left_out(tmp_path):
    project = ready_project()
    header = project.brief.header
    header.to = header.file_number = ""
    path = tmp_path / "n.docx"
    result = export_note(project, path, ExportOptions(now=NOW))
    assert "To and File no. are empty: left out of the note's header (fill in the brief)" in (
        result.warnings
    )
    labels = [r.cells[0].text for r in docx.Document(str(path)).tables[0].rows]
    assert labels == ["From:", "Date:", "Subject:"]
    header.from_ = ""
    result = export_note(project, path, ExportOptions(now=NOW))
    assert any(w.startswith("To, From and File no. are empty") for w in result.warnings)


def test_citation_never_breaks_inside(tmp_path):
    path = tmp_path / "n.docx"
    export_note(ready_project(), path, ExportOptions(now=NOW))
    cites = [
        r.text for p in docx.Document(str(path)).paragraphs for r in p.runs if "para" in r.text
    ]
    assert cites and all(c.startswith("(para\xa0") for c in cites)


def test_end_of_the_body_is_held_in_one_unsplittable_row(tmp_path):
    project = ready_project()
    project.brief.section("contact").paragraphs = [BriefParagraph("J. Kim, +82 2 2100 0001")]
    path = tmp_path / "n.docx"
    export_note(project, path, ExportOptions(now=NOW))
    document = docx.Document(str(path))
    (row,) = [t.rows[0] for t in document.tables if "Contact" in t.rows[0].cells[0].text]
    assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    texts = [p.text for p in row.cells[0].paragraphs]
    # Contact, its one line and Attachments are three lines: alone on a new page they are
    # the short spill issue 12 describes (the old expectation, a row starting at
    # "Contact", was that bug), so the previous section's last paragraph joins them.
    assert texts[0].startswith("For information")
    assert texts[1:3] == ["Contact", "J. Kim, +82 2 2100 0001"]
    assert texts[3].startswith("Attachments: Annex A")
    # The annex heading follows the table: the body needs no filler paragraph.
    body = list(document.element.body)
    after = body[body.index(row._tr.getparent()) + 1]
    assert "".join(after.itertext()).startswith("Annex A")
    # Without the annex the body ends in a hairline paragraph, as Word requires.
    export_note(project, path, ExportOptions(now=NOW, annex=False))
    body = docx.Document(str(path)).element.body
    assert body[-2].tag == qn("w:p") and not "".join(body[-2].itertext())


def test_an_untitled_release_gets_no_empty_quotation_marks(tmp_path):
    project = ready_project()
    project.releases[0].title = ""
    text = note_markdown(project, ExportOptions(now=NOW))
    assert "**Attachments:** Annex A – text of the release" in text
    assert "“”" not in text
    text = note_markdown(project, ExportOptions(now=NOW, annex=False))
    assert "**Release cited:** untitled release, Ministry of Foreign Affairs" in text


def test_short_end_takes_in_measured_lines_never_across_a_table_nor_the_whole_body():
    # Made-up body: a row of a few one-line paragraphs, a table, then a short end.
    from lxml import etree

    from briefing.export.docx.writer import _TAIL_MIN_LINES, _lead_in, _lines

    body = etree.Element(qn("w:body"))

    def para(text: str) -> etree._Element:
        p = etree.SubElement(body, qn("w:p"))
        etree.SubElement(etree.SubElement(p, qn("w:r")), qn("w:t")).text = text
        return p

    first = [para("Summary"), para("One line."), para("Another line.")]
    last = [para("Next steps"), para("We will report.")]
    closing = [para("Attachments: Annex A")]
    tail = [*last, *closing]
    _lead_in(tail, [first, last], 3)
    assert sum(_lines(p) for p in tail) >= _TAIL_MIN_LINES
    assert first[0] not in tail  # never the whole body
    # A table between the sections stops the chain: nothing moves across it.
    body2 = etree.Element(qn("w:body"))
    before = [etree.SubElement(body2, qn("w:p")) for _ in range(3)]
    etree.SubElement(body2, qn("w:tbl"))
    end = [etree.SubElement(body2, qn("w:p")) for _ in range(2)]
    tail2 = list(end)
    _lead_in(tail2, [before, [], end], 2)
    assert tail2 == end
