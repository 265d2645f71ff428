"""The one way the app tells the user about a problem.

Everything goes through :func:`show_error`, so tests can monkeypatch it and no
test ever waits on a modal dialog. The box is window-modal but opened with
``open()``: it does not block the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, text: str) -> QMessageBox:
    """Show ``text`` (one line naming the file and the problem) without blocking."""
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Warning, "Briefing", text, ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
