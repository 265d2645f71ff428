"""Benchmark: reading a generated 50 KB Markdown release (front matter, headings, numbered
and bulleted lists, bold crossheads, footnotes, a table) and a generated DOCX with
footnotes. Prints the median CPU time over runs (the parser import is paid once, before
timing, as in the app). Asserts nothing; the Markdown target is <= 50 ms.

    .venv/bin/python benchmarks/bench_readers.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefing.ingest.readers import read_file  # noqa: E402

WORDS = tuple(
    "the minister said that peace and security cooperation in the region remains a "
    "priority for all member states of the council delegations welcomed progress on "
    "the agenda".split()
)


def generated_markdown(target_bytes: int = 50_000, seed: int = 7) -> str:
    """A Markdown release shaped like a converted government statement."""
    rng = random.Random(seed)

    def words(count: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(count))

    out = [
        "---",
        'title: "A Generated Joint Statement"',
        "date: '2024-03-21'",
        "source_url: https://example.org/statement",
        "tags: statements-releases",
        "---",
        "",
        "# A Generated Joint Statement",
        "",
    ]
    n = notes = 0
    while sum(len(line) + 1 for line in out) < target_bytes:
        n += 1
        if n % 12 == 1:
            out += [f"**Section {n // 12 + 1}**", ""]
        body = words(rng.randint(25, 45))
        wrapped = textwrap.wrap(body, 70)
        if n % 9 == 0:
            notes += 1
            wrapped[-1] += f"[^{notes}]"
        out += [f"{n}\\. **{words(1).upper()}** " + "\n".join(wrapped) + ".", ""]
        if n % 4 == 0:
            out += [f"- {words(15)}", f"- *{words(10)}* and [a link](http://x)", ""]
        if n % 30 == 0:
            out += ["| Item | Value |", "|---|---|", f"| {words(2)} | {n} |", ""]
    out += [f"[^{i}]: {words(12)}." for i in range(1, notes + 1)]
    out += ["", "\\###", ""]
    return "\n".join(out)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def generated_docx(path: Path, paragraphs: int = 300, seed: int = 7) -> None:
    """A Word release: headings, numbered paragraphs, one footnote every ten paragraphs."""
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    rng = random.Random(seed)
    doc = docx.Document()
    notes = []
    for n in range(1, paragraphs + 1):
        if n % 25 == 1:
            doc.add_heading(f"Section {n // 25 + 1}", level=1)
        para = doc.add_paragraph(" ".join(rng.choice(WORDS) for _ in range(40)))
        if n % 10 == 0:
            notes.append(
                f'<w:footnote w:id="{len(notes) + 1}"><w:p><w:r><w:footnoteRef/></w:r>'
                f"<w:r><w:t> Note {len(notes) + 1}.</w:t></w:r></w:p></w:footnote>"
            )
            para._p.append(
                parse_xml(f'<w:r xmlns:w="{W}"><w:footnoteReference w:id="{len(notes)}"/></w:r>')
            )
    xml = f'<w:footnotes xmlns:w="{W}">' + "".join(notes) + "</w:footnotes>"
    part = Part(PackURI("/word/footnotes.xml"), _CT, xml.encode(), doc.part.package)
    doc.part.relate_to(part, _RT)
    doc.save(path)


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "release.md"
        path.write_text(generated_markdown(), encoding="utf-8")
        read_file(path)  # imports markdown-it and builds the parser once
        size = path.stat().st_size
        ms = median_ms(lambda: read_file(path), 30)
        lines = len(read_file(path).lines)
        verdict = "ok" if ms <= 50 else "SLOW"
        print(f"markdown {size / 1000:.1f} KB, {lines} lines: {ms:.1f} ms median ({verdict})")
        path = Path(tmp) / "release.docx"
        generated_docx(path)
        read_file(path)
        ms = median_ms(lambda: read_file(path), 15)
        notes = sum(1 for line in read_file(path).lines if line.note_of is not None)
        print(f"docx {path.stat().st_size / 1000:.1f} KB, {notes} footnotes: {ms:.1f} ms median")


if __name__ == "__main__":
    main()
