"""A read release is freed by reference counting alone: no reference cycle in the
structure code keeps its outline alive.

Loading runs with the cycle collector off and moves every new object to the oldest
generation (briefing.perf.no_gc_pauses), so a cycle holding the outline (the tree
builder's bound handlers, a recursive closure over the root) kept each release read in a
loop until a full collection that never came: memory grew by the release's size a load.
"""

from __future__ import annotations

import gc

from briefing.ingest import load_release

TEXT = """Ministry of Examples

Example Talks Conclude

1. The delegations met in the capital and agreed on the following:

(a) a joint working group on examples;

(b) a second meeting next year.

2. The minister said the talks were useful.*

* Remarks as delivered.
"""


def test_a_dropped_release_leaves_no_cycle_behind(tmp_path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(TEXT, encoding="utf-8")
    load_release(path, suggest=False)  # (first read: lazy regexes and caches fill)
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        release = load_release(path, suggest=False)
        assert release.root.children
        del release
        left_in_cycles = gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert left_in_cycles == 0
