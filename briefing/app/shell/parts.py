"""The parts of the window a feature is handed (instead of the window itself).

A feature uses the controller, the source editor, the tabs, the actions, the settings,
the recent files and the node selection; it parents its docks and dialogs on
``window`` and writes to its status bar. Features that others need (the inspector, the
brief, the project file…) are passed to them by name in the composition root
(:mod:`briefing.app.shell.compose`), so every dependency is visible there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QMainWindow, QTabWidget, QTreeView

    from briefing.app.document.controller import Controller
    from briefing.app.panels.source_editor import SourceEditor
    from briefing.app.shell.settings import RecentFiles
    from briefing.model import Project

NodeKey = tuple[str, str | None]  # (release id, node id or None for the release row)


class NodeSelection(Protocol):
    """The node the tree and the editor show, and who follows it (the main window)."""

    current: NodeKey | None
    #: Called with the new key whenever the current node changes.
    node_listeners: list[Callable[[NodeKey | None], None]]
    #: Called with the release id whenever the source tab shows another release.
    release_listeners: list[Callable[[str], None]]

    def select_node(self, rid: str, nid: str | None) -> None: ...

    def after_first_paint(self, callback: Callable[[], None]) -> None: ...


@dataclass(eq=False)
class Parts:
    """What every window feature may use."""

    window: QMainWindow  # parent of docks and dialogs; its status bar is the status line
    ctrl: Controller
    editor: SourceEditor
    tabs: QTabWidget
    tree: QTreeView
    actions: dict[str, QAction]
    settings: QSettings
    recent: RecentFiles
    nodes: NodeSelection

    @property
    def project(self) -> Project:
        return self.ctrl.project

    @property
    def undo_stack(self) -> QUndoStack:
        return self.ctrl.undo_stack

    @property
    def current(self) -> NodeKey | None:
        return self.nodes.current

    @property
    def node_listeners(self) -> list[Callable[[NodeKey | None], None]]:
        return self.nodes.node_listeners

    @property
    def release_listeners(self) -> list[Callable[[str], None]]:
        return self.nodes.release_listeners

    def select_node(self, rid: str, nid: str | None) -> None:
        self.nodes.select_node(rid, nid)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        self.nodes.after_first_paint(callback)

    def show_status(self, text: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(text, msecs)
