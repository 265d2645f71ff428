"""The app survives many signal emissions (PySide6 6.12 + Python 3.11 bool refcount bug)."""

from __future__ import annotations

import sys

import briefing.app  # noqa: F401 - applies the work-around


def test_many_python_signal_emissions_keep_true_alive(qapp):
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal(str)

    emitter = Emitter()
    seen: list[str] = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(20_000):  # more than True's natural refcount on 3.11
        emitter.fired.emit("x")
    assert len(seen) == 20_000
    assert sys.getrefcount(True) > 0 and before > 0
