"""Text scraped from a web page with its inline elements on lines of their own.

A page's text taken with each element on its own line (a link, a bold figure, a
footnote reference inside a sentence) reads:

    On 26 April 2024, the Board decided to keep
    the key rate
    at 16.00% per annum. Current inflation ...

In text whose lines are paragraphs (most non-empty lines long, as a scraper writes them),
a sentence never stops on "keep" or "and" and no paragraph starts with "the", ", the"
or "." — so such a break is an inline element's, and the lines are one paragraph.
Hard-wrapped text (lines of 60-80 characters) is left to the wrap rules.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefing.ingest import patterns as P

LONG_LINE = 100  # characters: a paragraph on one line, never a hard wrap
LONG_SHARE = 0.3  # of the non-empty lines, for the text to be "a paragraph per line"
# A line that continues the one before: lower case, or punctuation that ends or follows
# an inline element ("." after a link, ", the Bank" after a date, "%" after a figure).
_CONTINUES = re.compile(r"^(?:[a-zà-ÿ]|[,.;:)%\]’”](?:\s|$))")
_ENDS = re.compile(r"[.!?:;\"”’)»]$")


def paragraph_per_line(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    if len(filled) < 4:
        return False
    # Counted without indentation and column gaps: text laid out like its page
    # (pdftotext -layout) has long lines of spaces, and is hard-wrapped all the same.
    long_lines = sum(len(" ".join(line.split())) > LONG_LINE for line in filled)
    return long_lines >= LONG_SHARE * len(filled)


def join_inline_breaks(lines: list[str]) -> list[str]:
    """``lines`` with an inline element's line joined back into its paragraph (only in
    text that has a paragraph per line), and tables drawn in characters turned into
    tab-separated rows first."""
    lines = rows_from_grid_tables(markdown_marks_out(lines))
    head = _front_matter_end(lines)  # YAML front matter is data, left as it is
    if not paragraph_per_line(lines[head:]):
        return lines
    out: list[str] = list(lines[:head])
    for line in lines[head:]:
        text = line.strip()
        if out and text and out[-1].strip() and _joins(out[-1].rstrip(), text):
            glue = "" if text[:1] in ",.;:)%]’”" else " "
            out[-1] = out[-1].rstrip() + glue + text
            continue
        out.append(line)
    return out


def _front_matter_end(lines: list[str]) -> int:
    """The index after a leading YAML front matter block ("---" ... "---"), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in ("---", "..."):
            return i + 1
    return 0


def _joins(previous: str, text: str) -> bool:
    if _ENDS.search(previous):
        return False
    if _CONTINUES.match(text):
        return True
    last = previous.split()[-1].lower() if previous.split() else ""
    return last in P.FUNCTION_WORDS


_CELL_GAP = re.compile(r"\t+")


def is_table_row(text: str) -> bool:
    """A row of a table copied as text: cells separated by tabs. Word, browsers and
    spreadsheets all put a tab between a row's cells and end the row with a line break,
    and prose never has a tab between its words; so a row is a unit of its own, never
    a wrapped line of a paragraph. A label and its text ("1.<tab>The Council ...",
    Word's list numbers) are a numbered paragraph, not a row."""
    if "\t" not in text:
        return False
    cells = [cell for cell in _CELL_GAP.split(text.strip()) if cell.strip()]
    if len(cells) < 2:
        return False
    if len(cells) != 2:
        return True
    first, text = cells[0].strip(), cells[1].strip()
    if _LABEL_CELL.fullmatch(first):
        return False
    # "IS1.1<tab>The estimates ... amount to $1.2 million." : a paragraph number of the
    # document's own scheme before a whole sentence is a numbered paragraph set with a
    # hanging indent (a table's cell beside a one-word key is rarely a sentence).
    return not (
        len(first) <= 10
        and " " not in first
        and any(ch.isdigit() for ch in first)
        and len(text.split()) >= 8
        and text[-1:] in ".:;"
    )


# A list number or bullet as Word writes it before a tab: "1.", "(a)", "A.", "iv)", "•".
_LABEL_CELL = re.compile(
    r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)]?|[•·▪◦o§*–-]"
)


# A table drawn in characters, as pandoc, Markdown and database tools print one:
# "+-----+-----+" borders (grid tables; "+=====+" under the header) around "| a | b |"
# rows, or "| a | b |" rows under a "|---|:---|" line (pipe tables).
_BORDER_CHARS = frozenset("-=:+| ")


def _is_border(line: str) -> bool:
    """A table's border line ("+----+----+", "|---|:--|"): drawing characters only.
    (A set test, not a regex: linear on any line.)"""
    bare = line.strip()
    return (
        bare[:1] in ("+", "|")
        and ("---" in bare or "===" in bare)
        and _BORDER_CHARS.issuperset(bare)
    )


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def rows_from_grid_tables(lines: list[str]) -> list[str]:
    """Tables drawn in characters, each row put on one line with its cells separated by
    tabs (what a table copied from Word or a browser gives: ``is_table_row``). A grid
    table's row may span several lines between its borders (a cell's text wrapped inside
    the cell): they are one row, each cell's pieces joined. Borders hold no words; they
    become blank lines."""
    if not any(line[:1] in "+|" or line.lstrip()[:1] in "+|" for line in lines):
        return lines  # (one scan of first characters: most text has no drawn table)
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not (_is_border(line) or _PIPE_ROW.match(line)):
            out.append(line)
            i += 1
            continue
        end = i
        while end < n and (_is_border(lines[end]) or _PIPE_ROW.match(lines[end])):
            end += 1
        table = lines[i:end]
        if end - i < 2 or not any(_is_border(t) for t in table):
            out.extend(table)  # a lone line between bars is no table
        else:
            out.extend(_table_rows(table))
        i = end
    return out


def _table_rows(table: list[str]) -> list[str]:
    grid = table[0].lstrip().startswith("+")
    rows: list[str] = []
    group: list[str] = []
    edges: list[int] = []

    def flush() -> None:
        if not group:
            return
        if grid and edges:
            cells = [
                " ".join(" ".join(g[a + 1 : b].split()) for g in group).strip()
                for a, b in pairwise(edges)
            ]
            # (Text past the last border edge, in a row wider than its border: kept.)
            tail = " ".join(" ".join(g[edges[-1] + 1 :].strip(" |").split()) for g in group)
            if tail.strip():
                cells.append(tail.strip())
        else:
            cells = [" ".join(c.split()) for c in group[0].strip().strip("|").split("|")]
        rows.append("\t".join(c for c in cells if c) if any(cells) else "")
        group.clear()

    for line in table:
        if _is_border(line):
            flush()
            rows.append("")
            if grid:
                edges[:] = [k for k, ch in enumerate(line) if ch == "+"]
        elif grid:
            group.append(line)
        else:
            group.append(line)
            flush()
    flush()
    # A row of one cell ("| Note: figures in millions |") stays text of its own line.
    return rows


# Markdown saved or pasted as plain text (a site's "copy as Markdown", a converter's
# output): its marks are not the release's words.
_ESCAPED_LABEL = re.compile(r"^(\s*)(\d{1,3}|[ivxlcIVXLC]{1,6}|[a-zA-Z])\\([.)])")
_EMPTY_COMMENT = re.compile(r"^\s*<!--[^A-Za-z0-9]{0,40}-->\s*$")
_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,400}?)(?<=\S)\*\*")
BOLD_PAIRS_MIN = 2  # "**" pairs this many times: Markdown emphasis, not note markers


def markdown_marks_out(lines: list[str]) -> list[str]:
    """Lines with Markdown's marks taken out where they can only be marks: an escaped
    list number ("1\\." is how Markdown writes a number that is not to be renumbered),
    an empty HTML comment (converters part two lists with "<!-- -->") and bold "**"
    pairs, when the text has several (a note marker "**" is never paired around words).
    No word is touched."""
    if not any("\\" in line or "<!--" in line or "**" in line for line in lines):
        return lines
    bold = sum(len(_BOLD.findall(line)) for line in lines if "**" in line) >= BOLD_PAIRS_MIN
    out: list[str] = []
    for line in lines:
        if "\\" in line:
            line = _ESCAPED_LABEL.sub(r"\1\2\3", line)
        if "<!--" in line and _EMPTY_COMMENT.match(line):
            line = ""
        if bold and "**" in line:
            line = _BOLD.sub(r"\1", line)
        out.append(line)
    return out
