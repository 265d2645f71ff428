"""Export speed: the sample's brief, and a brief whose annex holds a 10,000-paragraph release.

    .venv/bin/python benchmarks/bench_export.py [--strict]

Targets: the sample's brief in <= 0.3 s; the 10,000-paragraph brief in at most half the
time pandoc takes to turn the equivalent Markdown (this exporter's own .md output) into
.docx. pandoc is used by this benchmark only (``apt-get install pandoc``); without it the
ratio is not measured and the benchmark says so. ``--strict`` exits 1 when a target is
missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def median_time(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--paragraphs", type=int, default=10_000)
    args = parser.parse_args()

    options = ExportOptions(now=NOW)
    sample = sample_project()
    sample.brief = draft_brief(sample, NOW.date())
    big = Project(releases=[big_release(args.paragraphs)], brief=sample.brief)
    failed = False
    with tempfile.TemporaryDirectory() as work:
        out = Path(work)
        export_note(sample, out / "warm.docx", options)  # imports, template cache
        sample_s = median_time(lambda: export_note(sample, out / "sample.docx", options), 15)
        ok = sample_s <= SAMPLE_TARGET_S
        failed |= not ok
        print(
            f"sample brief .docx:       median {sample_s * 1000:8.1f} ms "
            f"(target <= {SAMPLE_TARGET_S * 1000:.0f} ms) {'ok' if ok else 'MISSED'}"
        )

        big_s = median_time(lambda: export_note(big, out / "big.docx", options), 5)
        print(f"{args.paragraphs:,}-paragraph annex .docx: median {big_s * 1000:8.1f} ms")
        markdown = out / "big.md"
        markdown.write_text(note_markdown(big, options), encoding="utf-8")
        md_s = median_time(lambda: export_note(big, out / "big-note.md", options), 3)
        print(f"{args.paragraphs:,}-paragraph annex .md:   median {md_s * 1000:8.1f} ms")

        pandoc = shutil.which("pandoc")
        if pandoc is None:
            print("pandoc: not installed (apt-get install pandoc); ratio not measured")
        else:
            command = [
                pandoc,
                "-f",
                "markdown",
                "-t",
                "docx",
                str(markdown),
                "-o",
                str(out / "pandoc.docx"),
            ]
            pandoc_s = median_time(lambda: subprocess.run(command, check=True), 3)
            ratio = big_s / pandoc_s
            ok = ratio <= PANDOC_RATIO_TARGET
            failed |= not ok
            print(f"pandoc same Markdown:     median {pandoc_s * 1000:8.1f} ms")
            print(
                f"ratio briefing / pandoc:  {ratio:.3f} (target <= {PANDOC_RATIO_TARGET}) "
                f"{'ok' if ok else 'MISSED'}"
            )
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
