"""Run a slow function off the GUI thread and get its result back as a signal.

Exports and previews take from 100 ms (a normal brief) to many seconds (a 10,000
paragraph annex, or LibreOffice starting a fresh profile); the window must stay usable
meanwhile. The function runs in ``QThreadPool.globalInstance()``; its result or exception
comes back through a queued signal, so the callbacks run on the GUI thread.

The function must only touch data nobody else changes meanwhile: callers hand it a
deep copy of the project (taken on the GUI thread), never the live one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; the runnable emits through it (queued across threads)."""

    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # reported on the GUI thread, never swallowed
            self._deliver(self.relay.failed, error)
            return
        self._deliver(self.relay.finished, result)

    @staticmethod
    def _deliver(signal, value: Any) -> None:
        # RuntimeError: the app is quitting and the relay is already deleted; nobody is
        # left to tell, and a traceback on the way out would only alarm the user.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


# Relays waiting for their task: kept alive here until the result arrives.
_pending: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Call ``fn()`` on a pool thread; then ``on_done(result)`` or ``on_error(exc)`` here."""
    relay = _Relay()
    _pending.add(relay)

    def done(result: Any) -> None:
        _pending.discard(relay)
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            on_done(result)

    def failed(error: Any) -> None:
        _pending.discard(relay)
        with contextlib.suppress(RuntimeError):
            on_error(error)

    relay.finished.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(fn, relay))
