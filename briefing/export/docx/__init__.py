"""The .docx briefing note (python-docx on the house template)."""

from __future__ import annotations

from pathlib import Path

from briefing.export.docx.writer import DocxReport, build_document
from briefing.export.note import Note
from briefing.export.options import ExportOptions
from briefing.export.writable import check_writable, write_export

__all__ = ["DocxReport", "build_document", "write_docx"]


def write_docx(note: Note, path: Path, options: ExportOptions) -> DocxReport:
    """Build the note and save it to ``path`` atomically (ExportError on failure)."""
    path = Path(path)
    check_writable(path)  # fail before the work, not after it
    document, report = build_document(note, options)
    write_export(path, document.save)  # python-docx streams into the handle
    report.path = path
    return report
