"""Markdown that is a PDF's lines: read as the plain text it is, not as CommonMark.

A converter that writes a PDF's text out as Markdown with its pages' ends as comment lines
("<!-- page 2 -->", see ``markdown_pages``) often writes each page's printed lines one
under the other with no blank line between them and no Markdown at all. CommonMark joins
lines with no blank line between them into one paragraph, so the whole page is read as one
paragraph: every paragraph, list item and heading on it glued together. In such a file a
line's end is where the PDF's line ended, exactly as in text saved by ``pdftotext``, and
the plain-text reading (``segment``: wraps, short last lines, labels at a line's start,
page breaks at the marks) finds its paragraphs.

Markdown written as Markdown (by hand, or by a converter that knows paragraphs) sets a
blank line between paragraphs and marks its headings, lists and emphasis; the page marks
alone do not make a file PDF lines. So the reading asks for all three: page marks, most
lines running on with no blank line, and no Markdown markup.
"""

from __future__ import annotations

from briefing.ingest.page_comments import is_page_mark
from briefing.lazyre import lazy

# Markup only Markdown writes: an ATX heading, a fence, a quote, a table row, emphasis, a
# link. (A line opening "1." or "-" is no evidence: a PDF's lines open so.)
_MARKUP = lazy(r"^(?:#{1,6}\s|```|~~~|>\s|\|.*\|\s*$)|\*\*|__\w|\]\(")

MIN_TEXT_LINES = 20  # lines of text the evidence needs
RUN_ON_SHARE = 0.6  # of them followed, with no blank line, by another line of text
MARKUP_SHARE = 0.01  # of them holding Markdown markup, at the most


def _body(lines: list[str]) -> list[str]:
    """``lines`` after a leading front matter block ("---" ... "---")."""
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                return lines[i + 1 :]
    return lines


def pdf_lines_markdown(text: str) -> bool:
    """Whether Markdown ``text`` is a PDF's printed lines with page marks, no Markdown."""
    if "<!--" not in text:  # (a C scan: most Markdown holds no comment)
        return False
    lines = _body(text.split("\n"))
    marks = texted = run_on = markup = 0
    previous = ""
    for line in lines:
        bare = line.strip()
        if "<!--" in bare and is_page_mark(bare):
            marks += 1
            previous = ""
            continue
        if not marks:
            continue  # (the converter's own head, a title over the first page: not the PDF's)
        if not bare:
            previous = ""
            continue
        texted += 1
        run_on += bool(previous)
        markup += _MARKUP.search(bare) is not None
        previous = bare
    if not marks or texted < MIN_TEXT_LINES:
        return False
    return run_on >= texted * RUN_ON_SHARE and markup <= texted * MARKUP_SHARE
