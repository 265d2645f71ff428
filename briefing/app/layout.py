"""The window's first-run layout: dock sizes and tree column widths that show the work.

Used when no saved layout exists (``settings.restore_layout``); afterwards the user's
own arrangement, saved on close, wins. Sizes are for the 1280×800 screens staff use
most: the outline gets room for the Summary, Notes and Tags columns next to the first
words, the bottom panels stay short so the source text keeps most of the height.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from briefing.app.outline_model import COL_KIND, COL_NOTES, COL_OUTLINE, COL_SUMMARY, COL_TAGS

if TYPE_CHECKING:
    from briefing.app.main_window import MainWindow

DEFAULT_SIZE = (1280, 800)
OUTLINE_WIDTH = 530  # fits the five columns below plus the scroll bar
INSPECTOR_WIDTH = 300
BOTTOM_HEIGHT = 150  # annotations / suggestions: a handful of rows, not half the window
COLUMN_WIDTHS = {COL_OUTLINE: 185, COL_KIND: 52, COL_SUMMARY: 150, COL_NOTES: 42, COL_TAGS: 84}


def set_column_widths(window: MainWindow) -> None:
    for column, width in COLUMN_WIDTHS.items():
        window.tree.setColumnWidth(column, width)


def apply_default_layout(window: MainWindow) -> None:
    """Size the window, its docks and the tree's columns for a first run."""
    window.resize(*DEFAULT_SIZE)
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    bottom = [docks[n] for n in ("annotationsDock", "suggestionsDock") if n in docks]
    if len(bottom) == 2:
        # Side by side under the text, so both lists show without switching tabs.
        window.splitDockWidget(bottom[0], bottom[1], Qt.Orientation.Horizontal)
    if "findResultsDock" in docks and bottom:
        window.tabifyDockWidget(bottom[0], docks["findResultsDock"])
        bottom[0].raise_()
    horizontal = [d for d in (docks.get("outlineDock"), docks.get("inspectorDock")) if d]
    window.resizeDocks(horizontal, [OUTLINE_WIDTH, INSPECTOR_WIDTH][: len(horizontal)],
                       Qt.Orientation.Horizontal)
    if bottom:
        window.resizeDocks(bottom, [BOTTOM_HEIGHT] * len(bottom), Qt.Orientation.Vertical)
        window.resizeDocks(bottom, [560, 420][: len(bottom)], Qt.Orientation.Horizontal)
    set_column_widths(window)
