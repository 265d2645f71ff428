"""Run drafting work (summaries, key facts) on the GUI thread only when it is quick.

The offline analysis takes ~2-30 ms on a normal release and ~100 ms on a long one
(docs/analysis.md). Anything that would block the window for 50 ms or more runs in
``QThreadPool`` instead. The runner estimates the cost from the text length and the
speed it measured last time for the same kind of work, so a slow machine or a very
long release moves the work off the GUI thread by itself.

Work handed to the pool reads the live ``Release``. That is safe enough because the
text is an immutable ``str`` and callers drop a result whose release changed since
the request (see ``Ticket``); a half-shifted node offset can only produce a result
that is thrown away.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.app.shell.background import run_in_background

GUI_BUDGET_MS = 50.0
# Until measured: ~7 ms per 1,000 characters (bottom line of a 2,500-word release).
DEFAULT_MS_PER_KCHAR = 7.0


@dataclass(frozen=True)
class Ticket:
    """Identifies one request; a result whose ticket is no longer current is dropped."""

    serial: int
    rid: str
    nid: str | None
    text_id: int  # id() of the Release.text the work read


class DraftingRunner:
    """Chooses between calling now and calling in a pool thread, per kind of work."""

    def __init__(self) -> None:
        self.ms_per_kchar: dict[str, float] = {}
        self.last_mode = ""  # "gui" or "worker": what the last run() chose (tests, logs)

    def estimate_ms(self, kind: str, chars: int) -> float:
        rate = self.ms_per_kchar.get(kind, DEFAULT_MS_PER_KCHAR)
        return rate * max(chars, 1) / 1000

    def _measured(self, kind: str, chars: int, seconds: float) -> None:
        # Keep the slower of the old rate and a smoothed new one: a fast run right after
        # a slow one (warm caches) should not send the next long release to the GUI thread.
        rate = seconds * 1000 / (max(chars, 1) / 1000)
        old = self.ms_per_kchar.get(kind)
        self.ms_per_kchar[kind] = rate if old is None else max(rate, (old + rate) / 2)

    def run(
        self,
        kind: str,
        chars: int,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        force_worker: bool = False,
    ) -> None:
        """``on_done(fn())`` now if cheap, else from a pool thread via a queued signal.

        ``force_worker``: always off the GUI thread (network calls, whatever the size).
        """

        def timed() -> Any:
            started = time.perf_counter()
            result = fn()
            self._measured(kind, chars, time.perf_counter() - started)
            return result

        if force_worker or self.estimate_ms(kind, chars) >= GUI_BUDGET_MS:
            self.last_mode = "worker"
            run_in_background(timed, on_done, on_error)
            return
        self.last_mode = "gui"
        try:
            result = timed()
        except Exception as error:  # the same path as a worker's failure
            on_error(error)
            return
        on_done(result)
