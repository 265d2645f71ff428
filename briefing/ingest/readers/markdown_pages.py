"""Markdown a converter made out of a PDF, its pages' ends kept as comment lines
("<!-- page 2 -->", "<!-- page break -->": see ``page_comments``).

Such a file is a paged document's text: the running heads, page numbers and issuer's feet
printed on each page are still in it, on the lines beside each mark, where the Markdown
walk alone reads them as lines of the paragraph the page break cut (a converter writes a
page's lines with no blank line between them). The evidence that finds them in paged text
holds here alike (a line repeated at the pages' edges, a number counting with the pages),
so the page-furniture passes of plain text are run on the file's lines before it is
parsed. A line they take goes with its newline, so a paragraph cut by the page break runs
on; a line they shorten keeps the rest. Lines they leave alone stay as written (Markdown's
trailing spaces included). Front matter is not looked at."""

from __future__ import annotations

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.page_comments import is_page_mark


def _body_start(lines: list[str]) -> int:
    """The first line after a leading front matter block ("---" ... "---"), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return i + 1
    return 0


def strip_paged_furniture(text: str, removed: list[tuple[str, str]]) -> str:
    """``text`` without the page furniture at its page marks, each line taken listed in
    ``removed`` as page furniture. Text with no page mark after its first line of text
    (one page, or none marked) is returned as it is; most Markdown holds no "<!--"."""
    if "<!--" not in text:
        return text
    lines = text.split("\n")
    start = _body_start(lines)
    kept: list[int] = []  # indices (in ``lines``) of the lines the passes read
    paged: list[Line] = []
    texted = pending = broken = False
    for i in range(start, len(lines)):
        line = lines[i].rstrip()
        if "<!--" in line and is_page_mark(line):
            pending = texted  # (a mark before any text opens the first page)
            continue
        if pending and line.strip():
            line = "\f" + line
            pending = False
            broken = True
        texted = texted or bool(line.strip())
        kept.append(i)
        paged.append(Line(line))
    if not broken:
        return text
    from briefing.ingest.textfurniture import take_page_furniture

    before = [line.text.lstrip("\f") for line in paged]
    extracted = Extracted(lines=paged, format="txt", blocks_are_paragraphs=False, join_wraps=False)
    take_page_furniture(extracted)
    if not extracted.removed:
        return text
    gone: set[int] = set()
    for i, was, after in zip(kept, before, extracted.lines, strict=True):
        now = after.text.lstrip("\f")
        if now == was:
            continue
        if now.strip():
            lines[i] = now
        else:
            gone.add(i)
    removed.extend(("page-furniture", taken) for taken in extracted.removed if taken)
    return "\n".join(line for i, line in enumerate(lines) if i not in gone)
