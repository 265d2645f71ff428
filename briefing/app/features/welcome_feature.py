"""The welcome page, and what Briefing opens when it starts without a file.

Start-up without a file (``startup/withoutFile`` in QSettings):

- the very first run opens the bundled sample release, as ``briefing`` always did, and
  then stores ``welcome``;
- later runs show the welcome page (open a release, a project or the sample; recent
  projects and releases), unless the user chose "Open the sample release" in
  Preferences (``sample``);
- ``briefing --sample`` (what ``./dev.sh app`` runs) and ``BRIEFING_QUIT_AFTER_SHOW=1``
  (the start-up benchmark) always open the sample;
- ``briefing FILE`` opens FILE.

File › Welcome shows the page at any time; it leaves as soon as a release or project
is open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing.app.features import files
from briefing.app.shell.i18n import translate
from briefing.app.shell.settings import SAMPLE, STARTUP_SETTING, WELCOME

if TYPE_CHECKING:
    from briefing.app.features.files_feature import FilesFeature
    from briefing.app.features.project_feature import ProjectDocument
    from briefing.app.shell.parts import Parts

SAMPLE_FLAG = "--sample"
PathRole = Qt.ItemDataRole.UserRole + 40


def startup_choice(settings: QSettings) -> str:
    """``sample`` or ``welcome`` for a start without a file; the first run is ``sample``."""
    value = settings.value(STARTUP_SETTING)
    if value is None:
        settings.setValue(STARTUP_SETTING, WELCOME)  # later starts show the welcome page
        return SAMPLE
    return SAMPLE if str(value) == SAMPLE else WELCOME


def startup_path(argv: list[str], settings: QSettings, quick: bool = False) -> Path | str | None:
    """What to open at start-up: a file, the sample, or None for the welcome page."""
    args = [a for a in argv if a != SAMPLE_FLAG]
    if args:
        return args[0]
    if SAMPLE_FLAG in argv or quick or startup_choice(settings) == SAMPLE:
        return files.sample_path()
    return None


class WelcomeView(QWidget):
    """Open a release, a project or the sample; recent projects and releases."""

    def __init__(self, parts: Parts, files: FilesFeature) -> None:
        super().__init__()
        self.setObjectName("welcomeView")
        self.parts = parts
        self.files = files
        self.setAccessibleName(translate("Welcome", "Welcome"))
        title = QLabel(translate("Welcome", "Welcome to Briefing"), objectName="welcomeTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(translate(
            "Welcome",
            "Open a press release to see its outline, annotate it, summarise its sections "
            "and export a Word briefing note. A project keeps all of that in one file."),
            objectName="welcomeIntro")
        intro.setWordWrap(True)
        self.open_button = QPushButton(translate("Welcome", "&Open a Release or Project…"),
                                       objectName="welcomeOpen")
        self.url_button = QPushButton(translate("Welcome", "Open a &Web Page…"),
                                      objectName="welcomeUrl")
        self.paste_button = QPushButton(translate("Welcome", "&Paste a Release"),
                                        objectName="welcomePaste")
        self.sample_button = QPushButton(translate("Welcome", "Open the &Sample Release"),
                                         objectName="welcomeSample")
        self.guide_button = QPushButton(translate("Welcome", "Read the User &Guide"),
                                        objectName="welcomeGuide")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.url_button, self.paste_button,
                       self.sample_button, self.guide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.projects_label = QLabel(translate("Welcome", "Recent &projects"))
        self.projects = QListWidget(objectName="welcomeRecentProjects")
        self.projects_label.setBuddy(self.projects)
        self.releases_label = QLabel(translate("Welcome", "Recent &releases"))
        self.releases = QListWidget(objectName="welcomeRecentReleases")
        self.releases_label.setBuddy(self.releases)
        self.projects.setAccessibleName(translate("Welcome", "Recent projects"))
        self.releases.setAccessibleName(translate("Welcome", "Recent releases"))
        self.empty = QLabel(translate("Welcome", "Files you open will be listed here."),
                            objectName="welcomeEmpty")
        recent = QHBoxLayout()
        for label, widget in ((self.projects_label, self.projects),
                              (self.releases_label, self.releases)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget)
            recent.addLayout(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.empty)
        layout.addLayout(recent, 1)
        self.setTabOrder(self.open_button, self.url_button)
        self.setTabOrder(self.url_button, self.paste_button)
        self.setTabOrder(self.paste_button, self.sample_button)
        self.setTabOrder(self.sample_button, self.guide_button)
        self.setTabOrder(self.guide_button, self.projects)
        self.setTabOrder(self.projects, self.releases)
        self.open_button.clicked.connect(files.choose_and_open)
        self.url_button.clicked.connect(parts.actions["actionOpenUrl"].trigger)
        self.paste_button.clicked.connect(parts.actions["actionPasteRelease"].trigger)
        self.sample_button.clicked.connect(self.open_sample)
        self.guide_button.clicked.connect(self._show_guide)
        self.projects.itemActivated.connect(self._open_item)
        self.releases.itemActivated.connect(self._open_item)

    def refresh(self) -> None:
        """Fill the recent lists from the window's recent files (existing files only)."""
        self.projects.clear()
        self.releases.clear()
        for path in self.parts.recent.paths():
            if not Path(path).exists():
                continue
            target = self.projects if path.lower().endswith(".briefing") else self.releases
            item = QListWidgetItem(Path(path).name, target)
            item.setData(PathRole, path)
            item.setToolTip(path)
        for widget in (self.projects, self.releases):
            if widget.count():
                widget.setCurrentRow(0)
        has_any = bool(self.projects.count() or self.releases.count())
        self.empty.setVisible(not has_any)
        self.sample_button.setEnabled(files.sample_path() is not None)

    def open_sample(self) -> None:
        path = files.sample_path()
        if path is not None:
            self.files.open_path(path)

    def _show_guide(self) -> None:
        self.parts.actions["actionUserGuide"].trigger()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.files.open_path(item.data(PathRole))


class WelcomeFeature:
    """The welcome page as the first tab of the centre, while nothing is open.

    The page itself (``view``) is built the first time it is needed: a start that
    opens a file or the sample never pays for its widgets.
    """

    def __init__(self, parts: Parts, doc: ProjectDocument, files: FilesFeature) -> None:
        self.parts, self.files = parts, files
        self._view: WelcomeView | None = None
        self.action = QAction(translate("Welcome", "&Welcome"), parts.window)
        self.action.setObjectName("actionWelcome")
        self.action.setStatusTip(translate("Welcome", "Show the welcome page"))
        self.action.triggered.connect(self.show)
        parts.actions["actionWelcome"] = self.action
        doc.projectReplaced.connect(self._project_replaced)

    @property
    def view(self) -> WelcomeView:
        if self._view is None:
            self._view = WelcomeView(self.parts, self.files)
            from briefing.app.shell import accessibility

            accessibility.name_unnamed(self._view)
        return self._view

    def is_shown(self) -> bool:
        return self._view is not None and self.parts.tabs.indexOf(self._view) >= 0

    def show(self) -> None:
        self.view.refresh()
        tabs = self.parts.tabs
        if not self.is_shown():
            tabs.insertTab(0, self.view, translate("Welcome", "Welcome"))
        tabs.setCurrentWidget(self.view)
        self.view.open_button.setFocus()

    def hide(self) -> None:
        if self._view is None:
            return
        index = self.parts.tabs.indexOf(self._view)
        if index >= 0:
            self.parts.tabs.removeTab(index)
            self.parts.tabs.setCurrentWidget(self.parts.editor)

    def _project_replaced(self) -> None:
        if self.parts.project.releases:
            self.hide()

    def add_to_menu(self) -> None:
        """Put File › Welcome after File › Open Recent (once the menus are built)."""
        parts, feature = self.parts, self
        file_menu = parts.window.findChild(QWidget, "menuFile")
        if file_menu is not None:
            recent = parts.window.findChild(QWidget, "menuRecent")
            anchor = recent.menuAction() if recent is not None else None
            actions = file_menu.actions()
            after = actions[actions.index(anchor) + 1] if anchor in actions else None
            file_menu.insertAction(after, feature.action)
