"""Find (Ctrl+F): in the shown source with next/previous and "3 of 17", or across the
whole project (every release, the summaries, the annotation comments and the brief)
as a list of results that select their match when clicked.

Searching happens on Python strings (code points); the editor's cursors count UTF-16
units, so every span goes through an :class:`OffsetMap` on its way to the editor —
Korean is in the BMP and needs nothing, an emoji before a match shifts it by one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing.app.document.offsets import select_in_plain_editor, u16_spans
from briefing.app.document.outline_model import node_title
from briefing.app.panels.find_bar import FindBar, find_all
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.features.annotations_feature import AnnotationFeature
    from briefing.app.panels.brief_tab import BriefTab
    from briefing.app.panels.inspector import Inspector
    from briefing.app.shell.parts import Parts

MAX_HIGHLIGHTS = 2000  # painting more extra selections than this slows the editor
MAX_RESULTS = 1000  # project-wide results listed (the count still says how many)
CONTEXT = 40  # characters of context either side of a project-wide match
ResultRole = Qt.ItemDataRole.UserRole + 4
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    """One project-wide match: where (kind + ids) and its code-point span in that text."""

    kind: str  # "text" | "summary" | "comment" | "brief"
    rid: str
    key: str | None  # node id (text, summary), annotation id (comment), None (brief)
    start: int
    end: int


def context_line(text: str, start: int, end: int) -> str:
    """The match with some words around it, on one line."""
    before = _SPACE.sub(" ", text[max(0, start - CONTEXT) : start]).lstrip()
    after = _SPACE.sub(" ", text[end : end + CONTEXT]).rstrip()
    return f"…{before}[{text[start:end]}]{after}…"


class FindFeature:
    """The find bar, the source search and the project-wide results list."""

    def __init__(self, parts: Parts, inspector: Inspector, annotations: AnnotationFeature,
                 brief: BriefTab) -> None:
        self.inspector, self.annotations, self.brief = inspector, annotations, brief
        self.parts, self.w, self.ctrl = parts, parts.window, parts.ctrl
        self.bar = FindBar()
        # The bar sits under the tabs: wrap the central widget once.
        central = QWidget(objectName="centralArea")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        tabs = parts.window.takeCentralWidget()
        layout.addWidget(tabs, 1)
        layout.addWidget(self.bar)
        parts.window.setCentralWidget(central)
        self.results = QListWidget(objectName="findResults")
        self.dock = QDockWidget(translate("MainWindow", "Find Results"), parts.window,
                                objectName="findResultsDock")
        self.dock.setWidget(self.results)
        parts.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.matches: list[tuple[int, int]] = []  # UTF-16 spans in the shown source
        self.hits: list[Hit] = []
        self._stale = True
        a = parts.actions
        a["actionFind"].triggered.connect(self.open)
        a["actionFindNext"].triggered.connect(self.find_next)
        a["actionFindPrevious"].triggered.connect(self.find_previous)
        self.bar.searchChanged.connect(self.search)
        self.bar.nextRequested.connect(self.find_next)
        self.bar.previousRequested.connect(self.find_previous)
        self.bar.closed.connect(self._closed)
        self.results.itemClicked.connect(self.go_to_item)
        self.results.itemActivated.connect(self.go_to_item)
        parts.release_listeners.append(lambda _rid: self._mark_stale())
        # Typing only marks the matches stale; they are recomputed on the next F3.
        parts.editor.textChanged.connect(self._text_changed)
        self.ctrl.textCommitted.connect(self._text_committed)

    # -- opening and closing ---------------------------------------------------------------


    def _text_committed(self, _rid: str) -> None:
        self._mark_stale()

    def open(self) -> None:
        """Ctrl+F: show the bar; a short one-line selection becomes the search text."""
        selected = self.parts.editor.textCursor().selectedText()
        seed = selected if 0 < len(selected) <= 80 and "\u2029" not in selected else ""
        self.bar.open_bar(seed)
        self.search()

    def _closed(self) -> None:
        self.parts.editor.set_find_highlights([], QColor())
        self.parts.editor.setFocus()

    def _text_changed(self) -> None:
        self._stale = True

    def _mark_stale(self) -> None:
        self._stale = True
        if self.bar.isVisible() and self.bar.needle:
            self.search()

    # -- the source ------------------------------------------------------------------------

    def search(self) -> None:
        """Recompute the matches for the bar's text and options, then show them."""
        self._stale = False
        needle, case = self.bar.needle, self.bar.case_sensitive
        session = self.ctrl.session()
        self.matches = []
        if session is not None and needle:
            text = session.document.toPlainText()  # live text, edits included
            self.matches = u16_spans(text, find_all(text, needle, case))
        self.parts.editor.set_find_highlights(self.matches[:MAX_HIGHLIGHTS], _find_color())
        if self.bar.whole_project:
            self.search_project()
        else:
            self.dock.hide()
        self._update_count()

    def _current_index(self) -> int | None:
        cursor = self.parts.editor.textCursor()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        i = bisect_left(self.matches, span)
        return i if i < len(self.matches) and self.matches[i] == span else None

    def _update_count(self) -> None:
        if not self.bar.needle:
            self.bar.count.setText("")
        elif self.bar.whole_project:
            total = len(self.hits)
            self.bar.count.setText(
                translate("Find", "{n} in project").format(n=f"{total:,}") if total
                else translate("Find", "No matches"))
        elif not self.matches:
            self.bar.count.setText(translate("Find", "No matches"))
        else:
            i = self._current_index()
            shown = translate("Find", "{i} of {n}").format(
                i=i + 1, n=f"{len(self.matches):,}") if i is not None else ""
            self.bar.count.setText(shown or translate("Find", "{n} matches").format(
                n=f"{len(self.matches):,}"))

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.bar.isVisible():
            self.bar.open_bar()
        if self._stale:
            self.search()
        if self.bar.whole_project:
            self._step_results(direction)
            return
        if not self.matches:
            self._update_count()
            return
        current = self._current_index()
        if current is not None:
            i = current + direction
        else:
            start = self.parts.editor.textCursor().selectionStart()
            i = bisect_left(self.matches, (start, start))
            i = i if direction > 0 else i - 1
        wrapped = not 0 <= i < len(self.matches)
        i %= len(self.matches)
        self._select_in_editor(*self.matches[i])
        if wrapped:
            self.w.statusBar().showMessage(translate("Find", "Find wrapped around the text"), 2000)
        self._update_count()

    def _select_in_editor(self, start: int, end: int) -> None:
        self.parts.tabs.setCurrentWidget(self.parts.editor)
        self.parts.editor.select_span(start, end)

    # -- the whole project --------------------------------------------------------------------

    def search_project(self) -> None:
        """List every match in the releases, summaries, annotation comments and the brief."""
        needle, case = self.bar.needle, self.bar.case_sensitive
        self.ctrl.commit_text()
        project = self.ctrl.project
        hits: list[Hit] = []
        lines: list[str] = []
        for release in project.releases:
            self.ctrl.session(release.id)
            name = release.title or release.source.path.rsplit("/", 1)[-1] or release.id
            for s, e in find_all(release.text, needle, case):
                nid = self.ctrl.node_at_offset(release.id, s)
                hits.append(Hit("text", release.id, nid, s, e))
                lines.append(f"{name} · {self._node_name(release.id, nid)}: "
                             f"{context_line(release.text, s, e)}")
            for node in release.nodes():
                for s, e in find_all(node.summary, needle, case):
                    hits.append(Hit("summary", release.id, node.id, s, e))
                    lines.append(translate("Find", "Summary of {node}: {context}").format(
                        node=self._node_name(release.id, node.id),
                        context=context_line(node.summary, s, e)))
        for annotation in project.annotations:
            for s, e in find_all(annotation.body, needle, case):
                hits.append(Hit("comment", annotation.release_id, annotation.id, s, e))
                lines.append(translate("Find", "Comment on “{quote}”: {context}").format(
                    quote=annotation.anchor.quote[:30],
                    context=context_line(annotation.body, s, e)))
        brief_text = self.brief.body.toPlainText()
        for s, e in find_all(brief_text, needle, case):
            hits.append(Hit("brief", "", None, s, e))
            lines.append(translate("Find", "Brief: {context}").format(
                context=context_line(brief_text, s, e)))
        self.hits = hits
        self.results.clear()
        for i, line in enumerate(lines[:MAX_RESULTS]):
            item = QListWidgetItem(line, self.results)
            item.setData(ResultRole, i)
        self.dock.setVisible(bool(needle))

    def _node_name(self, rid: str, nid: str | None) -> str:
        if nid is None:
            return translate("Find", "text")
        node = self.ctrl.outline.node_by_id(rid, nid)
        if node is None:
            return nid
        return node_title(node)

    def _step_results(self, direction: int) -> None:
        count = self.results.count()
        if not count:
            return
        row = (self.results.currentRow() + direction) % count if self.results.currentRow() >= 0 \
            else (0 if direction > 0 else count - 1)
        self.results.setCurrentRow(row)
        self.go_to_item(self.results.item(row))
        self.bar.count.setText(translate("Find", "{i} of {n} in project").format(
            i=row + 1, n=f"{len(self.hits):,}"))

    def go_to_item(self, item: QListWidgetItem) -> None:
        self.go_to(self.hits[item.data(ResultRole)])

    def go_to(self, hit: Hit) -> None:
        """Select a project-wide match where it lives."""
        if hit.kind == "text":
            self.ctrl.show_release(hit.rid)
            to_editor = self.ctrl.to_editor
            self._select_in_editor(to_editor(hit.rid, hit.start), to_editor(hit.rid, hit.end))
        elif hit.kind == "summary":
            self.parts.select_node(hit.rid, hit.key)
            _select_plain(self.inspector.summary, hit.start, hit.end)
        elif hit.kind == "comment":
            annotations = self.annotations
            annotations.jump(hit.key)
            annotations.edit(hit.key)
            _select_plain(self.inspector.annotation_editor.comment, hit.start, hit.end)
        else:
            self.parts.tabs.setCurrentWidget(self.brief)
            _select_plain(self.brief.body, hit.start, hit.end)


def _select_plain(editor, start: int, end: int) -> None:
    """Select code-point span ``[start, end)`` of a plain-text editor."""
    select_in_plain_editor(editor, start, end)
    editor.setFocus()


def _find_color() -> QColor:
    from briefing.app.shell.colors import find_color

    return find_color()
