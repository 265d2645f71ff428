"""A house template made safe before the note is built on it (issue 14, part 2).

A template arrives from outside (e-mail, a shared folder) and everything in its package
ends up in every note made from it. What a note needs from it is its look: styles,
numbering, page setup, headers and footers, fonts, theme. What it must never carry on:

* macros (``vbaProject.bin`` and its parts), ActiveX controls, OLE objects, custom XML;
* every external relationship (``TargetMode="External"``): an ``attachedTemplate``, an
  image or a frame pointing at a UNC path or a web address makes Word fetch it when the
  note is opened (the reader's NTLM hash leaks, or the note beacons);
* a DTD: Word files never declare one, and an internal entity makes a note neither Word
  nor LibreOffice opens. Refused with one line, not cleaned.

Sizes are checked while reading (the compressed file, then the sum of the parts'
declared and actual uncompressed sizes), so a zip bomb stops early. What was dropped is
returned as short phrases, which the export shows as warnings.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from briefing.export.errors import ExportError

MAX_TEMPLATE_BYTES = 25 * 1024 * 1024  # a letterhead with a logo is well under 1 MB
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # sum over the parts, declared and as read
_CHUNK = 1 << 16

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Parts never needed by a note, by path (lower case).
_DROPPED_PARTS = (
    (re.compile(r"(^|/)vba[^/]*\.(bin|xml)$"), "macros (vbaProject)"),
    (re.compile(r"(^|/)_rels/vba[^/]*\.rels$"), "macros (vbaProject)"),
    (re.compile(r"^customxml/"), "custom XML"),
    (re.compile(r"(^|/)activex/"), "ActiveX controls"),
    (re.compile(r"(^|/)embeddings/"), "embedded OLE objects"),
    (re.compile(r"(^|/)attachedtoolbars\.bin$"), "macro toolbars"),
)
# Relationship types that go with those parts (or that only point outside).
_DROPPED_TYPES = {
    "vbaProject": "macros (vbaProject)",
    "customXml": "custom XML",
    "control": "ActiveX controls",
    "activeXControl": "ActiveX controls",
    "oleObject": "embedded OLE objects",
    "package": "embedded OLE objects",
    "attachedTemplate": "attached template (a link Word would fetch)",
    "frame": "frames",
    "subDocument": "subdocuments",
    "aFChunk": "imported content (altChunk)",
    "keyMapCustomizations": "macro key bindings",
    "wordVbaData": "macros (vbaProject)",
}
# Elements that embed or point at what was dropped: removed wherever they stand.
_DROPPED_ELEMENTS = {
    f"{{{W}}}object": "embedded OLE objects",
    f"{{{W}}}control": "ActiveX controls",
    f"{{{W}}}altChunk": "imported content (altChunk)",
    f"{{{W}}}subDoc": "subdocuments",
    f"{{{W}}}attachedTemplate": "attached template (a link Word would fetch)",
    f"{{{W}}}mailMerge": "a mail-merge data source",
    f"{{{W}}}frameset": "frames",
    f"{{{W}}}docVars": "document variables",
    f"{{{W}}}customXml": "custom XML",
}
_MACRO_TYPES = {
    b"application/vnd.ms-word.document.macroEnabled.main+xml": (
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    ),
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml": (
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    ),
}
_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)


def read_parts(data: bytes, path: str | Path) -> dict[str, bytes]:
    """Every part of the package, refusing one whose sizes are past the budget."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise ExportError(path, f"the template is over {MAX_TEMPLATE_BYTES >> 20} MB")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ExportError(path, "the template is not a Word file (.docx or .dotx)") from error
    with archive:
        infos = archive.infolist()
        if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
            raise ExportError(path, _too_big())
        parts: dict[str, bytes] = {}
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            chunks = []
            try:
                with archive.open(info) as member:
                    # Counted as read: the declared sizes of a crafted zip can lie.
                    while chunk := member.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_UNPACKED_BYTES:
                            raise ExportError(path, _too_big())
                        chunks.append(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
                raise ExportError(path, f"the template is damaged ({error})") from error
            parts[info.filename] = b"".join(chunks)
    return parts


def _too_big() -> str:
    return f"the template unpacks to over {MAX_UNPACKED_BYTES >> 20} MB (a zip bomb?)"


def sanitize(data: bytes, path: str | Path) -> tuple[bytes, list[str]]:
    """The template's package with everything unsafe taken out, and what was dropped."""
    parts = read_parts(data, path)
    dropped: list[str] = []

    def note(what: str) -> None:
        if what not in dropped:
            dropped.append(what)

    for name in list(parts):
        for pattern, what in _DROPPED_PARTS:
            if pattern.search(name.lower()):
                del parts[name]
                note(what)
                break
    for name, content in list(parts.items()):
        if name.endswith((".xml", ".rels")) or name == "[Content_Types].xml":
            _refuse_dtd(content, name, path)
    removed_ids: dict[str, set[str]] = {}
    for name in [n for n in parts if n.endswith(".rels")]:
        owner = _owner_of(name)
        content, ids = _clean_relationships(parts[name], owner, set(parts), note)
        parts[name] = content
        if ids:
            removed_ids[owner] = ids
    for name in [n for n in parts if n.endswith(".xml") and n.startswith("word/")]:
        parts[name] = _clean_part(parts[name], removed_ids.get(name, set()), note)
    parts["[Content_Types].xml"] = _clean_content_types(
        parts.get("[Content_Types].xml", b""), parts
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return out.getvalue(), dropped


def _refuse_dtd(content: bytes, name: str, path: str | Path) -> None:
    # A DTD is refused before parsing: no part of a Word file has one, and lxml would
    # otherwise keep an internal entity that makes the note unreadable.
    head = content[:4096].lstrip(b"\xef\xbb\xbf").lower()
    if b"<!doctype" in head or b"<!entity" in content.lower():
        raise ExportError(path, f"the template declares a DTD or entities ({name}): refused")


def _parse(content: bytes) -> etree._Element | None:
    try:
        return etree.fromstring(content, _SAFE_PARSER)
    except etree.XMLSyntaxError:
        return None


def _owner_of(rels_name: str) -> str:
    """'word/_rels/document.xml.rels' -> 'word/document.xml'."""
    folder, file = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), file[: -len(".rels")])


def _clean_relationships(
    content: bytes, owner: str, names: set[str], note
) -> tuple[bytes, set[str]]:
    root = _parse(content)
    if root is None:
        return content, set()
    removed = set()
    base = posixpath.dirname(owner)
    for rel in list(root):
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        target = rel.get("Target", "")
        external = rel.get("TargetMode", "").lower() == "external"
        inside = posixpath.normpath(posixpath.join(base, target)).lstrip("/")
        if target.startswith("/"):
            inside = target.lstrip("/")
        what = None
        if external:
            what = _DROPPED_TYPES.get(
                kind, "external links (pictures or files fetched from outside)"
            )
            if kind == "hyperlink":
                what = "external hyperlinks"
        elif kind in _DROPPED_TYPES:
            what = _DROPPED_TYPES[kind]
        elif inside not in names:
            what = "references to missing parts"
        if what:
            root.remove(rel)
            removed.add(rel.get("Id", ""))
            note(what)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), removed


def _clean_part(content: bytes, removed_ids: set[str], note) -> bytes:
    root = _parse(content)
    if root is None:
        return content
    changed = False
    for element in list(root.iter(*_DROPPED_ELEMENTS)):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
            note(_DROPPED_ELEMENTS[element.tag])
            changed = True
    if removed_ids:
        changed |= _drop_references(root, removed_ids)
    changed |= fix_numbers(root, note)
    if not changed:
        return content
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# What holds a reference to a dropped relationship: a whole picture or object goes; a
# hyperlink keeps its text.
_HOLDERS = {f"{{{W}}}drawing", f"{{{W}}}pict", f"{{{W}}}object", f"{{{W}}}r"}


def _drop_references(root: etree._Element, removed_ids: set[str]) -> bool:
    changed = False
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for attr in [a for a in element.attrib if a.startswith(f"{{{R}}}")]:
            if element.attrib[attr] not in removed_ids:
                continue
            changed = True
            if element.tag == f"{{{W}}}hyperlink":
                parent = element.getparent()
                if parent is not None:
                    index = parent.index(element)
                    for child in list(element):
                        parent.insert(index, child)
                        index += 1
                    parent.remove(element)
                break
            if attr == f"{{{R}}}link":  # an image both embedded and linked keeps the copy
                del element.attrib[attr]
                if element.get(f"{{{R}}}embed"):
                    continue
            holder = element
            while holder is not None and holder.tag not in _HOLDERS:
                holder = holder.getparent()
            target = holder if holder is not None else element
            parent = target.getparent()
            if parent is not None:
                parent.remove(target)
            break
    return changed


# Attributes that hold a plain (signed) whole number in WordprocessingML: a value that
# is not one ("--4513", "²", "x") is dropped, so Word's default applies.
_NUMERIC_ATTRS = {
    "pos", "left", "right", "start", "end", "hanging", "firstLine", "before", "after",
    "line", "w", "h", "top", "bottom", "header", "footer", "gutter", "sz", "ilvl", "numId",
    "abstractNumId", "space", "num", "code",
}  # fmt: skip
_NUMERIC_VAL = {
    "numId", "ilvl", "abstractNumId", "sz", "szCs", "start", "outlineLvl", "spacing", "kern",
}  # fmt: skip
# A tab stop is its position; a list, level or numbering definition is its id.
_WHOLE_ELEMENT = {"tab"}
_IDS = {"numId", "abstractNumId", "ilvl"}
_WHOLE = re.compile(r"-?[0-9]{1,9}\Z")


def fix_numbers(root: etree._Element, note) -> bool:
    """Drop malformed numbers (an attribute, or the element whose value it is)."""
    changed = False
    val = f"{{{W}}}val"
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or not element.tag.startswith(f"{{{W}}}"):
            continue
        local = element.tag.split("}", 1)[1]
        for attr, value in list(element.attrib.items()):
            name = attr.split("}", 1)[-1]
            bad = (name in _NUMERIC_ATTRS and attr.startswith(f"{{{W}}}")) or (
                attr == val and local in _NUMERIC_VAL
            )
            if not bad or _WHOLE.match(value.strip()):
                continue
            changed = True
            note("malformed numbers (defaults used)")
            parent = element.getparent()
            if attr == val or local in _WHOLE_ELEMENT or name in _IDS or parent is None:
                # The value is the element's whole point: without it the element goes.
                if parent is not None:
                    parent.remove(element)
                    # w:tabs must hold a tab stop: left empty, it goes too.
                    if parent.tag == f"{{{W}}}tabs" and not len(parent):
                        grand = parent.getparent()
                        if grand is not None:
                            grand.remove(parent)
                break
            del element.attrib[attr]
    return changed


def _clean_content_types(content: bytes, parts: dict[str, bytes]) -> bytes:
    for macro, plain in _MACRO_TYPES.items():
        content = content.replace(macro, plain)
    root = _parse(content)
    if root is None:
        return content
    for override in list(root.iter(f"{{{CT}}}Override")):
        if override.get("PartName", "").lstrip("/") not in parts:
            root.remove(override)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
