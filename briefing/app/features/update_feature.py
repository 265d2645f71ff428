"""File › Update Release…: replace a release's text with a newer version of its file.

Nothing the user wrote may be lost:

- annotations are re-anchored with :func:`briefing.anchoring.reanchor.reanchor_annotations`
  (diff-aware: the old text is known); those it cannot place are marked orphaned,
  listed under "Orphaned" in the Annotations panel, and kept (also in the export);
- node summaries, tags and include-in-brief flags move to the node that now holds
  the same passage (:func:`briefing.anchoring.carry.carry_node_fields`); a summary
  whose passage is gone becomes an orphaned annotation carrying its text, so it too
  stays visible and exportable.

The whole update is one undo step (:class:`~briefing.app.document.commands.ReplaceRelease`).
"""

from __future__ import annotations

import copy
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from briefing.app.document.outline_model import node_title
from briefing.app.features import files
from briefing.app.shell.i18n import translate
from briefing.model import Anchor, Annotation, Node, Release

if TYPE_CHECKING:
    from briefing.app.document.controller import AnchorState
    from briefing.app.features.annotations_feature import AnnotationFeature
    from briefing.app.features.files_feature import FilesFeature
    from briefing.app.shell.parts import Parts
    from briefing.compare.align import Comparison
    from briefing.ingest.progress import Progress


def choose_release_path(parent: QWidget, title: str, start: str) -> str:
    """Ask for the newer file (blocking; tests monkeypatch it); '' when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, start, files.open_filter())
    return path


def confirm_update(parent: QWidget, comparison: Comparison, links: tuple[bool, bool]) -> bool:
    """Show what the new version changes and ask to apply it (modal; tests monkeypatch)."""
    from briefing.app.panels.compare_view import CompareDialog

    dialog = CompareDialog(
        comparison, links, parent, confirm=translate("ProjectUpdate", "&Apply Update")
    )
    return dialog.exec() == CompareDialog.DialogCode.Accepted


def _read_and_compare(
    path: str, rid: str, keep_original: bool, shown: Release | None, progress: Progress
) -> tuple[Release, Comparison | None]:
    """On the worker: the new version, and its alignment with ``shown`` (a copy of the
    release) when the user is to see the differences first."""
    new = files.load_release_file(
        path, release_id=rid, keep_original=keep_original, progress=progress
    )
    if shown is None:
        return new, None
    from briefing.compare import compare_releases

    return new, compare_releases(shown, new)


def _summary_orphan(release: Release, node: Node, anchor: Anchor) -> Annotation:
    import uuid  # (here, not at start-up: only an update with orphaned summaries needs it)

    body = translate(
        "ProjectUpdate", "Summary of {node} (its text is gone from the new version): {summary}"
    ).format(node=node_title(node), summary=node.summary)
    return Annotation(
        id="a" + uuid.uuid4().hex[:10],
        release_id=release.id,
        anchor=anchor,
        body=body,
        tags=list(node.tags),
        orphaned=True,
    )


def _state(annotations: list[Annotation]) -> AnchorState:
    return {a.id: (copy.copy(a.anchor), a.orphaned) for a in annotations}


class ReleaseUpdater:
    """The Update Release action of one parts.window."""

    def __init__(self, parts: Parts, files: FilesFeature, annotations: AnnotationFeature) -> None:
        self.parts, self.files, self.annotations = parts, files, annotations
        self.w = parts.window
        parts.actions["actionUpdateRelease"].triggered.connect(self.choose)

    def choose(self) -> None:
        if self.parts.ctrl.current_rid is None:
            self.w.statusBar().showMessage(
                translate("ProjectUpdate", "Open a release first."), 4000
            )
            return
        path = choose_release_path(
            self.w, translate("ProjectUpdate", "Update Release"), self.parts.recent.last_dir()
        )
        if path:
            self.update(path, preview=True)

    def update(self, path: str, rid: str | None = None, preview: bool = False) -> bool:
        """Start replacing release ``rid`` (default: the one shown) by the file at
        ``path``; with ``preview``, first show what the new version changes (same
        alignment as Compare) and apply it only if the user agrees.

        The file is read (and, for the preview, aligned) off the GUI thread; the update
        is applied here when that is done. False when nothing was started."""
        ctrl = self.parts.ctrl
        rid = rid or ctrl.current_rid
        old = ctrl.project.release(rid) if rid else None
        if rid is None or old is None:
            return False
        # A copy to align against: the worker must not read what the window may change.
        shown = copy.deepcopy(old) if preview else None
        work = partial(_read_and_compare, path, rid, self.files.keep_originals(), shown)
        return self.files.reading.start(path, work, partial(self._apply, rid, shown))

    def update_and_wait(self, path: str, rid: str | None = None, preview: bool = False) -> bool:
        """``update``, then wait for it (scripts, tests): True when the release changed."""
        return self.update(path, rid, preview) and self.files.reading.wait()

    def _apply(
        self, rid: str, shown: Release | None, result: tuple[Release, Comparison | None]
    ) -> bool:
        """On the GUI thread: preview, then replace the release (one undo step)."""
        new, comparison = result
        ctrl = self.parts.ctrl
        row = next((i for i, r in enumerate(ctrl.project.releases) if r.id == rid), None)
        if row is None:  # removed (undone) while the new version was read
            return False
        ctrl.settled()  # typed brief text joins the brief whose citations move
        old = ctrl.project.releases[row]
        if shown is not None:
            if comparison is None or old.text != shown.text:  # edited during the read
                from briefing.compare import compare_releases

                comparison = compare_releases(old, new)
            if not confirm_update(self.w, comparison, (True, False)):
                self.w.statusBar().showMessage(
                    translate("ProjectUpdate", "Update cancelled: the release is unchanged."),
                    6000,
                )
                return False
        annotations = ctrl.project.annotations_for(rid)
        before = _state(annotations)
        work = [copy.deepcopy(a) for a in annotations]  # placed on copies; applied by redo
        from briefing.anchoring.reanchor import reanchor_annotations

        report = reanchor_annotations(work, new.text, old_text=old.text)
        after = _state(work)
        from briefing.anchoring.carry import carry_node_fields

        added = [_summary_orphan(old, node, anchor) for node, anchor in carry_node_fields(old, new)]
        from briefing.anchoring.versions import remap_citations

        brief = copy.deepcopy(ctrl.project.brief)
        lost_cites = remap_citations(brief, old, new)
        from briefing.app.document.commands import ReplaceRelease

        self.parts.undo_stack.push(ReplaceRelease(ctrl, row, new, before, after, added, brief))
        if new.root.children:
            self.parts.select_node(rid, new.root.children[0].id)
        orphans = len(report.orphaned) + len(report.still_orphaned) + len(added)
        self._announce(new, len(report.moved), orphans, lost_cites)
        return True

    def _announce(self, release: Release, moved: int, orphans: int, lost_cites: int) -> None:
        from briefing.app.panels.annotation_panel import ORPHANED

        text = translate("ProjectUpdate", "Updated {name}: {n} annotation(s) moved").format(
            name=release.title or release.id, n=moved
        )
        if orphans:
            text += translate(
                "ProjectUpdate",
                "; {n} could not be placed and are kept under "
                "“{orphaned}” in the Annotations panel",
            ).format(n=orphans, orphaned=translate("Annotations", ORPHANED))
            self.annotations.show_orphans()
        if lost_cites:
            text += translate(
                "ProjectUpdate",
                "; {n} brief citation(s) pointed at text that "
                "is gone and were removed: review the brief",
            ).format(n=lost_cites)
        self.w.statusBar().showMessage(text + ".", 20000)
