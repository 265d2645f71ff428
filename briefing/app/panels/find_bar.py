"""The find bar under the Source/Brief tabs: a line edit, next/previous, a match count.

It is a plain widget, not a dialog: it never takes the window's focus away for good,
and Esc (or its close button) hides it. The search itself lives in
``briefing.app.features.find_feature``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from briefing.app.shell.i18n import translate


def find_all(text: str, needle: str, case_sensitive: bool) -> list[tuple[int, int]]:
    """Code-point spans of every ``needle`` in ``text``.

    ``re`` with IGNORECASE compares characters one to one, so the spans index the
    original text even for French capitals (É/é) or Korean (no case) — unlike
    searching a ``casefold()``-ed copy, where "ß" becomes "ss" and offsets drift.
    """
    if not needle:
        return []
    flags = 0 if case_sensitive else re.IGNORECASE
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, flags)]


class FindBar(QWidget):
    """Find: ``findEdit``, ``findPrevious``/``findNext``, ``findCount``, ``findCase``,
    ``findInProject`` ("whole project" lists matches in the Find Results dock)."""

    searchChanged = Signal()  # text or options changed
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit(objectName="findEdit")
        self.edit.setPlaceholderText(
            translate("Find", "Find (Enter: next, Shift+Enter: previous, Esc: close)"))
        self.edit.setClearButtonEnabled(True)
        self.previous = QToolButton(objectName="findPrevious")
        self.previous.setText("▲")
        self.previous.setToolTip(translate("Find", "Previous match (Shift+F3)"))
        self.next = QToolButton(objectName="findNext")
        self.next.setText("▼")
        self.next.setToolTip(translate("Find", "Next match (F3)"))
        self.count = QLabel(objectName="findCount")
        self.count.setMinimumWidth(90)
        self.case = QCheckBox(translate("Find", "Match &case"), objectName="findCase")
        self.project = QCheckBox(translate("Find", "In &whole project"), objectName="findInProject")
        close = QToolButton(objectName="findClose")
        close.setText("✕")
        close.setToolTip(translate("Find", "Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(translate("Find", "Find:")))
        layout.addWidget(self.edit, 1)
        for widget in (self.previous, self.next, self.count, self.case, self.project, close):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self._changed)
        self.case.toggled.connect(self._changed)
        self.project.toggled.connect(self._changed)
        self.next.clicked.connect(self.nextRequested)
        self.previous.clicked.connect(self.previousRequested)
        close.clicked.connect(self.close_bar)
        # Esc anywhere in the bar closes it (a shortcut, so the line edit cannot eat it).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hide()

    def _changed(self, _value: object) -> None:
        self.searchChanged.emit()

    @property
    def needle(self) -> str:
        return self.edit.text()

    @property
    def case_sensitive(self) -> bool:
        return self.case.isChecked()

    @property
    def whole_project(self) -> bool:
        return self.project.isChecked()

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the keyboard in the line edit (optionally seeded)."""
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            (self.previousRequested if shift else self.nextRequested).emit()
            return
        super().keyPressEvent(event)
