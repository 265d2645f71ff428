"""The one way the app tells the user about a problem.

Everything goes through :func:`show_error`, so tests can monkeypatch it and no
test ever waits on a modal dialog. The box is window-modal but opened with
``open()``: it does not block the event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

from briefing.app.shell.i18n import translate


def show_error(parent: QWidget | None, text: str) -> QMessageBox:
    """Show ``text`` (one line naming the file and the problem) without blocking."""
    from PySide6.QtWidgets import QMessageBox

    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Warning, "Briefing", text, ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    """Tell the user something that is not a problem (a kept backup), without blocking."""
    from PySide6.QtWidgets import QMessageBox

    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Information, "Briefing", text, ok, parent)
    box.setObjectName("infoBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask(parent: QWidget | None, text: str, choices: tuple[str, ...], detail: str = "") -> str:
    """Ask a question whose answer the app needs now; returns the label clicked.

    The first choice is the default; a choice named "Cancel" (or, failing that, the
    last one) is what Escape or closing the box means. This one *is* modal: closing
    the window must know the answer before it goes. Tests monkeypatch this function.
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, "Briefing", text, parent=parent)
    box.setObjectName("questionBox")
    if detail:
        box.setInformativeText(detail)
    buttons = {}
    for i, label in enumerate(choices):
        role = QMessageBox.ButtonRole.RejectRole if label == "Cancel" else (
            QMessageBox.ButtonRole.AcceptRole if i == 0 else QMessageBox.ButtonRole.ActionRole)
        # Shown in the interface language; the English label is what callers compare.
        buttons[box.addButton(translate("Messages", label), role)] = label
    box.setDefaultButton(next(iter(buttons)))
    escape = "Cancel" if "Cancel" in choices else choices[-1]
    box.exec()
    return buttons.get(box.clickedButton(), escape)
