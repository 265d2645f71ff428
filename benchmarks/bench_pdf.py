"""Seconds per page of the PDF reader, beside pypdf's plain extract_text in the same run
(and pdfplumber's character extraction when it is installed, for comparison only).

Reads the tune-split PDFs of ../shared/corpus/formats and ../shared/corpus/more in place
(the test split, tests/corpus/README.md, is never opened). Each file: best of 3 runs.

Run: .venv/bin/python benchmarks/bench_pdf.py [file.pdf ...]
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import time
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree measures its own code).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BUDGET = 0.1  # seconds a page
RATIO = 2.0  # times pypdf's extract_text


def in_test_split(path: Path) -> bool:
    """The README's rule: the untouched quarter is hashed from the doc id."""
    # (From a worktree, ../shared is a link: both sides resolved.)
    doc_id = path.resolve().relative_to(SHARED.resolve().parent).as_posix()
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 10 < 3


def tune_pdfs() -> list[Path]:
    found = []
    for folder, always in (("corpus/formats", True), ("corpus/more", False)):
        for path in sorted((SHARED / folder).glob("*.pdf")):
            if always or not in_test_split(path):
                found.append(path)
    return found


def _best(func, path: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func(path)
        times.append(time.perf_counter() - start)
    return min(times)


def ours(path: Path) -> None:
    from briefing.ingest.readers import read_file

    read_file(path)


def pypdf_text(path: Path) -> None:
    from pypdf import PdfReader

    for page in PdfReader(path).pages:
        page.extract_text()


def pdfplumber_chars(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            _ = page.chars


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def main() -> int:
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    paths = [Path(p) for p in sys.argv[1:]] or tune_pdfs()
    if not paths:
        print("no PDFs: ../shared/corpus is not beside the checkout")
        return 1
    try:
        import pdfplumber  # noqa: F401

        readers = {"briefing": ours, "pypdf": pypdf_text, "pdfplumber": pdfplumber_chars}
    except ImportError:
        readers = {"briefing": ours, "pypdf": pypdf_text}
    for func in readers.values():
        func(paths[0])  # warm the imports
    per_page: dict[str, list[float]] = {name: [] for name in readers}
    header = f"{'file':44} {'pages':>5} " + " ".join(f"{name + ' s/p':>14}" for name in readers)
    print(header)
    for path in paths:
        pages = page_count(path)
        row = [f"{path.name[:44]:44} {pages:5d}"]
        for name, func in readers.items():
            seconds = _best(func, path) / pages
            per_page[name].append(seconds)
            row.append(f"{seconds:14.4f}")
        print(" ".join(row))
    medians = {name: statistics.median(values) for name, values in per_page.items()}
    print(f"{'median':50} " + " ".join(f"{medians[name]:14.4f}" for name in readers))
    worst = max(per_page["briefing"])
    ratio = medians["briefing"] / medians["pypdf"]
    print(f"briefing: median {medians['briefing']:.4f} s/page, worst {worst:.4f} s/page, ")
    print(f"{ratio:.2f}x pypdf's extract_text (budget {BUDGET} s/page and {RATIO}x)")
    return 0 if worst <= BUDGET and ratio <= RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
