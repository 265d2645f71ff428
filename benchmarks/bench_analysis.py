"""Summary quality (ROUGE against hand-written references) and drafting speed.

Prints ROUGE-1 / ROUGE-L F1 of the offline bottom line for each release with a reference
summary in tests/analysis/reference_summaries.json, their mean, and the median time of
each suggestion on a ~2,000-word release (target: <= 200 ms each).

    .venv/bin/python benchmarks/bench_analysis.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from briefing.analysis import bottom_line, key_facts, suggest_summary  # noqa: E402
from briefing.analysis.draft import draft_release  # noqa: E402
from briefing.analysis.rouge import rouge1, rouge_l  # noqa: E402
from briefing.ingest import load_release, release_from_text  # noqa: E402

TARGET_MS = 200.0


def quality() -> None:
    refs = json.loads((REPO / "tests/analysis/reference_summaries.json").read_text("utf-8"))
    r1s, rls = [], []
    print(f"{'release':60} {'ROUGE-1':>8} {'ROUGE-L':>8}")
    for name, reference in refs.items():
        path = SHARED / "corpus" / name
        if name.startswith("_") or not path.exists():
            continue
        draft = bottom_line(load_release(path)).text
        r1, rl = rouge1(draft, reference), rouge_l(draft, reference)
        r1s.append(r1)
        rls.append(rl)
        print(f"{name[:60]:60} {r1:8.3f} {rl:8.3f}")
    if r1s:
        print(f"{'mean':60} {statistics.mean(r1s):8.3f} {statistics.mean(rls):8.3f}")


def big_release():
    """A ~2,000-word release: the seed and the corpus texts, concatenated."""
    texts = [p.read_text("utf-8") for p in sorted((SHARED / "seed").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((SHARED / "corpus").glob("*.txt"))]
    body, words = [], 0
    while words < 2000:
        for text in texts:
            body.append(text)
            words += len(text.split())
            if words >= 2000:
                break
    return release_from_text("\n\n".join(body)), words


def median_ms(fn, repeat: int = 15) -> float:
    from briefing.analysis.boilerplate import boilerplate_kind

    times = []
    for _ in range(repeat):
        # Each run as the first draft of a release: nothing remembered from the last run.
        boilerplate_kind.cache_clear()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def speed() -> bool:
    release, words = big_release()
    sections = [n for n in release.root.children if n.kind in ("paragraph", "heading")]
    largest = max(sections, key=lambda n: n.end - n.start)
    rows = {
        "bottom_line(release)": lambda: bottom_line(release),
        "suggest_summary(release)": lambda: suggest_summary(release),
        "suggest_summary(largest section)": lambda: suggest_summary(release, largest),
        "key_facts(release)": lambda: key_facts(release),
        "draft_release(release) (note's draft)": lambda: draft_release(release),
    }
    print(f"\n~{words}-word release, {len(sections)} top-level sections")
    ok = True
    for label, fn in rows.items():
        ms = median_ms(fn)
        ok &= ms <= TARGET_MS
        print(f"{label:40} {ms:8.1f} ms (median){'' if ms <= TARGET_MS else '  OVER TARGET'}")
    return ok


def main() -> int:
    if not (SHARED / "corpus").is_dir():
        print("../shared/corpus not present; nothing to measure")
        return 0
    quality()
    return 0 if speed() else 1


if __name__ == "__main__":
    sys.exit(main())
