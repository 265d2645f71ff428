"""Ending on a signal without losing work: SIGTERM (logout, shutdown, ``kill``), SIGHUP
(the terminal closed) and SIGINT (Ctrl+C in the terminal that started Briefing).

Nobody is there to answer Save / Discard / Cancel, and the project file must not be
changed behind the user's back. So each window writes its unsaved changes to its
recovery file (offered at the next start, as after a crash), releases its project lock
(so the next start is not told the project is open elsewhere), and the app quits.

Python runs signal handlers only between bytecodes, and while Qt's event loop waits in
C++ no bytecode runs: ``signal.set_wakeup_fd`` writes a byte to a socket that a
``QSocketNotifier`` watches, which wakes the loop so the handler runs at once.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from briefing.app.shell.main_window import MainWindow

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class SignalShutdown(QObject):
    """Installed once on the application by :func:`install`."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.signum: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for signum in SIGNALS:
            signal.signal(signum, self._on_signal)

    def _drain(self, *_args: object) -> None:
        # The byte only woke the loop; the Python handler has run (or runs now).
        with contextlib.suppress(OSError):
            while self._reader.recv(512):
                pass

    def _on_signal(self, signum: int, _frame: object) -> None:
        if self.signum is not None:
            return  # already on the way out
        self.signum = signum
        # Leave the signal handler first: the work below runs Qt code.
        QTimer.singleShot(0, self._shut_down)

    def _shut_down(self) -> None:
        from briefing.app.shell.main_window import MainWindow

        kept = True
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, MainWindow):
                try:
                    save_for_later(widget)
                except Exception as error:  # one window must not keep the app from ending
                    kept = False
                    print(
                        f"briefing: could not keep the changes of {widget.windowTitle()!r}:"
                        f" {error}",
                        file=sys.stderr,
                    )
        outcome = "unsaved changes kept for recovery" if kept else "see above"
        print(f"briefing: ended by signal {self.signum}; {outcome}", file=sys.stderr)
        self.app.exit(128 + (self.signum or 0))


def save_for_later(window: MainWindow) -> None:
    """Autosave ``window``'s unsaved changes to its recovery file and let go of its lock."""
    window.recovery.keep_for_next_start()
    window.project_doc.release_lock()


def install(app: QApplication) -> SignalShutdown | None:
    """Handle SIGTERM/SIGHUP/SIGINT for ``app`` (main thread only; else does nothing)."""
    try:
        return SignalShutdown(app)
    except ValueError:  # set_wakeup_fd / signal outside the main thread
        return None
