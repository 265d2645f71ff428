"""A drafted suggestion shown for review: its label, its text, Accept / Edit / Dismiss.

The label (``SummarySuggestion.label``) is always shown above the text, so nobody
mistakes a machine draft for a colleague's words; a language-model draft also says
where it came from and to check it before use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.analysis import SummarySuggestion

# Labels the analysis gives its drafts (English there), translated when shown.
ANALYSIS_LABELS = (QT_TRANSLATE_NOOP("Drafting", "Suggested draft (offline, extractive)"),)

LLM_SUFFIX = QT_TRANSLATE_NOOP("Drafting", " — check before use")


def display_label(suggestion: SummarySuggestion) -> str:
    """The label to show: the analysis' own, plus a warning for a model's draft."""
    if suggestion.method == "llm":
        import re

        found = re.fullmatch(r"Suggested draft \(language model: (.+) at (.+)\)", suggestion.label)
        label = translate("Drafting", "Suggested draft (language model: {model} at {host})"
                          ).format(model=found[1], host=found[2]) if found else suggestion.label
        return label + translate("Drafting", LLM_SUFFIX)
    return translate("Drafting", suggestion.label)  # the offline label is known


class SuggestionPanel(QFrame):
    """Hidden until :meth:`show_suggestion`; the owner handles the three choices."""

    accepted = Signal()
    editRequested = Signal()
    dismissed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.suggestion: SummarySuggestion | None = None
        self.label = QLabel(objectName=f"{name}Label")
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setItalic(True)
        self.label.setFont(font)
        self.text = QLabel(objectName=f"{name}Text")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("Drafting", "Suggested draft"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(translate("Drafting", "Accept"),
                                         objectName=f"{name}Accept")
        self.edit_button = QPushButton(translate("Drafting", "Edit"), objectName=f"{name}Edit")
        self.dismiss_button = QPushButton(translate("Drafting", "Dismiss"),
                                          objectName=f"{name}Dismiss")
        self.accept_button.setToolTip(
            translate("Drafting", "Use this draft as the summary (undoable)"))
        self.edit_button.setToolTip(
            translate("Drafting", "Put this draft in the summary and edit it"))
        self.dismiss_button.setToolTip(translate("Drafting", "Hide this draft"))
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self.accepted)
        self.edit_button.clicked.connect(self.editRequested)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.hide()

    def show_busy(self, message: str) -> None:
        """Show that a draft is being made (a worker or the model is on it)."""
        self.suggestion = None
        self.label.setText(message)
        self.text.setText("")
        for button in (self.accept_button, self.edit_button):
            button.setEnabled(False)
        self.show()

    def show_suggestion(self, suggestion: SummarySuggestion) -> None:
        self.suggestion = suggestion
        self.label.setText(display_label(suggestion))
        self.text.setText(suggestion.text or "(no sentence to suggest)")
        for button in (self.accept_button, self.edit_button):
            button.setEnabled(bool(suggestion.text.strip()))
        self.show()

    def clear(self) -> None:
        self.suggestion = None
        self.hide()

    def _dismiss(self) -> None:
        self.clear()
        self.dismissed.emit()
