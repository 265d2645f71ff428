"""Korean in Help and Export: the Korean user guide (bundled, current, shown when the
interface is Korean) and the export dialog's Note language."""

from __future__ import annotations

import pytest

from briefing.app.shell import i18n
from tests.app.conftest import REPO


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def test_bundled_korean_user_guide_is_current():
    """resources/docs/user-guide.ko.md ships in the wheel: copy docs/user-guide.ko.md there."""
    bundled = REPO / "resources" / "docs" / "user-guide.ko.md"
    assert bundled.read_text(encoding="utf-8") == (REPO / "docs" / "user-guide.ko.md").read_text(
        encoding="utf-8"
    ), "cp docs/user-guide.ko.md resources/docs/user-guide.ko.md"


def test_korean_guide_has_the_english_guide_sections():
    """Every heading of the English guide has its Korean counterpart, in the same order
    (a section added to one guide and not the other fails here)."""

    def headings(name: str) -> list[str]:
        lines = (REPO / "docs" / name).read_text(encoding="utf-8").splitlines()
        return [line.split(" ", 1)[0] for line in lines if line.startswith("#")]

    assert headings("user-guide.ko.md") == headings("user-guide.md")


def test_korean_guide_names_menus_as_the_korean_interface_shows_them():
    text = (REPO / "docs" / "user-guide.ko.md").read_text(encoding="utf-8")
    for path in (
        "파일 › 열기…",
        "파일 › 브리핑 노트 내보내기…",
        "도움말 › 사용자 안내서",
        "편집 › 환경 설정…",
        "브리핑 › 요약으로 브리핑 초안 작성",
    ):
        assert path in text, path
    assert "File ›" not in text and "Help ›" not in text


def test_help_shows_the_guide_in_the_interface_language(qtbot, window):
    guide = window.help.show_guide()
    assert "user guide" in guide.browser.toPlainText().lower()
    i18n.set_language("ko")
    guide = window.help.show_guide()
    shown = guide.browser.toPlainText()
    for heading in ("사용자 안내서", "원문 가져오기", "내보내기", "단축키"):
        assert heading in shown, heading
    i18n.set_language("en")
    guide = window.help.show_guide()
    assert "Import a release" in guide.browser.toPlainText()


def test_export_dialog_note_language(qtbot, window):
    from briefing.app.panels.export_dialog import ExportDialog

    i18n.set_language("ko")
    dialog = ExportDialog(window, window.settings)
    qtbot.addWidget(dialog)
    # Until chosen, the note is in the interface's language.
    assert dialog.options().language == "ko"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.options().language == "en"
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    # Each language is named in itself; English and Korean come first.
    assert names[:2] == ["English", "한국어"]
    assert {"Français", "Español"} <= set(names)
