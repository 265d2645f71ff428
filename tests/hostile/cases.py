"""Hostile inputs, each built by script (no binary fixtures): the files an attacker or an
unlucky user hands Briefing, from the cases of issue 14."""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from pathlib import Path

import docx

PDF_LINE = b"BT /F1 10 Tf 72 700 Td (The ministers met in Geneva today.) Tj ET\n"


def redos_text(folder: Path) -> Path:
    path = folder / "redos.txt"
    url = "https://example.org/" + "a" * 800
    path.write_text(f"Statement\n\n{url}\n\n{'=' * 10000}\n\n{'_' * 10000}\n\nThe ministers met.\n")
    return path


def _docx_parts(folder: Path) -> dict[str, bytes]:
    document = docx.Document()
    document.add_paragraph("The first point of the statement.", style="List Number")
    document.add_paragraph("The second point of the statement.", style="List Number")
    base = folder / "base.docx"
    document.save(base)
    with zipfile.ZipFile(base) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    base.unlink()
    return parts


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def numbering_bomb(folder: Path) -> Path:
    parts = _docx_parts(folder)
    xml = parts["word/numbering.xml"].decode()
    xml = re.sub(r'<w:start w:val="\d+"/>', '<w:start w:val="1000000000000"/>', xml)
    xml = re.sub(r'w:numFmt w:val="\w+"', 'w:numFmt w:val="upperRoman"', xml)
    xml = re.sub(r'w:lvlText w:val="[^"]*"', 'w:lvlText w:val="' + "%1" * 5000 + '"', xml)
    parts["word/numbering.xml"] = xml.encode()
    return _zip(folder / "numbering-bomb.docx", parts)


def zip_bomb(folder: Path) -> Path:
    parts = _docx_parts(folder)
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = xml.replace(
        "The first", "The first" + " " * (300 * 2**20), 1
    ).encode()
    return _zip(folder / "zip-bomb.docx", parts)


def _pdf(path: Path, streams: list[bytes], page_streams: list[int]) -> Path:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    first = 3 + len(streams)
    kids = " ".join(f"{first + i} 0 R" for i in range(len(page_streams)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_streams)} >>".encode())
    for content in streams:
        packed = zlib.compress(content, 9)
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + packed
            + b"\nendstream"
        )
    font = first + len(page_streams)
    for stream in page_streams:
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {3 + stream} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    path.write_bytes(bytes(out))
    return path


def shared_stream_pdf(folder: Path) -> Path:
    huge = PDF_LINE * (74 * 2**20 // len(PDF_LINE))  # 74 MB of operators, 40 pages
    return _pdf(folder / "shared-stream.pdf", [huge], [0] * 40)


def operators_pdf(folder: Path) -> Path:
    content = b"BT /F1 10 Tf 72 700 Td " + b"(a) Tj " * 357_000 + b"ET\n"
    return _pdf(folder / "operators.pdf", [content], [0])


def encrypted_pdf(folder: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = _pdf(folder / "plain.pdf", [PDF_LINE], [0])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    path = folder / "encrypted.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    plain.unlink()
    return path


def binary_junk(folder: Path) -> Path:
    path = folder / "junk.txt"
    path.write_bytes(bytes(range(256)) * 64)
    return path


def stray_latin1(folder: Path) -> Path:
    path = folder / "latin1.txt"
    text = "Statement by Minister António Silva\n\nThe talks in Genève went well. "
    path.write_bytes(text.encode("utf-8") * 5 + "Açores".encode("latin-1") + b"\n")
    return path


def huge_int_project(folder: Path) -> Path:
    path = folder / "huge-int.briefing"
    path.write_text('{"format": "briefing-project", "version": ' + "9" * 5000 + "}")
    return path


def deep_project(folder: Path, sample: Path, depth: int = 3000) -> Path:
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["releases"][0]["root"][6] = ["__DEEP__"]
    chain = "".join(f'["q{i}","paragraph","",0,1,0,[' for i in range(depth)) + "]]" * depth
    path = folder / f"deep-{depth}.briefing"
    path.write_text(json.dumps(data).replace('"__DEEP__"', chain), encoding="utf-8")
    return path


def nul_in_text(folder: Path) -> Path:
    """One NUL in an otherwise ordinary release: removed and reported, never "binary"."""
    path = folder / "nul.txt"
    body = "\n\n".join(f"{n}. The ministers agreed on point {n} of the plan." for n in range(1, 30))
    path.write_bytes(("Statement on the plan\n\n" + body).replace("point 5", "point\x005").encode())
    return path


def template_bomb(folder: Path) -> Path:
    """A house template whose media part unpacks to 120 MB from a 160 KB file."""
    parts = _docx_parts(folder)
    parts["word/media/letterhead.bin"] = b"\0" * (120 * 2**20)
    return _zip(folder / "template-bomb.docx", parts)


# Lock files another process (or a planted file) left under a project's lock name; each
# must be read without crashing or blocking and offered for take-over.
LOCK_SCRIPT = """
import json, os, socket, sys, time
from pathlib import Path
from briefing.storage.errors import ProjectLockedError
from briefing.storage.lock import ProjectLock, lock_path
project = Path(sys.argv[1])
project.write_text("{{}}")
kind = sys.argv[2]
path = lock_path(project)
info = {{"user": "someone", "host": socket.gethostname(), "pid": os.getpid(),
        "time": "2026-01-01T00:00:00+00:00", "token": "x"}}
if kind == "huge-pid":
    info["pid"] = 10 ** 30
    path.write_text(json.dumps(info))
elif kind == "future":
    info["pid"] = os.getppid()  # alive: only the date makes it suspect
    info["time"] = "2999-01-01T00:00:00+00:00"
    path.write_text(json.dumps(info))
elif kind == "fifo":
    os.mkfifo(path)
lock = ProjectLock(project)
try:
    lock.acquire()
    print("taken")
except ProjectLockedError as error:
    print("stale" if error.stale else "held")
"""

# A project larger than Briefing opens is never saved. The limit is lowered to 1 MB in
# the child so the case runs in a second (the case: 387 MB against 256 MB).
OVERSIZE_SCRIPT = """
import sys
from pathlib import Path
from briefing.ingest import load_release
from briefing.model import Project
from briefing.storage import projectfile
from briefing.storage.errors import ProjectFileError
projectfile.MAX_FILE_BYTES = 1024 * 1024
release_path = Path(sys.argv[1]).with_suffix(".txt")
release_path.write_text("\\n\\n".join(f"{{n}}. Point {{n}} of a long statement." for n in range(60000)))
project = Project(releases=[load_release(release_path, suggest=False)])
try:
    projectfile.save_project(project, sys.argv[1])
    print("saved")
except ProjectFileError as error:
    print("refused:", error)
"""
