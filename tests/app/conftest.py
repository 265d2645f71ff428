"""Fixtures for driving the real window: temp settings, hand-built releases, no modal boxes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Node, Release, SourceInfo

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "sample-release.txt"


def make_release(paragraphs: list[str], rid: str = "r1", title: str = "Test release") -> Release:
    """A release built by hand: a title node and numbered paragraphs ("1. text")."""
    parts = [title]
    nodes: list[Node] = []
    offset = len(title) + 2
    nodes.append(Node("title", "title", "", 0, len(title), 0))
    for i, text in enumerate(paragraphs, 1):
        label = f"{i}."
        line = f"{label} {text}"
        nodes.append(
            Node(f"p{i}", "paragraph", label, offset, offset + len(line), offset + len(label) + 1)
        )
        parts.append(line)
        offset += len(line) + 2
    root = Node("root", "root", "", 0, offset - 2, 0, children=nodes)
    return Release(rid, "\n\n".join(parts), root, SourceInfo(path=f"{rid}.txt"), title=title)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Every message the app would show in a box, instead of showing it."""
    shown: list[str] = []
    target = "briefing.app.shell.messages.show_error"
    monkeypatch.setattr(target, lambda _parent, text: shown.append(text))
    return shown


class Answers(list):
    """Questions the app asked (``asked``) and the answers to give, in order.

    With no answer queued the choice is "Discard" where offered (closing a window
    at the end of a test), else the last choice (Cancel / Later): a test never
    waits on a modal box.
    """

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def __call__(self, _parent, text, choices, detail=""):
        self.asked.append(text)
        if self:
            return self.pop(0)
        return "Discard" if "Discard" in choices else choices[-1]


@pytest.fixture(autouse=True)
def answers(monkeypatch, tmp_path) -> Answers:
    """Answers for ``messages.ask``; also keeps autosaves out of the user's home."""
    monkeypatch.setenv("BRIEFING_STATE_DIR", str(tmp_path / "state"))
    queue = Answers()
    monkeypatch.setattr("briefing.app.shell.messages.ask", queue)
    monkeypatch.setattr("briefing.app.shell.messages.show_info", lambda _p, text: queue.asked.append(text))
    return queue


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, errors):
    from briefing.app.shell.compose import build_window

    win = build_window(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.finish_startup()  # what waits for the first paint (see MainWindow.after_first_paint)
    return win


def select_text(window, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Select ``needle`` in the source editor as a user would (shift+arrows are slow for
    long passages, so the cursor is placed directly); returns the UTF-16 span."""
    from PySide6.QtGui import QTextCursor

    from briefing.app.document.offsets import u16_len

    text = window.editor.toPlainText()
    cp = -1
    for _ in range(occurrence + 1):
        cp = text.index(needle, cp + 1)
    start = u16_len(text[:cp])
    end = start + u16_len(needle)
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    return start, end
