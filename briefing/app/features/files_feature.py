"""File › Open and File › Import: a project, or a release file as a new project or
added to the current one. Failures are one line in a message, and the window goes on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from briefing.app.features import files
from briefing.app.features.project_feature import is_project_path
from briefing.app.shell import messages
from briefing.app.shell.i18n import translate
from briefing.app.shell.settings import keep_originals
from briefing.ingest import ReleaseReadError
from briefing.model import Project, Release

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.shell.parts import Parts


class FilesFeature:
    """Opens and imports files into the window's project."""

    def __init__(self, parts: Parts, doc: ProjectDocument) -> None:
        self.parts, self.doc = parts, doc
        parts.actions["actionOpen"].triggered.connect(self.choose_and_open)
        parts.actions["actionImport"].triggered.connect(self.choose_and_import)
        parts.editor.fileDropped.connect(self.open_path)

    def keep_originals(self) -> bool:
        """Whether a release keeps its original file's bytes (Preferences)."""
        return keep_originals(self.parts.settings)

    def set_release(self, release: Release) -> None:
        """Start a fresh project on one release (File › Open)."""
        parts = self.parts
        parts.ctrl.set_project(Project(releases=[release]))
        parts.nodes.current = None
        name = Path(release.source.path).name if release.source.path else release.title
        self.doc.start_untitled(name or "")  # title, no file, no lock
        if release.root.children:
            parts.select_node(release.id, release.root.children[0].id)

    def open_path(self, path: str | Path) -> bool:
        """Open a project, or a release file as a new project; failures: one line, go on."""
        if not self.doc.confirm_discard():
            return False  # Cancel: the unsaved project stays as it is
        if is_project_path(path):
            return self.doc.open_file(path)
        try:
            release = files.load_release_file(path, keep_original=self.keep_originals())
        except ReleaseReadError as error:
            messages.show_error(self.parts.window, str(error))
            return False
        self.set_release(release)
        self.parts.recent.add(str(path))
        self._tell_read_warnings(path, release)
        return True

    def _tell_read_warnings(self, path: str | Path, release) -> None:
        """Damage found while reading (bad bytes, control characters): said at once."""
        from briefing.ingest.read_warnings import read_warnings

        warnings = read_warnings(release)
        if warnings:
            self.parts.show_status(f"{Path(path).name}: " + "; ".join(warnings), 20000)

    def import_path(self, path: str | Path) -> bool:
        """Add a release file to the current project (undoable)."""
        from briefing.app.document.commands import InsertRelease

        parts = self.parts
        try:
            release = files.load_release_file(
                path, release_id=parts.ctrl.next_release_id(), keep_original=self.keep_originals()
            )
        except ReleaseReadError as error:
            messages.show_error(parts.window, str(error))
            return False
        parts.undo_stack.push(InsertRelease(parts.ctrl, release, len(parts.project.releases)))
        self._tell_read_warnings(path, release)
        if release.root.children:
            parts.select_node(release.id, release.root.children[0].id)
        return True

    def choose_and_open(self) -> None:
        self._choose(self.open_path, translate("MainWindow", "Open Project or Release"),
                     files.open_any_filter())

    def choose_and_import(self) -> None:
        self._choose(self.import_path, translate("MainWindow", "Import Release"))

    def _choose(self, handler: Callable[[str], bool], title: str,
                name_filter: str | None = None) -> None:
        # A non-blocking file dialog: the window stays responsive while it is open.
        name_filter = name_filter or files.open_filter()
        dialog = QFileDialog(self.parts.window, title, self.parts.recent.last_dir(), name_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(handler)
        dialog.open()
