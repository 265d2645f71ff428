"""Timings for the HTML reader: the lxml walk (used) against trafilatura (measured only).

For each page: median of 7 runs of ``extract_html`` (decoded text in, Extracted out),
the same for ``trafilatura.extract`` with the options the reader used before, and the
size. The target is a 50 KB release in <= 50 ms. A synthetic 50 KB release page
(menus, footnotes, lists) is always timed; the corpus pages when ../shared is present.

Run: .venv/bin/python benchmarks/bench_html.py [page.html ...]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree measures its own code).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = 7
TUNE_PAGES = (
    "corpus/15_*.html",
    "corpus/22_*.html",
    "corpus/more/01_*.html",
    "corpus/more/03_*.html",
    "corpus/more/04_*.html",
    "corpus/more/05_*.html",
    "corpus/more/06_*.html",
    "corpus/more/08_*.html",
    "corpus/more/09_*.html",
)


def synthetic_page(size: int = 50_000) -> str:
    """A made-up release page of about ``size`` characters: site menus around an
    article with numbered paragraphs, a bullet list, footnote markers and notes."""
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(40))
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council adopts conclusions | Council</title>"
        "<meta property='article:published_time' content='2024-05-02T10:00:00Z'>"
        "<script>var x = 1;</script></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><article>"
        "<h1>Council adopts conclusions</h1><time datetime='2024-05-02'>2 May 2024</time>"
    )
    tail = (
        "<ol class='footnotes'>"
        + "".join(
            f"<li id='fn{i}'>See document {i}. <a href='#r{i}'>↩</a></li>" for i in range(1, 6)
        )
        + "</ol></article></main><footer><ul>"
        + menu
        + "</ul></footer></body></html>"
    )
    parts, n, i = [head], len(head) + len(tail), 0
    while n < size:
        i += 1
        note = f"<sup id='r{i}'><a href='#fn{i}'>{i}</a></sup>" if i <= 5 else ""
        block = (
            f"<p>{i}. The Council notes the progress made on item {i}{note} and calls on "
            "the Commission to report on the implementation of the measures agreed, "
            "with particular attention to <strong>maritime security</strong>.</p>"
        )
        if i % 10 == 0:
            block += f"<p><strong>Part {i // 10}</strong></p>"
            block += "<ul><li>First point</li><li>Second point</li></ul>"
        parts.append(block)
        n += len(block)
    parts.append(tail)
    return "".join(parts)


def _median_ms(func, *args) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        func(*args)
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def _trafilatura(html: str) -> None:
    import trafilatura

    trafilatura.extract(
        html,
        output_format="xml",
        include_formatting=True,
        include_tables=True,
        favor_recall=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def main() -> None:
    start = time.perf_counter()
    from briefing.ingest.readers.decode import decode_bytes
    from briefing.ingest.readers.html import declared_charset, extract_html

    extract_html("<p>warm up</p>")
    print(f"import + first page: {1000 * (time.perf_counter() - start):.1f} ms")
    try:
        import trafilatura  # noqa: F401

        have_trafilatura = True
    except ImportError:
        have_trafilatura = False

    pages: list[tuple[str, str]] = [("synthetic 50 KB release", synthetic_page())]
    paths = [Path(p) for p in sys.argv[1:]]
    if not paths:
        shared = Path(__file__).resolve().parents[2] / "shared"
        paths = [p for pattern in TUNE_PAGES for p in sorted(shared.glob(pattern))]
    for path in paths:
        data = path.read_bytes()
        text, _ = decode_bytes(data, path, declared_charset(data))
        pages.append((path.name[:45], text))

    print(f"{'page':47} {'KB':>5} {'lxml walk':>10} {'trafilatura':>12}")
    for name, html in pages:
        ours = _median_ms(extract_html, html)
        theirs = f"{_median_ms(_trafilatura, html):9.1f} ms" if have_trafilatura else "-"
        kb = len(html.encode("utf-8")) / 1024
        print(f"{name:47} {kb:5.0f} {ours:7.1f} ms {theirs:>12}")


if __name__ == "__main__":
    main()
