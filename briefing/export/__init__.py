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
    warnings: list[str] = field(default_factory=list)  # for the user: CLI prints, app lists


def note_markdown(
    project: Project, options: ExportOptions | None = None, brief: Brief | None = None
) -> str:
    """The note as Markdown (``brief`` defaults to ``project.brief``)."""
    from briefing.export.markdown import render_markdown
    from briefing.export.note import build_note

    return render_markdown(build_note(project, brief, options or ExportOptions()))


def export_note(
    project: Project,
    path: str | Path,
    options: ExportOptions | None = None,
    brief: Brief | None = None,
) -> ExportResult:
    """Write the note to ``path``: .docx, .md or .pdf by its suffix (ExportError on failure).

    The file appears complete or not at all: it is written beside and renamed over.
    """
    from briefing.export.writable import check_writable

    path = Path(path)
    options = options or ExportOptions()
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(path, f"unknown format {suffix or '(none)'}; use {', '.join(FORMATS)}")
    check_writable(path)
    try:
        return _export(project, path, suffix, options, brief)
    except ExportError:
        raise
    except Exception as error:  # whatever breaks, the user gets one line, not a traceback
        raise ExportError(path, _failure(error, options)) from error


def _export(
    project: Project, path: Path, suffix: str, options: ExportOptions, brief: Brief | None
) -> ExportResult:
    from briefing.export.note import build_note

    note = build_note(project, brief, options)
    if suffix == ".md":
        from briefing.export.markdown import render_markdown
        from briefing.export.writable import write_export

        text = render_markdown(note)
        write_export(path, lambda handle: handle.write(text.encode("utf-8")))
        comments = sum(len(a.comments) for a in note.annexes)
        return ExportResult(path, comments=comments, warnings=note.warnings)
    from briefing.export.docx import write_docx

    if suffix == ".docx":
        report = write_docx(note, path, options)
        return ExportResult(path, report.added_styles, report.comments, note.warnings)
    from briefing.export.pdf import convert_to_pdf

    with tempfile.TemporaryDirectory(prefix="briefing-export-") as work:
        docx_path = Path(work, path.with_suffix(".docx").name)
        report = write_docx(note, docx_path, options)
        convert_to_pdf(docx_path, path)
    return ExportResult(path, report.added_styles, report.comments, note.warnings)


def _failure(error: Exception, options: ExportOptions) -> str:
    """One line for an unexpected failure: what broke, and the template when a house one
    was used (the likeliest cause: something in it this exporter did not foresee)."""
    detail = " ".join(str(error).split())[:200] or "no detail"
    reason = f"{type(error).__name__}: {detail}"
    if options.template is not None:
        name = Path(options.template).name
        return f"the note could not be built on the template {name} ({reason})"
    return f"the note could not be written ({reason})"


def preview_pdf(
    project: Project,
    folder: str | Path,
    options: ExportOptions | None = None,
    brief: Brief | None = None,
) -> Path:
    """Export to ``folder``/preview.pdf for display (slow: seconds, runs LibreOffice)."""
    return export_note(project, Path(folder, "preview.pdf"), options, brief).path
