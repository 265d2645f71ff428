"""Cleanup suggestions (glued words, hard wraps): listed with context, accepted one by
one or all at once, or dismissed — every choice on the one undo stack.

Accepting edits the source document like typing does, so nodes, annotations and the
other suggestions follow through the session's span shifting. Two details keep
annotations on their words:

* only the part that differs is replaced ("theBusan" → "the Busan" inserts one space
  after "the"), so an annotation on "Busan" is not swallowed by a wider replacement;
* "Accept all" makes one document edit per suggestion inside one QUndoStack macro.
  One QTextDocument edit block would report a single merged change spanning from the
  first to the last suggestion, collapsing every annotation in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.app.features.find_feature import context_line
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.document.session import ReleaseSession
    from briefing.app.shell.parts import Parts
    from briefing.model import Suggestion

SuggestionRole = Qt.ItemDataRole.UserRole + 5
KIND_NAMES = {"glued-words": QT_TRANSLATE_NOOP("Suggestions", "Glued words"),
              "hard-wrap": QT_TRANSLATE_NOOP("Suggestions", "Line break")}


def minimal_edit(before: str, after: str) -> tuple[int, int, str]:
    """``(cut_start, cut_end, insert)`` in code points of ``before``: the smallest change."""
    p = 0
    while p < min(len(before), len(after)) and before[p] == after[p]:
        p += 1
    q = 0
    while q < min(len(before), len(after)) - p and before[-1 - q] == after[-1 - q]:
        q += 1
    return p, len(before) - q, after[p : len(after) - q]


class DismissSuggestion(QUndoCommand):
    """Hide a suggestion from the list (undo shows it again)."""

    def __init__(self, feature: SuggestionFeature, key: int) -> None:
        super().__init__("Dismiss Suggestion")
        self.feature, self.key = feature, key

    def redo(self) -> None:
        self.feature.dismissed.add(self.key)
        self.feature.refresh()

    def undo(self) -> None:
        self.feature.dismissed.discard(self.key)
        self.feature.refresh()


class SuggestionFeature:
    """The Suggestions dock (``suggestionList``) and the accept/dismiss actions."""

    def __init__(self, parts: Parts) -> None:
        self.parts, self.w, self.ctrl = parts, parts.window, parts.ctrl
        self.dismissed: set[int] = set()  # id() of dismissed Suggestion objects
        self.list = QListWidget(objectName="suggestionList")
        self.list.setWordWrap(True)
        self.accept_button = QPushButton(translate("Suggestions", "&Accept"),
                                         objectName="suggestionAccept")
        self.accept_all_button = QPushButton(translate("Suggestions", "Accept A&ll"),
                                             objectName="suggestionAcceptAll")
        self.dismiss_button = QPushButton(translate("Suggestions", "D&ismiss"),
                                          objectName="suggestionDismiss")
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.accept_all_button, self.dismiss_button):
            buttons.addWidget(button)
        panel = QWidget(objectName="suggestionPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.dock = QDockWidget(translate("Suggestions", "Suggestions"), parts.window,
                                objectName="suggestionsDock")
        self.dock.setWidget(panel)
        parts.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Edits arrive keystroke by keystroke: refresh the list once typing pauses.
        self._timer = QTimer(parts.window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self._watched: set[int] = set()
        a = parts.actions
        a["actionAcceptSuggestion"].triggered.connect(self.accept_current)
        a["actionAcceptAllSuggestions"].triggered.connect(self.accept_all)
        self.accept_button.clicked.connect(self.accept_current)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.list.itemClicked.connect(self._show)
        self.list.itemActivated.connect(self._item_activated)
        parts.release_listeners.append(self._release_shown)
        self.refresh()

    # -- the list ---------------------------------------------------------------------------


    def _item_activated(self, _item: object) -> None:
        self.accept_current()

    def _text_edited(self, _pos: int, _removed: int, _added: int) -> None:
        self._timer.start()

    def _release_shown(self, rid: str) -> None:
        session = self.ctrl.session(rid)
        if session is not None and id(session) not in self._watched:
            self._watched.add(id(session))
            session.edited.connect(self._text_edited)
        self.refresh()

    def pending(self) -> list[Suggestion]:
        """Suggestions of the shown release whose text is still what they would fix."""
        session = self.ctrl.session()
        if session is None or not session.release.suggestions:
            return []
        text, spans = session.live_suggestion_spans()
        found = []
        for sug in session.release.suggestions:
            span = spans.get(id(sug))
            if span is None or id(sug) in self.dismissed:
                continue
            start, end = span
            # Accepted (now reads "after") or edited by hand: no longer applies.
            if text[start:end] == sug.before:
                found.append((start, sug, context_line(text, start, end)))
        found.sort(key=lambda f: f[0])
        self._contexts = {id(sug): line for _, sug, line in found}
        return [sug for _, sug, _ in found]

    def refresh(self) -> None:
        """Rebuild the list (after edits, undo/redo, another release shown)."""
        self._timer.stop()
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        suggestions = self.pending()
        for sug in suggestions:
            kind = translate("Suggestions", KIND_NAMES.get(sug.kind, sug.kind))
            before, after = sug.before.replace("\n", "⏎"), sug.after.replace("\n", "⏎")
            item = QListWidgetItem(f"{kind}: {before} → {after}\n{self._contexts[id(sug)]}")
            item.setData(SuggestionRole, id(sug))
            item.setToolTip(translate("Suggestions",
                                      "Enter or Accept applies it; the change can be undone"))
            self.list.addItem(item)
        if suggestions:
            self.list.setCurrentRow(min(row, len(suggestions) - 1))
        for widget in (self.accept_button, self.accept_all_button, self.dismiss_button):
            widget.setEnabled(bool(suggestions))
        self.dock.setWindowTitle(
            translate("Suggestions", "Suggestions ({n})").format(n=len(suggestions))
            if suggestions else translate("Suggestions", "Suggestions"))

    def _current(self) -> Suggestion | None:
        item = self.list.currentItem()
        if item is None:
            return None
        key = item.data(SuggestionRole)
        return next((s for s in self.pending() if id(s) == key), None)

    def _show(self, item: QListWidgetItem) -> None:
        session = self.ctrl.session()
        sug = next((s for s in self.pending() if id(s) == item.data(SuggestionRole)), None)
        span = session.suggestion_span(sug) if session and sug else None
        if span is not None:
            self.parts.tabs.setCurrentWidget(self.parts.editor)
            self.parts.editor.select_span(*span)

    # -- user intents --------------------------------------------------------------------------

    def accept_current(self) -> None:
        sug = self._current() or next(iter(self.pending()), None)
        if sug is not None:
            self.apply([sug], "Accept Suggestion")

    def accept_all(self) -> None:
        suggestions = self.pending()
        if suggestions:
            self.apply(suggestions, f"Accept {len(suggestions)} Suggestions")

    def dismiss_current(self) -> None:
        sug = self._current()
        if sug is not None:
            self.ctrl.undo_stack.push(DismissSuggestion(self, id(sug)))

    def apply(self, suggestions: list[Suggestion], label: str) -> None:
        """Make each suggestion's minimal edit in the source: one step on the undo stack."""
        session = self.ctrl.session()
        if session is None:
            return
        stack = self.ctrl.undo_stack
        stack.beginMacro(label)
        try:
            # Last first: an edit never moves a suggestion still to be applied.
            for sug in sorted(suggestions, key=lambda s: -session.suggestion_span(s)[0]):
                _edit(session, sug)
        finally:
            stack.endMacro()
        self.refresh()


def _edit(session: ReleaseSession, sug: Suggestion) -> None:
    cut_start, cut_end, insert = minimal_edit(sug.before, sug.after)
    session.replace_in_suggestion(sug, cut_start, cut_end, insert)
