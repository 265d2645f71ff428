"""Spell checking in the real window: the summary, annotation and brief editors are
underlined (never the release text), names from the release are not flagged, and the
context menu offers corrections and Add to Dictionary."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from .conftest import make_release
from .test_annotate_and_summarise import PARAS


def _underlined(editor) -> list[str]:
    """The words of ``editor`` drawn with the spell-check underline."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[fmt_range.start : fmt_range.start + fmt_range.length])
        block = block.next()
    return found


def test_summary_is_checked_release_names_are_not(window, qtbot):
    window.set_release(make_release(PARAS))
    feature = window.spelling
    qtbot.waitUntil(lambda: feature.speller is not None and bool(feature.speller.known),
                    timeout=10000)
    window.select_node("r1", "p1")
    window.inspector.summary.setPlainText("Chung and Le Drian agreed to recieve the delegation.")
    qtbot.waitUntil(lambda: _underlined(window.inspector.summary) == ["recieve"], timeout=5000)
    assert window.editor.document() not in [h.document() for h in feature.highlighters]
    # The context menu: corrections first, then Add to Dictionary.
    highlighter = next(h for h in feature.highlighters if h.editor is window.inspector.summary)
    text = window.inspector.summary.toPlainText()
    cursor = window.inspector.summary.textCursor()
    cursor.setPosition(text.index("recieve") + 2)
    rect = window.inspector.summary.cursorRect(cursor)
    menu = highlighter.context_menu(rect.center(), window.inspector.summary.mapToGlobal(rect.center()))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "receive"
    assert any("Add “recieve” to Dictionary" in t for t in texts)
    menu.actions()[0].trigger()
    assert "agreed to receive the delegation" in window.inspector.summary.toPlainText()
    menu.close()


def test_brief_editor_is_checked(window, qtbot):
    window.set_release(make_release(PARAS))
    feature = window.spelling
    qtbot.waitUntil(lambda: feature.speller is not None, timeout=10000)
    window.brief_tab.body.setPlainText("## Summary\n\nThe goverment welcomed the talks.")
    qtbot.waitUntil(lambda: "goverment" in _underlined(window.brief_tab.body), timeout=5000)
