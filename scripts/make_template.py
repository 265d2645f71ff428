"""Generate resources/templates/briefing-note.docx, byte for byte the same on every run.

    .venv/bin/python scripts/make_template.py [--check] [OUTPUT]

The template is written from the XML in ``template_parts.py`` rather than saved from Word
so that a reviewer can read every style in a diff, and so the file is reproducible: fixed
zip timestamps, fixed member order, fixed document properties. ``--check`` exits 1 when
the committed file differs from what this script would write (for CI).
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import template_parts as parts

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "resources" / "templates" / "briefing-note.docx"
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_ISO = "2026-01-01T00:00:00Z"

CT = "application/vnd.openxmlformats-officedocument"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _content_types() -> str:
    overrides = {
        "/word/document.xml": f"{CT}.wordprocessingml.document.main+xml",
        "/word/styles.xml": f"{CT}.wordprocessingml.styles+xml",
        "/word/numbering.xml": f"{CT}.wordprocessingml.numbering+xml",
        "/word/settings.xml": f"{CT}.wordprocessingml.settings+xml",
        "/word/fontTable.xml": f"{CT}.wordprocessingml.fontTable+xml",
        "/word/theme/theme1.xml": f"{CT}.theme+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": f"{CT}.extended-properties+xml",
    }
    body = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides.items()
    )
    return (
        f'{parts.XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/>{body}</Types>'
    )


def _package_rels() -> str:
    return (
        f'{parts.XML_HEAD}<Relationships xmlns="{PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{RELS}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )


def _document_rels() -> str:
    targets = [
        ("styles", "styles.xml"),
        ("numbering", "numbering.xml"),
        ("settings", "settings.xml"),
        ("fontTable", "fontTable.xml"),
        ("theme", "theme/theme1.xml"),
    ]
    body = "".join(
        f'<Relationship Id="rId{i}" Type="{RELS}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets, start=1)
    )
    return f'{parts.XML_HEAD}<Relationships xmlns="{PKG_RELS}">{body}</Relationships>'


def _core() -> str:
    return (
        f'{parts.XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
        'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
        'XMLSchema-instance"><dc:title>Briefing note</dc:title><dc:creator>Briefing</dc:creator>'
        "<cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_ISO}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_ISO}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def _app() -> str:
    return (
        f'{parts.XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
        '2006/extended-properties"><Application>Briefing</Application>'
        "<Template>briefing-note.dotx</Template></Properties>"
    )


def build() -> bytes:
    """The template's bytes; identical on every call."""
    members = [
        ("[Content_Types].xml", _content_types()),
        ("_rels/.rels", _package_rels()),
        ("docProps/core.xml", _core()),
        ("docProps/app.xml", _app()),
        ("word/document.xml", parts.document_xml()),
        ("word/_rels/document.xml.rels", _document_rels()),
        ("word/styles.xml", parts.styles_xml()),
        ("word/numbering.xml", parts.numbering_xml()),
        ("word/settings.xml", parts.settings_xml()),
        ("word/fontTable.xml", parts.font_table_xml()),
        ("word/theme/theme1.xml", parts.theme_xml()),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"), compresslevel=9)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = args.output.is_file() and args.output.read_bytes() == data
        print(f"{args.output}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(f"wrote {args.output} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
