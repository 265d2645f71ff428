"""Footnotes at a page's foot in text taken from a PDF whose footnote rule was lost.

A word processor draws the short rule over a page's notes as a graphic line, and
pdftotext keeps no trace of it; the raised note number still comes out alone on its
line, above the note's text, and the note still sits at the foot of its page:

    ... relative to the previous auction2 but declined ...
    2
    During the three auctions between ..., the Bureau rejected all bids.
    <page foot>
    \\f...

With no rule to open the notes' zone, ``text_notes`` leaves such a number alone. The
evidence here is how notes are printed, several things at once: each number stands
at the foot of its page (the page ends a few lines below it), opens a line of text
starting as a sentence does, the same number is printed in the page's text above it
as a marker (raised, hence flattened onto the word: "auction2", "month.3"), and the
numbers of all such notes in the document run on one by one (1, 2, 3 ...) in order. A lone page
number fails the first two (it ends the page); a count in a list fails the last.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_LONE_NUMBER = re.compile(r"^[ \t]*(\d{1,2})[ \t]*$")
# A page's notes end its page: the number stands this many lines or fewer above the
# page break (the notes' text and the page's foot lie between).
FOOT_LINES = 25
MIN_NOTES = 2  # one number alone gives no sequence to check it by
_ENDS = (".", ":", ";", "!", "?", ")", "”", '"')  # a sentence's or a clause's end


def _marker_in(body: str, number: str) -> bool:
    """Whether ``body`` prints ``number`` in a note marker's shape, as the notes are
    linked to their markers (``mend``): flattened onto the word or punctuation it
    follows ("auction2 ", "month.3"), or set off by the space a raised figure keeps. (A
    number joined to a note no marker will claim would make a numbered paragraph.)"""
    from briefing.ingest.mend import marker_pattern, spaced_marker_pattern

    return any(p.search(body) for p in (marker_pattern(number), spaced_marker_pattern(number)))


def _marker_on_page(lines: list[str], start: int, end: int, number: str) -> bool:
    """Whether ``lines[start:end]`` print ``number`` as a marker. (Only the lines holding
    the figure standing alone, not inside a longer one, each with the line after it, go
    to the marker shapes: their look-behinds are dear over a whole page.)"""
    body = "\n".join(lines[start:end])
    at = body.find(number)
    while at >= 0:
        after = at + len(number)
        if not body[at - 1 : at].isdigit() and not body[after : after + 1].isdigit():
            line_start = body.rfind("\n", 0, at) + 1
            next_end = body.find("\n", body.find("\n", at) + 1)
            if _marker_in(body[line_start : next_end if next_end >= 0 else len(body)], number):
                return True
        at = body.find(number, after)
    return _marker_on_year(body, number)


def _marker_on_year(body: str, number: str) -> bool:
    """Whether ``body`` prints ``number`` flattened onto a date's year ("HELD ON 10
    NOVEMBER 20161"), as the notes are linked to their markers (``mend``): a year has
    four digits, so the digits after a month's name and a year are no part of it."""
    from briefing.ingest.mend import year_marker_pattern

    return year_marker_pattern(number).search(body) is not None


def join_page_foot_notes(lines: list[str]) -> list[str]:
    """``lines`` with each rule-less page-foot note number joined to its note's text
    ("2" / "During the three ..." -> "2 During the three ..."), when the document's
    such notes are numbered 1, 2, 3 ... in order; otherwise ``lines`` unchanged."""
    breaks = [k for k, line in enumerate(lines) if "\f" in line]
    if not breaks:
        return lines  # (no pages: no page foot to stand at)
    if breaks[-1] < len(lines) - 1:
        # The text's end is its last page's foot: pdftotext ends every page with a form
        # feed, the last one's is stripped with the text's trailing space, and a paste
        # ends where the last page does.
        breaks.append(len(lines))
    found: list[tuple[int, int, str]] = []  # (number's line, note's line, number)
    # Notes whose marker was not found on their page (glued to a figure, "5.552"):
    # number -> (number's line, note's line).
    unmarked: dict[str, tuple[int, int]] = {}
    last, after = 0, 0  # the last note's number in the sequence, the line after it
    marked = 0  # notes found with their marker on their page (not settled by a gap)
    page_start = 0
    b = 0  # index into breaks: the next page break at or after the current line
    for i, line in enumerate(lines):
        if "\f" in line:
            page_start = i
            continue
        m = _LONE_NUMBER.match(line)
        if m is None:
            continue
        while b < len(breaks) and breaks[b] < i:
            b += 1
        if b == len(breaks) or breaks[b] - i > FOOT_LINES:
            continue  # (not at its page's foot; the last page has no break after it)
        j = i + 1
        while j < len(lines) and not lines[j].strip() and j - i <= 2:
            j += 1
        text = lines[j].strip() if j < breaks[b] else ""
        if not text[:1].isupper() or len(text.split()) < 3:
            continue  # (a note opens as a sentence; a page number ends its page)
        number = m.group(1)
        if found and int(number) == last + 2:
            # One note between two found in order: its number is settled by theirs.
            gap = _note_between(lines, breaks, after, i, last + 1, unmarked)
            if gap is not None:
                last, after = last + 1, gap[1] + 1
                found.append(gap)
        if found and int(number) != last + 1:
            # The notes of a document run on one by one: 2, 3, 4. A run from 1, each
            # number with its marker on its page, stays the notes it is when a later
            # note is printed in a shape not read (its number after its text): the
            # notes after that one are left alone, not those before. (A number settled
            # only by a gap is no such evidence.)
            if found[0][2] == "1" and marked == len(found) >= MIN_NOTES:
                break
            return lines
        if not _marker_on_page(lines, page_start, i, number):
            unmarked[number] = (i, j)
            continue
        found.append((i, j, number))
        last, after = int(number), j + 1
        marked += 1
    if len(found) < MIN_NOTES and not _first_note_alone(lines, found):
        return _join_number_columns(lines)
    out = list(lines)
    for k in range(len(found) - 1, -1, -1):
        i, j, number = found[k]
        if i == j:
            continue  # (the note is printed joined to its number already)
        if i > 0 and out[i - 1].strip() and not _parted(out, found, k):
            # A note interrupting a paragraph that runs on over the page ("... make
            # interest" / "4" / "Goyal, A ..."): joined, "4 Goyal" would read as the
            # sentence's next line. Its number alone on its line keeps the break.
            continue
        indent = _indent(out[i])
        if j + 1 < len(out) and out[j + 1].strip() and _indent(out[j + 1]) == _indent(out[j]):
            # The note's lines set as one block beside its hanging number: the joined
            # line keeps the block's indent, or its first line would stand apart.
            indent = _indent(out[j])
        out[i : j + 1] = [" " * indent + f"{number} {out[j].strip()}"]
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _parted(lines: list[str], found: list[tuple[int, int, str]], k: int) -> bool:
    """Whether note ``found[k]``'s number, joined to its note, would still stand apart
    from the text above it: unless that text is a paragraph running on over the page
    (its line above does not end a sentence or a clause, and the next page goes on in
    lower case), or a note printed joined to its number (which the text's paragraphs
    may have taken in) with no blank line after it."""
    i = found[k][0]
    joined_above = k and found[k - 1][0] == found[k - 1][1]
    if joined_above and all(line.strip() for line in lines[found[k - 1][0] : i]):
        return False
    if lines[i - 1].rstrip().endswith(_ENDS):
        return True
    t = i + 1
    while t < len(lines) and "\f" not in lines[t]:
        t += 1
    while t < len(lines) and (not lines[t].strip() or _LONE_NUMBER.match(lines[t].strip("\f"))):
        t += 1
    return t >= len(lines) or not lines[t].lstrip("\f \t")[:1].islower()


def _note_between(
    lines: list[str],
    breaks: list[int],
    start: int,
    end: int,
    number: int,
    unmarked: dict[str, tuple[int, int]],
) -> tuple[int, int, str] | None:
    """The note numbered ``number`` in ``lines[start:end]``, between two notes found in
    order (numbered one less and one more), as (number's line, note's line, number):

    - a lone number at a page's foot over a sentence whose marker was not found (its
      marker glued to a figure, "rate of 5.552", or lost in extraction): the notes
      before and after it are found in order, so the number between is a note too;
    - a note the extraction printed joined to its number ("6 This is widely ...") at a
      page's foot: given as (line, line, number), nothing to join.

    A release numbers its notes one by one; one note in a shape the others do not take
    must not drop all of them."""
    at = unmarked.get(str(number))
    if at is not None and start <= at[0] < end:
        return (at[0], at[1], str(number))
    prefix = f"{number} "
    b = bisect_left(breaks, start)
    for k in range(start, end):
        text = lines[k].lstrip()
        if not text.startswith(prefix) or not text[len(prefix) : len(prefix) + 1].isupper():
            continue
        while b < len(breaks) and breaks[b] < k:
            b += 1
        if b < len(breaks) and breaks[b] - k <= FOOT_LINES and len(text.split()) >= 4:
            return (k, k, str(number))
    return None


def _first_note_alone(lines: list[str], found: list[tuple[int, int, str]]) -> bool:
    """Whether a document's one such note may stand without a second to check it by: a
    document's first note is numbered 1, so a "1" over a sentence at its page's foot is
    its note when the page prints the same 1 flattened onto a word ("(DMCA)1 was",
    "Act.1") or a date's year ("10 NOVEMBER 20161"), as no list or page number is, and
    no other number stands alone below it on the page. (A "1" set off by a space, which
    a count could be, is left alone.)"""
    if len(found) != 1 or found[0][2] != "1":
        return False
    from briefing.ingest.mend import marker_pattern

    i = found[0][0]
    k = found[0][1] + 1
    while k < len(lines) and "\f" not in lines[k]:
        if _LONE_NUMBER.match(lines[k]) and _opens_note(lines, k):
            return False  # (another note at the foot: the page's notes are not one)
        k += 1
    # (The page's first line holds the form feed that opens it, "\fMinutes1 of the
    # ...": the page's text starts there, not on the line after it.)
    start = i
    while start > 0 and "\f" not in lines[start] and i - start < 200:
        start -= 1
    pattern = marker_pattern("1")
    if any("1" in line and pattern.search(line) for line in lines[start:i]):
        return True
    return _marker_on_year("\n".join(lines[start:i]), "1")


def _opens_note(lines: list[str], i: int) -> bool:
    """Whether the lone number at ``lines[i]`` stands over a sentence on its page (a
    note), not at the page's end (a page number)."""
    j = i + 1
    while j < len(lines) and not lines[j].strip() and j - i <= 2:
        j += 1
    if j >= len(lines) or "\f" in lines[j]:
        return False
    text = lines[j].strip()
    return text[:1].isupper() and len(text.split()) >= 3


def _join_number_columns(lines: list[str]) -> list[str]:
    """Text without layout (pdftotext's default mode) prints a page's raised note numbers
    as a column of their own at the page's foot, then all the notes: "1" / "2" / "CPI
    after removing ..." / "CPI after removing ...". With no rule above them, the evidence
    is the notes' own: two or more numbers running on (1, 2 or 7, 8, 9) alone at the
    page's foot, as many notes after them, each opening as a sentence after the one
    before ends, and every number printed as a marker in the page's text above. Each
    note then takes its number ("1 CPI after ..."), in order."""
    out = list(lines)
    page_start = 0
    for b, line in enumerate(lines):
        if "\f" not in line:
            continue
        _column_at_foot(out, page_start, b)
        page_start = b
    return out


def _column_at_foot(out: list[str], page_start: int, end: int) -> None:
    foot = max(page_start, end - FOOT_LINES)
    k = foot
    while k < end and not _LONE_NUMBER.match(out[k]):
        k += 1
    numbers: list[int] = []  # the column's lines
    j = k
    while j < end:
        m = _LONE_NUMBER.match(out[j])
        if m and (not numbers or int(m.group(1)) == int(out[numbers[-1]].strip()) + 1):
            numbers.append(j)
        elif out[j].strip() or not numbers:
            break
        j += 1
    if len(numbers) < MIN_NOTES:
        return
    openings: list[int] = []
    ended = True  # the line above ends a note (or is the column)
    for t in range(j, end):
        text = out[t].strip()
        if not text:
            continue
        if _LONE_NUMBER.match(out[t]):
            return  # (a number among the notes: some other shape)
        if ended and (text[:1].isupper() or text.startswith(("http", "www."))):
            openings.append(t)
        ended = text.endswith((".", ")"))
    if len(openings) != len(numbers):
        return
    labels = [out[n].strip() for n in numbers]
    if not all(_marker_on_page(out, page_start, numbers[0], label) for label in labels):
        return
    for t, label in zip(openings, labels, strict=True):
        indent = len(out[t]) - len(out[t].lstrip())
        out[t] = " " * indent + f"{label} {out[t].strip()}"
    for n in numbers:
        out[n] = ""
