"""File › New Project, Close Project, Open URL… and Paste as Release.

Releases live on web pages and in e-mails as often as in files: Open URL downloads one
(http(s) only, bounded in time, size and redirects: :mod:`briefing.ingest.fetch`) off the
GUI thread, with a progress dialog and Cancel; Paste as Release reads the clipboard (a
browser's HTML keeps headings and list numbers). Either becomes a new project, as File ›
Open does, after the usual Save / Discard / Cancel question. New and Close Project leave
an empty project: the welcome page, with every action that needs a release disabled.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QProgressDialog, QWidget

from briefing.app.shell import messages
from briefing.app.shell.background import run_in_background
from briefing.app.shell.i18n import default_tag_names, translate
from briefing.ingest import ReleaseReadError
from briefing.model import Project

if TYPE_CHECKING:
    from briefing.app.features.files_feature import FilesFeature
    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.shell.parts import Parts
    from briefing.model import Release

PROGRESS_AFTER_MS = 300


def ask_url(parent: QWidget) -> str:
    """Ask for a web address (blocking; tests monkeypatch it); '' when cancelled."""
    clip = QApplication.clipboard().text().strip()
    start = clip if clip.startswith(("http://", "https://")) and "\n" not in clip else "https://"
    url, ok = QInputDialog.getText(
        parent,
        translate("Sources", "Open URL"),
        translate("Sources", "Address of the release (a web page, or a PDF, Word or text file):"),
        QLineEdit.EchoMode.Normal,
        start,
    )
    return url.strip() if ok else ""


class SourcesFeature:
    """New, Close, Open URL and Paste as Release for one window."""

    def __init__(self, parts: Parts, doc: ProjectDocument, files: FilesFeature) -> None:
        self.parts, self.doc, self.files = parts, doc, files
        self.w = parts.window
        self.progress: QProgressDialog | None = None
        self._serial = 0
        a = parts.actions
        a["actionNewProject"].triggered.connect(self.new_project)
        a["actionCloseProject"].triggered.connect(self.close_project)
        a["actionOpenUrl"].triggered.connect(self.choose_url)
        a["actionPasteRelease"].triggered.connect(self.paste_release)

    # -- New and Close ----------------------------------------------------------------------

    def new_project(self) -> bool:
        """An empty, untitled project (after Save / Discard / Cancel)."""
        if not self.doc.confirm_discard():
            return False
        self.parts.ctrl.set_project(Project(tag_names=default_tag_names()))
        self.parts.nodes.current = None
        self.doc.start_untitled("")
        return True

    def close_project(self) -> bool:
        """Close the project (its lock is let go); the window shows the welcome page."""
        return self.new_project()

    # -- Paste as Release ----------------------------------------------------------------------

    def paste_release(self) -> bool:
        """The clipboard's text (or a browser's HTML) as a new project's release."""
        from briefing.ingest.paste import release_from_clipboard

        mime = QApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        try:
            release = release_from_clipboard(text, html, suggest=False)
        except ReleaseReadError as error:
            messages.show_error(self.w, str(error))
            return False
        return self._open_release(release)

    # -- Open URL --------------------------------------------------------------------------------

    def choose_url(self) -> None:
        url = ask_url(self.w)
        if url:
            self.open_url(url)

    def open_url(self, url: str) -> None:
        """Download and read ``url`` off the GUI thread; it opens when done."""
        from briefing.ingest.fetch import load_url

        self._serial += 1
        serial = self._serial
        keep = self.files.keep_originals()

        def work() -> Release:
            release = load_url(url, suggest=False)
            if not keep:
                release.source.original = None
            return release

        self._start_progress(url)
        run_in_background(work, partial(self._downloaded, serial), partial(self._failed, serial))

    def _start_progress(self, url: str) -> None:
        self._close_progress()
        progress = QProgressDialog(
            translate("Sources", "Downloading {url}…").format(url=url),
            translate("Sources", "Cancel"),
            0,
            0,
            self.w,
        )
        progress.setObjectName("urlProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.canceled.connect(self.cancel)
        self.progress = progress

    def cancel(self) -> None:
        """Drop the running download's result (it ends by its own time limits)."""
        self._serial += 1
        self._close_progress()
        self.parts.show_status(translate("Sources", "Download cancelled."), 4000)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, serial: int, error: Exception) -> None:
        if serial == self._serial:
            self._close_progress()
            messages.show_error(self.w, str(error))

    def _downloaded(self, serial: int, release: Release) -> None:
        if serial == self._serial:
            self._close_progress()
            self._open_release(release)

    def _open_release(self, release: Release) -> bool:
        if not self.doc.confirm_discard():
            return False
        self.files.set_release(release)
        return True
