"""The interface language: Korean in Preferences switches menus and actions live, and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing.app.shell import i18n
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
    from briefing.app.shell.compose import build_window

    i18n.set_language("ko")
    win = build_window(settings)
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
    from briefing.app.shell.i18n import TsTranslator, translations_dir

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


def test_panels_outline_and_tools_menu_read_korean(qtbot, window):
    """After switching, the outline's headers and kinds, Suggestions, Key facts, Find
    and the Tools menu read Korean (texts built from data included)."""
    from PySide6.QtCore import Qt as QtNs

    from briefing.app.document.outline_model import COL_KIND, COL_OUTLINE

    window.open_path(SAMPLE)
    i18n.set_language("ko")
    model = window.tree.model()
    header = [model.headerData(c, QtNs.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[COL_OUTLINE] == "개요" and "종류" in header and "주석 수" in header
    release = model.index(0, 0)
    assert model.index(0, COL_KIND).data() == "원문"
    kinds = {model.index(r, COL_KIND, release).data() for r in range(model.rowCount(release))}
    assert "단락" in kinds and "paragraph" not in kinds
    window.select_node(*next((window.project.releases[0].id, n.id)
                             for n in window.project.releases[0].nodes() if n.kind == "paragraph"))
    assert window.inspector.title.text().startswith("단락")
    assert window.node_status.text().startswith("단락")
    # Suggestions
    assert window.suggestions.dock.windowTitle().startswith("제안")
    assert window.suggestions.accept_all_button.text() == "모두 수락(&L)"
    assert window.suggestions.dismiss_button.text() == "무시(&I)"
    # Key facts
    facts = window.facts
    assert facts.dock.windowTitle() == "주요 사실"
    qtbot.waitUntil(lambda: facts.view.tree.topLevelItemCount() > 0)
    assert facts.view.tree.headerItem().text(0) == "사실"
    assert facts.view.tree.topLevelItem(0).text(0).startswith("인물")
    # Find
    window.actions["actionFind"].trigger()
    bar = window.finder.bar
    assert "찾기" in bar.edit.placeholderText()
    assert bar.case.text() == "대소문자 구분(&C)"
    bar.edit.setText("zzzz-not-there")
    window.finder.search()
    assert bar.count.text() == "일치 항목 없음"
    # Tools menu and the annotation filter
    tools = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menuTools")
    assert tools.title() == "도구(&T)"
    assert [a.text() for a in tools.actions()] == ["초안 작성 설정(&D)…"]
    tag_filter = window.annotation_panel.tag_filter
    window.annotation_panel.set_annotations(window.project.annotations, window.project.tag_names)
    assert tag_filter.itemText(0) == "모든 태그"

    i18n.set_language("en")
    assert model.headerData(COL_KIND, QtNs.Orientation.Horizontal) == "Kind"
    assert window.inspector.title.text().startswith("paragraph")
    assert window.annotation_panel.tag_filter.itemText(0) == "All tags"


def test_undo_history_names_read_korean(qtbot, window):
    window.open_path(SAMPLE)
    qtbot.waitUntil(lambda: bool(window.suggestions.pending()))
    window.suggestions.accept_all()
    i18n.set_language("ko")
    assert window.actions["actionUndo"].text().startswith("제안")
    view = window.findChild(type(window.history_dock.widget()), "undoHistory")
    index = view.model().index(view.model().rowCount() - 1, 0)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    assert option.text.startswith("제안") and "Suggestions" not in option.text


def test_no_unfinished_entries_in_the_ts():
    """Every message of briefing_ko.ts has a finished, non-empty Korean translation."""
    import xml.etree.ElementTree as ET

    ts = i18n.translations_dir() / "briefing_ko.ts"
    unfinished = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            element = message.find("translation")
            kind = element.get("type") if element is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            if element is None or kind == "unfinished" or not (element.text or "").strip():
                unfinished.append((context.findtext("name"), message.findtext("source")))
    assert unfinished == []
