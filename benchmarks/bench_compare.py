"""Benchmark: compare two versions of a 2,000-paragraph statement, against outlining both
(the reference, measured in the same run; the target is at most 3x).

The old version is built from real paragraphs of the corpus (read in place, numbered,
each made unique by a reference number); the new one has every 40th paragraph reworded,
every 97th dropped, every 113th moved and a new paragraph every 71st: about 100 changes.
Prints CPU-time medians and the ratio. Asserts nothing.

    .venv/bin/python benchmarks/bench_compare.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench_outline import median_ms  # noqa: E402  (CPU-time median, same as the others)

from briefing.compare import compare_releases  # noqa: E402
from briefing.ingest import release_from_text  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
PARAGRAPHS = 2000


def real_paragraphs() -> list[str]:
    """Paragraphs of running text from the corpus's plain-text releases."""
    found = []
    for path in sorted(CORPUS.glob("**/*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8", errors="replace")):
            text = " ".join(block.split())
            text = re.sub(r"^\d+\.\s+", "", text)
            if len(text.split()) >= 15 and text[-1:] in ".;:":
                found.append(text)
    return found


def versions(paragraphs: list[str]) -> tuple[str, str]:
    old = [f"{paragraphs[i % len(paragraphs)]} (Ref. {i + 1})" for i in range(PARAGRAPHS)]
    new: list[str] = []
    moved: list[str] = []
    for i, text in enumerate(old):
        if i % 97 == 50:
            continue  # dropped
        if i % 113 == 60:
            moved.append(text)
            continue
        if i % 40 == 20:
            words = text.split()
            words[2:4] = ["firmly", "and", "without", "delay"]
            text = " ".join(words)
        new.append(text)
        if i % 71 == 30:
            new.append(f"The parties also agreed on a new step number {i} in this process.")
    new[len(new) // 2:len(new) // 2] = moved

    def numbered(items: list[str]) -> str:
        body = "\n\n".join(f"{n}. {t}" for n, t in enumerate(items, start=1))
        return "A long statement of the meeting of ministers\n\n" + body + "\n"

    return numbered(old), numbered(new)


def main() -> None:
    paragraphs = real_paragraphs()
    if not paragraphs:
        print("no corpus at", CORPUS)
        return
    old_text, new_text = versions(paragraphs)
    old, new = release_from_text(old_text), release_from_text(new_text)
    outline = median_ms(lambda: (release_from_text(old_text), release_from_text(new_text)), 5)
    compare = median_ms(lambda: compare_releases(old, new), 5)
    result = compare_releases(old, new)
    print(f"paragraphs: old {PARAGRAPHS}, new {len(new_text.split(chr(10) * 2)) - 1}; "
          f"from {len(paragraphs)} real corpus paragraphs")
    print(f"outline both (reference): {outline:8.1f} ms median of 5")
    print(f"compare:                  {compare:8.1f} ms median of 5")
    print(f"ratio compare / outline:  {compare / outline:8.2f}x  (target <= 3x)")
    print("changes:", {k: v for k, v in result.summary().items() if v})
    # The worst case: no paragraph identical (every reference number differs), so every
    # one goes through the similarity stage.
    shifted = release_from_text(old_text.replace("(Ref. ", "(Reference no. "))
    worst = median_ms(lambda: compare_releases(old, shifted), 3)
    print(f"compare, nothing identical: {worst:6.1f} ms median of 3 "
          f"({worst / outline:.2f}x the outline)")


if __name__ == "__main__":
    main()
