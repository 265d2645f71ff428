"""Tools › Drafting Settings…: an optional OpenAI-compatible endpoint for summary drafts.

Off by default. Nothing is sent anywhere unless the user ticks "Draft with a language
model" *and* gives a URL; the dialog says plainly that the release text goes to that
address. Values live in the window's QSettings under ``drafting/``, except the API key:
it goes to the system keyring (``briefing.keystore``), never into the settings file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing import analysis
from briefing.app.shell.i18n import translate
from briefing.keystore import SecretStore

KEY_NAME = "llm-api-key"

ENABLED, URL, MODEL, API_KEY, TIMEOUT = (
    "drafting/llmEnabled", "drafting/llmUrl", "drafting/llmModel", "drafting/llmApiKey",
    "drafting/llmTimeout",
)
DEFAULT_TIMEOUT = 20.0
WARNING = QT_TRANSLATE_NOOP(
    "Drafting",
    "When this is on, Suggest sends the section's text (or the release's, for the bottom "
    "line) to this address. Drafts are labelled as written by a language model; check them "
    "before use. If the server is slow or unreachable, the offline draft is shown instead."
)


def _bool(value: object) -> bool:
    # An INI-backed QSettings returns "true"/"false" strings; the native backends, bools.
    return value is True or str(value).lower() in ("true", "1", "yes")


def load_llm_settings(settings: QSettings) -> analysis.LLMSettings | None:
    """The configured endpoint, or None when model drafting is off (the default)."""
    if not _bool(settings.value(ENABLED, False)):
        return None
    try:
        timeout = float(settings.value(TIMEOUT, DEFAULT_TIMEOUT))
    except (TypeError, ValueError):
        timeout = DEFAULT_TIMEOUT
    llm = analysis.LLMSettings(
        url=str(settings.value(URL, "") or ""),
        model=str(settings.value(MODEL, "") or ""),
        api_key=load_api_key(settings),
        timeout=timeout,
    )
    return llm if llm.enabled else None


def key_store(settings: QSettings) -> SecretStore:
    """The store for the API key; its fallback file sits with the settings file."""
    if settings.format() == QSettings.Format.IniFormat and settings.fileName():
        folder = Path(settings.fileName()).parent
    else:  # the native store may be the Windows registry: use the app's config folder
        location = QStandardPaths.StandardLocation.AppConfigLocation
        folder = Path(QStandardPaths.writableLocation(location))
    return SecretStore(folder)


def load_api_key(settings: QSettings) -> str:
    """The API key from the keystore; one left in the settings file by an older version is
    moved there first."""
    store = key_store(settings)
    old = str(settings.value(API_KEY, "") or "")
    if old:
        store.set(KEY_NAME, old)
        settings.remove(API_KEY)
        settings.sync()
        return old
    return store.get(KEY_NAME)


def save_llm_settings(settings: QSettings, enabled: bool, llm: analysis.LLMSettings) -> str:
    """Save the dialog's values; returns a warning for the user ("" when none)."""
    settings.setValue(ENABLED, bool(enabled))
    settings.setValue(URL, llm.url.strip())
    settings.setValue(MODEL, llm.model.strip())
    settings.remove(API_KEY)
    settings.setValue(TIMEOUT, float(llm.timeout))
    settings.sync()
    store = key_store(settings)
    store.set(KEY_NAME, llm.api_key)
    return store.warning


class DraftingSettingsDialog(QDialog):
    """Non-modal (opened with ``open()``); OK saves, Cancel leaves everything as it was."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftingSettingsDialog")
        self.setWindowTitle(translate("Drafting", "Drafting Settings"))
        self.settings = settings
        self.enabled = QCheckBox(translate("Drafting", "Draft summaries with a &language model"),
                                 objectName="llmEnabled")
        self.url = QLineEdit(objectName="llmUrl")
        self.url.setPlaceholderText("http://127.0.0.1:8080/v1")
        self.model = QLineEdit(objectName="llmModel")
        self.api_key = QLineEdit(objectName="llmApiKey")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.timeout = QDoubleSpinBox(objectName="llmTimeout")
        self.timeout.setRange(1.0, 300.0)
        self.timeout.setSuffix(" s")
        warning = QLabel(translate("Drafting", WARNING), objectName="llmWarning")
        warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow("", self.enabled)
        form.addRow(translate("Drafting", "Endpoint &URL"), self.url)
        form.addRow(translate("Drafting", "&Model"), self.model)
        form.addRow(translate("Drafting", "API &key"), self.api_key)
        form.addRow(translate("Drafting", "&Time-out"), self.timeout)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.enabled.toggled.connect(self._update_enabled)
        self._load()

    def _load(self) -> None:
        s = self.settings
        self.enabled.setChecked(_bool(s.value(ENABLED, False)))
        self.url.setText(str(s.value(URL, "") or ""))
        self.model.setText(str(s.value(MODEL, "") or ""))
        self.api_key.setText(load_api_key(s))
        try:
            self.timeout.setValue(float(s.value(TIMEOUT, DEFAULT_TIMEOUT)))
        except (TypeError, ValueError):
            self.timeout.setValue(DEFAULT_TIMEOUT)
        self._update_enabled(self.enabled.isChecked())

    def _update_enabled(self, on: bool) -> None:
        for widget in (self.url, self.model, self.api_key, self.timeout):
            widget.setEnabled(on)

    def accept(self) -> None:
        llm = analysis.LLMSettings(self.url.text(), self.model.text(), self.api_key.text(),
                          self.timeout.value())
        warning = save_llm_settings(self.settings, self.enabled.isChecked(), llm)
        super().accept()
        if warning:
            from briefing.app.shell.messages import show_info

            show_info(self.parentWidget(), warning)
