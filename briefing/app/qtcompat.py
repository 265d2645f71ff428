"""Work-arounds for the Qt binding, applied once when the app package is imported.

PySide6 6.12 on Python 3.11: every emission of a Python-defined ``Signal`` to a
Python slot drops one reference to ``True`` (checked with ``sys.getrefcount``).
Python 3.12+ makes ``True``/``False`` immortal so the binding gets away with it
there; on 3.11 the count reaches zero after a few thousand emissions (a few
thousand keystrokes) and the interpreter aborts with "bool_dealloc". ``None`` suffers
the same way in other calls (building 2,000 extra selections aborts in
"none_dealloc"). We give these singletons an enormous reference count, which is
what 3.12's immortality does.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # ~10^12 emissions


def make_bools_immortal() -> None:
    """Raise the reference counts of the singletons far out of reach (Python < 3.12)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (True, False, None, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every CPython object header.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
