"""Per-section work in the inspector: summary, tags, include in brief, the tag list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QScrollArea

from briefing.app.document import commands
from briefing.app.document.outline_model import node_title
from briefing.app.panels.inspector import Inspector
from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from briefing.app.shell.parts import NodeKey, Parts


class NodeFeature:
    """Keeps the inspector on the current node and turns its edits into undo commands."""

    def __init__(self, parts: Parts) -> None:
        self.parts = parts
        self.w = parts.window
        self.ctrl = parts.ctrl
        self.inspector = Inspector()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inspector)
        dock = QDockWidget(translate("MainWindow", "Inspector"), parts.window,
                           objectName="inspectorDock")
        dock.setWidget(scroll)
        parts.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.inspector.summaryEdited.connect(self._summary_edited)
        self.inspector.tagsEdited.connect(self._tags_edited)
        self.inspector.include.toggled.connect(self._include_toggled)
        parts.node_listeners.append(self.show)
        self.ctrl.nodeChanged.connect(self._node_changed)
        self.ctrl.tagNamesChanged.connect(self.refresh)
        parts.actions["actionEditTags"].triggered.connect(self.edit_tag_names)
        parts.actions["actionFocusInspector"].triggered.connect(self.inspector.summary.setFocus)


    def _summary_edited(self, text: str) -> None:
        self._set("summary", text, "Summary")

    def _tags_edited(self, tags: list[str]) -> None:
        self._set("tags", tags, "Tags")

    def show(self, key: NodeKey | None) -> None:
        if not key or not key[1]:
            self.inspector.clear()
            return
        node = self.ctrl.node(*key)
        title = node_title(node)
        self.inspector.show_node(
            title, node.summary, node.tags, self.ctrl.project.tag_names, node.include_in_brief
        )

    def refresh(self) -> None:
        """Show the current node again (its title follows the interface language)."""
        self.show(self.parts.current)

    def _include_toggled(self, on: bool) -> None:
        if not self.inspector.loading:
            self._set("include_in_brief", on, "Include in Brief" if on else "Leave Out")

    def _set(self, field: str, value, text: str) -> None:
        key = self.parts.current
        if not key or not key[1]:
            return
        rid, nid = key
        if getattr(self.ctrl.node(rid, nid), field) == value:
            return
        self.ctrl.undo_stack.push(commands.SetNodeField(self.ctrl, rid, nid, field, value, text))

    def _node_changed(self, rid: str, nid: str) -> None:
        if self.parts.current == (rid, nid):
            self.show(self.parts.current)

    def edit_tag_names(self) -> None:
        """Edit the project's tag list (comma-separated) in a dialog that does not block."""
        dialog = QInputDialog(self.w)
        dialog.setObjectName("tagNamesDialog")
        dialog.setWindowTitle(translate("Inspector", "Section Tags"))
        dialog.setLabelText(translate("Inspector", "Tags, separated by commas:"))
        dialog.setTextValue(", ".join(self.ctrl.project.tag_names))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.set_tag_names_from_text)
        dialog.open()

    def set_tag_names_from_text(self, text: str) -> None:
        names = list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
        if names and names != self.ctrl.project.tag_names:
            self.ctrl.undo_stack.push(commands.SetTagNames(self.ctrl, names))
