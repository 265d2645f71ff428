"""Help › Keyboard Shortcuts, Help › User Guide and Help › About: non-modal windows.

The shortcuts table is built from the window's real QActions each time it is shown, so
it can never disagree with the keys that work. The user guide is ``docs/user-guide.md``
(the checkout's, else the copy bundled as ``resources/docs/user-guide.md``), shown with
``QTextBrowser.setMarkdown``.
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing.app.shell.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

GUIDE_NAME = "user-guide.md"


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or trailing ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    # Korean mnemonics are written "열기(&O)": drop the "(O)" left behind.
    if text.endswith(")") and len(text) > 3 and text[-3] == "(":
        text = text[:-3]
    return text.rstrip("…").rstrip(".").strip()


def _menu_paths(window: QWidget) -> dict[int, str]:
    """id(action) -> "File › Open Recent" style path of the menu that holds it."""
    paths: dict[int, str] = {}

    def walk(menu: QMenu, prefix: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if sub is not None:
                walk(sub, f"{prefix} › {plain(sub.title())}")
            elif not action.isSeparator():
                paths.setdefault(id(action), prefix)

    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if menu is not None:
            walk(menu, plain(menu.title()))
    return paths


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(action, keys, menu) for every action of the window that has a shortcut."""
    menus = _menu_paths(window)
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        if id(action) in seen or not action.shortcuts() or not action.text():
            continue
        seen.add(id(action))
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        rows.append((plain(action.text()), keys, menus.get(id(action), "")))
    return sorted(rows, key=lambda r: (r[2], r[0]))


class ShortcutsDialog(QDialog):
    """A searchable table of the window's actions and their keys."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.w = window
        self.setWindowTitle(translate("Help", "Keyboard Shortcuts"))
        self.filter = QLineEdit(objectName="shortcutsFilter")
        self.filter.setPlaceholderText(translate("Help", "Search actions and keys"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("Help", "Search shortcuts"))
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column: the action, its keys or its menu
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(objectName="shortcutsTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.resize(620, 520)

    def refresh(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            translate("Help", "Action"), translate("Help", "Keys"), translate("Help", "Menu")])
        for row in shortcut_rows(self.w):
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange and self.isVisible():
            self.refresh()


def guide_path() -> Path | None:
    """The user guide: the checkout's docs/ (current), else the bundled copy."""
    from briefing.resources import resource_path

    checkout = Path(__file__).resolve().parents[2] / "docs" / GUIDE_NAME
    if checkout.is_file():
        return checkout
    bundled = resource_path("docs", GUIDE_NAME, must_exist=False)
    return bundled if bundled.is_file() else None


class GuideDialog(QDialog):
    """docs/user-guide.md rendered as rich text; links to other docs open alongside."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(translate("Help", "Briefing User Guide"))
        self.browser = QTextBrowser(objectName="userGuideBrowser")
        self.browser.setAccessibleName(translate("Help", "User guide"))
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 680)
        path = guide_path()
        if path is None:
            self.browser.setPlainText(translate(
                "Help", "The user guide is missing from this installation."))
        else:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))


def about_text() -> str:
    import PySide6

    from briefing import __version__

    guide = guide_path()
    link = (f'<a href="{guide.as_uri()}">{guide.name}</a>' if guide else "—")
    lines = [
        f"<h2>Briefing {__version__}</h2>",
        "<p>" + translate(
            "Help", "Turns diplomatic press releases into outlines and Word briefing notes."
        ) + "</p>",
        "<p>" + translate("Help", "Licence: {licence}").format(licence="MIT") + "</p>",
        "<p>" + translate("Help", "Qt {qt} · PySide6 {pyside} · Python {python}").format(
            qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version())
        + "</p>",
        "<p>" + translate("Help", "User guide: {link} (Help › User Guide)").format(link=link)
        + "</p>",
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("Help", "About Briefing"))
        self.label = QLabel(about_text(), objectName="aboutText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(True)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            self.label.setText(about_text())
