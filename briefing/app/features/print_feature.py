"""File › Print Briefing Note…: the note's pages through Qt's print preview and dialog.

What is printed is what is exported: the note is laid out by LibreOffice (as in the
Preview tab, at print resolution) and each page image fills one sheet. Without
LibreOffice the note's text is printed as rich text (same sections, no page layout).
Laying out takes seconds, so it runs off the GUI thread; the preview opens when done.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument

from briefing.app.panels.preview_tab import can_render_pages, render_pages
from briefing.app.shell import messages
from briefing.app.shell.background import run_in_background
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from briefing.app.panels.preview_tab import NoteSource
    from briefing.app.shell.parts import Parts

PRINT_DPI = 200  # sharp on paper, and a few MB per page at most


def open_preview(dialog: QPrintPreviewDialog) -> None:
    """Show the print preview (modal; tests monkeypatch it)."""
    dialog.exec()


def paint_pages(pages: list[Path], printer: QPrinter) -> int:
    """Paint each page image on its own sheet, scaled to the sheet; how many painted."""
    printer.setFullPage(True)  # the images carry the note's own margins
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    painted = 0
    try:
        for index, page in enumerate(pages):
            image = QImage(str(page))
            if image.isNull():
                continue
            if index:
                printer.newPage()
            sheet = painter.viewport()
            size = image.size().scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(sheet.x(), sheet.y(), size.width(), size.height()), image)
            painted += 1
    finally:
        painter.end()
    return painted


def paint_text(markdown: str, printer: QPrinter) -> None:
    document = QTextDocument()
    document.setMarkdown(markdown)
    document.print_(printer)


class PrintFeature:
    """The Print action: lay the note out, then Qt's print preview (and print dialog)."""

    def __init__(self, parts: Parts, exporter: NoteSource) -> None:
        self.parts, self.exporter, self.w = parts, exporter, parts.window
        self.busy = False
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        parts.actions["actionPrint"].triggered.connect(self.print_note)

    def print_note(self) -> None:
        if self.busy or not self.parts.project.releases:
            return
        self.busy = True
        options, project = self.exporter.options(), self.exporter.snapshot()
        self.parts.show_status(translate("Print", "Laying out the note for printing…"))
        if can_render_pages():
            self._folder = tempfile.TemporaryDirectory(prefix="briefing-print-")
            folder = Path(self._folder.name)
            run_in_background(
                partial(render_pages, project, options, folder, PRINT_DPI),
                self._show_pages,
                self._failed,
            )
        else:
            from briefing.export import note_markdown

            run_in_background(
                partial(note_markdown, project, options), self._show_text, self._failed
            )

    def _printer(self) -> QPrinter:
        # (Qt's print module loaded on the first print, not at start-up.)
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(translate("Print", "Briefing note"))
        return printer

    def _show_pages(self, pages: list[Path]) -> None:
        self.busy = False
        self.parts.show_status("", 1)
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(self._printer(), self.w)
        dialog.setObjectName("printPreview")
        dialog.paintRequested.connect(partial(paint_pages, pages))
        try:
            open_preview(dialog)
        finally:
            if self._folder is not None:
                self._folder.cleanup()
                self._folder = None

    def _show_text(self, markdown: str) -> None:
        self.busy = False
        self.parts.show_status("", 1)
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(self._printer(), self.w)
        dialog.setObjectName("printPreview")
        dialog.paintRequested.connect(partial(paint_text, markdown))
        open_preview(dialog)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
        messages.show_error(
            self.w,
            translate("Print", "The note could not be laid out for printing: {error}").format(
                error=error
            ),
        )
