"""Exporting the briefing note: .docx on a template, Markdown, PDF via LibreOffice (no Qt).

The app and the CLI call these:

- ``export_note(project, path, options)``: write ``.docx``, ``.md`` or ``.pdf`` by suffix.
- ``note_markdown(project, options)``: the note as Markdown text (quick preview).
- ``preview_pdf(project, folder, options)``: a faithful PDF preview (needs LibreOffice).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from briefing.export.errors import ExportError
from briefing.export.options import PAPER_SIZES, ExportOptions
from briefing.model import Brief, Project

__all__ = [
    "PAPER_SIZES",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "export_note",
    "note_markdown",
    "preview_pdf",
]
FORMATS = (".docx", ".md", ".pdf")


@dataclass
class ExportResult:
    path: Path
    added_styles: list[str] = field(default_factory=list)  # copied into a house template
    comments: int = 0  # Word comments written


def note_markdown(
    project: Project, options: ExportOptions | None = None, brief: Brief | None = None
) -> str:
    """The note as Markdown (``brief`` defaults to ``project.brief``)."""
    from briefing.export.markdown import render_markdown
    from briefing.export.note import build_note

    return render_markdown(build_note(project, brief, options or ExportOptions()))


def export_note(
    project: Project, path: str | Path, options: ExportOptions | None = None,
    brief: Brief | None = None,
) -> ExportResult:
    """Write the note to ``path``: .docx, .md or .pdf by its suffix (ExportError on failure).

    The file appears complete or not at all: it is written beside and renamed over.
    """
    from briefing.export.atomic import check_writable, write_atomically
    from briefing.export.note import build_note

    path = Path(path)
    options = options or ExportOptions()
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(path, f"unknown format {suffix or '(none)'}; use {', '.join(FORMATS)}")
    check_writable(path)
    note = build_note(project, brief, options)
    if suffix == ".md":
        from briefing.export.markdown import render_markdown

        text = render_markdown(note)
        write_atomically(path, lambda temp: temp.write_text(text, encoding="utf-8"))
        return ExportResult(path, comments=sum(len(a.comments) for a in note.annexes))
    from briefing.export.docx import write_docx

    if suffix == ".docx":
        report = write_docx(note, path, options)
        return ExportResult(path, report.added_styles, report.comments)
    from briefing.export.pdf import convert_to_pdf

    with tempfile.TemporaryDirectory(prefix="briefing-export-") as work:
        docx_path = Path(work, path.with_suffix(".docx").name)
        report = write_docx(note, docx_path, options)
        convert_to_pdf(docx_path, path)
    return ExportResult(path, report.added_styles, report.comments)


def preview_pdf(
    project: Project, folder: str | Path, options: ExportOptions | None = None,
    brief: Brief | None = None,
) -> Path:
    """Export to ``folder``/preview.pdf for display (slow: seconds, runs LibreOffice)."""
    return export_note(project, Path(folder, "preview.pdf"), options, brief).path
