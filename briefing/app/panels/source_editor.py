"""The source text editor: a QPlainTextEdit that shows annotations as extra selections."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

# Extra-selection property naming the annotation a highlight belongs to.
ANNOTATION_ID_PROPERTY = QTextFormat.Property.UserProperty + 1


class SourceEditor(QPlainTextEdit):
    """The release text: read-only until the user turns editing on (Edit › Edit Release
    Text), so a stray key never replaces a selected paragraph. Undo/redo keys are left to
    the window's QUndoStack."""

    #: A local file was dropped on the editor.
    fileDropped = Signal(str)
    #: A key that would have typed text was pressed while the text is read-only.
    typedWhileReadOnly = Signal()
    #: The part of the text on screen changed (scrolled, resized); coalesced.
    visibleRangeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceEditor")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # keyboard users can leave the editor with Tab
        self._annotation_sels: list[QTextEdit.ExtraSelection] = []
        #: The selected node's UTF-16 span and band colour (see set_node_highlight).
        self.node_span: tuple[int, int] | None = None
        self.node_color = QColor()
        self._find_sels: list[QTextEdit.ExtraSelection] = []
        self._sel_cache: dict[tuple[str, int], QTextEdit.ExtraSelection] = {}
        self._sel_cache_doc = None
        #: Callable ``u16 position -> tooltip text or ""``, set by the window.
        self.tooltip_for = None
        #: Actions added to the context menu (Annotate, ...), set by the window.
        self.context_actions: list = []
        # Scrolling fires many times per frame; listeners hear once per event-loop turn.
        self._visible_timer = QTimer(self, singleShot=True, interval=0)
        self._visible_timer.timeout.connect(self.visibleRangeChanged)
        self.verticalScrollBar().valueChanged.connect(self._schedule_visible_range)
        self.set_editable(False)

    # -- read-only until asked -----------------------------------------------------------

    def set_editable(self, on: bool) -> None:
        """Editing on or off. Off, the text can still be selected with the mouse and the
        keyboard (to annotate it) and the caret stays visible; nothing typed changes it."""
        self.setReadOnly(not on)
        flags = Qt.TextInteractionFlag
        if on:
            self.setTextInteractionFlags(flags.TextEditorInteraction)
        else:
            self.setTextInteractionFlags(
                flags.TextSelectableByMouse | flags.TextSelectableByKeyboard
            )

    def is_editable(self) -> bool:
        return not self.isReadOnly()

    def keyPressEvent(self, event) -> None:
        if _failed_shortcut(event):
            # Ctrl/Alt + a letter that is no shortcut (a chord pressed slightly wrong) must
            # not type that letter over the selection. AltGr characters (Ctrl+Alt on
            # Windows) differ from the key's own letter and still type.
            event.accept()
            return
        if self.isReadOnly() and event.text() and event.text().isprintable():
            self.typedWhileReadOnly.emit()
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:
        # A read-only editor refuses drops; a dropped release file must still open.
        if _local_file(event.mimeData()) is not None:
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if _local_file(event.mimeData()) is not None:
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        path = _local_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
            return
        super().dropEvent(event)

    def _schedule_visible_range(self, *_args: object) -> None:
        # Not valueChanged -> QTimer.start directly: its int would become the interval.
        self._visible_timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_visible_range()

    def visible_range(self, margin_screens: int = 2) -> tuple[int, int]:
        """The UTF-16 range on screen, widened by ``margin_screens`` screenfuls each way.

        The margin keeps highlights ready for the next few scroll steps and for text
        that an edit pushes into view, before the next refresh.
        """
        viewport = self.viewport()
        top = self.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        screen = max(bottom - top, 2000)  # hidden or tiny viewport: still a useful window
        return max(0, top - margin_screens * screen), bottom + margin_screens * screen

    # -- highlights -------------------------------------------------------------------

    def set_annotation_highlights(self, spans: list[tuple[int, int, object, str]]) -> None:
        """Show ``(start, end, QColor, annotation id)`` spans (UTF-16) as highlights.

        Selections are cached per (annotation id, colour): their cursors live in the
        document and follow edits by themselves, and ``setPosition`` in a 5 MB document
        costs ~50 µs, so only new or recoloured annotations build a cursor.
        """
        doc = self.document()
        limit = doc.characterCount() - 1
        cache = self._sel_cache if self._sel_cache_doc is doc else {}
        fresh: dict[tuple[str, int], QTextEdit.ExtraSelection] = {}
        sels = []
        for start, end, color, ann_id in spans:
            key = (ann_id, color.rgba())
            sel = cache.get(key)
            # A cached cursor that no longer covers the span (text deleted, then the
            # deletion undone: the span is restored, the cursor is not) is rebuilt.
            if sel is not None and (
                sel.cursor.selectionStart() != min(start, limit)
                or sel.cursor.selectionEnd() != min(end, limit)
            ):
                sel = None
            if sel is None:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(doc)
                cursor.setPosition(min(start, limit))
                cursor.setPosition(min(end, limit), QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setBackground(color)
                fmt.setProperty(ANNOTATION_ID_PROPERTY, ann_id)
                sel.cursor, sel.format = cursor, fmt
            fresh[key] = sel
            sels.append(sel)
        self._sel_cache, self._sel_cache_doc = fresh, doc
        self._annotation_sels = sels
        self._apply()

    def set_node_highlight(self, span: tuple[int, int] | None, color) -> None:
        """Mark the selected node's span with a faint band (None clears it).

        Painted under the text in :meth:`paintEvent`, not as an extra selection: with
        2,000 annotation highlights, handing the whole extra-selection list back to Qt
        on every node selection cost ~5 ms of conversions.
        """
        self.node_span, self.node_color = span, QColor(color)
        self.viewport().update()

    def paintEvent(self, event) -> None:
        if self.node_span is not None:
            self._paint_node_band(event.rect())
        super().paintEvent(event)

    def _paint_node_band(self, clip) -> None:
        start, end = self.node_span
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom = clip.bottom()
        painter = QPainter(self.viewport())
        try:
            while block.isValid():
                rect = self.blockBoundingGeometry(block).translated(offset)
                if rect.top() > bottom:
                    break
                b_start = block.position()
                if b_start < end and b_start + block.length() > start:
                    rect.setLeft(0)
                    rect.setWidth(self.viewport().width())
                    painter.fillRect(rect, self.node_color)
                block = block.next()
        finally:
            painter.end()

    def set_find_highlights(self, spans: list[tuple[int, int]], color) -> None:
        """Outline find matches (UTF-16 spans)."""
        sels = []
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            sel.cursor, sel.format = cursor, fmt
            sels.append(sel)
        self._find_sels = sels
        self._apply()

    def _apply(self) -> None:
        # Order matters: later selections paint over earlier ones.
        self.setExtraSelections(self._annotation_sels + self._find_sels)

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` (UTF-16) with the cursor at the start, and show it."""
        limit = self.document().characterCount() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(end, limit))
        cursor.setPosition(min(start, limit), QTextCursor.MoveMode.KeepAnchor)
        # Scroll the end into view first, then the start: as much of the span as fits shows.
        end_cursor = QTextCursor(self.document())
        end_cursor.setPosition(min(end, limit))
        self.setTextCursor(end_cursor)
        self.ensureCursorVisible()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- events ----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # QPlainTextEdit claims Undo/Redo keys for its own document history; let them
        # reach the window's actions so there is one QUndoStack for every change.
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return False
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            pos = self.cursorForPosition(event.pos()).position()
            text = self.tooltip_for(pos)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self.context_actions:
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        # Non-blocking popup; deleted when closed.
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return _local_file(source) is not None or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        path = _local_file(source)
        if path is not None:
            # A dropped file opens as a release; it is not pasted as a URL.
            self.fileDropped.emit(path)
            return
        super().insertFromMimeData(source)


def _failed_shortcut(event) -> bool:
    """True for Ctrl or Alt (without AltGr's different character) plus a plain letter or
    digit: a key chord meant as a shortcut, never text."""
    mods = event.modifiers()
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    if not mods & chord or mods & Qt.KeyboardModifier.MetaModifier:
        return False
    text = event.text()
    key = event.key()
    code = key.value if hasattr(key, "value") else int(key)
    if len(text) != 1 or not (0x30 <= code <= 0x39 or 0x41 <= code <= 0x5A):  # 0-9, A-Z
        return False
    return text.lower() == chr(code).lower()


def _local_file(mime: QMimeData) -> str | None:
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
    return None
