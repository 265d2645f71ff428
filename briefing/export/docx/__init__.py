"""The .docx briefing note (python-docx on the house template)."""

from __future__ import annotations

from pathlib import Path

from briefing.export.atomic import check_writable, write_atomically
from briefing.export.docx.writer import DocxReport, build_document
from briefing.export.note import Note
from briefing.export.options import ExportOptions

__all__ = ["DocxReport", "build_document", "write_docx"]


def write_docx(note: Note, path: Path, options: ExportOptions) -> DocxReport:
    """Build the note and save it to ``path`` atomically (ExportError on failure)."""
    path = Path(path)
    check_writable(path)  # fail before the work, not after it
    document, report = build_document(note, options)
    write_atomically(path, lambda temp: document.save(str(temp)))
    report.path = path
    return report
