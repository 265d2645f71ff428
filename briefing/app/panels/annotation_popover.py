"""The annotation editor, opened beside the selection it annotates.

Annotating starts in the text, so the comment box appears there — right under the
selected words — instead of at the foot of the inspector, which on a laptop screen is
often scrolled out of sight. The inspector's own editor panel is borrowed while the
popover is open (one editor, one set of signals) and given back when it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QVBoxLayout, QWidget

WIDTH = 380
MARGIN = 8


class AnnotationPopover(QFrame):
    """A frame floating over the window (a child widget: no window-manager surprises)."""

    def __init__(self, window: QWidget, panel: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("annotationPopover")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.panel = panel
        self._home: QWidget | None = None
        self._home_index = -1
        QVBoxLayout(self).setContentsMargins(6, 6, 6, 6)
        self.hide()

    def is_open(self) -> bool:
        return self.isVisible() and self.panel.parentWidget() is self

    def open_at(self, editor: QPlainTextEdit) -> None:
        """Borrow the panel and show it just below the editor's selection."""
        if self.panel.parentWidget() is not self:
            self._home = self.panel.parentWidget()
            layout = self._home.layout() if self._home is not None else None
            self._home_index = layout.indexOf(self.panel) if layout is not None else -1
            self.layout().addWidget(self.panel)
        self.panel.show()
        self.setFixedWidth(WIDTH)
        self.adjustSize()
        cursor = editor.textCursor()
        end = editor.textCursor()
        end.setPosition(cursor.selectionEnd())
        below = editor.cursorRect(end).bottomLeft() + QPoint(0, 4)
        window = self.parentWidget()
        point = editor.viewport().mapTo(window, below)
        self.move(_clamped(QRect(point, self.size()), window.rect()))
        self.show()
        self.raise_()

    def give_back(self) -> None:
        """Return the panel to its place in the inspector, hidden, and close."""
        if self.panel.parentWidget() is self and self._home is not None:
            layout = self._home.layout()
            if layout is not None:
                layout.insertWidget(max(0, self._home_index), self.panel)
            self.panel.hide()
        self.hide()


def _clamped(rect: QRect, inside: QRect) -> QPoint:
    """The top-left that keeps ``rect`` inside ``inside`` (above the text if needed)."""
    x = min(max(inside.left() + MARGIN, rect.left()), inside.right() - rect.width() - MARGIN)
    y = rect.top()
    if rect.bottom() > inside.bottom() - MARGIN:
        y = max(inside.top() + MARGIN, inside.bottom() - rect.height() - MARGIN)
    return QPoint(x, y)
