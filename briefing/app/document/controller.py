"""The project's state holder for the window: model + undo stack + open documents.

Undo commands call the mutators here; each mutator changes ``self.project`` and
emits one signal. Views never mutate the model themselves, they push commands.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument, QUndoCommand, QUndoStack

from briefing.app.document.outline_model import OutlineModel
from briefing.app.document.session import ReleaseSession
from briefing.app.document.spans import SpanSnapshot
from briefing.model import Anchor, Annotation, Brief, Node, Project, Release

AnchorState = dict[str, tuple[Anchor, bool]]  # annotation id -> (anchor, orphaned)

COMMIT_DELAY_MS = 700


def _uuid4_hex() -> str:
    import uuid  # ~6 ms (it loads platform): not before the first annotation

    return uuid.uuid4().hex  # write typed text back to the model after this pause


class TextEdit(QUndoCommand):
    """Bridges one step of a QTextDocument's own undo history onto the QUndoStack.

    The edit has already happened when this is pushed, so the first redo() is skipped.
    """

    def __init__(self, ctrl: Controller, document: QTextDocument, rid: str, text: str = ""):
        super().__init__(text or "Edit Text")
        self.ctrl, self.document, self.rid = ctrl, document, rid
        self._done = True
        # The document announces a step before its text changes: these are the spans
        # before the edit. The spans after it (typing merged into this step included)
        # are taken when it is first undone. Undo and redo put them back exactly.
        self.before = ctrl.span_snapshot(rid)
        self.after: SpanSnapshot | None = None
        # Node spans before the edit, filled in by the session at the edit's first change
        # when it removes a node's edge; their state after it is taken on the first undo
        # (a redo replays merged keystrokes as one change, which shifts edges otherwise).
        self.step = ctrl.sessions[rid].step if rid in ctrl.sessions else None
        self.nodes_after: SpanSnapshot | None = None

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.ctrl.show_release(self.rid)
        self.ctrl.replay_text(self.rid, self.document.redo, self.after, self.nodes_after)

    def undo(self) -> None:
        self.ctrl.show_release(self.rid)
        self.after = self.ctrl.span_snapshot(self.rid)
        nodes = self.step.nodes if self.step is not None else None
        if nodes is not None:
            self.nodes_after = self.ctrl.span_snapshot(self.rid, nodes=True)
        self.ctrl.replay_text(self.rid, self.document.undo, self.before, nodes)


class Controller(QObject):
    """Owns the Project, its QUndoStack, the outline model and one session per release."""

    nodeChanged = Signal(str, str)  # release id, node id
    annotationsChanged = Signal(str)  # release id
    annotationEdited = Signal(str)  # annotation id
    releaseShown = Signal(str)  # the source tab now shows this release
    releasesChanged = Signal()
    briefChanged = Signal()
    tagNamesChanged = Signal()
    textCommitted = Signal(str)  # release id whose Release.text was refreshed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = Project()
        self.undo_stack = QUndoStack(self)
        self.outline = OutlineModel(self.project, self)
        self.outline.node_of_annotation = self.node_of_annotation
        self.sessions: dict[str, ReleaseSession] = {}
        self.current_rid: str | None = None
        #: Undo text for the next source edit made by code (e.g. "Accept Suggestion").
        self.next_text_label = ""
        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.setInterval(COMMIT_DELAY_MS)
        self._commit_timer.timeout.connect(self.commit_text)
        # Editors that hold typed text back for a pause (the brief body) register here,
        # so nothing reads the model past text that is only on screen.
        self._flushers: list[Callable[[], None]] = []

    # -- the read barrier ------------------------------------------------------------------

    def add_flusher(self, flush: Callable[[], None]) -> None:
        """Register ``flush``: it pushes an editor's pending typing as an undo command."""
        self._flushers.append(flush)

    def settled(self, anchors: bool = True) -> Project:
        """The project with everything on screen in it: pending editor typing pushed,
        typed source text committed and (with ``anchors``) every annotation's anchor
        synced. Call before reading the model (save, export, drafting, key facts, update)."""
        for flush in self._flushers:
            flush()
        self.commit_text()
        if anchors:
            self.sync_anchors()
        return self.project

    # -- project and releases ------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        """Show ``project`` from scratch: no undo history carries over."""
        self.undo_stack.clear()
        for session in self.sessions.values():
            session.deleteLater()
        self.sessions.clear()
        self.project = project
        self.outline.set_project(project)
        for release in project.releases:
            self._open_session(release)
        self.current_rid = None
        self.releasesChanged.emit()
        if project.releases:
            self.show_release(project.releases[0].id)
        # A new project brings its own brief and annotations: the views reload both.
        self.briefChanged.emit()
        self.annotationsChanged.emit("")

    def _open_session(self, release: Release) -> ReleaseSession:
        session = ReleaseSession(release, self)
        rid = release.id
        for annotation in self.project.annotations_for(release.id):
            if not annotation.orphaned:  # an orphan's offsets belong to an older text
                session.track(annotation)
        session.typed.connect(self._on_typed)
        session.edited.connect(self._on_edited)
        self.sessions[rid] = session
        return session

    def _on_typed(self, rid: str) -> None:
        session = self.sessions[rid]
        self.undo_stack.push(TextEdit(self, session.document, rid, self._take_text_label()))

    def _on_edited(self, _pos: int, _removed: int, _added: int) -> None:
        self._commit_timer.start()

    def _take_text_label(self) -> str:
        label, self.next_text_label = self.next_text_label, ""
        return label

    def session(self, rid: str | None = None) -> ReleaseSession | None:
        return self.sessions.get(rid or self.current_rid or "")

    def show_release(self, rid: str) -> None:
        """Make ``rid`` the release shown in the source tab."""
        if rid != self.current_rid and rid in self.sessions:
            self.current_rid = rid
            self.releaseShown.emit(rid)

    def next_release_id(self) -> str:
        used = {r.id for r in self.project.releases}
        n = 1
        while f"r{n}" in used:
            n += 1
        return f"r{n}"

    def insert_release(self, row: int, release: Release) -> None:
        self.outline.insert_release(row, release)
        if release.id not in self.sessions:
            self._open_session(release)
        self.releasesChanged.emit()
        self.show_release(release.id)

    def remove_release(self, row: int) -> None:
        release = self.outline.remove_release(row)
        # The session stays: redo re-inserts the same release with its document history.
        if self.current_rid == release.id:
            self.current_rid = None
            if self.project.releases:
                self.show_release(self.project.releases[0].id)
        self.releasesChanged.emit()

    def replay_text(
        self,
        rid: str,
        step: Callable[[], None],
        spans: SpanSnapshot | None = None,
        nodes: SpanSnapshot | None = None,
    ) -> None:
        """Run one undo or redo step of release ``rid``'s document (see :class:`TextEdit`),
        then put the annotation and suggestion spans (and node spans) back as given."""
        session = self.sessions.get(rid)
        if session is None:
            step()
            return
        restored = session.replay(step)
        if spans is not None:
            restored = session.restore_spans(spans, nodes) or restored
        if restored:
            self.annotationsChanged.emit(rid)  # a deleted passage came back

    def span_snapshot(self, rid: str, nodes: bool = False) -> SpanSnapshot | None:
        """Release ``rid``'s annotation and suggestion spans now (or its node spans)."""
        session = self.sessions.get(rid)
        if session is None:
            return None
        return SpanSnapshot.of(session.nodes) if nodes else session.span_snapshot()

    def commit_text(self) -> None:
        """Write typed text back to the model for every edited release."""
        for rid, session in self.sessions.items():
            if session.commit():
                self.outline.text_changed()
                self.outline.notes_changed()  # an edit can move a passage to another node
                self.textCommitted.emit(rid)

    # -- positions: features work in code points, the editor in UTF-16 ----------------------

    def to_editor(self, rid: str, cp: int) -> int:
        """Editor (UTF-16) position of code-point offset ``cp`` in release ``rid``'s text."""
        return self.sessions[rid].cp_to_u16(cp)

    def from_editor(self, rid: str, u16: int) -> int:
        """Code-point offset in release ``rid``'s text of editor position ``u16``."""
        return self.sessions[rid].u16_to_cp(u16)

    def node_at_offset(self, rid: str, cp: int) -> str | None:
        """Id of the deepest node holding code-point offset ``cp`` (live while typing)."""
        session = self.sessions.get(rid)
        return session.node_at(session.omap.to_u16(cp)) if session else None

    # -- nodes ------------------------------------------------------------------------------

    def node(self, rid: str, nid: str) -> Node:
        # A dict lookup: walking a 12,000-node tree costs ~7 ms per node selection.
        node = self.outline.node_by_id(rid, nid)
        if node is None:
            raise KeyError(f"{rid}/{nid}")
        return node

    def set_node_field(self, rid: str, nid: str, field: str, value) -> None:
        setattr(self.node(rid, nid), field, value)
        self.outline.node_changed(rid, nid)
        self.nodeChanged.emit(rid, nid)

    def node_of_annotation(self, release: Release, annotation: Annotation) -> str | None:
        """The node holding the start of ``annotation`` (live position while typing)."""
        session = self.sessions.get(release.id)
        span = session.annotations.get(annotation.id) if session else None
        if span is None:
            node = release.node_at(annotation.anchor.start)
            return node.id if node else None
        return session.node_at(span[0])

    # -- annotations ---------------------------------------------------------------------

    def new_annotation(self, rid: str, start_u16: int, end_u16: int) -> Annotation:
        """A fresh annotation on ``[start, end)`` (UTF-16) of release ``rid``, not yet added."""
        session = self.sessions[rid]
        start, end = session.u16_to_cp(start_u16), session.u16_to_cp(end_u16)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        return Annotation(
            id="a" + _uuid4_hex()[:10],
            release_id=rid,
            anchor=Anchor.from_text(session.release.text, start, end),
            created=now,
            modified=now,
        )

    def annotation(self, ann_id: str) -> Annotation | None:
        return next((a for a in self.project.annotations if a.id == ann_id), None)

    def add_annotation(self, annotation: Annotation, row: int | None = None) -> None:
        annotations = self.project.annotations
        annotations.insert(len(annotations) if row is None else row, annotation)
        session = self.sessions.get(annotation.release_id)
        if session is not None:
            session.track(annotation)
        self.outline.note_added(annotation.release_id, self._node_id_of(annotation))
        self.annotationsChanged.emit(annotation.release_id)

    def _node_id_of(self, annotation: Annotation) -> str | None:
        release = self.project.release(annotation.release_id)
        return self.node_of_annotation(release, annotation) if release else None

    def remove_annotation(self, ann_id: str) -> None:
        annotation = self.annotation(ann_id)
        if annotation is None:
            return
        node_id = self._node_id_of(annotation)
        session = self.sessions.get(annotation.release_id)
        if session is not None:
            session.untrack(annotation)  # keeps its latest position for a later undo
        self.project.annotations.remove(annotation)
        self.outline.note_added(annotation.release_id, node_id, -1)
        self.annotationsChanged.emit(annotation.release_id)

    def update_annotation(self, ann_id: str, body: str, tags: list[str]) -> None:
        annotation = self.annotation(ann_id)
        if annotation is None:
            return
        annotation.body, annotation.tags = body, list(tags)
        annotation.modified = datetime.now(UTC).isoformat(timespec="seconds")
        self.annotationEdited.emit(ann_id)
        self.annotationsChanged.emit(annotation.release_id)

    def sync_anchors(self) -> None:
        """Bring every annotation's model anchor up to date (before save or export)."""
        for rid, session in self.sessions.items():
            session.sync_annotations(self.project.annotations_for(rid))

    # -- project-wide settings and the brief ------------------------------------------------

    def set_tag_names(self, names: list[str]) -> None:
        self.project.tag_names = names
        self.tagNamesChanged.emit()

    def set_brief(self, brief: Brief) -> None:
        self.project.brief = brief
        self.briefChanged.emit()

    # -- Update Release --------------------------------------------------------------------

    def swap_release(
        self, row: int, release: Release, state: AnchorState, sessions: dict[int, ReleaseSession]
    ) -> None:
        """Put ``release`` at ``row`` in place of the release there, with the annotations'
        anchors as in ``state``; ``sessions`` keeps each version's document (and so its
        typing history) across undo and redo."""
        self.commit_text()
        for annotation in self.project.annotations:
            if annotation.id in state:
                anchor, orphaned = state[annotation.id]
                annotation.anchor, annotation.orphaned = copy.copy(anchor), orphaned
        self.outline.remove_release(row)
        self.outline.insert_release(row, release)
        session = sessions.get(id(release))
        if session is None:
            session = self._open_session(release)
            sessions[id(release)] = session
        self.sessions[release.id] = session
        self.current_rid = None
        self.show_release(release.id)
        self.outline.notes_changed()
        self.releasesChanged.emit()
        self.annotationsChanged.emit(release.id)

    def add_orphans(self, annotations: list[Annotation]) -> None:
        """Add annotations that hold no place in any text (Update Release keeps them)."""
        self.project.annotations.extend(annotations)

    def drop_orphans(self, annotations: list[Annotation]) -> None:
        for annotation in annotations:
            self.project.annotations.remove(annotation)
