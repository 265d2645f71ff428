"""Benchmark: outline of the seed and the bundled sample, and of generated releases of
growing size (to show linear growth). Prints CPU-time medians and, as a reference measured in
the same run, the time just to read and split the same file into lines (the floor any
outliner pays). Asserts nothing.

    .venv/bin/python benchmarks/bench_outline.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.ingest import load_release  # noqa: E402
from briefing.ingest.dates import forget_line_dates  # noqa: E402

WORDS = tuple(
    "the minister said that peace and security cooperation in the region remains a "
    "priority for all member states of the council delegations welcomed progress on "
    "the agenda".split()
)


def generated_release(paragraphs: int, seed: int = 7) -> str:
    """A release shaped like a long ministry text: numbered paragraphs with sub-points,
    footnotes, quotes and glued words here and there."""
    rng = random.Random(seed)

    def words(count: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(count))

    out = ["바로가기 메뉴", "", "Press Releases", "", "A Very Long Generated Release Opens", ""]
    for n in range(1, paragraphs + 1):
        body = words(rng.randint(25, 45)).split()
        if n % 50 == 0:
            body.insert(5, "theSeoul")
        if n % 40 == 0:
            body.insert(3, "delegates*")
        out += [f"{n}. " + " ".join(body).capitalize() + ".", ""]
        if n % 3 == 0:
            out += ["- " + words(20) + ".", ""]
        if n % 40 == 0:
            out += ["* Mr. Example of the Department of Generated Text", ""]
        if n % 25 == 0:
            out += [f"Minister Kim said, “{words(12)}.”", ""]
    return "\n".join(out)


def generated_short_lines(lines: int) -> str:
    """A release whose body is mostly short lines: a long list, a table copied as text, a
    page's long footer of links (lines of two to four words, some with figures, a site
    control every seventh line). Text of this shape is the slowest per megabyte."""
    out = ["Skip to content", "Home", "", "A Generated Release Over A Long List", ""]
    out += [f"{words} {words}." for words in [" ".join(WORDS[i : i + 9]) for i in range(0, 36, 9)]]
    labels = ("Policy", "Energy", "Climate", "Health", "Trade", "Culture")
    for n in range(lines):
        out.append("Share" if n % 7 == 6 else f"{labels[n % 6]} item {n}")
    return "\n".join([*out, "Privacy policy", "Accessibility"])


def median_ms(action, repeat: int) -> float:
    """Median CPU time (process_time: steadier than wall time on a shared machine)."""
    times = []
    for _ in range(repeat):
        forget_line_dates()  # (each run timed as a first reading: no line's date remembered)
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def read_and_split(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split("\n"))


def main() -> None:
    seeds = sorted((REPO.parent / "shared" / "seed").glob("*.txt"))
    sample = REPO / "resources" / "samples" / "sample-release.txt"
    load_release(sample)  # warm the word-frequency lists once, as a running app has
    for path in [*seeds, sample]:
        ms = median_ms(lambda p=path: load_release(p), 30)
        print(f"outline of {path.name}: median {ms:.1f} ms (target ≤ 20 ms)")

    print("\nGenerated releases (numbered paragraphs, sub-points, footnotes, quotes):")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for paragraphs in (2500, 5000, 10000, 20000):
            path = Path(tmp) / f"gen-{paragraphs}.txt"
            path.write_text(generated_release(paragraphs), encoding="utf-8")
            mb = path.stat().st_size / 2**20
            release = load_release(path)
            numbered = sum(1 for n in release.nodes() if n.kind == "paragraph" and n.label)
            # What the app waits for before it shows the release (it reads with
            # suggest=False; the glued-word suggestions follow off the GUI thread).
            shown = median_ms(lambda p=path: load_release(p, suggest=False), 5)
            ms = median_ms(lambda p=path: load_release(p), 5)
            floor = median_ms(lambda p=path: read_and_split(p), 5)
            rows.append((paragraphs, mb, ms, shown))
            print(
                f"  {paragraphs:6d} paragraphs, {mb:5.2f} MB: shown after {shown:7.1f} ms, "
                f"with suggestions {ms:7.1f} ms ({ms / mb:5.0f} ms/MB; {numbered} numbered "
                f"found; read+split alone {floor:5.1f} ms, ratio {ms / floor:4.0f}x)"
            )
    print("\nGenerated short lines (a long list or a page's footer of links):")
    with tempfile.TemporaryDirectory() as tmp:
        for lines in (10000, 40000):
            path = Path(tmp) / f"lines-{lines}.txt"
            path.write_text(generated_short_lines(lines), encoding="utf-8")
            mb = path.stat().st_size / 2**20
            shown = median_ms(lambda p=path: load_release(p, suggest=False), 3)
            rate = shown / mb
            print(f"  {lines:6d} lines, {mb:.2f} MB: shown after {shown:.0f} ms ({rate:.0f} ms/MB)")
    small, large = rows[0], rows[-1]
    growth = (large[2] / small[2]) / (large[1] / small[1])
    print(f"\nGrowth: time ratio / size ratio = {growth:.2f} (1.0 = linear)")
    print(
        f"{large[1]:.2f} MB release, 20,000 paragraphs: shown in the window after "
        f"{large[3]:.0f} ms (target ≤ 1000 ms); its glued-word suggestions complete at "
        f"{large[2]:.0f} ms"
    )


if __name__ == "__main__":
    main()
