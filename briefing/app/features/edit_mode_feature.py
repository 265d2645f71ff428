"""Edit › Edit Release Text: the release is read-only until the user asks to change it.

Staff read and annotate releases far more than they correct them, and one stray key over
a selected paragraph (clicking a node in the outline selects its text) replaced the
whole paragraph. So the text opens read-only — selectable, annotatable, searchable — and
a checkable action (Ctrl+Shift+E) turns editing on. A marker in the status bar always
says which mode the text is in; typing while read-only says how to turn editing on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts

HINT_MS = 6000


class EditMode:
    """Owns the Edit Release Text action's effect and the status-bar marker."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.action = parts.actions["actionEditRelease"]
        self.action.setCheckable(True)
        self.action.setChecked(False)
        self.marker = QLabel()
        self.marker.setObjectName("editModeMarker")
        parts.window.statusBar().addPermanentWidget(self.marker)
        self.action.toggled.connect(self.set_editing)
        parts.editor.typedWhileReadOnly.connect(self.hint)
        self.set_editing(False)

    @property
    def editing(self) -> bool:
        return self.parts.editor.is_editable()

    def set_editing(self, on: bool) -> None:
        self.parts.editor.set_editable(on)
        if self.action.isChecked() != on:
            self.action.setChecked(on)  # called directly (tests, other features)
        self.retranslate()

    def retranslate(self) -> None:
        if self.editing:
            self.marker.setText(translate("EditMode", "✎ Editing"))
            self.marker.setToolTip(
                translate(
                    "EditMode", "The release text can be changed (Edit › Edit Release Text to stop)"
                )
            )
        else:
            self.marker.setText(translate("EditMode", "Read-only"))
            self.marker.setToolTip(
                translate(
                    "EditMode",
                    "The release text is protected from "
                    "typing (Edit › Edit Release Text to change it)",
                )
            )
        self.marker.setAccessibleName(self.marker.text())

    def hint(self) -> None:
        shortcut = self.action.shortcut().toString()
        self.parts.show_status(
            translate(
                "EditMode",
                "The release text is read-only: turn on Edit › Edit Release "
                "Text ({keys}) to change it.",
            ).format(keys=shortcut),
            HINT_MS,
        )
