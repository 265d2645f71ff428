"""The interface language: Korean in Preferences switches menus and actions live, and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing.app import i18n
from tests.app.conftest import SAMPLE


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def choose_language(qtbot, window, code: str) -> None:
    """Edit › Preferences… by its shortcut, pick the language, OK with the keyboard."""
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.help.preferences
    assert dialog is not None and dialog.isVisible()
    combo = dialog.language
    combo.setFocus()
    target = combo.findData(code)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # Return in a dialog presses OK
    assert not dialog.isVisible()


def test_switch_to_korean_and_back(qtbot, window, settings):
    window.open_path(SAMPLE)
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&Brief"]
    choose_language(qtbot, window, "ko")
    assert settings.value("interface/language") == "ko"
    assert i18n.current_language() == "ko"
    titles = menu_titles(window)
    assert titles[:2] == ["파일(&F)", "편집(&E)"]
    assert titles[-1] == "도움말(&H)"
    a = window.actions
    assert a["actionOpen"].text() == "열기(&O)…"
    assert a["actionSaveAs"].text() == "다른 이름으로 저장(&A)…"
    assert a["actionExportDocx"].text() == "브리핑 노트 내보내기(&E)…"
    assert a["actionAnnotate"].text() == "선택 영역에 주석 달기(&A)"
    assert a["actionUndo"].text() == "실행 취소(&U)"
    assert a["actionFind"].text() == "찾기(&F)…"
    assert window.tabs.tabText(window.tabs.indexOf(window.editor)) == "원문(&S)"
    assert window.outline_dock.windowTitle() == "개요"
    assert window.inspector.summary.placeholderText() == "이 단락의 요약 (직접 작성)"
    assert window.editor.accessibleName() == "원문 텍스트"
    assert "단어" in window.words_status.text()

    choose_language(qtbot, window, "en")
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&Brief"]
    assert a["actionOpen"].text() == "&Open…"
    assert a["actionUndo"].text() == "&Undo"
    assert window.outline_dock.windowTitle() == "Outline"
    assert window.editor.accessibleName() == "Source text"
    assert "words" in window.words_status.text()


def test_undo_text_follows_language(qtbot, window):
    window.open_path(SAMPLE)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.inspector.summary, "Key point")
    assert window.actions["actionUndo"].text() == "&Undo Summary"
    i18n.set_language("ko")
    assert window.actions["actionUndo"].text() == "요약 실행 취소(&U)"


def test_a_window_built_in_korean_reads_korean(qtbot, settings, errors):
    from briefing.app.main_window import MainWindow

    i18n.set_language("ko")
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    assert [a.text() for a in win.menuBar().actions()][0] == "파일(&F)"
    assert win.actions["actionSave"].text() == "저장(&S)"
    i18n.set_language("en")
    assert win.actions["actionSave"].text() == "&Save"


def test_language_follows_the_system_by_default():
    from PySide6.QtCore import QLocale

    assert i18n.resolve("system", QLocale("ko_KR")) == "ko"
    assert i18n.resolve("system", QLocale("fr_FR")) == "en"
    assert i18n.resolve("en", QLocale("ko_KR")) == "en"


def test_brief_date_follows_the_language():
    import datetime as dt

    day = dt.date(2026, 11, 24)
    assert i18n.format_date(day, "en") == "24 November 2026"
    assert i18n.format_date(day, "ko") == "2026년 11월 24일"


def test_ts_without_qm_still_translates(tmp_path):
    from briefing.app.i18n import TsTranslator, translations_dir

    translator = TsTranslator(translations_dir() / "briefing_ko.ts")
    assert translator.translate("Menus", "&File") == "파일(&F)"
    assert translator.translate("Menus", "no such text") == ""


def test_every_text_has_a_korean_translation():
    import subprocess
    import sys

    from tests.app.conftest import REPO

    result = subprocess.run([sys.executable, str(REPO / "scripts" / "update_translations.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
