"""Export speed: the sample's note, and notes drafted from 2,500 / 5,000 / 10,000-paragraph
releases (annex included) against pandoc converting the same text to .docx.

    .venv/bin/python benchmarks/bench_export.py [--strict] [--sizes 2500,5000,10000]

For each size the release is drafted into a brief (what ``briefing export RELEASE`` does
after reading) and exported to .docx; that time is compared with pandoc turning the
note's own Markdown export (the same text, annex and all) into .docx. Targets: the sample
in <= 0.3 s; at the largest size at most half of pandoc's time; growth linear (time per
paragraph at the largest size within 1.5x of the smallest). pandoc is used by this
benchmark only (``apt-get install pandoc``); without it the ratio is not measured and the
benchmark says so. ``--strict`` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.brief import draft_brief  # noqa: E402
from briefing.export import ExportOptions, export_note, note_markdown  # noqa: E402
from briefing.model import Project  # noqa: E402
from tests.export.fixtures import big_release, sample_project  # noqa: E402

SAMPLE_TARGET_S = 0.3
PANDOC_RATIO_TARGET = 0.5
LINEAR_SLACK = 1.5  # per-paragraph time at the largest size / at the smallest
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def median_time(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def note_from_release(release, path: Path, options: ExportOptions) -> None:
    project = Project(releases=[release])
    project.brief = draft_brief(project, NOW.date())
    export_note(project, path, options)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--sizes", default="2500,5000,10000", help="release sizes in paragraphs, comma-separated"
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    options = ExportOptions(now=NOW)
    sample = sample_project()
    sample.brief = draft_brief(sample, NOW.date())
    pandoc = shutil.which("pandoc")
    failed = False
    with tempfile.TemporaryDirectory() as work:
        out = Path(work)
        export_note(sample, out / "warm.docx", options)  # imports, template cache
        sample_s = median_time(lambda: export_note(sample, out / "sample.docx", options), 15)
        ok = sample_s <= SAMPLE_TARGET_S
        failed |= not ok
        print(
            f"sample note .docx: median {sample_s * 1000:.1f} ms "
            f"(target <= {SAMPLE_TARGET_S * 1000:.0f} ms) {'ok' if ok else 'MISSED'}"
        )
        if pandoc is None:
            print("pandoc: not installed (apt-get install pandoc); ratio not measured")
        print()
        print(
            f"{'paragraphs':>10} {'briefing s':>11} {'ms/1k para':>11} {'pandoc s':>9} {'ratio':>6}"
        )
        per_k: list[float] = []
        ratio = None
        for size in sizes:
            target = out / f"note-{size}.docx"
            release = big_release(size)  # the test fixture's own build is not timed
            gc.collect()  # garbage left by the previous size is not this size's cost
            note_s = median_time(
                lambda r=release, t=target: note_from_release(r, t, options), args.repeat
            )
            per_k.append(note_s / size * 1000)
            pandoc_text = "-"
            ratio_text = "-"
            if pandoc is not None:
                project = Project(releases=[release])
                project.brief = draft_brief(project, NOW.date())
                markdown = out / f"note-{size}.md"
                markdown.write_text(note_markdown(project, options), encoding="utf-8")
                command = [
                    pandoc,
                    "-f",
                    "markdown",
                    "-t",
                    "docx",
                    str(markdown),
                    "-o",
                    str(out / f"pandoc-{size}.docx"),
                ]
                pandoc_s = median_time(lambda c=command: subprocess.run(c, check=True), args.repeat)
                ratio = note_s / pandoc_s
                pandoc_text = f"{pandoc_s:9.2f}"
                ratio_text = f"{ratio:6.3f}"
            print(
                f"{size:>10,} {note_s:11.3f} {per_k[-1] * 1000:11.1f} {pandoc_text:>9} "
                f"{ratio_text:>6}"
            )
        print()
        growth = per_k[-1] / per_k[0]
        ok = growth <= LINEAR_SLACK
        failed |= not ok
        print(
            f"growth: time per paragraph at {sizes[-1]:,} is {growth:.2f}x that at "
            f"{sizes[0]:,} (linear: 1.0, target <= {LINEAR_SLACK}) {'ok' if ok else 'MISSED'}"
        )
        if ratio is not None:
            ok = ratio <= PANDOC_RATIO_TARGET
            failed |= not ok
            print(
                f"ratio briefing / pandoc at {sizes[-1]:,}: {ratio:.3f} "
                f"(target <= {PANDOC_RATIO_TARGET}) {'ok' if ok else 'MISSED'}"
            )
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
