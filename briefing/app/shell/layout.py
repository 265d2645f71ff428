"""The window's first-run layout: dock sizes and tree column widths that show the work.

Used when no saved layout exists (``settings.restore_layout``); afterwards the user's
own arrangement, saved on close, wins. Sizes are for the 1280×800 screens staff use
most: the outline gets room for the Summary, Notes and Tags columns next to the first
words, the bottom panels stay short so the source text keeps most of the height.

On a smaller screen — or a 1280×800 one at 200 % scaling, which gives 640×400 logical
pixels — the window is fitted into the screen's available geometry and the docks and
columns shrink in proportion, so nothing opens off-screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget

from briefing.app.document.outline_model import (
    COL_KIND,
    COL_NOTES,
    COL_OUTLINE,
    COL_SUMMARY,
    COL_TAGS,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QTabWidget, QTreeView

DEFAULT_SIZE = (1280, 800)
OUTLINE_WIDTH = 530  # fits the five columns below plus the scroll bar
INSPECTOR_WIDTH = 300
BOTTOM_HEIGHT = 150  # annotations / suggestions: a handful of rows, not half the window
COLUMN_WIDTHS = {COL_OUTLINE: 185, COL_KIND: 52, COL_SUMMARY: 150, COL_NOTES: 42, COL_TAGS: 84}
SMALL_CENTRAL = (200, 120)  # smallest tabs and dock contents on a small screen
SMALL_DOCK = (80, 60)
FRAME_ALLOWANCE = (8, 32)  # window-manager frame and title bar, before the window is shown


def set_column_widths(tree: QTreeView, scale: float = 1.0) -> None:
    for column, width in COLUMN_WIDTHS.items():
        tree.setColumnWidth(column, max(32, round(width * scale)))


def available_geometry(window: QMainWindow) -> QRect:
    """The part of the window's screen that windows may use (logical pixels)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *DEFAULT_SIZE)


def fitted_size(available: QRect) -> tuple[int, int, float]:
    """The first-run window size inside ``available``, and its scale (≤ 1) to the default."""
    width, height = DEFAULT_SIZE
    room_w = available.width() - FRAME_ALLOWANCE[0]
    room_h = available.height() - FRAME_ALLOWANCE[1]
    if width <= available.width() and height <= available.height():
        return width, height, 1.0
    fit_w, fit_h = min(width, room_w), min(height, room_h)
    return fit_w, fit_h, min(fit_w / width, fit_h / height)


def allow_small(window: QMainWindow, tabs: QTabWidget) -> None:
    """Let the window shrink below its contents' natural minimum (small or scaled screens).

    The Brief tab's header form and the Suggestions buttons alone ask for ~560×500
    logical pixels; with explicit small minimums the tabs and docks share what the
    screen has, and their lists and editors scroll.
    """
    tabs.setMinimumSize(*SMALL_CENTRAL)
    for dock in window.findChildren(QDockWidget):
        if dock.widget() is not None:
            dock.widget().setMinimumSize(*SMALL_DOCK)


def apply_default_layout(window: QMainWindow, tree: QTreeView, tabs: QTabWidget) -> None:
    """Size the window, its docks and the tree's columns for a first run."""
    available = available_geometry(window)
    width, height, scale = fitted_size(available)
    if scale < 1.0:
        allow_small(window, tabs)
    window.resize(width, height)
    if scale < 1.0:
        window.move(available.topLeft())
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    bottom = [docks[n] for n in ("annotationsDock", "suggestionsDock") if n in docks]
    if len(bottom) == 2:
        # Side by side under the text, so both lists show without switching tabs.
        window.splitDockWidget(bottom[0], bottom[1], Qt.Orientation.Horizontal)
    if "findResultsDock" in docks and bottom:
        window.tabifyDockWidget(bottom[0], docks["findResultsDock"])
        bottom[0].raise_()
    horizontal = [d for d in (docks.get("outlineDock"), docks.get("inspectorDock")) if d]
    widths = [round(OUTLINE_WIDTH * scale), round(INSPECTOR_WIDTH * scale)]
    window.resizeDocks(horizontal, widths[: len(horizontal)], Qt.Orientation.Horizontal)
    if bottom:
        window.resizeDocks(bottom, [round(BOTTOM_HEIGHT * scale)] * len(bottom),
                           Qt.Orientation.Vertical)
        window.resizeDocks(bottom, [round(560 * scale), round(420 * scale)][: len(bottom)],
                           Qt.Orientation.Horizontal)
    set_column_widths(tree, scale)
