"""The window's first-run layout: the outline, the text and the inspector first.

Used when no saved layout exists (``settings.restore_layout``); afterwards the user's
own arrangement, saved on close, wins. Sized for the 1280×800 and 1366×768 screens
staff use most: the outline on the left at full height; the text in the middle with
the most room; on the right, the inspector over one tabbed panel holding Annotations,
Key Facts, Suggestions, Find Results and Undo History (one shows at a time, a click
away). The outline shows its first words, the summary column (its box is "include in
brief") and the notes count; Kind and Tags can be shown from the header's menu.

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
LAPTOP_WIDTH = 1440  # screens up to this wide are filled on a first run
OUTLINE_WIDTH = 330
SIDE_WIDTH = 360  # the inspector and the tabbed panels under it
INSPECTOR_SHARE = 0.58  # of the right column's height; the tabbed panels get the rest
COLUMN_WIDTHS = {COL_OUTLINE: 200, COL_KIND: 70, COL_SUMMARY: 72, COL_NOTES: 40, COL_TAGS: 90}
HIDDEN_COLUMNS = (COL_KIND, COL_TAGS)  # shown from the header's menu when wanted
# The panels that share the right column's lower half, as tabs (the first is in front).
TABBED = ("annotationsDock", "keyFactsPanel", "suggestionsDock", "findResultsDock",
          "historyDock")
SMALL_CENTRAL = (180, 120)  # smallest tabs and dock contents on a small screen
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
    """The first-run window size inside ``available``, and its scale (≤ 1) to the default.

    A laptop-sized screen (up to 1440 wide) is used whole: every pixel of a 1366×768
    screen is needed. A bigger screen gets the default size; a smaller one, what fits.
    """
    width, height = DEFAULT_SIZE
    room_w = available.width() - FRAME_ALLOWANCE[0]
    room_h = available.height() - FRAME_ALLOWANCE[1]
    if available.width() > LAPTOP_WIDTH and width <= room_w and height <= room_h:
        return width, height, 1.0
    if width <= room_w <= LAPTOP_WIDTH:
        return room_w, room_h, min(1.0, room_h / height)
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
    outline, inspector = docks.get("outlineDock"), docks.get("inspectorDock")
    if outline is not None:
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, outline)
    tabbed = [docks[name] for name in TABBED if name in docks]
    if inspector is not None and tabbed:
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, inspector)
        for dock in tabbed:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.splitDockWidget(inspector, tabbed[0], Qt.Orientation.Vertical)
        for dock in tabbed[1:]:
            window.tabifyDockWidget(tabbed[0], dock)
        tabbed[0].raise_()
        side_height = height - 90  # menu, status bar and frame
        window.resizeDocks(
            [inspector, tabbed[0]],
            [round(side_height * INSPECTOR_SHARE), round(side_height * (1 - INSPECTOR_SHARE))],
            Qt.Orientation.Vertical,
        )
    horizontal = [d for d in (outline, inspector) if d is not None]
    widths = [round(OUTLINE_WIDTH * scale), round(SIDE_WIDTH * scale)]
    window.resizeDocks(horizontal, widths[: len(horizontal)], Qt.Orientation.Horizontal)
    set_column_widths(tree, scale)
    for column in HIDDEN_COLUMNS:
        tree.setColumnHidden(column, True)
