"""The Preview tab: the note's pages as LibreOffice lays them out, or a rich-text stand-in.

QtPdf is not in PySide6-Essentials, so the pages are made by the tools users install
for PDF export anyway: :func:`briefing.export.preview_pdf` (LibreOffice) writes a PDF,
``pdftoppm`` (poppler-utils) turns its pages into PNGs, and the tab shows them in a
scroll area. Without either tool, the note's Markdown is shown as Qt rich text (same
sections, same order, no page breaks) and the tab says why.

Rendering runs on a pool thread (seconds: LibreOffice starts a fresh profile); a busy
bar shows meanwhile. Any edit marks the preview stale; it re-renders when the tab is
shown again or Refresh is pressed. Results of an outdated render are dropped.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.app.shell.background import run_in_background
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts
    from briefing.export import ExportOptions
    from briefing.model import Project

# briefing.export and subprocess are imported when a preview is made, not at start-up.

RESOLUTION_DPI = 72  # an A4 page is ~600 px wide: readable, and quick to render
PDFTOPPM_TIMEOUT_S = 60


def find_pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


def can_render_pages() -> bool:
    """Whether real pages can be shown (LibreOffice and pdftoppm are both there)."""
    from briefing.export.pdf import find_soffice

    return find_soffice() is not None and find_pdftoppm() is not None


def render_pages(
    project: Project, options: ExportOptions, folder: Path, dpi: int = RESOLUTION_DPI
) -> list[Path]:
    """PNG files of the note's pages, in order (raises ExportError or OSError)."""
    import subprocess

    from briefing.export import preview_pdf

    pdf = preview_pdf(project, folder, options)
    prefix = folder / "page"
    subprocess.run(
        [find_pdftoppm() or "pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)],
        check=True, capture_output=True, timeout=PDFTOPPM_TIMEOUT_S,
    )
    # pdftoppm pads page numbers to the page count's width; sort by the number anyway.
    pages = folder.glob("page*.png")
    return sorted(pages, key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))


class NoteSource(Protocol):
    """What the preview renders: the export choices and a settled copy of the project
    (the export feature)."""

    def options(self) -> ExportOptions: ...

    def snapshot(self) -> Project: ...


class PreviewTab(QWidget):
    """Pages (``previewPages``) or rich text (``previewText``), a busy bar, Refresh."""

    def __init__(self, parts: Parts, exporter: NoteSource) -> None:
        self.exporter = exporter
        super().__init__()
        self.setObjectName("previewTab")
        self.parts = parts
        self.w = parts.window
        self.stale = True
        self.generation = 0
        self.page_files: list[Path] = []
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._built = False  # the widgets come when the tab is first shown (_build)
        parts.undo_stack.indexChanged.connect(self._mark_stale)
        parts.tabs.currentChanged.connect(self._tab_changed)
        parts.actions["actionPreview"].triggered.connect(self.show_preview)

    def _build(self) -> None:
        """Make the tab's widgets (once): start-up does not pay for a tab not yet shown."""
        if self._built:
            return
        self._built = True
        self.refresh_button = QPushButton("&Refresh", objectName="previewRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.progress = QProgressBar(objectName="previewProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(objectName="previewStatus")
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.progress)
        top.addWidget(self.status, 1)
        self.pages = QWidget(objectName="previewPages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(16)
        scroll = QScrollArea(objectName="previewScroll")
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)
        scroll.setBackgroundRole(scroll.backgroundRole().Dark)
        self.text = QTextBrowser(objectName="previewText")
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        from briefing.app.shell import accessibility

        accessibility.name_unnamed(self)  # as the window's own widgets were at start-up

    def showEvent(self, event) -> None:
        self._build()
        super().showEvent(event)

    # -- triggers ----------------------------------------------------------------------------

    def show_preview(self) -> None:
        self._build()
        self.parts.tabs.setCurrentWidget(self)
        self.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self.parts.tabs.currentWidget() is self and self.stale:
            self.refresh()

    def _mark_stale(self, *_args: object) -> None:
        self.stale = True
        if self._built and self.isVisible() and not self.progress.isVisible():
            self.status.setText(
                translate("Preview", "The project changed: press Refresh to update the preview."))

    # -- rendering ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Render the note again, in the background."""
        self._build()
        if not self.parts.project.releases:
            self.status.setText(
                translate("Preview", "Open a release to preview its briefing note."))
            return
        self.stale = False
        self.generation += 1
        generation = self.generation
        options = self.exporter.options()
        project = self.exporter.snapshot()
        self.progress.show()
        if can_render_pages():
            self.status.setText(translate("Preview", "Laying out the pages with LibreOffice…"))
            folder = tempfile.TemporaryDirectory(prefix="briefing-preview-")
            run_in_background(
                lambda: render_pages(project, options, Path(folder.name)),
                lambda pages: self._show_pages(generation, folder, pages),
                lambda error: self._pages_failed(generation, folder, project, options, error),
            )
        else:
            self._render_text(generation, project, options,
                              translate("Preview", "LibreOffice or pdftoppm is not "
                                        "installed: showing the text without page layout."))

    def _render_text(self, generation: int, project: Project, options: ExportOptions,
                     why: str) -> None:
        from briefing.export import note_markdown

        self.status.setText(translate("Preview", "Preparing the text…"))
        run_in_background(
            lambda: note_markdown(project, options),
            lambda markdown: self._show_text(generation, markdown, why),
            lambda error: self._show_text(generation, "", translate(
                "Preview", "The preview failed: {error}").format(error=error)),
        )

    def _show_pages(self, generation: int, folder: tempfile.TemporaryDirectory[str],
                    pages: list[Path]) -> None:
        if generation != self.generation:
            folder.cleanup()
            return
        self._clear_pages()
        for number, path in enumerate(pages, 1):
            label = QLabel(objectName=f"previewPage{number}")
            label.setPixmap(QPixmap(str(path)))
            label.setFrameShape(QLabel.Shape.Box)
            label.setToolTip(translate("Preview", "Page {i} of {n}").format(i=number, n=len(pages)))
            self.pages_layout.addWidget(label)
        if self._folder is not None:
            self._folder.cleanup()
        self._folder, self.page_files = folder, pages
        self.stack.setCurrentIndex(0)
        self.progress.hide()
        self.status.setText(f"{len(pages)} page(s), as LibreOffice lays out the .docx.")

    def _pages_failed(self, generation: int, folder: tempfile.TemporaryDirectory[str],
                      project: Project, options: ExportOptions, error: Exception) -> None:
        folder.cleanup()
        if generation == self.generation:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            self._render_text(generation, project, options,
                              translate("Preview", "The pages could not be laid out ({reason}): "
                                        "showing the text.").format(reason=reason))

    def _show_text(self, generation: int, markdown: str, why: str) -> None:
        if generation != self.generation:
            return
        self.text.setMarkdown(markdown)
        self.stack.setCurrentIndex(1)
        self.progress.hide()
        self.status.setText(why)

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.page_files = []

    def page_count(self) -> int:
        return len(self.page_files)
