"""Edit › Preferences…: interface language, start-up page, autosave interval, author name,
and whether projects keep a copy of each release's original file.

Everything is stored in the window's QSettings and applies when OK or Apply is pressed:
the language switches the whole interface at once (``i18n.set_language``), the
autosave timer restarts with the new interval, new annotations carry the author name,
releases opened from then on keep (or not) their original file.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from briefing.app.shell import i18n
from briefing.app.shell.i18n import translate
from briefing.app.shell.settings import (
    KEEP_ORIGINALS_SETTING,
    SAMPLE,
    STARTUP_SETTING,
    WELCOME,
    keep_originals,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefing.app.shell.parts import Parts

AUTHOR_SETTING = "annotations/author"
AUTOSAVE_SETTING = "autosave/interval_s"  # read by recovery_autosave.Autosaver
DEFAULT_AUTOSAVE_S = 60


def default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return ""


def author(settings: QSettings) -> str:
    """The name new annotations carry (Preferences, else the login name)."""
    value = str(settings.value(AUTHOR_SETTING, "") or "").strip()
    return value or default_author()




class PreferencesDialog(QDialog):
    """Non-modal: the window stays usable while it is open."""

    def __init__(self, parts: Parts, restart_autosave: Callable[[], None]) -> None:
        super().__init__(parts.window)
        self.setObjectName("preferencesDialog")
        self.parts = parts
        self.w = parts.window
        self.restart_autosave = restart_autosave  # the interval may have changed
        self.settings = parts.settings
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.language = QComboBox(objectName="prefLanguage")
        for code, name in i18n.LANGUAGES.items():
            shown = translate("Preferences", name) if code == "system" else name
            self.language.addItem(shown, code)
        self.startup = QComboBox(objectName="prefStartup")
        self.startup.addItem(translate("Preferences", "Show the welcome page"), WELCOME)
        self.startup.addItem(translate("Preferences", "Open the sample release"), SAMPLE)
        self.autosave = QSpinBox(objectName="prefAutosave")
        self.autosave.setRange(10, 3600)
        self.autosave.setSingleStep(10)
        self.autosave.setSuffix(translate("Preferences", " s"))
        self.author = QLineEdit(objectName="prefAuthor")
        self.author.setPlaceholderText(default_author())
        self.keep_originals = QCheckBox(
            translate("Preferences", "Keep a copy of each release's original &file in the project"),
            objectName="prefKeepOriginals")
        self.note = QLabel(objectName="prefNote")
        self.note.setWordWrap(True)
        self.note.setText(translate(
            "Preferences", "The language changes at once. Dates in a newly drafted brief "
            "follow it too."))
        form = QFormLayout()
        form.addRow(translate("Preferences", "&Language:"), self.language)
        form.addRow(translate("Preferences", "&At start without a file:"), self.startup)
        form.addRow(translate("Preferences", "Auto&save every:"), self.autosave)
        form.addRow(translate("Preferences", "Annotation &author:"), self.author)
        form.addRow(self.keep_originals)
        self.language.setAccessibleName(translate("Preferences", "Interface language"))
        self.startup.setAccessibleName(translate("Preferences", "At start without a file"))
        self.autosave.setAccessibleName(translate("Preferences", "Autosave interval in seconds"))
        self.author.setAccessibleName(translate("Preferences", "Annotation author"))
        self.keep_originals.setAccessibleName(
            translate("Preferences", "Keep original files in the project"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        s = self.settings
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language_setting(s))))
        startup = SAMPLE if str(s.value(STARTUP_SETTING, WELCOME)) == SAMPLE else WELCOME
        self.startup.setCurrentIndex(self.startup.findData(startup))
        try:
            interval = int(s.value(AUTOSAVE_SETTING, DEFAULT_AUTOSAVE_S))
        except (TypeError, ValueError):
            interval = DEFAULT_AUTOSAVE_S
        self.autosave.setValue(interval)
        self.author.setText(str(s.value(AUTHOR_SETTING, "") or ""))
        self.keep_originals.setChecked(keep_originals(s))

    def apply(self) -> None:
        s = self.settings
        s.setValue(STARTUP_SETTING, self.startup.currentData())
        s.setValue(AUTOSAVE_SETTING, self.autosave.value())
        s.setValue(AUTHOR_SETTING, self.author.text().strip())
        s.setValue(KEEP_ORIGINALS_SETTING, self.keep_originals.isChecked())
        self.restart_autosave()
        language = self.language.currentData()
        s.setValue(i18n.SETTING, language)
        s.sync()
        i18n.set_language(language)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def showEvent(self, event) -> None:
        self.load()
        super().showEvent(event)
