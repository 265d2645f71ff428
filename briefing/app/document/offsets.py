"""Code points (Python ``str``, ``briefing.model``) <-> UTF-16 code units (``QTextCursor``).

Only characters outside the Basic Multilingual Plane (emoji, rare CJK) differ: each
counts 1 in Python and 2 in Qt. An :class:`OffsetMap` records where they are once,
so every conversion afterwards is a bisect instead of re-encoding the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets for one fixed text. Rebuild it when the text changes."""

    __slots__ = ("_astral_cp", "_astral_u16", "cp_length", "u16_length")

    def __init__(self, text: str) -> None:
        # Fast path: ASCII or all-BMP text (nearly every release) needs no table.
        if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
            astral: list[int] = []
        else:
            astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_cp = astral
        # UTF-16 position where the i-th astral character begins.
        self._astral_u16 = [cp + i for i, cp in enumerate(astral)]
        self.cp_length = len(text)
        self.u16_length = len(text) + len(astral)

    @property
    def identity(self) -> bool:
        """True when both units agree everywhere (no astral characters)."""
        return not self._astral_cp

    def to_u16(self, cp: int) -> int:
        """UTF-16 position of code-point offset ``cp``."""
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_cp(self, u16: int) -> int:
        """Code-point offset of UTF-16 position ``u16``; a position inside a surrogate
        pair rounds down to the start of its character."""
        if not self._astral_u16:
            return u16
        return u16 - bisect_left(self._astral_u16, u16)


def u16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def u16_spans(text: str, spans) -> list[tuple[int, int]]:
    """Code-point spans of ``text`` as UTF-16 spans (for the editor's highlights)."""
    omap = OffsetMap(text)
    return [(omap.to_u16(s), omap.to_u16(e)) for s, e in spans]


def select_in_plain_editor(editor, start: int, end: int | None = None) -> None:
    """Select code points ``[start, end)`` of a plain-text editor (or put the cursor at
    ``start`` when ``end`` is None): its ``QTextCursor`` counts UTF-16 units."""
    from PySide6.QtGui import QTextCursor

    text = editor.toPlainText()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(u16_len(text[:start]))
    if end is not None:
        cursor.setPosition(u16_len(text[:end]), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
