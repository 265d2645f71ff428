"""Autosave to a recovery file while there are unsaved changes; offer recovery on open.

The storage layer decides where recovery files live and which are worth offering
(:mod:`briefing.storage.recovery`); this part owns the timer and the questions.

- Every ``autosave/interval_s`` seconds (QSettings, default 60) a modified project is
  written to its recovery file (beside the project, or in the state folder while it is
  untitled). The lock is refreshed at the same time, so a live session never looks stale.
- After a save, or when the project is closed either way, the files *this window*
  wrote are deleted. A crash file found on open that the user put off ("Later") is
  never overwritten: autosave stays off for that project until it is dealt with.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from briefing.app.shell import messages
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.shell.parts import Parts
    from briefing.storage import RecoveryInfo

# briefing.storage is imported where it is used: it is not needed to show the parts.window.

DEFAULT_INTERVAL_S = 60
RECOVER, DISCARD, LATER = "Recover", "Discard", "Later"


class Autosaver(QObject):
    """One per window: the autosave timer and the recovery offers."""

    def __init__(self, parts: Parts, doc: ProjectDocument) -> None:
        super().__init__(parts.window)
        self.parts = parts
        self.w = parts.window
        self.doc = doc
        doc.openedForEditing.connect(self._on_opened)
        doc.autosavesObsolete.connect(self.discard_own)
        self.written: set[Path] = set()
        self.paused_for: Path | None = None  # a put-off crash file we must not overwrite
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave)
        self.timer.start(self.interval_s() * 1000)

    def _on_opened(self, path: str) -> None:
        self.offer_for(Path(path))

    def restart_timer(self) -> None:
        """Autosave at the interval the preferences now say."""
        self.timer.start(self.interval_s() * 1000)

    def keep_for_next_start(self) -> None:
        """The app is ending: write unsaved changes, and keep the file for the next start."""
        self.autosave()  # writes only when there are unsaved changes
        self.written.clear()  # this file is for the next start: not discarded on exit

    def interval_s(self) -> int:
        try:
            value = int(self.parts.settings.value("autosave/interval_s", DEFAULT_INTERVAL_S))
        except (TypeError, ValueError):
            value = DEFAULT_INTERVAL_S
        return max(1, value)

    def autosave(self) -> Path | None:
        """Write the recovery file now if the project has unsaved changes."""
        doc = self.doc
        if not doc.is_modified() or not self.parts.project.releases:
            return None
        from briefing.storage import ProjectFileError, recovery_path, write_recovery

        if doc.path is not None and self.paused_for == recovery_path(doc.path):
            return None
        project = doc.prepare()
        try:
            where = write_recovery(project, doc.path)
            if doc.lock is not None:
                doc.lock.refresh()
        except ProjectFileError as error:
            # Autosave must never interrupt typing with a box: the status bar says it.
            self.w.statusBar().showMessage(
                translate("Recovery", "Autosave failed: {error}").format(error=error), 10000)
            return None
        self.written.add(where)
        return where

    def discard_own(self) -> None:
        """Delete the recovery files this window wrote (the project was saved or dropped)."""
        if not self.written:
            return
        from briefing.storage import discard_recovery

        for path in self.written:
            discard_recovery(path)
        self.written.clear()

    # -- offering --------------------------------------------------------------------------

    def offer_for(self, project_path: Path) -> bool:
        """After opening ``project_path``: offer its crash recovery file, if any."""
        from briefing.storage import find_recoveries

        found = [i for i in find_recoveries(project_path) if i.newer_than_project]
        return bool(found) and self._offer(found[0])

    def offer_untitled(self) -> bool:
        """At start-up: offer the newest autosave of a crashed unsaved session, if any."""
        from briefing.storage import find_recoveries

        found = sorted(find_recoveries(None), key=lambda i: i.saved, reverse=True)
        return bool(found) and self._offer(found[0])

    def _offer(self, info: RecoveryInfo) -> bool:
        from briefing.storage import ProjectFileError, discard_recovery, read_recovery

        name = (info.project_path.name if info.project_path
                else translate("Recovery", "an unsaved project"))
        answer = messages.ask(
            self.w, translate("Recovery", "Briefing found unsaved work on {name} from {when}."
                              ).format(name=name, when=info.saved or translate("Recovery",
                                                                               "earlier")),
            (RECOVER, DISCARD, LATER),
            translate("Recovery", "Recover opens it as modified; Discard deletes it; Later "
                      "keeps it for next time."),
        )
        if answer == DISCARD:
            discard_recovery(info.path)
            return False
        if answer != RECOVER:
            self.paused_for = info.path
            return False
        try:
            result = read_recovery(info.path)
        except ProjectFileError as error:
            messages.show_error(self.w, str(error))
            return False
        doc = self.doc
        same = doc.path is not None and info.project_path is not None
        if same and doc.path.resolve() == info.project_path.resolve():
            doc.adopt(result.project, doc.path, doc.lock, doc.read_only)
        else:
            doc.adopt(result.project, None, None, False)
        # The crash file is now this window's autosave: replaced on the next tick, deleted
        # after a save, and still there if this session crashes too.
        self.written.add(info.path)
        doc.mark_modified()
        self.w.statusBar().showMessage(
            translate("Recovery", "Recovered unsaved work on {name}.").format(name=name), 8000)
        return True
