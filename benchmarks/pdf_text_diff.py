"""Which printed words of a PDF Briefing neither keeps nor removes: its kept text against
``pdftotext -layout`` of the same file.

Each cell of each pdftotext line (cells: runs split at three or more spaces) of three
words or more is looked up, as a token sequence, in the kept text, then in the title,
then in the removed entries (``REM``: taken as page matter, to be judged by eye). A cell
found in none is ``GONE`` with how many of its word triples the kept text still holds:
0/n is text dropped, n-1/n mostly a note marker or a spacing difference, in between text
reshaped (reordered, reversed, run together). A word broken by a line-end hyphen is left
out of the triples. Principle tested: every word a PDF prints in its body survives in
reading order, or is removed as page matter by position and repetition.

Run: .venv/bin/python benchmarks/pdf_text_diff.py GOLD_DIR | PDF_DIR | FILE.pdf ... [-r]
(``GOLD_DIR``: a tune gold folder, its PDF documents; refused if it holds a test
document. ``-r``: also list the removed cells.) Needs poppler's ``pdftotext``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree traces its own rules).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from structure_score import document_path, load_gold, tokens, tune_gold

from briefing.ingest import load_release

_CELL_GAP = re.compile(r"\s{3,}")
_BROKEN = re.compile(r"\w-$")


def _test_documents() -> set[Path]:
    """The test quarter's files: never read here, however they are named."""
    return {document_path(g["doc"]).resolve() for g in load_gold("test")}


def pdf_paths(args: list[str]) -> list[Path]:
    paths: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir() and any(path.glob("*.json")):
            golds = tune_gold(path)
            paths += [document_path(g["doc"]) for g in golds if g["doc"].endswith(".pdf")]
        elif path.is_dir():
            paths += sorted(path.glob("*.pdf"))
        else:
            paths.append(path)
    test = _test_documents()
    if any(path.resolve() in test for path in paths):
        raise SystemExit("a test document is among the files: not read here")
    return paths


def _joined(words: list[str]) -> str:
    return " " + " ".join(words) + " "


def compare(path: Path) -> tuple[list[tuple[int, int, str]], list[str]]:
    """(gone cells as (triples kept, triples, cell), removed cells) of one PDF."""
    release = load_release(path, suggest=False)
    kept = _joined(tokens(release.text))
    removed = " | ".join(" ".join(tokens(entry.text)) for entry in release.removed)
    title = " ".join(tokens(release.title or ""))
    printed = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=False
    ).stdout
    gone: list[tuple[int, int, str]] = []
    taken: list[str] = []
    broken_before = False
    for line in printed.splitlines():
        stripped = line.strip()
        broken_here = bool(_BROKEN.search(stripped))
        for number, cell in enumerate(_CELL_GAP.split(stripped)):
            words = tokens(cell)
            if _BROKEN.search(cell):
                words = words[:-1]
            if broken_before and number == 0:  # only the line's first cell ends that word
                words = words[1:]
            if len(words) < 3:
                continue
            text = _joined(words)
            if text in kept or text.strip() in title:
                continue
            if text in f" {removed} ":
                taken.append(cell)
                continue
            triples = [_joined(words[i : i + 3]) for i in range(len(words) - 2)]
            found = sum(triple in kept for triple in triples)
            if found < len(triples):
                gone.append((found, len(triples), cell))
        broken_before = broken_here
    return gone, taken


def main(args: list[str]) -> None:
    show_removed = "-r" in args
    for path in pdf_paths([a for a in args if a != "-r"]):
        try:
            gone, taken = compare(path)
        except Exception as error:  # a damaged file: say so and go on
            print(f"## {path.name}: not read ({error})")
            continue
        print(f"## {path.name}: gone={len(gone)} removed={len(taken)}")
        for found, total, cell in gone:
            print(f"   GONE {found}/{total}: {cell[:110]}")
        if show_removed:
            for cell in taken:
                print(f"   REM: {cell[:110]}")


if __name__ == "__main__":
    main(sys.argv[1:])
