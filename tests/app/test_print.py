"""File › Print Briefing Note…: the pages LibreOffice lays out, one per sheet, through Qt's
print preview; printed here to a PDF file and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter

from briefing.app.features.print_feature import paint_pages, paint_text
from briefing.app.panels.preview_tab import can_render_pages

from .conftest import make_release
from .test_annotate_and_summarise import PARAS


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _pages_in(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def test_each_page_image_fills_one_sheet(qapp, tmp_path):
    pages = []
    for i in range(3):
        image = QImage(595, 842, QImage.Format.Format_RGB32)
        image.fill(QColor(255, 255, 255 - 40 * i))
        pages.append(tmp_path / f"page-{i}.png")
        image.save(str(pages[-1]))
    out = tmp_path / "printed.pdf"
    assert paint_pages(pages, _pdf_printer(out)) == 3
    assert _pages_in(out) == 3


def test_without_libreoffice_the_text_prints(qapp, tmp_path):
    out = tmp_path / "text.pdf"
    paint_text("# Briefing note\n\n## Summary\n\nThe ministers met.", _pdf_printer(out))
    assert _pages_in(out) == 1


@pytest.mark.skipif(not can_render_pages(), reason="needs LibreOffice and pdftoppm")
def test_print_action_lays_out_the_note_and_opens_the_preview(window, qtbot, tmp_path,
                                                              monkeypatch):
    window.set_release(make_release(PARAS))
    shown = []

    def fake_open(dialog):
        out = tmp_path / "from-window.pdf"
        printer = _pdf_printer(out)
        dialog.paintRequested.emit(printer)  # what the preview and its Print button do
        shown.append(_pages_in(out))

    monkeypatch.setattr("briefing.app.features.print_feature.open_preview", fake_open)
    window.actions["actionPrint"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=120000)
    assert shown[0] >= 1
