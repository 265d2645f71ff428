"""One release open for editing: its QTextDocument and the spans that live on it.

While the user types, the document is the truth and ``Release.text`` goes stale;
node, annotation and suggestion spans are shifted in UTF-16 units on every
``contentsChange``. :meth:`ReleaseSession.commit` writes everything back to the
model (text, code-point offsets, anchor quotes) and is called lazily: after a
pause in typing and before anything reads the model (save, draft, find).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from briefing.app.document.offsets import OffsetMap, u16_len
from briefing.app.document.spans import SpanSet, SpanSnapshot
from briefing.model import Anchor, Annotation, Node, Release


@dataclass
class StepSpans:
    """Node spans before one undo step of the document, when it needs them."""

    nodes: SpanSnapshot | None = None


class ReleaseSession(QObject):
    """The editable document of one release plus its tracked spans."""

    #: Emitted after :meth:`commit` wrote changed text back to the release.
    committed = Signal()
    #: Emitted on every edit (position, removed, added) once the spans have moved.
    edited = Signal(int, int, int)
    #: Emitted with the release id when the document recorded a step of its own undo
    #: history (the controller mirrors it on the undo stack).
    typed = Signal(str)

    def __init__(self, release: Release, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.release = release
        self.document = QTextDocument(self)
        self.document.setDocumentLayout(QPlainTextDocumentLayout(self.document))
        self.document.setPlainText(release.text)
        self.document.setModified(False)
        self.omap = OffsetMap(release.text)
        self.dirty = False
        # Bumped by every commit that changed the text; with the anchor object an
        # annotation was last synced to, it lets a save skip anchors that are current.
        self.text_version = 0
        self._synced: dict[str, tuple[int, int, int, Anchor]] = {}
        self.nodes = SpanSet()  # key: node id; in start order for bisect
        self._label_len: dict[str, int] = {}
        self.annotations = SpanSet()  # key: annotation id
        self.suggestions = SpanSet()  # key: Suggestion object id()
        self._suggestion_objs: dict[int, object] = {}
        #: True while an undo/redo replays a document step (see :meth:`replay`).
        self.replaying = False
        self._restored = False
        # Spans whose whole text an edit deleted: (pos, removed, [(set, key, rel s, rel e)]).
        # Undoing that deletion re-inserts the same length at the same place, and the
        # spans are put back on their text instead of staying collapsed after it.
        self._buried: list[tuple[int, int, list[tuple[SpanSet, object, int, int]]]] = []
        self._last_snapshot: SpanSnapshot | None = None
        #: The node spans the document's latest undo step needs to undo exactly.
        self.step = StepSpans()
        self._first_change = False
        self._index_nodes()
        for i, sug in enumerate(release.suggestions):
            self._track_suggestion(sug, i)
        self.document.contentsChange.connect(self._on_contents_change)
        self.document.undoCommandAdded.connect(self._on_undo_command_added)

    # -- set-up -----------------------------------------------------------------

    def _index_nodes(self) -> None:
        m = self.omap
        # Stable sort: a parent stays before a child that starts at the same place.
        ordered: list[Node] = sorted(self.release.nodes(), key=lambda n: n.start)
        ids = [node.id for node in ordered]
        if m.identity:  # no astral characters (nearly every release): offsets agree
            starts = [node.start for node in ordered]
            ends = [max(node.start, node.end) for node in ordered]
            bodies = [max(node.body_start, node.start) for node in ordered]
        else:
            to_u16 = m.to_u16
            starts = [to_u16(node.start) for node in ordered]
            ends = [
                max(start, to_u16(node.end)) for start, node in zip(starts, ordered, strict=True)
            ]
            bodies = [to_u16(max(node.body_start, node.start)) for node in ordered]
        if len(set(ids)) == len(ids):
            self.nodes = SpanSet.from_lists(ids, starts, ends)
        else:  # duplicate ids (a damaged file): the last one wins, as add() does
            for key, start, end in zip(ids, starts, ends, strict=True):
                self.nodes.add(key, start, end)
        self._label_len = {
            key: body - start for key, start, body in zip(ids, starts, bodies, strict=True)
        }

    def add_suggestions(self, suggestions: list) -> None:
        """Add suggestions found for the release's current (committed) text."""
        release = self.release
        release.suggestions = sorted(
            [*release.suggestions, *suggestions], key=lambda s: (s.start, s.end)
        )
        for i, sug in enumerate(suggestions):
            self._track_suggestion(sug, i)

    def _track_suggestion(self, sug: object, _i: int) -> None:
        self._suggestion_objs[id(sug)] = sug
        self.suggestions.add(id(sug), self.omap.to_u16(sug.start), self.omap.to_u16(sug.end))

    # -- editing ------------------------------------------------------------------

    def _on_contents_change(self, pos: int, removed: int, added: int) -> None:
        self.dirty = True
        if self._first_change and not self.replaying:
            self._first_change = False
            if removed:
                self._keep_node_spans(pos, removed)
        if removed:
            self._bury(pos, removed)
        self.nodes.shift(pos, removed, added)
        self.annotations.shift(pos, removed, added)
        self.suggestions.shift(pos, removed, added)
        if added and self.replaying:
            self._unbury(pos, added)
        self.edited.emit(pos, removed, added)

    def _on_undo_command_added(self) -> None:
        # Announced before the text changes: the next change is this step's first.
        self.step = StepSpans()
        self._first_change = True
        self.typed.emit(self.release.id)

    def _keep_node_spans(self, pos: int, removed: int) -> None:
        """Before a step's first change, if it removes text holding a node's edge, keep
        every node span: undo puts them back exactly (shifting cannot: the collapsed
        edges are lost). Edits inside a paragraph touch no edge and keep nothing, so a
        long history of a 35,000-node release stays small."""
        rend = pos + removed
        nodes = self.nodes
        # (The first edge at or after pos, found in C: filter/min, no Python loop over
        # the 12,000 spans of a 5 MB release on every deleting keystroke.)
        after = pos.__le__
        first_start = min(filter(after, nodes.starts), default=rend + 1)
        first_end = min(filter(after, nodes.ends), default=rend + 1)
        if min(first_start, first_end) <= rend:
            self.step.nodes = SpanSnapshot.of(nodes)

    # -- exact spans across undo and redo -----------------------------------------------

    def span_snapshot(self) -> SpanSnapshot:
        """The annotation and suggestion spans now (UTF-16), to be put back exactly when
        the document returns to this state (see :class:`~.controller.TextEdit`).

        Shifting spans through an edit and its undo is lossy: text typed over a selection
        that holds an annotation collapses the annotation, and the undo cannot know where
        it was. A snapshot taken before the edit and one taken before its undo make every
        undo and redo exact. Equal consecutive snapshots share one object (an edit's
        "after" is usually the next edit's "before"), so a long history stays small.
        """
        snapshot = SpanSnapshot.of(self.annotations, self.suggestions)
        if snapshot == self._last_snapshot:
            return self._last_snapshot
        self._last_snapshot = snapshot
        return snapshot

    def restore_spans(self, snapshot: SpanSnapshot, nodes: SpanSnapshot | None = None) -> bool:
        """Put the spans of ``snapshot`` (and the node spans of ``nodes``) back; True if
        an annotation or suggestion moved."""
        if nodes is not None:
            nodes.restore(self.nodes)
        return snapshot.restore(self.annotations, self.suggestions)

    def replay(self, step) -> bool:
        """Run ``step`` (the document's undo or redo) with deleted spans restorable;
        True if some span came back (its highlight must be redrawn)."""
        self.replaying, self._restored = True, False
        try:
            step()
        finally:
            self.replaying = False
        return self._restored

    def _bury(self, pos: int, removed: int) -> None:
        rend = pos + removed
        found = [
            (spans, key, s - pos, e - pos)
            for spans in (self.annotations, self.suggestions)
            for key, s, e in spans.items()
            if pos <= s < e <= rend
        ]
        if found:
            self._buried = [*self._buried[-49:], (pos, removed, found)]

    def _unbury(self, pos: int, added: int) -> None:
        for i in range(len(self._buried) - 1, -1, -1):
            bpos, removed, found = self._buried[i]
            if (bpos, removed) != (pos, added):
                continue
            for spans, key, rel_s, rel_e in found:
                span = spans.get(key)
                # Only spans that went with the text are put back: collapsed where it was,
                # or (text typed over a selection, then undone) swallowed by the typed
                # text and stretched over the whole re-inserted text.
                if span is not None and pos <= span[0] <= span[1] <= pos + added:
                    spans.add(key, pos + rel_s, pos + rel_e)
                    self._restored = True
            del self._buried[i]
            return

    def commit(self) -> bool:
        """Write the document's text and every span back to the model; True if it changed."""
        if not self.dirty:
            return False
        text = self.document.toPlainText()
        release = self.release
        release.text = text
        self.omap = m = OffsetMap(text)
        by_id = {n.id: n for n in release.nodes()}
        for key, s, e in self.nodes.items():
            node = by_id.get(key)
            if node is None:
                continue
            node.start, node.end = m.to_cp(s), m.to_cp(e)
            node.body_start = min(m.to_cp(s + self._label_len.get(key, 0)), node.end)
        for sug in release.suggestions:
            span = self.suggestions.get(id(sug))
            if span is not None:
                sug.start, sug.end = m.to_cp(span[0]), m.to_cp(span[1])
        self.dirty = False
        self.text_version += 1
        self.committed.emit()
        return True

    def sync_annotation(self, annotation: Annotation) -> None:
        """Refresh one annotation's anchor (offsets and quote) from its tracked span."""
        span = self.annotations.get(annotation.id)
        if span is None:
            return
        self.commit()
        s, e = self.omap.to_cp(span[0]), self.omap.to_cp(span[1])
        synced = self._synced.get(annotation.id)
        # Same text, same place, and the very anchor object synced then: still current.
        current = (self.text_version, s, e)
        if synced is not None and synced[3] is annotation.anchor and synced[:3] == current:
            return
        annotation.anchor = Anchor.from_text(self.release.text, s, e)
        self._synced[annotation.id] = (self.text_version, s, e, annotation.anchor)

    def sync_annotations(self, annotations: list[Annotation]) -> None:
        """Refresh all anchors of this release (before saving or drafting)."""
        self.commit()
        for annotation in annotations:
            if annotation.release_id == self.release.id:
                self.sync_annotation(annotation)

    # -- annotations ----------------------------------------------------------------

    def track(self, annotation: Annotation) -> None:
        """Start following ``annotation``'s anchor (model offsets must be current)."""
        self.commit()
        a = annotation.anchor
        self.annotations.add(annotation.id, self.omap.to_u16(a.start), self.omap.to_u16(a.end))

    def untrack(self, annotation: Annotation) -> None:
        """Stop following ``annotation``, writing its current span back to the model first."""
        self.sync_annotation(annotation)
        self.annotations.remove(annotation.id)

    # -- queries (UTF-16) -------------------------------------------------------------

    def node_span(self, node_id: str) -> tuple[int, int] | None:
        return self.nodes.get(node_id)

    def node_at(self, pos: int) -> str | None:
        """Id of the deepest node whose span holds ``pos`` (the last one starting before).

        Not the model's ``NodeIndex``: that index is a snapshot of settled offsets, while
        these spans move with every keystroke (UTF-16, in the live document); rebuilding
        an index per edit would cost more than this short walk back over the sorted spans.
        """
        spans = self.nodes
        i = spans.last_starting_at_or_before(pos)
        # Children start after (or with) their parent, so the first containing span found
        # walking back is the deepest; a gap between nodes ends the walk quickly.
        for j in range(i, max(-1, i - 200), -1):
            if spans.starts[j] <= pos < spans.ends[j] or spans.starts[j] == pos == spans.ends[j]:
                return spans.keys[j]
        # A position at the very end of the text belongs to the last node.
        if i >= 0 and spans.ends[i] == pos:
            return spans.keys[i]
        return None

    def cp_to_u16(self, cp: int) -> int:
        self.commit()
        return self.omap.to_u16(cp)

    def u16_to_cp(self, u16: int) -> int:
        self.commit()
        return self.omap.to_cp(u16)

    def suggestion_span(self, sug: object) -> tuple[int, int] | None:
        return self.suggestions.get(id(sug))

    # -- suggestions in code points ------------------------------------------------------

    def live_suggestion_spans(self) -> tuple[str, dict[int, tuple[int, int]]]:
        """The text on screen and each tracked suggestion's span in it (code points,
        keyed by ``id(suggestion)``)."""
        if self.dirty:  # typed since the last commit: read what is on screen
            text = self.document.toPlainText()
            omap = OffsetMap(text)
        else:  # the model is current; copying a 5 MB document costs ~50 ms per refresh
            text, omap = self.release.text, self.omap
        spans = {key: (omap.to_cp(s), omap.to_cp(e)) for key, s, e in self.suggestions.items()}
        return text, spans

    def replace_in_suggestion(self, sug: object, cut_start: int, cut_end: int, insert: str) -> None:
        """Replace code points ``[cut_start, cut_end)`` of ``sug.before`` (where the
        suggestion now is in the document) with ``insert``: an ordinary, undoable edit."""
        from PySide6.QtGui import QTextCursor

        start, _end = self.suggestions.get(id(sug))
        before = sug.before
        cursor = QTextCursor(self.document)
        cursor.setPosition(start + u16_len(before[:cut_start]))
        cursor.setPosition(start + u16_len(before[:cut_end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(insert)
