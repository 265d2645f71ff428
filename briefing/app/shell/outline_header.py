"""The outline's column header: right-click to show or hide a column.

A laptop screen shows the first words, the summary (whose box is "include in brief")
and the notes count; Kind and Tags are a right-click away. The header's state — widths
and hidden columns — is saved with the window's layout.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTreeView

from briefing.app.document.outline_model import COL_OUTLINE


def install(tree: QTreeView) -> None:
    header = tree.header()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(partial(_menu, tree))


def _menu(tree: QTreeView, pos: QPoint) -> QMenu:
    header = tree.header()
    model = tree.model()
    menu = QMenu(header)
    menu.setObjectName("outlineColumnsMenu")
    for column in range(header.count()):
        if column == COL_OUTLINE:
            continue  # the outline itself always shows
        name = model.headerData(column, Qt.Orientation.Horizontal) or ""
        action = menu.addAction(str(name))
        action.setCheckable(True)
        action.setChecked(not tree.isColumnHidden(column))
        action.toggled.connect(partial(_show, tree, column))
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(header.mapToGlobal(pos))
    tree.setProperty("lastHeaderMenu", menu)  # tests reach the menu they opened
    return menu


def _show(tree: QTreeView, column: int, shown: bool) -> None:
    tree.setColumnHidden(column, not shown)
    if shown and tree.columnWidth(column) < 30:
        tree.resizeColumnToContents(column)
