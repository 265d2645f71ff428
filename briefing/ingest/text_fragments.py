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

from briefing.ingest import patterns as P
from briefing.ingest.block_runs_on import runs_on
from briefing.lazyre import lazy

LONG_LINE = 100  # characters: a paragraph on one line, never a hard wrap
LONG_SHARE = 0.3  # of the non-empty lines, for the text to be "a paragraph per line"
# Of those long lines, the share that must end a sentence (a wrap ends one in a few).
WRAPPED_SHARE = 0.5
PROSE_SAMPLE = 200  # long lines looked at
PROSE_SPACES = 8  # a long line with fewer spaces between words is no line of prose
# A line that continues the one before: lower case, or punctuation that ends or follows
# an inline element ("." after a link, ", the Bank" after a date, "%" after a figure).
_CONTINUES = lazy(r"^(?:[a-zà-ÿ]|[,.;:)%\]’”](?:\s|$))")
_ENDS = lazy(r"[.!?:;\"”’)»]$")


def paragraph_per_line(lines: list[str]) -> bool:
    # (Counted in C, no bytecode a line: only how many lines are filled matters.)
    # (A filled line: neither empty nor all white space; no line copied to tell.)
    filled = len(lines) - lines.count("") - sum(map(str.isspace, lines))
    if filled < 4:
        return False
    # Counted without indentation and column gaps: text laid out like its page
    # (pdftotext -layout) has long lines of spaces, and is hard-wrapped all the same.
    # (A long line is a filled one: looked for among all the lines, in the same order.)
    long = [
        line
        for line in lines
        if len(line) > LONG_LINE  # (collapsing spaces only shortens a line: most stop here)
        and len(" ".join(line.split()) if "  " in line else line.strip()) > LONG_LINE
    ]
    if len(long) < LONG_SHARE * filled:
        return False
    # A paragraph a line ends its last sentence at the line's end; a wrap cuts the
    # sentence wherever the margin falls. pdftotext's lines of a PDF set in a small
    # proportional font run past 100 characters (~110 on A4 at 10 pt), yet most of them
    # stop mid-sentence ("... en menor medida, Estados" / "Unidos. Ello ..."): wrapped
    # lines, which the wrap rules join, not paragraphs with an inline element cut out.
    # Only a line of prose alone on its line tells: a table's row (cells parted by tabs)
    # or two columns side by side (pdftotext -layout: a gap of spaces) end on a cell's or
    # the right column's last word, whatever the text's paragraphs do, and a drawn rule
    # ("-----") has no words.
    # (A spread sample of them tells as well as all: 5 MB has ~20,000 long lines.)
    sample = long[:: max(1, len(long) // PROSE_SAMPLE)]
    prose = [
        line
        for line in sample
        if "\t" not in line and "   " not in line.strip() and line.count(" ") >= PROSE_SPACES
    ]
    if len(prose) < WRAPPED_SHARE * len(sample):
        return True
    ended = sum(1 for line in prose if _ENDS.search(line.rstrip()))
    return ended >= WRAPPED_SHARE * len(prose)


COLUMN_GAP = "   "  # spaces parting two columns set side by side on one line
GAPPED_SHARE = 0.1  # of the filled lines: more, and the text is laid out like its page


def block_a_line(lines: list[str]) -> bool:
    """Whether ``lines`` set each of a page's blocks on a line of its own: a paragraph a
    line (``paragraph_per_line``) and not laid out in columns like a printed page
    (pdftotext -layout), whose long lines are columns side by side, not paragraphs."""
    return paragraph_per_line(lines) and not _laid_out(lines)


def _laid_out(lines: list[str]) -> bool:
    """Whether more than a few of ``lines`` hold two columns side by side."""
    filled = gapped = 0
    for line in lines:
        text = line.strip()
        if text:
            filled += 1
            gapped += COLUMN_GAP in text
    return gapped > filled * GAPPED_SHARE


def join_inline_breaks(lines: list[str]) -> list[str]:
    """``lines`` with an inline element's line joined back into its paragraph (only in
    text that has a paragraph per line)."""
    head = _front_matter_end(lines)  # YAML front matter is data, left as it is
    if not paragraph_per_line(lines[head:]):
        return lines
    # Only a filled line right under a filled line may join it: until the first such pair
    # every line is kept as it is. Text that sets its paragraphs apart by blank lines has
    # few pairs or none, and is spared the bytecode a line (found in C: adjacent_filled).
    first = adjacent_filled(lines, max(head, 1))
    if first < 0:
        return list(lines)
    return _join_from(lines, head, first)


def adjacent_filled(lines: list[str], start: int = 1) -> int:
    """The first index ``i >= start`` whose line and the line above it both hold more
    than white space, or -1. (A byte a line, 1 for a filled one: the pair is found by a
    C search of the bytes, with no bytecode a line.)"""
    if start >= len(lines):
        return -1
    filled = bytes(map(bool, map(str.strip, lines[start - 1 :])))
    found = filled.find(b"\x01\x01")
    return -1 if found < 0 else start + found


def _join_from(lines: list[str], head: int, start: int) -> list[str]:
    """The lines before ``start`` as they are, then each line kept or joined to the kept
    line above (``head``: where the text after its front matter begins)."""
    out = lines[:start]
    # (A page laid out in columns has its wrapped lines opening in lower case: no items.
    # Asked only when a line meets a line above it: a text of paragraphs parted by blank
    # lines never asks, and is spared the scan.)
    items: bool | None = None
    # (The last kept line's stripped text, kept with it: each line is stripped once.)
    last = out[-1].strip() if out else ""
    for line in lines[start:]:
        text = line.strip()
        if text and last and items is None:
            items = not _laid_out(lines[head:])
        if text and last and _joins(out[-1].rstrip(), text, out, bool(items)):
            glue = "" if text[:1] in ",.;:)%]’”" else " "
            out[-1] = out[-1].rstrip() + glue + text
            last = out[-1].strip()
            continue
        out.append(line)
        last = text
    return out


COUNT_REACH = 200  # kept lines looked back through for a list's last number


def _last_number(out: list[str], family: str) -> int:
    """The number of the last label of ``family`` opening a kept line (0: none), looked
    for only when a line may be a list's next item: most lines never ask."""
    for line in out[-1 : -COUNT_REACH - 1 : -1]:
        text = line.strip()
        if not text:
            continue
        label = P.match_label(text)
        if label is not None and label.family == family:
            number = P.label_number(label.label)
            if number is not None:
                return number
    return 0


def _front_matter_end(lines: list[str]) -> int:
    """The index after a leading YAML front matter block ("---" ... "---"), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, min(len(lines), 200)):
        if lines[i].strip() in ("---", "..."):
            return i + 1
    return 0


# A list's next item after one closed on "; and": "...(IGP); e" / "e) o modelo ...".
# Enumerations in minutes and resolutions close their last-but-one item with a semicolon
# and the conjunction; the line under it opening with a letter and ")" is the next
# item's label, never a scraped inline element (an element never opens on "x) ").
_ITEM_CLOSE = lazy(r";\s*(?:and|or|e|ou|et|y|o|ed|und|oder)$", re.I)
_ITEM_OPEN = lazy(r"^\(?[a-z]{1,4}\)\s")


# What no paragraph ends on: a dateline's dash after its place ("CHICAGO —", the lead
# follows), an ordinal's suffix set as a superscript ("23" / "rd" / "Place ...": the
# street's name follows).
# (A table's row may end on a dash meaning "nil": a place's name has letters, and a
# row's cells are parted by tabs.)
_RUNS_ON = lazy(r"[^\W\d_] +[—–-]$|\d *(?:st|nd|rd|th)$")


def _joins(previous: str, text: str, kept: list[str] | None = None, items: bool = False) -> bool:
    if _ENDS.search(previous):
        return False
    if _ITEM_OPEN.match(text) and _ITEM_CLOSE.search(previous):
        return False
    if _next_item(previous, text, kept or []):
        return False
    if items and _sibling_item(previous, text):
        return False
    if _CONTINUES.match(text) or ("\t" not in previous and _RUNS_ON.search(previous)):
        return True
    last = previous.split()[-1].lower() if previous.split() else ""
    return last in P.FUNCTION_WORDS


def _sibling_item(previous: str, text: str) -> bool:
    """A list's item under another, both opening in lower case with no bullet ("an air
    ambulance, in case ..." / "full medical cover"; "you must register" / "you must
    pay"): a page's list copied without its bullets. A line an inline element cut off
    ("The Bank said" / "the rate ...") hangs from a paragraph opened in capitals; one
    opening in lower case, not joined to the line above it, is itself such an item, and
    the line under it is the next one unless the item visibly runs on (``runs_on``)."""
    return previous.lstrip()[:1].islower() and text[:1].islower() and not runs_on(previous, text)


def _next_item(previous: str, text: str, kept: list[str]) -> bool:
    """A list's item under another: "a) im Tiefbau mit" / "aa) Flächen von ...", "aa)
    ... oder" / "bb) Senkungen ...", "bb) ..." / "b) im Tagebau ...". An act's item may
    stop on a preposition, a conjunction or a comma, its clause going on in the items
    under it; a line under an item that opens on the first label of a list, or on the
    next label of a list already counted, is an item of its own, never a scraped inline
    element (an element never opens on "bb) ")."""
    label = P.match_label(text)
    if label is None or label.family.startswith("bullet"):
        return False
    above = P.match_label(previous)
    if above is None or above.family.startswith("bullet"):
        return False
    number = P.label_number(label.label)
    return number is not None and (number == 1 or number == _last_number(kept, label.family) + 1)


_CELL_GAP = lazy(r"\t+")


def is_table_row(text: str) -> bool:
    """A row of a table copied as text: cells separated by tabs. Word, browsers and
    spreadsheets all put a tab between a row's cells and end the row with a line break,
    and prose never has a tab between its words; so a row is a unit of its own, never
    a wrapped line of a paragraph. A label and its text ("1.<tab>The Council ...",
    Word's list numbers) are a numbered paragraph, not a row."""
    if text.lstrip()[:1] in ("|", "+") and (is_drawn_border(text) or _pipe_cells(text) is not None):
        # A drawn table's border or "| a | b |" row: the table's, never a paragraph's.
        return True
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
_LABEL_CELL = lazy(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)]?|[•·▪◦o§*–-]")


# A table drawn in characters, as pandoc, Markdown and database tools print one:
# "+-----+-----+" borders (grid tables; "+=====+" under the header) around "| a | b |"
# rows, or "| a | b |" rows under a "|---|:---|" line (pipe tables). Readers keep every
# character of a line, so the bars stay; these tell the rows and borders apart.
_BORDER_CHARS = frozenset("-=:+| ")
_EMPTY_COMMENT = lazy(r"<!--[^A-Za-z0-9]{0,40}-->")


def is_drawn_border(text: str) -> bool:
    """A table's border line ("+----+----+", "|---|:--|"): drawing characters only.
    (A set test, not a regex: linear on any line.)"""
    bare = text.strip()
    return (
        bare[:1] in ("+", "|")
        and ("---" in bare or "===" in bare)
        and _BORDER_CHARS.issuperset(bare)
    )


def is_markup_line(text: str) -> bool:
    """A line that is only markup, no words: a drawn table's border, the empty HTML
    comment converters print between two lists ("<!-- -->"), or HTML tags left in
    Markdown pasted as text ("<meta http-equiv='Content-Type' ... />"): what a tag says
    is for a browser, never the release's text."""
    bare = text.strip()
    return (
        is_drawn_border(bare)
        or bool(_EMPTY_COMMENT.fullmatch(bare))
        or (bare[:1] == "<" and len(bare) <= TAG_LINE_MAX_CHARS and bool(_TAGS.fullmatch(bare)))
    )


# One or more HTML tags and nothing else ("<meta charset='utf-8' />", "</div><div>").
_TAGS = lazy(r"(?:<[/?]?[a-z][\w:-]*(?:\s[^<>]*)?/?>\s*)+")
TAG_LINE_MAX_CHARS = 400


def _pipe_cells(text: str) -> list[str] | None:
    bare = text.strip()
    if len(bare) < 3 or bare[0] != "|" or bare[-1] != "|":
        return None
    return [cell.strip() for cell in bare[1:-1].split("|") if cell.strip()]


GRID_ROW_LINES = 50  # a grid table's row wraps over a few lines, never more than this


def grid_row_goes_on(texts: list[str], i: int) -> bool:
    """Whether line ``i`` carries on the row of line ``i - 1`` in a grid table: both
    "| ... |" rows, with no border between them, under a "+---+" border. A grid table
    parts its rows with borders, so lines between two borders are one row whose cells
    wrapped (pandoc's plain text); a pipe table ("|---|") has a row a line."""
    if i < 1 or _pipe_cells(texts[i]) is None or _pipe_cells(texts[i - 1]) is None:
        return False
    if is_drawn_border(texts[i]) or is_drawn_border(texts[i - 1]):
        return False
    for j in range(i - 2, max(-1, i - GRID_ROW_LINES), -1):
        if is_drawn_border(texts[j]):
            return texts[j].lstrip().startswith("+")
        if _pipe_cells(texts[j]) is None:
            return False
    return False


# A picture's caption with its credit, as a page copied from a browser carries it between
# paragraphs: "MEPs want charging points every 60 km © Name / Agency".
_CREDIT_END = lazy(r"(?<!\S)©\s*[^\s©][^©.!?;]{0,60}$")
CAPTION_MAX_WORDS = 30


def is_photo_credit(text: str) -> bool:
    """A short line ending on a photo credit ("... © Name / Agency"): a picture's caption,
    the page's, not the release's text (a release's sentences never end on a credit; a
    copyright line is the site's footer). A "©" inside a word is mojibake ("pr√©cis")."""
    if "©" not in text:
        return False
    return len(text.split()) <= CAPTION_MAX_WORDS and bool(_CREDIT_END.search(text[-90:]))
