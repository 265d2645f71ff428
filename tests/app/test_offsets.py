"""Code points <-> UTF-16: checked against Qt's own counting."""

from __future__ import annotations

import pytest

from briefing.app.document.offsets import OffsetMap, u16_len

TEXTS = [
    "",
    "plain ASCII",
    "Le ministre a déclaré : « coopération »",
    "외교부 대변인 정례브리핑",
    "a😀b한😀c🇫🇷 end",
    "😀",
]


@pytest.mark.parametrize("text", TEXTS)
def test_roundtrip_matches_qt(qapp, text):
    from PySide6.QtGui import QTextCursor, QTextDocument

    omap = OffsetMap(text)
    doc = QTextDocument()
    doc.setPlainText(text)
    assert omap.u16_length == doc.characterCount() - 1 == u16_len(text)
    for cp in range(len(text) + 1):
        u = omap.to_u16(cp)
        assert omap.to_cp(u) == cp
        cursor = QTextCursor(doc)
        cursor.setPosition(0)
        cursor.setPosition(u, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == text[:cp]


def test_inside_surrogate_pair_rounds_down():
    omap = OffsetMap("a😀b")
    assert omap.to_cp(2) == 1
