"""The Qt binding must not leak references to True/None on signal emission.

PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` (and ``None``) per emission of
a Python-defined signal; after a few thousand keystrokes the interpreter aborts in
``bool_dealloc``. pyproject.toml therefore pins PySide6 below 6.12; this test guards it.
"""

from __future__ import annotations

import sys


def test_signal_emissions_keep_singleton_refcounts_stable(qapp):
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        flag = Signal(bool)
        text = Signal(str)
        bare = Signal()

    emitter = Emitter()
    seen: list[object] = []
    emitter.flag.connect(seen.append)
    emitter.text.connect(seen.append)
    emitter.bare.connect(lambda: None)
    seen.clear()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2_000):
        emitter.flag.emit(False)
        emitter.text.emit("x")
        emitter.bare.emit()
    seen.clear()
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50
