"""Opening a .docx safely (old .doc, zip bombs, broken parts give one clear reason) and
reaching its parts: related parts by relationship type, their XML, the core properties.
"""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.errors import ReleaseReadError

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def damaged(path: Path, cause: str) -> ReleaseReadError:
    """The error for a .docx that cannot be opened."""
    return ReleaseReadError(path, f"the Word file is damaged or not a .docx: {cause}")


def part_xml(part):
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from lxml import etree

    return etree.fromstring(part.blob)


def related_parts(doc_part, name: str) -> list:
    return [
        rel.target_part
        for rel in doc_part.rels.values()
        if not rel.is_external and rel.reltype == _RT + name
    ]


def core_metadata(doc) -> dict[str, str]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    # Without a core-properties part python-docx invents one ("Word Document", now).
    if not any(rel.reltype == RT.CORE_PROPERTIES for rel in doc.part.package.rels.values()):
        return {}
    props = doc.core_properties
    meta: dict[str, str] = {}
    if props.title and props.title.strip():
        meta["title"] = props.title.strip()
    if props.created:
        # When the file was made, not when the release was issued: a template's date, or
        # the day a clerk saved the paper weeks later. Kept apart from the release's date,
        # which is only what the paper prints (a paper that prints none has none).
        meta["created"] = props.created.date().isoformat()
    if props.language and props.language.strip():
        meta["language"] = props.language.strip()
    return meta


def open_docx(path: Path):
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    with path.open("rb") as fh:
        if fh.read(8) == _OLE2_MAGIC:
            raise damaged(path, "it is an old .doc (Word 97-2003) or password-protected file")
    if not zipfile.is_zipfile(path):
        raise damaged(path, "not a zip archive")
    check_expansion(path)
    try:
        return docx.Document(str(path))
    except zipfile.BadZipFile:
        raise damaged(path, "not a zip archive") from None
    except KeyError as exc:
        raise damaged(path, f"missing part {exc.args[0] if exc.args else ''}".strip()) from None
    except PackageNotFoundError:
        raise damaged(path, "not a Word package") from None
    except etree.XMLSyntaxError as exc:
        raise damaged(path, f"broken XML ({exc.msg})") from None
    except ValueError as exc:  # e.g. a template or macro file's content type
        raise damaged(path, str(exc)[:120]) from None
    except (OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise damaged(path, str(exc)[:120] or type(exc).__name__) from None


# A release's Word file unpacks to a few MB; a file that claims far more is a zip bomb
# (2 MB packed, 2 GB unpacked). zipfile never reads a member past its declared size, so
# the declared sizes bound the work.
MAX_UNPACKED = 256 * 2**20


def check_expansion(path: Path) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise damaged(path, f"not a zip archive ({exc})"[:120]) from None
    if total > MAX_UNPACKED:
        raise ReleaseReadError(
            path,
            f"the Word file unpacks to {total / 2**20:.0f} MB; Briefing reads Word files "
            f"up to {MAX_UNPACKED // 2**20} MB unpacked (a damaged or crafted file?)",
        )
