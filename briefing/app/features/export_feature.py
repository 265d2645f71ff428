"""File › Export Briefing Note… and Brief › Copy Brief as Markdown.

The export runs :func:`briefing.export.export_note` on a pool thread with a deep copy
of the project (a 10,000-paragraph annex takes seconds; typing must not stop). Success
is a status-bar message with an "Open Folder" button and the template styles that had
to be added; failure is one message box with the ExportError's text.

The dialog's "Check before sending" list shows the brief's gaps while it is open (kept
current as the brief changes) and the export's warnings once it is done; "Reviewed"
sets the brief's flag through the undo stack, so it is saved with the project and can
be undone like any edit.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from briefing.app.shell import messages
from briefing.app.shell.background import run_in_background
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.panels.export_dialog import ExportDialog
    from briefing.app.shell.parts import Parts
    from briefing.export import ExportOptions, ExportResult
    from briefing.model import Project

# The dialog and briefing.export are imported on first use: start-up does not need them.


def open_url(url: QUrl) -> bool:
    """Open a file or folder in the desktop's app (tests monkeypatch it)."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


def failure_text(path: Path, error: Exception) -> str:
    """One line for any export failure: ExportError says it already; others get a name."""
    from briefing.export import ExportError

    if isinstance(error, ExportError):
        return str(error)
    if isinstance(error, OSError):
        return f"{path.name}: cannot write the note ({error.strerror or error})"
    return f"{path.name}: the export failed ({type(error).__name__}: {error})"


class ExportFeature:
    """Export dialog, background export, status-bar report, Markdown to the clipboard."""

    def __init__(self, parts: Parts, doc: ProjectDocument) -> None:
        self.doc = doc
        self.parts = parts
        self.w = parts.window
        self.dialog: ExportDialog | None = None
        self.busy = False
        self.last_result: ExportResult | None = None
        self.open_button = QPushButton("Open Folder", objectName="exportOpenFolder")
        self.open_button.setFlat(True)
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_folder)
        parts.window.statusBar().addPermanentWidget(self.open_button)
        parts.window.statusBar().messageChanged.connect(self._message_changed)
        a = parts.actions
        a["actionExportDocx"].triggered.connect(self.show_dialog)
        a["actionCopyBriefMarkdown"].triggered.connect(self.copy_markdown)

    # -- the dialog ------------------------------------------------------------------------

    def _on_undo_index(self, _index: int) -> None:
        self.refresh_checks()

    def show_dialog(self) -> ExportDialog:
        """Show the (non-modal) export dialog, creating it the first time."""
        if self.dialog is None:
            from briefing.app.panels.export_dialog import ExportDialog

            self.dialog = ExportDialog(self.w, self.parts.settings)
            self.dialog.exportRequested.connect(self.export_from_dialog)
            self.dialog.reviewedToggled.connect(self.set_reviewed)
            self.dialog.choicesChanged.connect(self.refresh_checks)
            self.parts.undo_stack.indexChanged.connect(self._on_undo_index)
        doc = self.doc
        folder = str(doc.path.parent) if doc.path else self.parts.recent.save_dir()
        self.dialog.suggest_path(folder, doc.name)
        self.refresh_checks()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def refresh_checks(self) -> None:
        """The brief's gaps in the dialog's list, and its Reviewed box, as they are now."""
        dialog = self.dialog
        if dialog is None or self.busy:
            return
        from briefing.export.note import brief_checks

        brief = self.parts.project.brief
        dialog.set_reviewed(brief.reviewed)
        dialog.show_checks(brief_checks(brief, dialog.options()))

    def set_reviewed(self, reviewed: bool) -> None:
        """Mark the brief reviewed (or not): an undoable edit, saved with the project."""
        brief = self.parts.project.brief
        if brief.reviewed == reviewed:
            return
        from briefing.app.document import commands

        new = copy.deepcopy(brief)
        new.reviewed = reviewed
        text = "Mark Brief Reviewed" if reviewed else "Mark Brief Not Reviewed"
        self.parts.undo_stack.push(commands.SetBrief(self.parts.ctrl, new, text))

    def options(self) -> ExportOptions:
        """The dialog's choices (defaults before it was ever shown): also for the preview."""
        if self.dialog is not None:
            return self.dialog.options()
        from briefing.export import ExportOptions

        return ExportOptions()

    def snapshot(self) -> Project:
        """A private copy of the project, current with what is on screen."""
        project = self.doc.prepare()
        return copy.deepcopy(project)

    def export_from_dialog(self) -> None:
        dialog = self.dialog
        if dialog is None or self.busy:
            return
        target = dialog.target()
        if target is None:
            dialog.status.setText(translate("Export", "Choose where to save the note."))
            return
        self.export(target, dialog.options())

    def export(self, path: Path, options: ExportOptions) -> None:
        """Export to ``path`` in the background; the result is reported when it is done."""
        if not self.parts.project.releases:
            messages.show_error(self.w, translate(
                "Export", "{name}: there is nothing to export yet").format(name=path.name))
            return
        from briefing.export import export_note

        project = self.snapshot()
        self.busy = True
        if self.dialog is not None:
            self.dialog.set_busy(True, translate("Export", "Exporting {name}…").format(
                name=path.name))
        self.w.statusBar().showMessage(
            translate("Export", "Exporting {name}…").format(name=path.name))
        run_in_background(
            lambda: export_note(project, path, options),
            self._done,
            lambda error: self._failed(path, error),
        )

    # -- results --------------------------------------------------------------------------

    def _done(self, result: ExportResult) -> None:
        self.busy = False
        self.last_result = result
        self.parts.recent.saved_to(result.path)
        text = self._exported(result)
        if result.comments:
            text += translate("Export", " with {n} comment(s)").format(n=result.comments)
        if result.added_styles:
            text += translate("Export", "; the template lacked these styles, so they were "
                              "added: {styles}").format(styles=", ".join(result.added_styles))
        if result.warnings:
            text += translate("Export", "; {n} warning(s): {first}").format(
                n=len(result.warnings), first=result.warnings[0])
        if self.dialog is not None:
            self.dialog.set_busy(False, text + ".")
            self.dialog.show_checks(result.warnings)
        self.w.statusBar().showMessage(text + ".", 30000)
        self.open_button.show()  # after showMessage: a new message hides it

    def _failed(self, path: Path, error: Exception) -> None:
        self.busy = False
        text = failure_text(path, error)
        if self.dialog is not None:
            self.dialog.set_busy(False, text)
        self.w.statusBar().clearMessage()
        messages.show_error(self.w, text)

    def _message_changed(self, text: str) -> None:
        # The button belongs to the "Exported …" message: gone when that message is.
        result = self.last_result
        if result is None or not text.startswith(self._exported(result)):
            self.open_button.hide()

    @staticmethod
    def _exported(result: ExportResult) -> str:
        return translate("Export", "Exported {name}").format(name=result.path.name)

    def _open_folder(self) -> None:
        if self.last_result is not None:
            from PySide6.QtCore import QUrl

            open_url(QUrl.fromLocalFile(str(self.last_result.path.parent)))

    # -- Markdown to the clipboard ------------------------------------------------------------

    def copy_markdown(self) -> None:
        """Put the note as Markdown on the clipboard (built off the GUI thread)."""
        if not self.parts.project.releases:
            self.w.statusBar().showMessage(
                translate("Export", "Nothing to copy yet: open a release."), 4000)
            return
        from briefing.export import note_markdown

        project, options = self.snapshot(), self.options()
        run_in_background(
            lambda: note_markdown(project, options),
            self._copied,
            lambda error: messages.show_error(self.w, failure_text(Path("clipboard"), error)),
        )

    def _copied(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.w.statusBar().showMessage(
            translate("Export", "Copied the brief as Markdown ({n} words).").format(
                n=f"{len(text.split()):,}"), 6000)
