"""Instructions (callgrind) spent in each stage of one ``load_release``: where a large
release's time goes, counted exactly, not timed on a shared, noisy machine.

    .venv/bin/python benchmarks/stage_instructions.py FILE [module.function ...]

Runs itself under ``valgrind --tool=callgrind --dump-before=math_gcd``: every stage named
(default: the pipeline's steps) is wrapped to call ``math.gcd`` as it starts and ends, so
callgrind writes one part per stretch between two boundaries, and the parts' totals are
the instructions of each stage (the stretches between stages are shown too). Wrapped
functions must be looked up through their module at call time (a pipeline step, or a
module-level function a pass calls by its bare name). Needs valgrind; asserts nothing.
"""

from __future__ import annotations

import glob
import importlib
import math
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PIPELINE = "briefing.ingest.pipeline."
DEFAULT_STAGES = [
    "briefing.ingest.readers.text.split_lines",
    "briefing.ingest.text_note_list.number_note_list",
    "briefing.ingest.text_notes.join_note_markers",
    "briefing.ingest.text_fragments.join_inline_breaks",
    "briefing.ingest.web_chrome.take_web_chrome",
    *(
        PIPELINE + name
        for name in (
            "take_page_furniture",
            "make_xml_safe",
            "segment",
            "assign_roles",
            "_place",
            "build_tree",
            "_fill_metadata",
            "_sha256",
        )
    ),
]


def _child(path: str, stages: list[str], names_file: str) -> None:
    """Inside valgrind: wrap the stages, load ``path`` once (after a warm-up load of the
    sample), write the boundaries' names in call order."""
    sys.path.insert(0, str(REPO))
    from briefing.ingest import load_release

    load_release(REPO / "resources" / "samples" / "sample-release.txt", suggest=False)
    names: list[str] = []

    def wrap(spec: str) -> None:
        module_name, attr = spec.rsplit(".", 1)
        module = importlib.import_module(module_name)
        inner = getattr(module, attr)

        def wrapped(*args, **kwargs):
            names.append(f"start {attr}")
            math.gcd(0, 0)
            try:
                return inner(*args, **kwargs)
            finally:
                names.append(f"end {attr}")
                math.gcd(0, 0)

        setattr(module, attr, wrapped)

    for spec in stages:
        wrap(spec)
    names.append("begin")
    math.gcd(0, 0)
    load_release(path, suggest=False)
    names.append("finish")
    math.gcd(0, 0)
    Path(names_file).write_text("\n".join(names), encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[4:], sys.argv[3])
        return
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path, stages = sys.argv[1], sys.argv[2:] or DEFAULT_STAGES
    with tempfile.TemporaryDirectory() as tmp:
        out, names_file = os.path.join(tmp, "cg.out"), os.path.join(tmp, "names")
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--dump-before=math_gcd",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--child",
                path,
                names_file,
                *stages,
            ],
            check=True,
            capture_output=True,
        )
        parts = sorted(glob.glob(out + ".*"), key=lambda p: int(p.rsplit(".", 1)[1]))
        costs = []
        for part in parts:
            text = Path(part).read_text(encoding="utf-8", errors="replace")
            found = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            costs.append(int(found.group(1)) if found else 0)
        names = Path(names_file).read_text(encoding="utf-8").split("\n")
    # Part k holds the instructions between the (k-1)th and the kth boundary.
    first = names.index("begin")
    total = 0
    for k in range(first + 1, len(names)):
        cost = costs[k] if k < len(costs) else 0
        total += cost
        if cost >= 100_000:
            print(f"{cost / 1e6:9.1f}M  {names[k - 1]:>32} .. {names[k]}")
    print(f"{total / 1e6:9.1f}M  in all, one load of {Path(path).name}")


if __name__ == "__main__":
    main()
