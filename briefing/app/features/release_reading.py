"""Reading a release file off the GUI thread, with progress and Cancel.

Opening, importing and updating a release read and outline a file: milliseconds for a
short text, many seconds for a long PDF or a big annex. The window must keep painting
and answering meanwhile, so the work runs on a pool thread and only *produces* the
result (a ``Release``, or whatever the caller's work function returns); the caller's
``apply`` runs on the GUI thread when it arrives, so the controller stays the only one
that changes the project.

A progress dialog (not modal) appears only when a read takes longer than
``PROGRESS_AFTER_MS``, so a quick open never flashes one. Cancel drops the result at
once, leaving the window as it was, and the worker stops at its next page or step
(``briefing.ingest.progress``). A failure is the same one-line message as before. One
read at a time: another Open, Import or Update while one runs is refused with a line
in the status bar.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog

from briefing.app.shell import messages
from briefing.app.shell.i18n import translate
from briefing.ingest.progress import Cancelled

if TYPE_CHECKING:
    from briefing.app.shell.parts import Parts

PROGRESS_AFTER_MS = 300  # a quick read never flashes a dialog
WAIT_MS = 300_000  # wait(): longer than any read a user would sit through

#: ``work(progress=callback)`` runs on the worker; ``apply(result)`` on the GUI thread.
Work = Callable[..., Any]
Apply = Callable[[Any], bool]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so the slots run there."""

    progressed = Signal(int, int, int)  # serial, done, total
    finished = Signal(int, object)  # serial, result
    failed = Signal(int, object)  # serial, exception


class _Job(QRunnable):
    """One read on a pool thread; it reports only through the relay."""

    def __init__(self, serial: int, work: Work, relay: _Relay, cancelled: threading.Event):
        super().__init__()  # auto-deleted by the pool: the window keeps only ``cancelled``
        self.serial, self.work, self.relay, self.cancelled = serial, work, relay, cancelled

    def progress(self, done: int, total: int) -> None:
        """Called by the pipeline between pages and steps (on the worker thread)."""
        if self.cancelled.is_set():
            raise Cancelled
        self._emit(self.relay.progressed, done, total)

    def run(self) -> None:
        try:
            result = self.work(progress=self.progress)
        except Cancelled:
            return  # the window let go of this read when Cancel was pressed
        except Exception as error:  # reported on the GUI thread as one line, never lost
            self._emit(self.relay.failed, error)
            return
        self._emit(self.relay.finished, result)

    def _emit(self, signal, *values: Any) -> None:
        # RuntimeError: the app is quitting and the relay is gone; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(self.serial, *values)


class ReleaseReading(QObject):
    """The window's one reader of release files (used by Open, Import, Update Release)."""

    #: A read ended: True when its result was applied, False when it failed, was
    #: cancelled or declined. Tests and scripts wait on it (or call ``wait``).
    settled = Signal(bool)

    def __init__(self, parts: Parts) -> None:
        super().__init__(parts.window)
        self.parts = parts
        self.relay = _Relay()  # no parent: a worker may outlive the window
        self.relay.progressed.connect(self._progressed)
        self.relay.finished.connect(self._finished)
        self.relay.failed.connect(self._failed)
        self.progress: QProgressDialog | None = None
        self.cancelled: threading.Event | None = None  # while a read is under way
        self.name = ""  # the file being read, for the dialog and status lines
        self.apply: Apply | None = None
        self.outcome = False  # what the last read came to (``wait`` returns it)
        self._serial = 0
        app = QCoreApplication.instance()
        if app is not None:  # quitting: the worker stops at its next step
            app.aboutToQuit.connect(self.cancel)
        parts.window.installEventFilter(self)  # a closed window lets its read go

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.busy():
            # The close may still be refused (unsaved changes: Cancel): look once it is done.
            QTimer.singleShot(0, self._cancel_if_closed)
        return False

    def _cancel_if_closed(self) -> None:
        if not self.parts.window.isVisible():
            self.cancel()

    def busy(self) -> bool:
        return self.cancelled is not None

    def refused(self) -> bool:
        """True (and the status bar says why) while a read is under way."""
        if not self.busy():
            return False
        self.parts.show_status(
            translate("Reading", "Still reading {name}: wait for it or cancel it.").format(
                name=self.name
            ),
            6000,
        )
        return True

    def start(self, path: str | Path, work: Work, apply: Apply) -> bool:
        """Run ``work(progress=…)`` on a pool thread, then ``apply(result)`` here.

        False (nothing started) while another read is under way."""
        if self.refused():
            return False
        self._serial += 1
        self.cancelled = threading.Event()
        self.name, self.apply, self.outcome = Path(path).name, apply, False
        self.parts.show_status(translate("Reading", "Reading {name}…").format(name=self.name))
        self._open_progress()
        QThreadPool.globalInstance().start(_Job(self._serial, work, self.relay, self.cancelled))
        return True

    def cancel(self) -> None:
        """Let go of the read under way: its result is dropped, the window is unchanged."""
        if self.cancelled is None:
            return
        self.cancelled.set()  # the worker stops at its next page or step
        self._end()
        self.parts.show_status(
            translate("Reading", "Reading {name} cancelled: nothing changed.").format(
                name=self.name
            ),
            6000,
        )
        self.settled.emit(False)

    def wait(self, timeout_ms: int = WAIT_MS) -> bool:
        """Wait for the read under way, the event loop running (scripts and tests); True
        when its result was applied. Returns the last outcome when none is under way."""
        if self.busy():
            loop = QEventLoop()
            self.settled.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            self.settled.disconnect(loop.quit)
            if self.busy():  # timed out
                self.cancel()
        return self.outcome

    # -- the worker's reports (on the GUI thread) -------------------------------------------

    def _progressed(self, serial: int, done: int, total: int) -> None:
        if serial == self._serial and self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finished(self, serial: int, result: Any) -> None:
        if serial != self._serial or self.cancelled is None:
            return  # cancelled, or superseded
        apply = self.apply
        self._end()
        self.parts.window.statusBar().clearMessage()
        try:
            self.outcome = bool(apply(result)) if apply is not None else False
        finally:  # even when applying fails, nobody waits forever
            self.settled.emit(self.outcome)

    def _failed(self, serial: int, error: Exception) -> None:
        if serial != self._serial or self.cancelled is None:
            return
        self._end()
        self.parts.window.statusBar().clearMessage()
        text = str(error).splitlines()[0] if str(error) else type(error).__name__
        messages.show_error(self.parts.window, text)
        self.settled.emit(False)

    def _end(self) -> None:
        self.cancelled, self.apply = None, None
        self._close_progress()

    # -- the dialog ----------------------------------------------------------------------------

    def _open_progress(self) -> None:
        self._close_progress()
        progress = QProgressDialog(
            translate("Reading", "Reading {name}…").format(name=self.name),
            translate("Reading", "Cancel"),
            0,
            0,  # busy until the first report gives a scale
            self.parts.window,
        )
        progress.setObjectName("readProgress")
        progress.setWindowTitle(translate("Reading", "Reading"))
        # Not modal: the window keeps answering (it only refuses a second read).
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.canceled.connect(self.cancel)
        self.progress = progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
