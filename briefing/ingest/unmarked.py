"""Plain text whose paragraph ends are not marked by blank lines (issue 11, item 5).

``pdftotext`` in its default or ``-raw`` mode writes a PDF's paragraphs one after another,
each hard-wrapped at the PDF's line ends, with no blank line between them; archives
(parliamentary collections, newspaper scans) keep a typist's hard wraps at ~70 columns.
There the text itself is the only evidence of a paragraph's end, and these helpers read it
from the document's own line lengths.
"""

from __future__ import annotations

import re

from briefing.ingest.dates import find_date
from briefing.ingest.patterns import ends_sentence, match_label

# Share of a document's full lines that a line must outrun to count as "at the margin".
_MARGIN_SHARE = 0.95


def margin(texts: list[str], width: int) -> int:
    """How long the document's longest ordinary lines run: the right margin in characters.

    ``width`` (segment._wrap_width) is where most full lines end. Text copied out of a PDF
    set in a proportional font has no single margin in characters: a full line of wide
    letters ('m', capitals) holds fewer than one of narrow ones ('i', 'l', 't'), so full
    lines spread over a tenth or more of the width. A line has no room left for the next
    word only when the two together outrun what the document's full lines reach, which the
    95th percentile of its full lines measures (a monospaced wrap at 70 columns has no
    spread, and there this is ``width`` itself)."""
    if not width:
        return 0
    full = sorted(n for n in (len(t.strip()) for t in texts) if n >= width * 0.7)
    if len(full) < 10:
        return width
    # Never below the width, nor far past it (one long table row is no margin).
    return max(width, min(full[int(len(full) * _MARGIN_SHARE)], int(width * 1.15)))


def _words(text: str) -> int:
    return len(text.split())


def unmarked_ends(texts: list[str], width: int) -> int:
    """How many paragraphs visibly end with no blank line after them: a full line, then a
    line much shorter than the margin that ends a sentence, then a line opening with a
    capital. Wrapping fills every line of a paragraph but its last, so a short line ending
    a sentence under a full one is that paragraph's last line, and the capital after it
    opens the next paragraph on the very next line."""
    if not width:
        return 0
    count = 0
    for above, line, below in zip(texts, texts[1:], texts[2:], strict=False):
        above, line, below = above.strip(), line.strip(), below.strip()
        if not (above and line and below) or len(above) < width * 0.8:
            continue
        if len(line) > width * 0.7 or _words(line) < 2 or not ends_sentence(line):
            continue
        if above.endswith((".", ":", ";")):
            continue  # (a list or a run of one-sentence lines, not a wrapped paragraph)
        if below[:1].isupper() and _words(below) >= 4:
            count += 1
    return count


def _blank_runs(texts: list[str]) -> int:
    """Blank-line breaks followed by a long line (as segment._blank_separated counts)."""
    runs = 0
    previous_blank = False
    for raw in texts:
        if not raw.strip():
            previous_blank = True
            continue
        runs += previous_blank and len(raw) >= 40
        previous_blank = False
    return runs


def blank_lines_are_page_breaks(texts: list[str], width: int) -> bool:
    """Whether the text's few blank lines are page breaks, not paragraph breaks.

    Text copied out of a PDF by pdftotext keeps a blank line at each page break (and
    around the page number it took out) while its paragraphs follow each other with no
    blank line: a handful of blank runs then says nothing of paragraphs. When paragraph
    ends with no blank line after them are at least as many as the blank runs, the
    blanks are page breaks, and a full line ending a sentence may end its paragraph."""
    ends = unmarked_ends(texts, width)
    return ends >= 2 and ends >= _blank_runs(texts)


def wrapped_dash(current: list[str], line: str, width: int) -> bool:
    """A line opening '- ' in lower case under a full line that stops on a word, in a
    paragraph that is no list item: the sentence's dash carried to the line's start by
    the wrap ("... our qualities as a people" / "- of our values."), not a bullet. A
    hyphen list opens after a lead-in that ends (":", ".") or under an item of its own;
    a line stopping mid-clause opens none, and an item rarely carries on a sentence in
    lower case."""
    if not width or not current or not line.startswith("- ") or not line[2:3].islower():
        return False
    prev = current[-1].rstrip()
    if len(prev) < width * 0.7 or not prev[-1:].isalpha():
        return False
    opened = match_label(current[0].lstrip())
    return opened is None or not opened.family.startswith("bullet")


def year_wraps(prev: str, line: str) -> bool:
    """A bare year under a line that stops on a day and month ("WEDNESDAY, 17 FEBRUARY" /
    "1999"): the date's year carried to the next line by the wrap, not a page number.
    A page number is no year, and a dateline is never printed without its year on the
    line above and the year alone under it unless the line was wrapped there."""
    year = line.strip()
    if len(year) != 4 or not year.isdigit() or year[:2] not in ("19", "20"):
        return False
    prev = prev.strip()
    return find_date(prev) is None and find_date(f"{prev} {year}") is not None


_INITIALS = re.compile(r"^(?:[A-Z]{2,4}\s*[/:]\s*)?[a-z]{2,3}$")


def typist_initials(text: str) -> bool:
    """The reference initials a typist puts under a letter or a transcript's last line
    ("jy", "AB/jy"): two or three lower-case letters alone, the release's last line. They
    say who typed it, not what it says (archives such as ParlInfo keep them)."""
    return bool(_INITIALS.match(text.strip()))
