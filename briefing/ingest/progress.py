"""Cooperative progress and Cancel for reading a release (no Qt).

Whoever reads a file on a worker thread (the app) hands ``load_release`` a callback
``progress(done, total)``; the pipeline and the readers call it between pages and
between steps, and the callback may raise :class:`Cancelled` to stop the work there.
The callback is kept in a context variable, so readers report with :func:`report`
without every function passing it along, and each thread sees only its own callback.
Without a callback (the command line, tests) reporting costs one look-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Progress = Callable[[int, int], None]

#: The one scale the caller sees: ``progress(done, SCALE)``.
SCALE = 1000


class Cancelled(BaseException):  # (a signal to stop, not an error)
    """The user cancelled reading.

    A BaseException (like ``asyncio.CancelledError``): the readers' catch-all
    ``except Exception`` handlers, which turn surprises into one-line read errors,
    must let a cancel through untouched.
    """


_sink: ContextVar[Progress | None] = ContextVar("briefing_progress", default=None)
# The share of the whole work the current step covers, as fractions (start, end).
_span: ContextVar[tuple[float, float]] = ContextVar("briefing_span", default=(0.0, 1.0))


@contextmanager
def reporting(progress: Progress | None) -> Iterator[None]:
    """Send this thread's reports to ``progress`` (None: keep whatever is set)."""
    if progress is None:
        yield
        return
    token = _sink.set(progress)
    try:
        yield
    finally:
        _sink.reset(token)


@contextmanager
def share(start: float, end: float) -> Iterator[None]:
    """The work inside covers ``start``..``end`` of the whole (fractions of 1)."""
    token = _span.set((start, end))
    try:
        report(0, 1)
        yield
        report(1, 1)
    finally:
        _span.reset(token)


def report(done: int, total: int) -> None:
    """``done`` of ``total`` units of the current step are done (may raise Cancelled)."""
    sink = _sink.get()
    if sink is None:
        return
    start, end = _span.get()
    part = min(max(done / total, 0.0), 1.0) if total > 0 else 1.0
    sink(round(SCALE * (start + (end - start) * part)), SCALE)


def checkpoint(fraction: float) -> None:
    """The whole work is ``fraction`` done (may raise Cancelled)."""
    sink = _sink.get()
    if sink is not None:
        sink(round(SCALE * min(max(fraction, 0.0), 1.0)), SCALE)
