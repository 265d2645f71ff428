"""Drafting Settings: the API key never lands in the settings file."""

from __future__ import annotations

from pathlib import Path

from briefing.app.panels.llm_settings import (
    API_KEY,
    DraftingSettingsDialog,
    load_llm_settings,
)


def test_the_key_goes_to_the_keystore_not_the_settings_file(qtbot, settings):
    dialog = DraftingSettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.url.setText("https://llm.example/v1")
    dialog.api_key.setText("sk-secret-1")
    dialog.accept()
    settings.sync()
    assert "sk-secret-1" not in Path(settings.fileName()).read_text(encoding="utf-8")
    assert load_llm_settings(settings).api_key == "sk-secret-1"


def test_a_key_left_in_settings_by_an_older_version_is_moved(settings):
    settings.setValue("drafting/llmEnabled", True)
    settings.setValue("drafting/llmUrl", "https://llm.example/v1")
    settings.setValue(API_KEY, "sk-old")
    settings.sync()
    assert load_llm_settings(settings).api_key == "sk-old"
    settings.sync()
    assert "sk-old" not in Path(settings.fileName()).read_text(encoding="utf-8")
    assert load_llm_settings(settings).api_key == "sk-old"
