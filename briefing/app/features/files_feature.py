"""File › Open and File › Import: a project, or a release file as a new project or
added to the current one. Failures are one line in a message, and the window goes on.

Release files are read off the GUI thread (:mod:`release_reading`): ``open_path`` and
``import_path`` start the read and return; the release is applied here when it arrives.
``open_and_wait`` and ``import_and_wait`` also wait for it (scripts and tests)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from briefing.app.features import files
from briefing.app.features.project_feature import is_project_path
from briefing.app.features.release_reading import ReleaseReading
from briefing.app.shell.i18n import default_tag_names, translate
from briefing.app.shell.settings import keep_originals
from briefing.model import Project, Release

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.shell.parts import Parts


class FilesFeature:
    """Opens and imports files into the window's project."""

    def __init__(self, parts: Parts, doc: ProjectDocument) -> None:
        self.parts, self.doc = parts, doc
        self.reading = ReleaseReading(parts)  # also used by Update Release
        parts.actions["actionOpen"].triggered.connect(self.choose_and_open)
        parts.actions["actionImport"].triggered.connect(self.choose_and_import)
        parts.editor.fileDropped.connect(self.open_path)

    def keep_originals(self) -> bool:
        """Whether a release keeps its original file's bytes (Preferences)."""
        return keep_originals(self.parts.settings)

    def set_release(self, release: Release) -> None:
        """Start a fresh project on one release (File › Open)."""
        parts = self.parts
        parts.ctrl.set_project(Project(releases=[release], tag_names=default_tag_names()))
        parts.nodes.current = None
        name = Path(release.source.path).name if release.source.path else release.title
        self.doc.start_untitled(name or "")  # title, no file, no lock
        if release.root.children:
            parts.select_node(release.id, release.root.children[0].id)

    def open_path(self, path: str | Path) -> bool:
        """Open a project, or start reading a release file as a new project (it replaces
        the project when read); False when declined. Failures: one line, go on."""
        if self.reading.refused():
            return False  # one read at a time
        if not self.doc.confirm_discard():
            return False  # Cancel: the unsaved project stays as it is
        if is_project_path(path):
            return self.doc.open_file(path)
        work = partial(files.load_release_file, path, keep_original=self.keep_originals())
        return self.reading.start(path, work, partial(self._opened, str(path)))

    def _opened(self, path: str, release: Release) -> bool:
        self.set_release(release)
        self.parts.recent.add(path)
        self._tell_read_warnings(path, release)
        return True

    def open_and_wait(self, path: str | Path) -> bool:
        """``open_path``, then wait for the read (scripts, tests): True when opened."""
        if not self.open_path(path):
            return False
        return self.reading.wait() if self.reading.busy() else True  # (a project: opened)

    def _tell_read_warnings(self, path: str | Path, release) -> None:
        """Damage found while reading (bad bytes, control characters): said at once."""
        from briefing.ingest.read_warnings import read_warnings

        warnings = read_warnings(release)
        if warnings:
            self.parts.show_status(f"{Path(path).name}: " + "; ".join(warnings), 20000)

    def import_path(self, path: str | Path) -> bool:
        """Start reading a release file to add to the current project (undoable when
        added); False when refused."""
        work = partial(
            files.load_release_file,
            path,
            release_id=self.parts.ctrl.next_release_id(),
            keep_original=self.keep_originals(),
        )
        return self.reading.start(path, work, partial(self._imported, str(path)))

    def import_and_wait(self, path: str | Path) -> bool:
        """``import_path``, then wait for the read (scripts, tests): True when added."""
        return self.import_path(path) and self.reading.wait()

    def _imported(self, path: str, release: Release) -> bool:
        from briefing.app.document.commands import InsertRelease

        parts = self.parts
        # The project may have changed during the read: the id is taken now.
        release.id = parts.ctrl.next_release_id()
        parts.undo_stack.push(InsertRelease(parts.ctrl, release, len(parts.project.releases)))
        self._tell_read_warnings(path, release)
        if release.root.children:
            parts.select_node(release.id, release.root.children[0].id)
        return True

    def choose_and_open(self) -> None:
        self._choose(
            self.open_path,
            translate("MainWindow", "Open Project or Release"),
            files.open_any_filter(),
        )

    def choose_and_import(self) -> None:
        self._choose(self.import_path, translate("MainWindow", "Import Release"))

    def _choose(
        self, handler: Callable[[str], bool], title: str, name_filter: str | None = None
    ) -> None:
        # A non-blocking file dialog: the window stays responsive while it is open.
        name_filter = name_filter or files.open_filter()
        dialog = QFileDialog(self.parts.window, title, self.parts.recent.last_dir(), name_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(handler)
        dialog.open()
