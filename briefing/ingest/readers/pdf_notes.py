"""Footnotes at the foot of a PDF page: where the note area starts and the notes in it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.ingest.readers.pdf_lines import PdfLine

# The separator rule printed as text ("__________"); a drawn rule has no text.
_RULE = re.compile(r"^[_\u2014\u2013\u2015-]{5,}$")
# A note's own marker when it is not raised: "1 See ...", "* The present ...", "12. Ibid",
# "1) This English version ..." (the form East Asian and German houses number notes in).
_MARK = re.compile(r"^(\*{1,3}|[†‡§]|\d{1,3})[.)]?\s+(?=\S)")
# Notes are set smaller than the body: at most this share of the body size.
_SMALL = 0.92


@dataclass
class Note:
    marker: str
    text: str
    page: int


def split_notes(
    page: list[PdfLine],
    body_size: float,
    page_number: int,
    removed: list[str],
    open_note: str | None = None,
    rule_y: float | None = None,
) -> tuple[list[PdfLine], list[Note], bool]:
    """(body lines, notes, whether the note area opens with a note's continuation).

    The note area is what lies below a printed rule, else the run of small-type lines
    at the very bottom of the page whose first line starts with a marker: releases set
    notes smaller than the text and number them, so a trailing small line without a
    marker (a caption, a source line) is not taken for a note."""
    start = _rule_at(page)
    drawn = _under_drawn_rule(page, rule_y, open_note) if start is None else None
    if start is not None:
        removed.append(page[start].text)
        body, area = page[:start], page[start + 1 :]
    elif drawn is not None:
        # Notes set at the foot of the left column come before the right column's
        # text in reading order: the body goes on after them.
        end = drawn
        while end < len(page) and page[end].y < rule_y and page[end].column == page[drawn].column:
            end += 1
        body, area = page[:drawn] + page[end:], page[drawn:end]
    else:
        cut = len(page)
        while cut > 0 and page[cut - 1].size <= _SMALL * body_size:
            cut -= 1
        # The run must open with a note, and the body must go on above it; a page all
        # in small type that carries notes (endnotes) may open with one run over.
        whole = cut == 0 and any(_marker(line) for line in page)
        if not whole and 0 < cut < len(page) and _runs_over(open_note, page[cut:]):
            whole = True  # the note left unfinished on the page before goes on here
        while not whole and cut < len(page) and not _marker(page[cut]):
            cut += 1
        if not whole and (cut == 0 or cut >= len(page)):
            return page, [], False
        body, area = page[:cut], page[cut:]
        if _numbered_heading(area):
            return page, [], False
    notes: list[Note] = []
    continued = False
    for line in area:
        marker = _marker(line)
        if marker:
            text = line.text[len(marker) :].lstrip(" .)") if not line.lead_sup else _after_sup(line)
            notes.append(Note(marker, text, page_number))
        elif notes:
            notes[-1].text = _join(notes[-1].text, line.text)
        else:
            notes.append(Note("", line.text, page_number))
            continued = True
    return body, notes, continued


def _under_drawn_rule(
    page: list[PdfLine], rule_y: float | None, open_note: str | None
) -> int | None:
    """Where the lines under a drawn note rule start, when they are notes: the first
    opens with a marker (or goes on with the note the page before left open), and the
    body has lines above the rule."""
    if rule_y is None:
        return None
    # On a two-column page the notes may close the left column (then the right
    # column's text follows them) or the right one: the area is the run of lines
    # under the rule within one column.
    at = next((i for i, line in enumerate(page) if line.y < rule_y), None)
    if not at or at >= len(page):
        return None
    # Notes are set smaller than the text, open with a raised number, or carry the
    # number of a marker raised in the text above; a body-size line opening with a
    # figure no marker calls ("300 bp each time.") under a rule is text.
    first = page[at]
    raised = {marker for line in page[:at] for marker in line.markers}
    small = first.lead_sup or first.size <= _SMALL * body_size(page)
    if not small and _marker(first) not in raised:
        return None
    if _marker(first) or _runs_over(open_note, page[at:]):
        return at
    return None


def body_size(page: list[PdfLine]) -> float:
    """The size most of the page's text is set in."""
    from briefing.ingest.readers.pdf_paragraphs import body_size as sized

    return sized([page])


def _runs_over(open_note: str | None, run: list[PdfLine]) -> bool:
    """A small-type run at the page foot opening without a marker continues the note
    the page before left unfinished: notes run over a page break as the text does. It
    does when that note stopped mid-sentence, or when the run's later lines are notes
    (a caption or a source line under a figure is a lone line with no note below it)."""
    if open_note is None or _marker(run[0]):
        return False
    unfinished = not re.search(r"[.!?][\"'”’)\]]?$", open_note.rstrip())
    return unfinished or any(_marker(line) for line in run[1:])


def _rule_at(page: list[PdfLine]) -> int | None:
    # The lowest rule with text under it in the lower half of the page's lines.
    for i in range(len(page) - 2, len(page) // 3 - 1, -1):
        if _RULE.match(page[i].text.replace(" ", "")):
            return i
    return None


def _numbered_heading(area: list[PdfLine]) -> bool:
    """A numbered section heading left at the foot of a page ("3. POLICY DECISION"), set in
    small bold capitals: notes are set in the text's own weight and case, never as a
    bold line in capitals, so without a rule above it this is no note area."""
    text = " ".join(line.text for line in area)
    letters = [c for c in text if c.isalpha()]
    return (
        all(line.bold for line in area) and bool(letters) and not any(c.islower() for c in letters)
    )


# What follows a wrapped date, not a note's number: "3 – 14 June 1992, vol. I", "26
# August–4 September 2002": a dash, a figure or a month. (A note opens on a word.)
_DATE_GOING_ON = re.compile(
    r"\d{1,3}\s+(?:[–—-]|\d|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b)"
)


def _marker(line: PdfLine) -> str:
    if line.lead_sup:
        return line.lead_sup
    found = _MARK.match(line.text)
    if found and found.group(1).isdigit() and _DATE_GOING_ON.match(line.text):
        return ""  # (a note's line wrapped inside a date, set at the text's size)
    return found.group(1) if found else ""


def _after_sup(line: PdfLine) -> str:
    return line.text[len(line.pieces[0].text) :].lstrip()


def _join(text: str, more: str) -> str:
    if text.endswith("-") and more[:1].islower():
        return text + more
    return f"{text} {more}"
