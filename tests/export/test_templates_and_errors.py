"""House templates (.docx, .dotx, missing styles) and bad input: clear errors, no partial file."""

from __future__ import annotations

import io
import os
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from briefing.export import ExportError, ExportOptions, export_note
from tests.export.conftest import NOW

DOTX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def _house_template(path):
    """python-docx's own default document: real Word styles, but none of ours."""
    document = docx.Document()
    document.add_paragraph("Letterhead that the note replaces")
    document.save(str(path))
    return path


def test_house_template_gets_missing_styles_added_and_reported(project, tmp_path):
    template = _house_template(tmp_path / "house.docx")
    result = export_note(
        project, tmp_path / "n.docx", ExportOptions(template=template, now=NOW, comments=True)
    )
    assert "Classification" in result.added_styles
    assert "Heading 1" not in result.added_styles  # the house's own heading is kept
    document = docx.Document(str(tmp_path / "n.docx"))
    assert "Letterhead" not in "".join(p.text for p in document.paragraphs)
    # Table cells too: the last key point may sit in the body's held-together end.
    points = [
        Paragraph(p, document)
        for p in document.element.body.iter(qn("w:p"))
        if Paragraph(p, document).style.name == "List Number"
    ]
    assert len(points) == 3 and all(p._p.pPr.numPr is not None for p in points)
    assert len(list(document.comments)) == 4


def test_dotx_template_is_accepted(project, tmp_path):
    source = _house_template(tmp_path / "house.docx")
    dotx = tmp_path / "house.dotx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dotx, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            out.writestr(item, data)
    assert DOTX_TYPE.encode() in zipfile.ZipFile(dotx).read("[Content_Types].xml")
    export_note(project, tmp_path / "n.docx", ExportOptions(template=dotx, now=NOW))
    assert docx.Document(str(tmp_path / "n.docx")).paragraphs[0].text == "Briefing note"


@pytest.mark.parametrize("content", [None, b"not a zip", b"PK\x03\x04broken"])
def test_missing_or_damaged_template(project, tmp_path, content):
    template = tmp_path / "house.docx"
    if content is not None:
        template.write_bytes(content)
    target = tmp_path / "n.docx"
    with pytest.raises(ExportError) as caught:
        export_note(project, target, ExportOptions(template=template))
    assert "template" in str(caught.value)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == ([template] if content is not None else [])


def test_template_without_document_part(project, tmp_path):
    template = tmp_path / "empty.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    template.write_bytes(buffer.getvalue())
    with pytest.raises(ExportError, match="template"):
        export_note(project, tmp_path / "n.docx", ExportOptions(template=template))


def test_output_folder_missing_or_unwritable(project, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_note(project, tmp_path / "nowhere" / "n.docx")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(ExportError, match="cannot be written"):
            export_note(project, locked / "n.docx")
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize("lock_name", [".~lock.n.docx#", "~$n.docx"])
def test_target_open_in_another_program(project, tmp_path, lock_name):
    target = tmp_path / "n.docx"
    target.write_bytes(b"the user's open copy")
    (tmp_path / lock_name).write_text("owner")
    with pytest.raises(ExportError, match="open in another program"):
        export_note(project, target)
    assert target.read_bytes() == b"the user's open copy"


def test_failed_write_leaves_nothing_behind(project, tmp_path, monkeypatch):
    from docx.document import Document

    def broken_save(self, stream):
        stream.write(b"half a docx")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Document, "save", broken_save)
    target = tmp_path / "n.docx"
    target.write_bytes(b"previous export")
    with pytest.raises(ExportError, match="No space left"):
        export_note(project, target)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.docx"]


def test_replace_refused_is_reported(project, tmp_path, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="open in another program or read-only"):
        export_note(project, tmp_path / "n.docx")
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_and_paper(project, tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export_note(project, tmp_path / "n.odt")
    with pytest.raises(ExportError, match="paper"):
        export_note(project, tmp_path / "n.docx", ExportOptions(paper="a5"))
    assert list(tmp_path.iterdir()) == []
