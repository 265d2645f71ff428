"""What the window remembers between runs: layout and recent files (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QTabWidget, QTreeView

MAX_RECENT = 10

KEEP_ORIGINALS_SETTING = "project/keep_originals"  # Preferences › Keep original files
STARTUP_SETTING = "startup/withoutFile"  # Preferences › On start-up without a file
SAMPLE, WELCOME = "sample", "welcome"  # its two values
SAVE_DIR_SETTING = "paths/lastSaveDir"  # where Save As and Export start


class RecentFiles:
    """Most-recent-first list of opened paths, stored under ``recentFiles``."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):  # QSettings returns a bare string for one item
            value = [value]
        return [str(p) for p in value or []]

    def add(self, path: str) -> None:
        path = str(Path(path).resolve())
        paths = [p for p in self.paths() if p != path]
        self.settings.setValue("recentFiles", [path, *paths][:MAX_RECENT])

    def last_dir(self) -> str:
        """The folder of the file opened last (where Open dialogs start)."""
        paths = self.paths()
        return str(Path(paths[0]).parent) if paths else str(Path.home())

    def save_dir(self) -> str:
        """Where Save As and Export start: the folder the user last saved into, else the
        Documents folder. Never, by default, the release's own folder: releases often
        come from a shared folder where a draft note should not land."""
        saved = str(self.settings.value(SAVE_DIR_SETTING, "") or "")
        if saved and Path(saved).is_dir():
            return saved
        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def saved_to(self, path: str | Path) -> None:
        """Remember the folder a file was just saved or exported into."""
        self.settings.setValue(SAVE_DIR_SETTING, str(Path(path).resolve().parent))


# Raised when the default arrangement of docks and columns changes: a layout saved by an
# older version (docks where they no longer belong, columns since hidden) is then left
# alone and the new default shows, instead of the old arrangement returning for good.
LAYOUT_VERSION = 2
LAYOUT_KEYS = ("window/state", "window/outlineHeader", "window/layoutVersion")


def save_layout(window: QMainWindow, tree: QTreeView, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState(LAYOUT_VERSION))
    settings.setValue("window/layoutVersion", LAYOUT_VERSION)
    # Column widths are not part of saveState().
    settings.setValue("window/outlineHeader", tree.header().saveState())
    settings.sync()


def restore_layout(window: QMainWindow, tree: QTreeView, tabs: QTabWidget,
                   settings: QSettings) -> None:
    """First-run sizes (``layout``), then whatever the user left last time on top."""
    from briefing.app.shell.layout import apply_default_layout

    apply_default_layout(window, tree, tabs)
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    if int(settings.value("window/layoutVersion", 0) or 0) != LAYOUT_VERSION:
        return  # saved by an older arrangement: the new default stands
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state, LAYOUT_VERSION)
    header = settings.value("window/outlineHeader")
    if header is not None:
        tree.header().restoreState(header)


def reset_layout(window: QMainWindow, tree: QTreeView, tabs: QTabWidget,
                 settings: QSettings) -> None:
    """View › Reset Layout: the first-run arrangement again, and forget the saved one."""
    from briefing.app.shell.layout import apply_default_layout

    for key in LAYOUT_KEYS:
        settings.remove(key)
    apply_default_layout(window, tree, tabs)


def keep_originals(settings: QSettings) -> bool:
    """Whether releases opened now keep their original file's bytes (default: yes).

    A project that holds its originals still has the release as received when the file
    is moved, deleted or replaced; the cost is the file's size again (a third more)
    in the project.
    """
    return bool(settings.value(KEEP_ORIGINALS_SETTING, True, type=bool))
