"""Footnotes in text taken from a PDF: a raised note number printed on a line of its own.

PDF-to-text tools (pdftotext, a copy from a PDF viewer) keep a footnote's superscript
number on its own line, above the note's text, because it is raised off the baseline:

    __________________
        1
          See Official Records of the General Assembly, ...
        2
          Resolutions ES-11/1, ES-11/2 ...

Under a footnote rule, a line holding only a number (or *, †) is always a note's marker,
never content; joining it to the text below gives the "1 See ..." shape every other
reader produces, so the note is linked to the paragraph holding its marker.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefing.ingest.text_scan import holds
from briefing.lazyre import lazy

# A footnote rule: a run of underscores or dashes alone on its line.
_RULE = lazy(r"^\s*(?:_{5,}|[\u2014\u2015]{3,}|-{10,})\s*$")
_MARK = lazy(r"^\s*(\d{1,3}|[*†‡§]{1,3})\s*$")
# "Notes" or "Endnotes" alone on its line: a report's endnotes follow it, and a number
# alone on a line there is a note's raised number, as under a rule.
_NOTES_HEADING = lazy(r"^[ \t\f]*(?:End)?[Nn]otes[ \t]*$|^[ \t\f]*(?:END)?NOTES[ \t]*$", re.M)
_LONE_STAR_LINE = lazy(r"^[ \t]*\*{1,3}[ \t]*$", re.M)
NOTE_ZONE_LINES = 60  # a page foot's notes: the zone ends at the next page or long gap


LONG_RULE = 40  # characters: a rule this long spans the page, no footnote separator
# How a page's first note opens: its marker (a number, a symbol, "(1)", "[1]", "1/").
_NOTE_OPENING = lazy(r"^\s*[\d*†‡§(\[]")


def _opens_notes(lines: list[str], start: int) -> bool:
    """Whether a rule at ``lines[start - 1]`` may head a page's notes. A footnote rule is
    short (Word's separator and the UN's are a third of the measure or less); a rule
    across the page with a heading or a dateline under it ("DOORSTOP INTERVIEW") parts a
    letterhead or a transcript's head from its text, so a number alone further down is
    a page number. (Under a short rule the first note may come before its marker:
    pdftotext's default mode prints a raised number after the note's text.)"""
    if len(lines[start - 1].strip()) < LONG_RULE:
        return True
    for line in lines[start : start + 4]:
        if line.strip():
            return bool(_NOTE_OPENING.match(line))
    return True  # (the rule ends the page: its notes may follow on the next lines)


def join_note_markers(
    lines: list[str], blob: str | None = None, notes_word: bool | None = None
) -> list[str]:
    """``lines`` with each note marker alone on its line (under a footnote rule) joined to
    the note text that follows it. ``blob``: the lines joined, and ``notes_word``: whether
    it holds "otes" or "OTES", when the caller has them already."""
    if blob is None:
        blob = "\n".join(lines)  # (C scans of the whole text, not a few per line)
    # (Lines come right-stripped: a lone star's line ends on its star, "*\n".)
    if (holds(blob, "*\n") or blob.endswith("*")) and _LONE_STAR_LINE.search(blob):
        starred = _join_lone_stars(lines)
        if starred != lines:
            lines, blob, notes_word = starred, "\n".join(starred), None
    # (A rule's character alone is looked for first: a one-character find runs ~10 times
    # faster than a longer one, and most texts have no "_" or "—" at all.)
    has_rule = (
        ("_" in blob and "___" in blob)
        or ("\u2014" in blob and "\u2014\u2014" in blob)
        or "----------" in blob
    )
    if not has_rule and "\f" in blob:
        # Paged text with no footnote rule: the rule may have been a drawn line, lost.
        from briefing.ingest.page_foot_notes import join_page_foot_notes

        lines = join_page_foot_notes(lines)
    elif "\f" not in blob and ("\n1\n" in blob or blob.startswith("1\n")):
        # Layout text whose form feeds were lost (a copy, a paste): a raised "1" alone at
        # the margin over its note's set-in text, a rule or none (a letterhead's rule
        # across the page is no note's; session 42, notes).
        from briefing.ingest.margin_notes import join_margin_notes

        lines = join_margin_notes(lines)
    if not has_rule:
        if notes_word is None:
            notes_word = "otes" in blob or "OTES" in blob
        if not notes_word or not _NOTES_HEADING.search(blob):
            return lines  # (most texts have no footnote rule and no endnotes at all)
    out: list[str] = []
    zone = 0  # lines left in the current note zone
    endnotes = False  # after a "Notes" heading: the notes run to the text's end
    i = 0
    while i < len(lines):
        line = lines[i]
        if _RULE.match(line) and not _opens_notes(lines, i + 1):
            out.append(line)  # a rule under a letterhead or a transcript's head, not notes
            i += 1
            continue
        if _RULE.match(line) or _NOTES_HEADING.match(line):
            zone = NOTE_ZONE_LINES
            endnotes = endnotes or not _RULE.match(line)
            out.append(line)
            i += 1
            continue
        if endnotes:
            zone = NOTE_ZONE_LINES  # (endnotes go on over page breaks)
        elif "\f" in line:
            zone = 0  # a new page: its notes come after its own rule
        if zone:
            zone -= 1
            mark = _MARK.match(line)
            if mark and _ends_number_column(lines, i):
                mark = None  # (the column's numbers are placed by _place_stray_markers)
            j = i + 1
            while j < len(lines) and not lines[j].strip() and j - i <= 2:
                j += 1
            # The page's foot (a job number) printed between the number and its note, as
            # text without layout orders them: passed over, kept in its place.
            skipped: list[str] = []
            if mark and j < len(lines) and _is_furniture(lines[j]):
                skipped = lines[i + 1 : j + 1]
                j += 1
                while j < len(lines) and not lines[j].strip() and j - i <= 5:
                    j += 1
            if skipped and j < len(lines) and _is_furniture(lines[j]):
                skipped, j = [], len(lines)  # a whole page foot: no note follows it here
            # (A note says something: a bare figure under a page's notes is the foot's
            # date code, "100124", never a note's text.)
            if (
                mark
                and j < len(lines)
                and lines[j].strip()
                and not _MARK.match(lines[j])
                and not lines[j].strip().isdigit()
            ):
                indent = len(line) - len(line.lstrip())
                out.extend(skipped)
                out.append(" " * indent + f"{mark.group(1)} {lines[j].strip()}")
                i = j + 1
                continue
        out.append(line)
        i += 1
    return _place_stray_markers(out) if has_rule else out


def _ends_number_column(lines: list[str], i: int) -> bool:
    """Whether the lone number at ``lines[i]`` closes a column of them ("6" / "7").
    pdftotext's default mode prints a page's raised note numbers as a block of their own
    when they stand in a column left of the notes: all the numbers first, then all the
    notes. A number printed right after the number before it has no text of its own, so
    the text after the last one is the column's first note, not the last number's."""
    if not lines[i].strip().isdigit():
        return False
    k = i - 1
    while k >= 0 and i - k <= 2 and not lines[k].strip():
        k -= 1
    above = lines[k].strip() if k >= 0 else ""
    return above.isdigit() and int(above) + 1 == int(lines[i].strip())


_NUMBERED = lazy(r"^\s*(\d{1,3}) \S")


def _place_stray_markers(lines: list[str]) -> list[str]:
    """Text without layout (``pdftotext -raw``) may print a note's raised number after the
    page's notes, not before its note: under the rule, "See Official Records ..." with no
    number, "2 Resolutions ...", then "1" alone above the job number. Notes are numbered
    in sequence, so the one note of the page without its number, where that number
    belongs in the sequence, takes the page's one stray number (moved, not dropped).
    pdftotext's default mode does this to the first notes of a page: "A/78/270.", "See
    Official Records ...", "8 Ibid. ...", ..., "17 Ibid. ...", then "6" and "7" alone; the
    page's notes without numbers take its stray numbers in order when, so numbered, the
    page's notes run on one by one."""
    out = list(lines)
    i = 0
    while i < len(out):
        if not _RULE.match(out[i]):
            i += 1
            continue
        end = i + 1  # the page's foot: up to the next page or rule
        while end < len(out) and end - i <= NOTE_ZONE_LINES and "\f" not in out[end]:
            if _RULE.match(out[end]):
                break
            end += 1
        strays = [k for k in range(i + 1, end) if _MARK.match(out[k]) and out[k].strip().isdigit()]
        if strays:
            _place(out, i, end, strays)
        i = end
    return out


def _place(out: list[str], rule: int, end: int, strays: list[int]) -> None:
    stray_numbers = sorted(int(out[k].strip()) for k in strays)
    if stray_numbers != list(range(stray_numbers[0], stray_numbers[0] + len(strays))):
        return  # (the page's missing numbers run on: anything else is not this damage)
    unnumbered: list[int] = []  # lines opening a note with no number
    numbers: dict[int, int] = {}  # line -> its note number
    boundary = True  # the line above ends a note (or is the rule, or the page's foot)
    for k in range(rule + 1, end):
        text = out[k].strip()
        if not text or k in strays:
            continue
        if _is_furniture(out[k]):
            # (The page's foot, a job number, printed among the notes: a note ends there,
            # as the next opens after it in pdftotext's default order.)
            boundary = True
            continue
        m = _NUMBERED.match(out[k])
        if m:
            numbers[k] = int(m.group(1))
        elif boundary and (
            text[:1].isupper() or _OPENS_WITH_YEAR.match(text) or text.startswith(_WEB_OPENING)
        ):
            unnumbered.append(k)
        boundary = text.endswith(".")
    # With no numbered note on the page, a column of two or more numbers in sequence is
    # the evidence ("1" / "2" over "Resolution S-10/2." / "Official Records ..."); one
    # number alone, with nothing to check it by, is left where it is.
    if len(unnumbered) != len(strays) or not (numbers or len(strays) > 1):
        return
    placed = dict(zip(unnumbered, stray_numbers, strict=True))
    sequence = [n for _, n in sorted({**numbers, **placed}.items())]
    if any(b != a + 1 for a, b in pairwise(sequence)):
        return
    for k, number in placed.items():
        indent = len(out[k]) - len(out[k].lstrip())
        out[k] = " " * indent + f"{number} {out[k].strip()}"
    for k in strays:
        out[k] = ""


# A note may open with a year, "2010 Review Conference of the Parties ...": four digits,
# never a note's number (a page's notes number in ones and tens).
_OPENS_WITH_YEAR = lazy(r"(?:1[89]|20)\d\d\b")
# ... or with the web address it cites, in lower case ("https://example.org/.").
_WEB_OPENING = ("http://", "https://", "www.")


def _is_furniture(line: str) -> bool:
    from briefing.ingest.textfurniture import is_page_foot

    return is_page_foot(line.strip())


_LONE_STAR = lazy(r"^[ \t\f]*(\*{1,3})[ \t]*$")
STAR_REACH = 80  # lines above a lone star searched for the word it explains (a cover page)


def _join_lone_stars(lines: list[str]) -> list[str]:
    """A star alone on its line over a line of text, where a word above carries the same
    star ("Slovenia*", "Review*"), is that word's note, its raised star kept on a line of
    its own as a note's raised number is: "*" / "The present document was not edited
    ...". Joined, it reads "* The present document ...", as every other reader gives it.
    (A star over a line with no starred word above is left alone: a section break.)"""
    if "*" not in "".join(lines) or not any(line.strip() in ("*", "**", "***") for line in lines):
        return lines  # (most texts have no lone star; a C scan first)
    out = list(lines)
    for i, line in enumerate(out):
        m = _LONE_STAR.match(line)
        if m is None:
            continue
        j = i + 1
        # (The page's foot, a job number, may come between the star and its note, as text
        # without layout orders them: passed over, kept in its place.)
        while j < len(out) and j - i <= 5 and (not out[j].strip() or _is_furniture(out[j])):
            j += 1
        if j >= len(out) or j - i > 5:
            continue
        text = out[j].strip()
        if not text[:1].isupper() or _LONE_STAR.match(out[j]) or text.endswith("*"):
            continue  # (a note opens as a sentence; "*1409727*" is a barcode)
        stars = re.escape(m.group(1))
        starred = re.compile(rf"\w[,:]?{stars}(?!\*)")
        if not any(starred.search(above) for above in out[max(0, i - STAR_REACH) : i]):
            continue
        indent = len(line) - len(line.lstrip())
        out[i] = " " * indent + f"{m.group(1)} {text}"
        out[j] = ""  # (the line count kept)
    return out
