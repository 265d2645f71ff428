"""File › Compare Releases…: what changed between two versions, side by side.

Either version is a release of the project or a file. Reading a file and aligning two
long texts can take seconds, so both run off the GUI thread (on copies of the project's
releases, taken here); a progress dialog with Cancel appears when it takes a moment, and
a cancelled or superseded result is dropped. The Compare window shows the versions side
by side (:class:`~briefing.app.panels.compare_view.CompareDialog`); "go to text" links
open a paragraph of a project release in the main window; text selected on either side
is annotated there ("Annotate Selection…" in the context menu); "Add to Brief" writes
the section "Changes since the previous version" (one undo step).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QWidget

from briefing.app.document import commands
from briefing.app.features import files
from briefing.app.shell import messages
from briefing.app.shell.background import run_in_background
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.features.annotations_feature import AnnotationFeature
    from briefing.app.panels.compare_view import CompareDialog
    from briefing.app.shell.parts import Parts
    from briefing.compare.align import Comparison
    from briefing.model import Release

PROGRESS_AFTER_MS = 300  # a quick comparison never flashes a dialog
OTHER_FILE = "\u2026"  # the picker's "a file…" entry (its text is translated)


@dataclass(frozen=True)
class Side:
    """One version: a project release (``rid``) or a file (``path``)."""

    rid: str | None = None
    path: str | None = None


def choose_file(parent: QWidget, title: str, start: str) -> str:
    """Ask for a release file (blocking; tests monkeypatch it); '' when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, start, files.open_filter())
    return path


def choose_earlier(parent: QWidget, names: list[str]) -> int | None:
    """Which of ``names`` is the earlier version (blocking; tests monkeypatch it): an
    index, ``len(names)`` for "a file…", or None when cancelled."""
    other = translate("Compare", "Another file…")
    item, ok = QInputDialog.getItem(
        parent,
        translate("Compare", "Compare Releases"),
        translate("Compare", "Compare the release shown with:"),
        [*names, other],
        0,
        False,
    )
    if not ok:
        return None
    return len(names) if item == other else names.index(item)


def locate(text: str, start: int, end: int, selected: str) -> tuple[int, int] | None:
    """Code-point span of ``selected`` (words as shown, any spacing between them) within
    ``text[start:end]``; None when it is not there."""
    words = selected.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    match = pattern.search(text, start, end)
    return (match.start(), match.end()) if match else None


class CompareFeature:
    """The Compare action, its background run and its windows."""

    def __init__(self, parts: Parts, annotations: AnnotationFeature) -> None:
        self.parts, self.w, self.ctrl = parts, parts.window, parts.ctrl
        self.annotations = annotations
        self.dialogs: list[CompareDialog] = []  # open Compare windows (non-modal)
        self.progress: QProgressDialog | None = None
        self._serial = 0  # the run whose result is still wanted
        parts.actions["actionCompare"].triggered.connect(self.choose)

    # -- choosing the two versions ---------------------------------------------------------

    def choose(self) -> None:
        """Compare the release shown (the later version) with another release or a file."""
        rid = self.ctrl.current_rid
        if rid is None:
            self.parts.show_status(translate("Compare", "Open a release first."), 4000)
            return
        others = [r for r in self.ctrl.project.releases if r.id != rid]
        names = [r.title or r.source.path or r.id for r in others]
        picked = choose_earlier(self.w, names) if others else len(names)
        if picked is None:
            return
        if picked < len(others):
            self.compare(Side(rid=others[picked].id), Side(rid=rid))
            return
        path = choose_file(
            self.w, translate("Compare", "The earlier version"), self.parts.recent.last_dir()
        )
        if path:
            self.compare(Side(path=path), Side(rid=rid))

    # -- running ----------------------------------------------------------------------------

    def compare(self, old: Side, new: Side) -> None:
        """Read and align off the GUI thread; the Compare window opens when done."""
        self.ctrl.settled(anchors=False)  # typed text first: compare what the user sees
        self._serial += 1
        serial = self._serial
        # Copies: the worker must not read releases the window may change meanwhile.
        old_release, new_release = self._copy(old), self._copy(new)

        def work() -> Comparison:
            from briefing.compare import compare_releases

            a = old_release or files.load_release_file(old.path or "", release_id="old")
            b = new_release or files.load_release_file(new.path or "", release_id="new")
            return compare_releases(a, b)

        self._start_progress()
        run_in_background(
            work,
            partial(self._done, serial, old, new),
            partial(self._failed, serial),
        )

    def _copy(self, side: Side) -> Release | None:
        release = self.ctrl.project.release(side.rid) if side.rid else None
        return copy.deepcopy(release) if release is not None else None

    def _start_progress(self) -> None:
        self._close_progress()
        progress = QProgressDialog(
            translate("Compare", "Comparing the two versions…"),
            translate("Compare", "Cancel"),
            0,
            0,
            self.w,
        )
        progress.setObjectName("compareProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.canceled.connect(self.cancel)
        self.progress = progress

    def cancel(self) -> None:
        """Drop the running comparison's result (the work itself ends on its own)."""
        self._serial += 1
        self._close_progress()
        self.parts.show_status(translate("Compare", "Comparison cancelled."), 4000)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, serial: int, error: Exception) -> None:
        if serial != self._serial:
            return
        self._close_progress()
        messages.show_error(self.w, str(error))

    def _done(self, serial: int, old: Side, new: Side, comparison: Comparison) -> None:
        if serial != self._serial:
            return  # cancelled, or another comparison was started since
        self._close_progress()
        self.show(comparison, old, new)

    # -- the window ---------------------------------------------------------------------------

    def show(self, comparison: Comparison, old: Side, new: Side) -> CompareDialog:
        from briefing.app.panels.compare_view import CompareDialog

        dialog = CompareDialog(comparison, (old.rid is not None, new.rid is not None), self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.view.goto.connect(partial(self._goto, old, new))
        dialog.view.addToBrief.connect(partial(self.add_to_brief, comparison, new))
        dialog.view.annotate.connect(partial(self.annotate, comparison, old, new))
        dialog.finished.connect(partial(self._forget, dialog))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: CompareDialog, _result: int = 0) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def _goto(self, old: Side, new: Side, side: str, nid: str) -> None:
        rid = (old if side == "old" else new).rid
        if rid is not None and self.ctrl.project.release(rid) is not None:
            self.parts.select_node(rid, nid)
            self.w.activateWindow()

    def annotate(
        self, comparison: Comparison, old: Side, new: Side, side: str, index: int, text: str
    ) -> bool:
        """Annotate ``text`` of one side's paragraph: the main window selects that passage
        in its release and opens the annotation editor there (one place to annotate)."""
        change = comparison.changes[index]
        units, rid = (change.old, old.rid) if side == "old" else (change.new, new.rid)
        release = self.ctrl.project.release(rid) if rid else None
        if release is None or not units:
            return False
        nodes = [self.ctrl.node(release.id, u.node_id) for u in units]
        span = locate(release.text, min(n.start for n in nodes), max(n.end for n in nodes), text)
        if span is None:
            self.parts.show_status(
                translate("Compare", "That passage is no longer in the release's text."), 6000
            )
            return False
        self.parts.select_node(release.id, units[0].node_id)
        cursor = self.parts.editor.textCursor()
        cursor.setPosition(self.ctrl.to_editor(release.id, span[0]))
        cursor.setPosition(self.ctrl.to_editor(release.id, span[1]), cursor.MoveMode.KeepAnchor)
        self.parts.editor.setTextCursor(cursor)
        self.w.activateWindow()
        self.annotations.begin()
        return True

    def add_to_brief(self, comparison: Comparison, new: Side) -> None:
        """Write the Changes section (replacing an earlier one): one undo step."""
        self.ctrl.settled(anchors=False)  # pending brief typing first
        # (Imported here: the comparing and drafting code is not needed to show the window.)
        from briefing.compare.brief_section import with_changes

        cites_to = new.rid if new.rid and self.ctrl.project.release(new.rid) else None
        brief = with_changes(self.ctrl.project.brief, comparison, cites_to)
        label = translate("Compare", "Add Changes to Brief")
        self.ctrl.undo_stack.push(commands.SetBrief(self.ctrl, brief, label))
        self.parts.show_status(
            translate("Compare", "The brief now says what changed (section “{title}”).").format(
                title=translate("Compare", "Changes since the previous version")
            ),
            6000,
        )
