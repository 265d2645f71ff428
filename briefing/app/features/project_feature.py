"""The window's project *as a file*: its path, lock, read-only state, title and saving.

The undo stack says whether the project has unsaved changes (``isClean``); a project
that differs from its file without an undo step (a migrated file, a recovered autosave,
re-anchored annotations) sets :attr:`ProjectDocument.extra_dirty` instead, so nothing
that only lives in memory can be closed without the Save / Discard / Cancel question.

Every question goes through :func:`briefing.app.shell.messages.ask` and every file chooser
through :func:`choose_save_path`, so tests drive the real window without modal boxes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from briefing.app.features import files
from briefing.app.features.project_view import capture_view_state, restore_view_state
from briefing.app.shell import messages
from briefing.app.shell.i18n import translate
from briefing.model import Project

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts
    from briefing.storage import OpenResult, ProjectLock

# briefing.storage (locks, codecs, re-anchoring) is imported where a project file is
# read or written: opening a release or showing the window does not need it.

SUFFIX = ".briefing"
PROJECT_FILTER = "Briefing projects (*.briefing);;All files (*)"  # English; dialogs translate
SAVE, DISCARD, CANCEL = "Save", "Discard", "Cancel"
READ_ONLY, TAKE_OVER = "Open Read-Only", "Take Over"


def choose_save_path(parent: QWidget, title: str, start: str) -> str:
    """Ask where to save (blocking: the save must know now); '' when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getSaveFileName(parent, title, start, files.project_filter())
    return path


def is_project_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() == SUFFIX


class ProjectDocument(QObject):
    """Path, lock and modified state of the window's project; Save, Save As, Open, close."""

    #: Emitted after the window shows another project (opened, recovered or new).
    projectReplaced = Signal()
    #: Emitted after a successful save (the path may be new).
    saved = Signal(str)
    #: Emitted after a project file was opened for editing (recovery offers its autosave).
    openedForEditing = Signal(str)  # the project file
    #: Emitted when this window's autosaves no longer hold anything (saved or let go).
    autosavesObsolete = Signal()
    #: Emitted after a project file was opened for editing (recovery offers its autosave).
    openedForEditing = Signal(str)
    #: Emitted when this window's autosaves no longer hold anything (saved or let go).
    autosavesObsolete = Signal()

    def __init__(self, parts: Parts) -> None:
        super().__init__(parts.window)
        self.parts = parts
        self.w = parts.window
        self.path: Path | None = None
        self.lock: ProjectLock | None = None
        self.read_only = False
        self.name = "Untitled"
        self.extra_dirty = False
        a = parts.actions
        a["actionSave"].triggered.connect(self.save)
        a["actionSaveAs"].triggered.connect(self.save_as)
        # Connected after the window's own handler, so this (which also knows about
        # extra_dirty) has the last word on the modified mark.
        parts.undo_stack.cleanChanged.connect(self._refresh_title)
        self._refresh_title()

    # -- state -----------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self.extra_dirty or not self.parts.undo_stack.isClean()

    def mark_modified(self) -> None:
        """The project differs from its file without an undo step (migration, recovery)."""
        self.extra_dirty = True
        self._refresh_title()

    def _refresh_title(self, *_args: object) -> None:
        if not isValid(self.w):
            return  # the undo stack is cleared while the window is being destroyed
        suffix = translate("Project", " (read-only)") if self.read_only else ""
        self.w.setWindowTitle(f"{self.shown_name()}[*]{suffix} — Briefing")
        self.w.setWindowModified(self.is_modified())
        self.parts.actions["actionSave"].setEnabled(not self.read_only)

    def shown_name(self) -> str:
        """The project's name for titles and questions ("Untitled" translated)."""
        return translate("Project", "Untitled") if self.name == "Untitled" else self.name

    def retranslate(self) -> None:
        self._refresh_title()

    def start_untitled(self, name: str = "") -> None:
        """The window now shows a new project made from a release: no file, no lock."""
        self._let_go()
        self.path, self.read_only, self.extra_dirty = None, False, False
        self.name = Path(name).stem if name else "Untitled"
        self.name = self.name or "Untitled"
        self._refresh_title()
        self.projectReplaced.emit()

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """File › Save: to the project's file, or ask for one; refused when read-only."""
        if self.read_only:
            messages.show_error(
                self.w, translate("Project", "{name} is open read-only; use Save As to keep your "
                                  "changes.").format(name=self.shown_name()))
            return False
        if self.path is None:
            return self.save_as()
        return self.write(self.path)

    def save_as(self) -> bool:
        """File › Save As: choose a file, then save there (and take its lock)."""
        from briefing.storage import ProjectFileError, ProjectLock

        start = str(self.path) if self.path else str(Path(self.parts.recent.save_dir(), self.name))
        chosen = choose_save_path(self.w, translate("Project", "Save Project As"), start)
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        if self.path is not None and target.resolve() == self.path.resolve() and self.read_only:
            messages.show_error(self.w, translate(
                "Project", "{name} is open read-only; choose another name.").format(
                name=target.name))
            return False
        lock = self.lock if self.path is not None and target == self.path else ProjectLock(target)
        if lock is not self.lock:
            try:
                lock.acquire()
            except ProjectFileError as error:
                messages.show_error(self.w, str(error))
                return False
        if not self.write(target, lock):
            if lock is not self.lock:
                lock.release()
            return False
        if lock is not self.lock:
            self._let_go()
            self.lock = lock
        self.path, self.read_only = target, False
        self.parts.recent.saved_to(target)
        self.name = target.stem
        self._refresh_title()
        return True

    def prepare(self) -> Project:
        """Bring the model up to date with what is on screen (typed text, anchors, view)."""
        project = self.parts.ctrl.settled()
        project.view_state = capture_view_state(self.w)
        return project

    def write(self, path: Path, lock: ProjectLock | None = None) -> bool:
        """Save to ``path``; on failure one clear message, and nothing else changes."""
        from briefing.storage import ProjectFileError, save_project

        project = self.prepare()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        project.created = project.created or now
        project.modified = now
        try:
            save_project(project, path, lock=lock or self.lock)
        except ProjectFileError as error:
            messages.show_error(self.w, str(error))
            return False
        self.parts.undo_stack.setClean()
        self.extra_dirty = False
        self._discard_autosaves()
        self.parts.recent.add(str(path))
        self.w.statusBar().showMessage(
            translate("Project", "Saved {name}").format(name=path.name), 4000)
        self._refresh_title()
        self.saved.emit(str(path))
        return True

    # -- opening -----------------------------------------------------------------------------

    def open_file(self, path: str | Path) -> bool:
        """Open a ``.briefing`` project into this window (the caller asked about changes)."""
        from briefing.storage import ProjectFileError, open_project

        path = Path(path).resolve()
        try:
            result = open_project(path)
        except ProjectFileError as error:
            messages.show_error(self.w, str(error))
            return False
        lock, read_only = self._lock_for(path)
        if lock is None and not read_only:
            return False  # the user cancelled
        self.adopt(result.project, path, lock, read_only or result.read_only)
        self.parts.recent.add(str(path))
        self._report(result)
        if not self.read_only:
            self.openedForEditing.emit(str(path))
        return True

    def _lock_for(self, path: Path) -> tuple[ProjectLock | None, bool]:
        """Take the project's lock; when another window holds it, ask what to do."""
        from briefing.storage import ProjectFileError, ProjectLock, ProjectLockedError

        lock = ProjectLock(path)
        try:
            lock.acquire()
            return lock, False
        except ProjectLockedError as error:
            choices = (READ_ONLY, TAKE_OVER, CANCEL) if error.stale else (READ_ONLY, CANCEL)
            hint = "" if error.stale else translate("Project",
                                                    "Close it there first to edit it here.")
            answer = messages.ask(self.w, f"{path.name}: {error.reason}.", choices, hint)
        except ProjectFileError:
            # A folder we cannot write to: nobody can save there, so read-only is honest.
            return None, True
        if answer == TAKE_OVER:
            try:
                lock.take_over()
                return lock, False
            except ProjectFileError as error:
                messages.show_error(self.w, str(error))
                return None, False
        return None, answer == READ_ONLY

    def adopt(self, project: Project, path: Path | None, lock: ProjectLock | None,
              read_only: bool) -> None:
        """Show ``project`` in the window as the contents of ``path``."""
        if lock is not None and lock is self.lock:
            self._discard_autosaves()  # same file (a recovery): keep holding its lock
        else:
            self._let_go()
        self.parts.ctrl.set_project(project)
        self.parts.nodes.current = None
        self.path, self.lock, self.read_only, self.extra_dirty = path, lock, read_only, False
        self.name = path.stem if path else "Untitled"
        restore_view_state(self.w, project.view_state)
        self._refresh_title()
        self.projectReplaced.emit()

    def _report(self, result: OpenResult) -> None:
        name = result.path.name
        if result.migrated_from is not None:
            self.mark_modified()
            kept = (translate("Project", "; the original was kept as {backup}").format(
                backup=result.migration_backup.name) if result.migration_backup else "")
            messages.show_info(self.w, translate(
                "Project", "{name} was written by an older Briefing (format {version}) and was "
                "upgraded{kept}. Save to keep the upgrade.").format(
                name=name, version=result.migrated_from, kept=kept))
        elif result.reanchor.changed:
            self.mark_modified()
        if result.read_only and result.warnings:
            messages.show_error(self.w, f"{name}: {result.warnings[0]}")
        orphans = result.orphaned
        if orphans:
            self.w.statusBar().showMessage(
                translate("Project", "{n} annotation(s) no longer match the text; they are kept "
                          "under “{orphaned}” in the Annotations panel.").format(
                    n=len(orphans), orphaned=translate("Annotations", "Orphaned")), 15000,
            )

    # -- closing -----------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Before the project goes (close, open another): Save / Discard / Cancel."""
        if not self.is_modified():
            return True
        first = "Save As…" if self.read_only else SAVE
        answer = messages.ask(
            self.w, translate("Project", "Save the changes to {name}?").format(
                name=self.shown_name()), (first, DISCARD, CANCEL),
            translate("Project", "Your changes will be lost if you don't save them."),
        )
        if answer == first:
            return self.save_as() if self.read_only else self.save()
        return answer == DISCARD

    def shutdown(self) -> None:
        """The window is closing for good: release the lock and the session's autosave."""
        self._let_go()

    def release_lock(self) -> None:
        """Let go of the project's lock (the app is ending; the autosave stays)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _discard_autosaves(self) -> None:
        # Only what this window autosaved: a crash file the user put off ("Later") stays.
        self.autosavesObsolete.emit()

    def _let_go(self) -> None:
        # Whatever the user chose (saved or discarded), this project's autosave is obsolete.
        self._discard_autosaves()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
