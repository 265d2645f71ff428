"""Open, Import and Update Release read the file off the GUI thread (issue 14, item 1).

A slow reader (the real one, slowed down in steps that report progress as a long PDF's
pages do) stands in for a big release: the real window keeps painting and its timers
keep ticking, a progress dialog appears, Cancel leaves the window as it was, and a
failure is the usual one-line message.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from .conftest import make_release

STEP_S = 0.04  # one "page"


class SlowReader:
    """Wraps the real ``read_file``: ``steps`` pages of ``STEP_S`` each, reporting as
    it goes (where a cancel stops it), optionally failing at the end."""

    def __init__(self, steps: int, fail: Exception | None = None) -> None:
        from briefing.ingest import readers

        self.real = readers.read_file
        self.steps, self.fail = steps, fail
        self.pages_read = 0
        self.stopped = False  # a cancel reached the worker

    def __call__(self, path):
        from briefing.ingest.progress import Cancelled, report

        try:
            for page in range(self.steps):
                report(page, self.steps)
                time.sleep(STEP_S)
                self.pages_read += 1
        except Cancelled:
            self.stopped = True
            raise
        if self.fail is not None:
            raise self.fail
        return self.real(path)


@pytest.fixture
def slow(monkeypatch):
    def install(steps: int, fail: Exception | None = None) -> SlowReader:
        reader = SlowReader(steps, fail)
        monkeypatch.setattr("briefing.ingest.readers.read_file", reader)
        return reader

    return install


class Paints(QObject):
    """Counts paint events of a widget."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def release_file(tmp_path, name: str = "long.txt", words: str = "talks") -> str:
    path = tmp_path / name
    path.write_text(
        f"Long release\n\n1. A paragraph about {words}.\n\n2. Another paragraph.\n",
        encoding="utf-8",
    )
    return str(path)


def progress_dialog(window) -> QProgressDialog | None:
    return window.findChild(QProgressDialog, "readProgress")


def test_the_window_paints_and_shows_progress_during_a_long_open(window, qtbot, tmp_path, slow):
    slow(30)  # about 1.2 s
    path = release_file(tmp_path)
    viewport = window.editor.viewport()
    paints = Paints(viewport)
    ticks: list[float] = []
    seen: list[tuple[bool, int]] = []  # (dialog visible, its value) at each tick

    def tick() -> None:
        ticks.append(time.monotonic())
        viewport.update()  # asks for a paint: it only happens if the event loop runs
        dialog = progress_dialog(window)
        if dialog is not None:
            seen.append((dialog.isVisible(), dialog.value()))

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    paints_before = paints.count
    started = time.monotonic()
    assert window.files.open_path(path)  # returns at once: the read runs in a worker
    assert time.monotonic() - started < 0.5
    assert window.files.reading.busy() and not window.project.releases
    with qtbot.waitSignal(window.files.reading.settled, timeout=20000) as outcome:
        pass
    timer.stop()
    assert outcome.args == [True]
    assert len(ticks) >= 10  # the event loop kept running throughout
    assert paints.count - paints_before >= 5  # and the window kept painting
    assert any(visible for visible, _value in seen), "no progress shown"
    values = [value for visible, value in seen if visible]
    assert values == sorted(values) and values[-1] > 0  # it advances
    assert progress_dialog(window) is None or not progress_dialog(window).isVisible()
    assert "A paragraph about talks." in window.editor.toPlainText()
    assert window.recent.paths()[0].endswith("long.txt")


def test_a_quick_open_never_flashes_the_dialog(window, qtbot, tmp_path):
    shown: list[bool] = []

    def look() -> None:
        dialog = progress_dialog(window)
        shown.append(dialog is not None and dialog.isVisible())

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    assert window.open_path(release_file(tmp_path))
    timer.stop()
    assert not any(shown)


def test_cancel_leaves_the_previous_document_intact(window, qtbot, tmp_path, slow, answers):
    window.set_release(make_release(["First paragraph.", "Second paragraph."]))
    before = window.project
    text = window.editor.toPlainText()
    recent = window.recent.paths()
    reader = slow(200)  # 8 s unless cancelled
    assert window.files.open_path(release_file(tmp_path))
    qtbot.waitUntil(
        lambda: progress_dialog(window) is not None and progress_dialog(window).isVisible(),
        timeout=5000,
    )
    progress_dialog(window).findChild(QPushButton).click()  # the dialog's Cancel button
    assert not window.files.reading.busy()
    assert window.project is before and window.editor.toPlainText() == text
    assert window.recent.paths() == recent  # nothing written
    assert "cancelled" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: reader.stopped, timeout=5000)  # the worker stopped early
    assert reader.pages_read < 100
    qtbot.wait(100)  # nothing arrives later either
    assert window.project is before and window.editor.toPlainText() == text


def test_an_error_in_the_worker_is_the_usual_one_line_message(
    window, qtbot, tmp_path, slow, errors
):
    from briefing.ingest import ReleaseReadError

    window.set_release(make_release(["Kept paragraph."]))
    before = window.project
    path = release_file(tmp_path, "damaged.txt")
    slow(3, fail=ReleaseReadError(path, "the file is damaged"))
    assert not window.open_path(path)
    assert len(errors) == 1 and "damaged.txt" in errors[0] and "\n" not in errors[0]
    assert window.project is before


def test_a_reader_bug_in_the_worker_is_one_line_too(window, tmp_path, slow, errors):
    path = release_file(tmp_path, "odd.txt")
    slow(2, fail=ValueError("unexpected value\nsecond line"))
    assert not window.open_path(path)
    assert len(errors) == 1 and "odd.txt" in errors[0] and "\n" not in errors[0]


def steps(window, kind: str) -> list[str]:
    """The undo steps done of one kind ("Import", "Update")."""
    stack = window.ctrl.undo_stack
    return [stack.text(i) for i in range(stack.index()) if stack.text(i).startswith(kind)]


def test_import_reads_in_the_worker_and_cancel_adds_nothing(window, qtbot, tmp_path, slow):
    window.set_release(make_release(["First paragraph."]))
    slow(10)
    assert window.files.import_path(release_file(tmp_path, "second.txt", "trade"))
    assert window.files.reading.busy() and len(window.project.releases) == 1
    assert window.files.reading.wait()
    assert [r.id for r in window.project.releases] == ["r1", "r2"]
    assert len(steps(window, "Import")) == 1  # one undo step

    slow(200)
    assert window.files.import_path(release_file(tmp_path, "third.txt"))
    qtbot.wait(100)
    window.files.reading.cancel()
    assert len(window.project.releases) == 2 and len(steps(window, "Import")) == 1


def test_update_release_reads_in_the_worker(window, qtbot, tmp_path, slow):
    window.set_release(make_release(["Old paragraph."]))
    slow(10)
    path = release_file(tmp_path, "newer.txt", "a newer text")
    assert window.release_updater.update(path)
    assert window.files.reading.busy()
    assert "newer" not in window.project.releases[0].text
    assert window.files.reading.wait()
    assert "A paragraph about a newer text." in window.project.releases[0].text
    assert len(steps(window, "Update")) == 1


def test_update_release_cancelled_changes_nothing(window, qtbot, tmp_path, slow):
    window.set_release(make_release(["Old paragraph."]))
    text = window.project.releases[0].text
    slow(200)
    assert window.release_updater.update(release_file(tmp_path, "newer.txt"), preview=True)
    qtbot.wait(100)
    window.files.reading.cancel()
    assert not window.files.reading.wait()
    assert window.project.releases[0].text == text
    assert steps(window, "Update") == []


def test_one_read_at_a_time(window, qtbot, tmp_path, slow):
    slow(50)
    assert window.files.open_path(release_file(tmp_path, "first.txt"))
    assert not window.files.open_path(release_file(tmp_path, "second.txt"))
    assert not window.files.import_path(release_file(tmp_path, "third.txt"))
    assert "Still reading first.txt" in window.statusBar().currentMessage()
    window.files.reading.cancel()
    assert not window.project.releases


def test_closing_the_window_lets_the_read_go(window, qtbot, tmp_path, slow):
    reader = slow(200)
    assert window.files.open_path(release_file(tmp_path))
    qtbot.wait(100)
    window.close()  # nothing unsaved: it closes
    qtbot.waitUntil(lambda: not window.files.reading.busy(), timeout=2000)
    qtbot.waitUntil(lambda: reader.stopped, timeout=5000)
    assert not window.project.releases
