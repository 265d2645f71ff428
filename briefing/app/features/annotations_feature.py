"""Annotating the source: the Annotate action, highlights, hover comments, the panels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QListWidgetItem

from briefing.app.document import commands
from briefing.app.panels.annotation_panel import (
    AnnotationIdRole,
    AnnotationPanel,
    fill_annotation_list,
)
from briefing.app.shell.colors import tag_color
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.panels.inspector import Inspector
    from briefing.app.shell.parts import NodeKey, Parts
    from briefing.model import Annotation


# Up to this many annotations in a release, all are highlighted at once; above, only
# those on or near the screen (see AnnotationFeature.refresh_highlights).
ALL_HIGHLIGHTS_UP_TO = 300


class AnnotationFeature:
    """Wires annotations into the window: one instance per parts.window."""

    def __init__(self, parts: Parts, inspector: Inspector) -> None:
        self.parts = parts
        self.w = parts.window
        self.ctrl = parts.ctrl
        self.inspector = inspector
        self.editor_panel = inspector.annotation_editor
        from briefing.app.panels.annotation_popover import AnnotationPopover

        # New annotations are written beside the selection, where the user is looking.
        self.popover = AnnotationPopover(parts.window, self.editor_panel)
        # (release id, start, end) of a selection being annotated, or an annotation id.
        self.pending: tuple[str, int, int] | None = None
        self.editing: str | None = None
        self.panel = AnnotationPanel()
        self.dock = dock = QDockWidget(translate("MainWindow", "Annotations"), parts.window,
                                       objectName="annotationsDock")
        dock.setWidget(self.panel)
        parts.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        a = parts.actions
        parts.editor.context_actions = [a["actionAnnotate"], a["actionDeleteAnnotation"]]
        parts.editor.tooltip_for = self.tooltip_at
        a["actionAnnotate"].triggered.connect(self.begin)
        a["actionDeleteAnnotation"].triggered.connect(self.delete_at_cursor)
        self.editor_panel.saved.connect(self.save)
        self.editor_panel.cancelled.connect(self._reset)
        self.editor_panel.deleteRequested.connect(self._delete_editing)
        self.panel.jumpRequested.connect(self.jump)
        self.inspector.notes.itemActivated.connect(self._note_activated)
        self.inspector.notes.itemClicked.connect(self._note_clicked)
        self.ctrl.annotationsChanged.connect(self.refresh)
        # Another project (or release) replaced this one: its annotations, not the last.
        self.ctrl.releasesChanged.connect(self._project_changed)
        self._project_changed()  # the tag filter reads "All tags" from the start
        self.ctrl.tagNamesChanged.connect(self._tag_names_changed)
        parts.release_listeners.append(self.refresh_highlights)
        parts.editor.visibleRangeChanged.connect(self._on_scrolled)
        parts.node_listeners.append(self.refresh_node_list)

    # -- user intents ---------------------------------------------------------------------


    def _note_activated(self, item: QListWidgetItem) -> None:
        self.edit(item.data(AnnotationIdRole))

    def _note_clicked(self, item: QListWidgetItem) -> None:
        self.jump(item.data(AnnotationIdRole))

    def _tag_names_changed(self) -> None:
        self.refresh(None)

    def show_orphans(self) -> None:
        """Show the Annotations dock filtered to the orphaned ones."""
        from briefing.app.panels.annotation_panel import ORPHANED

        self.panel.show_filter(ORPHANED)
        self.dock.show()

    def begin(self) -> None:
        """Annotate the selected source text: open the comment panel for it."""
        cursor = self.parts.editor.textCursor()
        rid = self.ctrl.current_rid
        if not cursor.hasSelection() or rid is None:
            self.w.statusBar().showMessage(
                translate("Annotations", "Select some text in the source to annotate it."), 4000)
            return
        self.pending = (rid, cursor.selectionStart(), cursor.selectionEnd())
        self.editing = None
        names = self.ctrl.project.tag_names
        self.editor_panel.start(cursor.selectedText().replace("\u2029", " "), "", [], names, True)
        self.popover.open_at(self.parts.editor)
        self.editor_panel.comment.setFocus()

    def edit(self, ann_id: str) -> None:
        """Open the panel on an existing annotation."""
        annotation = self.ctrl.annotation(ann_id)
        if annotation is None:
            return
        self.pending, self.editing = None, ann_id
        self.popover.give_back()  # an existing one is edited in the inspector, by its list
        self.editor_panel.start(
            annotation.anchor.quote, annotation.body, annotation.tags,
            self.ctrl.project.tag_names, False,
        )

    def save(self, body: str, tags: list[str]) -> None:
        if self.pending is not None:
            rid, start, end = self.pending
            annotation = self.ctrl.new_annotation(rid, start, end)
            annotation.body, annotation.tags = body, tags
            from briefing.app.panels.preferences import author

            annotation.author = author(self.parts.settings)  # Edit › Preferences
            self.ctrl.undo_stack.push(commands.AddAnnotation(self.ctrl, annotation))
        elif self.editing is not None:
            annotation = self.ctrl.annotation(self.editing)
            if annotation is not None and (body, tags) != (annotation.body, annotation.tags):
                command = commands.EditAnnotation(self.ctrl, annotation, body, tags)
                self.ctrl.undo_stack.push(command)
        self._reset()

    def delete_at_cursor(self) -> None:
        """Delete the innermost annotation under the cursor."""
        ids = self.ids_at(self.parts.editor.textCursor().position())
        if ids:
            self.delete(ids[-1])

    def delete(self, ann_id: str) -> None:
        annotation = self.ctrl.annotation(ann_id)
        if annotation is not None:
            self.ctrl.undo_stack.push(commands.DeleteAnnotation(self.ctrl, annotation))

    def _delete_editing(self) -> None:
        if self.editing:
            self.delete(self.editing)
        self._reset()

    def _reset(self) -> None:
        self.pending = self.editing = None
        self.popover.give_back()
        self.parts.editor.setFocus()

    def jump(self, ann_id: str) -> None:
        """Show an annotation's passage: its release, its text selected, its node current."""
        annotation = self.ctrl.annotation(ann_id)
        if annotation is None:
            return
        self.ctrl.show_release(annotation.release_id)
        span = self.ctrl.sessions[annotation.release_id].annotations.get(ann_id)
        if span is not None:
            self.parts.tabs.setCurrentWidget(self.parts.editor)
            self.parts.editor.select_span(*span)

    # -- views ------------------------------------------------------------------------------

    def ids_at(self, pos: int) -> list[str]:
        session = self.ctrl.session()
        if session is None:
            return []
        # Shortest last: the innermost of nested annotations is the one meant.
        hits = [(e - s, k) for k, s, e in session.annotations.items() if s <= pos < e]
        return [k for _, k in sorted(hits, reverse=True)]

    def tooltip_at(self, pos: int) -> str:
        lines = []
        for ann_id in self.ids_at(pos):
            annotation = self.ctrl.annotation(ann_id)
            if annotation is not None:
                tags = f" [{', '.join(annotation.tags)}]" if annotation.tags else ""
                lines.append(f"{annotation.body or '(no comment)'}{tags}")
        return "\n".join(lines)

    def refresh(self, rid: str | None) -> None:
        if rid is None or rid == self.ctrl.current_rid:
            self.refresh_highlights()
        self.panel.set_annotations(self.ctrl.project.annotations, self.ctrl.project.tag_names)
        self.refresh_node_list(self.parts.current)

    def _project_changed(self) -> None:
        self.panel.set_annotations(self.ctrl.project.annotations, self.ctrl.project.tag_names)

    def _on_scrolled(self) -> None:
        session = self.ctrl.session()
        if session is not None and len(session.annotations) > ALL_HIGHLIGHTS_UP_TO:
            self.refresh_highlights()

    def refresh_highlights(self, _rid: str | None = None) -> None:
        """Highlight the current release's annotations (those near the screen, if many).

        Each highlight is a text cursor, and placing one in a 5 MB document costs
        ~50-90 µs: 10,000 of them took ~2 s when opening a project. Above
        :data:`ALL_HIGHLIGHTS_UP_TO` only the annotations on or near the screen get one,
        refreshed as the view scrolls (the rest cost nothing until they come into view).
        """
        session = self.ctrl.session()
        if session is None:
            self.parts.editor.set_annotation_highlights([])
            return
        items = session.annotations.items()
        if len(session.annotations) > ALL_HIGHLIGHTS_UP_TO:
            lo, hi = self.parts.editor.visible_range()
            items = [(k, s, e) for k, s, e in items if s < hi and (e > lo or s == e >= lo)]
        by_id: dict[str, Annotation] = {a.id: a for a in self.ctrl.project.annotations}
        # One colour per tag per refresh: asking the palette 2,000 times costs ~10 ms.
        colors: dict[str | None, object] = {}
        spans = []
        for key, start, end in items:
            annotation = by_id.get(key)
            if annotation is not None:
                tag = annotation.tags[0] if annotation.tags else None
                color = colors.get(tag)
                if color is None:
                    color = colors[tag] = tag_color(tag)
                spans.append((start, end, color, key))
        # Longer spans first so nested (shorter) highlights paint on top.
        spans.sort(key=lambda s: s[0] - s[1])
        self.parts.editor.set_annotation_highlights(spans)

    def refresh_node_list(self, key: NodeKey | None) -> None:
        if not key or not key[1]:
            self.inspector.notes.clear()
            return
        rid, nid = key
        session = self.ctrl.session(rid)
        span = session.node_span(nid) if session else None
        if span is None:
            self.inspector.notes.clear()
            return
        # Only annotations starting inside the node's span can belong to it: a scan of
        # the start positions, instead of asking every annotation for its node.
        spans = session.annotations
        lo, hi = span
        candidates = {
            k for k, s in zip(spans.keys, spans.starts, strict=True) if lo <= s < hi or s == lo
        }
        notes = [
            a
            for a in self.ctrl.project.annotations
            if a.id in candidates and session.node_at(spans.get(a.id)[0]) == nid
        ]
        fill_annotation_list(self.inspector.notes, notes)
