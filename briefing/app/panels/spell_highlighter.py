"""Red wavy underlines under misspelled words, with corrections in the context menu.

A QSyntaxHighlighter re-checks only the paragraph that changed (Qt calls it per block),
so typing stays cheap. Right-clicking a flagged word offers up to five corrections and
"Add to Dictionary" above the editor's usual menu items.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from briefing.app.shell.i18n import translate
from briefing.spelling import Speller


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the words ``speller`` does not know in one editor's document."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit, speller: Speller) -> None:
        super().__init__(editor.document())
        self.editor, self.speller = editor, speller
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor(220, 30, 30))
        self.menu: QMenu | None = None  # the last context menu (tests read it)
        editor.installEventFilter(self)

    def highlightBlock(self, text: str) -> None:
        # Positions are code points; Qt counts UTF-16 units (astral characters: 2).
        from briefing.app.document.offsets import u16_len

        for miss in self.speller.check(text):
            start = u16_len(text[: miss.start])
            self.setFormat(start, u16_len(miss.word), self.format)

    def word_at(self, cursor: QTextCursor) -> tuple[QTextCursor, str] | None:
        """The flagged word under ``cursor`` (selected in a copy of it), if any."""
        block = cursor.block()
        text = block.text()
        from briefing.app.document.offsets import OffsetMap

        omap = OffsetMap(text)
        here = omap.to_cp(cursor.positionInBlock())
        for miss in self.speller.check(text):
            if miss.start <= here <= miss.end:
                found = QTextCursor(cursor)
                found.setPosition(block.position() + omap.to_u16(miss.start))
                found.setPosition(
                    block.position() + omap.to_u16(miss.end), QTextCursor.MoveMode.KeepAnchor
                )
                return found, miss.word
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.ContextMenu:
            self.context_menu(event.pos(), event.globalPos())
            return True
        return False

    def context_menu(self, pos: QPoint, global_pos: QPoint) -> QMenu:
        menu = self.editor.createStandardContextMenu(pos)
        hit = self.word_at(self.editor.cursorForPosition(pos))
        if hit is not None:
            cursor, word = hit
            first = menu.actions()[0] if menu.actions() else None
            suggestions = self.speller.suggestions(word)
            for suggestion in suggestions:
                action = _menu_action(menu, suggestion, partial(_replace, cursor, suggestion))
                menu.insertAction(first, action)
            if not suggestions:
                none = _menu_action(menu, translate("Spelling", "(no suggestions)"), None)
                none.setEnabled(False)
                menu.insertAction(first, none)
            add = _menu_action(
                menu,
                translate("Spelling", "&Add “{word}” to Dictionary").format(word=word),
                partial(self._add, word),
            )
            menu.insertAction(first, add)
            menu.insertSeparator(first)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        menu.popup(global_pos)
        return menu

    def _add(self, word: str) -> None:
        self.speller.add_word(word)
        self.rehighlight()


def _menu_action(menu: QMenu, text: str, slot: Callable[..., object] | None) -> QAction:
    """A menu action whose ``triggered`` calls ``slot`` (no lambda connections)."""
    action = QAction(text, menu)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def _replace(cursor: QTextCursor, text: str, _checked: bool = False) -> None:
    cursor.insertText(text)  # one edit of the editor's own undo history
