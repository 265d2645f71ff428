"""Page marks a PDF converter writes as HTML comments on a line of their own:
"<!-- page 2 -->", "<!-- page break -->", "<!-- PageBreak -->".

Text a converter made out of a PDF (and saved or pasted as plain text) keeps such a line
where one page ends and the next begins. It is the converter's form feed: no release
prints its text so. Left in, the comment is read as the release's title or a line of its
text, and the page's running head and number beside it are not seen as a page's edge. So
the line goes (listed in ``dropped``), and the line after it opens a page as a form feed
would make it: the page-furniture passes then find the heads and numbers at the break."""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# "page 2", "Page 12", "page break", "page-break", "pagebreak", "PageBreak", "page: 3".
_MARK = lazy(r"[ \t]*<!--[ \t]*page(?:[ \t_-]*break|[ \t:=]*\d{1,4})?[ \t]*-->[ \t]*", re.I)


def is_page_mark(line: str) -> bool:
    """Whether ``line`` is a converter's page-mark comment and nothing else."""
    return _MARK.fullmatch(line) is not None


def pages_from_comments(lines: list[str], dropped: list[tuple[str, str]]) -> list[str]:
    """``lines`` with each page-mark comment line dropped and the line after it opening a
    page (a form feed before it). A mark before any text opens the first page: it goes
    with no form feed. ``lines`` is returned as it is when no line holds one. (The
    caller looks for "<!--" in the whole text first: most texts hold none.)"""
    marked = {i for i, line in enumerate(lines) if "<!--" in line and is_page_mark(line)}
    if not marked:
        return lines
    out: list[str] = []
    texted = False  # a line of text kept already
    pending = False  # a page mark met after text: the next line kept opens a page
    for i, line in enumerate(lines):
        if i in marked:
            dropped.append(("comment", line.strip()))
            pending = texted
            continue
        if pending:
            line = line if line.startswith("\f") else "\f" + line
            pending = False
        texted = texted or bool(line.strip())
        out.append(line)
    return out
