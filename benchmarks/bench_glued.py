"""Timings for find_glued_words: import, warm-up, a 5,000-character release, 5 MB.

Run: .venv/bin/python benchmarks/bench_glued.py [release.txt]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree measures its own code).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _text(size: int, seed_text: str) -> str:
    # Shuffled sentences, so the big text has a realistic, growing vocabulary
    # rather than one release repeated (which would make every glue "recur").
    rng = random.Random(1)
    words = seed_text.split()
    out: list[str] = []
    n = 0
    while n < size:
        sentence = " ".join(rng.choices(words, k=rng.randint(8, 30))) + ". "
        out.append(sentence)
        n += len(sentence)
    return "".join(out)[:size]


def _best(func, *args, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    start = time.perf_counter()
    from briefing.ingest.cleanup import find_glued_words, warm_up

    print(f"import briefing.ingest.cleanup: {1000 * (time.perf_counter() - start):.1f} ms")
    start = time.perf_counter()
    import wordfreq  # noqa: F401

    print(f"import wordfreq: {1000 * (time.perf_counter() - start):.0f} ms")
    start = time.perf_counter()
    warm_up("en")
    print(f"first zipf look-up (loads the en list): {1000 * (time.perf_counter() - start):.0f} ms")

    default = sorted(Path(__file__).resolve().parents[2].glob("shared/seed/*.txt"))
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else (default[0] if default else None)
    seed_text = path.read_text(encoding="utf-8") if path else "The talks on peace went on. " * 50
    release = seed_text[:5000] if len(seed_text) >= 5000 else _text(5000, seed_text)
    find_glued_words(release)  # fills the zipf cache for this vocabulary
    print(f"5,000-character release: {1000 * _best(find_glued_words, release):.2f} ms")
    for size in (500_000, 5_000_000):
        big = _text(size, seed_text)
        print(f"{size:,} characters: {_best(find_glued_words, big, runs=3):.3f} s")


if __name__ == "__main__":
    main()
