"""Save and open a project with a 5 MB release and 10,000 annotations (target: <= 300 ms each).

Prints the median wall and CPU time of several runs:
`python benchmarks/bench_storage.py [--runs N]`, and two references measured in the same
run on the same file: parsing its JSON alone (orjson.loads, the floor of any JSON
reader) and writing its bytes with fsync (the floor of any atomic save).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import orjson

from briefing.model import Anchor, Annotation, Node, Project, Release
from briefing.storage import open_project, save_project

WORDS = [
    "the",
    "minister",
    "said",
    "Korea",
    "Canada",
    "will",
    "work",
    "together",
    "on",
    "security",
    "trade",
    "한반도",
    "평화",
]


def big_project(
    size: int = 5_000_000, annotations: int = 10_000, lines_per_node: int = 1
) -> Project:
    """A release of ``size`` characters; a node per ``lines_per_node`` lines (~150
    characters each): every fourth node a paragraph, the three after it its items."""
    rng = random.Random(1)
    lines, length = [], 0
    while length < size:
        line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40))) + ".\n"
        lines.append(line)
        length += len(line)
    text = "".join(lines)[:size]
    root = Node("root", "root", end=len(text))
    offset = 0
    units = text.split("\n")
    for i in range(0, len(units), lines_per_node):
        unit = "\n".join(units[i : i + lines_per_node])
        node_end = offset + len(unit)
        if (i // lines_per_node) % 4 == 0 or not root.children:
            root.children.append(Node(f"p{i}", "paragraph", "1.", offset, node_end, offset + 3))
        else:
            root.children[-1].children.append(Node(f"p{i}", "item", "-", offset, node_end))
            root.children[-1].end = node_end
        offset = node_end + 1
    notes = []
    for i in range(annotations):
        start = rng.randrange(0, len(text) - 80)
        notes.append(
            Annotation(
                f"a{i}",
                "r1",
                Anchor.from_text(text, start, start + rng.randint(5, 80)),
                body=f"note {i} 메모",
                tags=["Key point"],
                author="analyst",
            )
        )
    release = Release("r1", text, root)
    release.source.original = text.encode("utf-8")
    release.source.sha256 = hashlib.sha256(release.source.original).hexdigest()
    return Project(releases=[release], annotations=notes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--lines-per-node",
        type=int,
        default=1,
        help="1: a node per ~150-character line (35,000 nodes, the worst case); "
        "4: a node per ~600-character paragraph (9,000 nodes, typical)",
    )
    args = parser.parse_args()
    project = big_project(lines_per_node=args.lines_per_node)
    nodes = sum(1 for _ in project.releases[0].nodes())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.briefing"
        save_times, open_times, save_cpu, open_cpu = [], [], [], []
        result = None
        for _ in range(args.runs):
            t0, c0 = time.perf_counter(), time.process_time()
            save_project(project, path)
            save_times.append(time.perf_counter() - t0)
            save_cpu.append(time.process_time() - c0)
            # Free the previous run's project first: that is closing it, not opening.
            result = None
            t0, c0 = time.perf_counter(), time.process_time()
            result = open_project(path)
            open_times.append(time.perf_counter() - t0)
            open_cpu.append(time.process_time() - c0)
        assert result.project == project
        size = path.stat().st_size
        fresh = _fresh_process_opens(path, args.runs)
        data = path.read_bytes()
        parse_times, write_times = [], []
        for _ in range(args.runs):
            # As open does: no collector passes while parsing; freeing it is not timed.
            gc.disable()
            t0 = time.perf_counter()
            parsed = orjson.loads(data)
            parse_times.append(time.perf_counter() - t0)
            del parsed
            gc.enable()
            t0 = time.perf_counter()
            with open(Path(folder) / "copy", "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            write_times.append(time.perf_counter() - t0)
    print(
        f"project: {len(project.releases[0].text) / 1e6:.1f} M chars, {nodes} nodes, "
        f"{len(project.annotations)} annotations, original kept; file {size / 1e6:.1f} MB"
    )
    # CPU time (user + system) is steadier than wall time on a busy machine; a save's
    # wall time also includes waiting for fsync.
    references = (("writing the bytes", write_times), ("orjson.loads alone", parse_times))
    for (name, wall, cpu), (ref_name, ref) in zip(
        (("save", save_times, save_cpu), ("open", open_times, open_cpu)), references, strict=True
    ):
        print(
            f"{name}  median {statistics.median(wall) * 1000:6.0f} ms  (target 300); "
            f"CPU {statistics.median(cpu) * 1000:4.0f} ms; reference ({ref_name}) "
            f"{statistics.median(ref) * 1000:4.0f} ms, ratio "
            f"{statistics.median(wall) / statistics.median(ref):.1f}"
        )
    # Alternating saves and opens in one process, each open reuses memory the last one
    # freed; a user opens a project in a process that has not held one yet.
    print(
        f"open in a fresh process: median {statistics.median(fresh) * 1000:6.0f} ms "
        f"(min {min(fresh) * 1000:.0f}, max {max(fresh) * 1000:.0f})"
    )


_OPEN_ONCE = """
import sys, time
from briefing.storage import open_project
start = time.perf_counter()
open_project(sys.argv[1])
print(time.perf_counter() - start)
"""


def _fresh_process_opens(path: Path, runs: int) -> list[float]:
    """Seconds ``open_project`` took, each in a new Python process (imports not timed)."""
    root = str(Path(__file__).resolve().parent.parent)
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _OPEN_ONCE, str(path)],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


if __name__ == "__main__":
    main()
