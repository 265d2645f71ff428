"""Opening the template: the bundled default, or a user's house .docx / .dotx."""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path

import docx
from docx.document import Document
from lxml import etree

from briefing.export.errors import ExportError
from briefing.resources import resource_path

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def default_template_path() -> Path:
    """resources/templates/briefing-note.docx (made by scripts/make_template.py)."""
    return resource_path("templates", "briefing-note.docx", must_exist=False)


@lru_cache(maxsize=4)
def _read_bytes(path: str, mtime_ns: int, size: int) -> tuple[bytes, tuple[str, ...]]:
    # Keyed on mtime and size so an edited template is read again; the cache saves the
    # disk read, the sanitising and the .dotx patch on repeated exports (previews).
    from briefing.export.docx.sanitize import MAX_TEMPLATE_BYTES, sanitize

    if size > MAX_TEMPLATE_BYTES:
        raise ExportError(path, f"the template is over {MAX_TEMPLATE_BYTES >> 20} MB")
    data = Path(path).read_bytes()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ExportError(path, "the template is not a Word file (.docx or .dotx)")
    data, dropped = sanitize(data, path)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            types = archive.read("[Content_Types].xml")
        except KeyError as error:
            raise ExportError(path, "the template is damaged: no [Content_Types].xml") from error
        if _TEMPLATE_TYPE not in types:
            return data, tuple(dropped)
        # python-docx refuses a .dotx (its main part has the template content type): copy
        # the package with the document content type instead.
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as patched:
            for item in archive.infolist():
                content = archive.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                patched.writestr(item, content)
        return out.getvalue(), tuple(dropped)


def _checked(path: Path | None) -> Path:
    path = Path(path) if path is not None else default_template_path()
    if not path.is_file():
        raise ExportError(path, "the template does not exist")
    if path.suffix.lower() not in (".docx", ".dotx"):
        raise ExportError(path, "the template must be a .docx or .dotx file")
    return path


def template_warnings(path: Path | None) -> list[str]:
    """What sanitising took out of the template (macros, external links, ...), as
    warnings for the user; empty for the bundled template and clean house templates."""
    path = _checked(path)
    stat = path.stat()
    _, dropped = _read_bytes(str(path), stat.st_mtime_ns, stat.st_size)
    return [f"dropped from the template: {what}" for what in dropped]


def open_template(path: Path | None) -> Document:
    """A python-docx Document on the template; ExportError for a missing or damaged one."""
    path = _checked(path)
    stat = path.stat()
    data, _ = _read_bytes(str(path), stat.st_mtime_ns, stat.st_size)
    try:
        return docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise ExportError(path, f"the template is damaged and cannot be read ({error})") from error
    except Exception as error:  # python-docx raises assorted types on malformed packages
        raise ExportError(path, f"the template cannot be read ({error})") from error


@lru_cache(maxsize=1)
def default_styles_xml() -> bytes:
    """styles.xml of the bundled template: where missing house styles are copied from."""
    path = default_template_path()
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("word/styles.xml")
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        raise ExportError(path, f"the default template is missing or damaged ({error})") from error


@lru_cache(maxsize=1)
def default_numbering_xml() -> bytes:
    with zipfile.ZipFile(default_template_path()) as archive:
        return archive.read("word/numbering.xml")
