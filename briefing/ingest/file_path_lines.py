"""A file's path printed at a page's edge: "H:\\Unit\\Minutes\\Board minutes 2005.doc".

A word processor's filename field, set in a header or footer, prints where the document
was saved on its author's machine; a typesetter's slug prints the job's file the same
way ("E:\\HR\\OC\\HR404.XXX"). The line names the file, not anything the release says, and
the release never reads "see H:\\..." on a line of its own at a page's top or foot: prose
that quotes a path (an IT notice) quotes it inside a sentence. Two things together make
one: the whole line is a path (a drive letter or a network share, two folders or more, a
file name with its extension), and at most three lines of text stand between it and its
page's top or foot (a form feed, or the text's start or end).
"""

from __future__ import annotations

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

# A drive "H:" or a share "\\server", then a folder: the path's opening (used with
# ``.match``; each part possessive, so a line of backslashes fails at once).
_PATH_OPENING = lazy(r"[ \t\f]*+(?:[A-Za-z]:|\\\\[^\\\s]++)\\[^\\\n]++\\")
PATH_MAX_CHARS = 160
MIN_PARTS = 4  # drive, two folders or more, the file: "H:\Unit\Minutes\note.doc"
EXTENSION_CHARS = (2, 4)  # ".doc", ".docx", ".XXX"
EDGE_REACH = 3  # non-blank lines between the path and its page's edge
WALK_MAX = 24  # lines looked through for that edge (blank ones included)


def may_hold_file_paths(whole: str) -> bool:
    """Whether ``whole`` holds a drive's or a share's path at all (C scans)."""
    return ":\\" in whole or "\\\\" in whole


def is_file_path(text: str) -> bool:
    """``text`` is nothing but a file's path: drive or share, folders, a named file."""
    text = text.strip()
    if not text or len(text) > PATH_MAX_CHARS or not _PATH_OPENING.match(text):
        return False
    parts = text.split("\\")
    if text.startswith("\\\\"):
        parts = parts[2:]  # ("\\server\share\...": the share stands for the drive)
    if len(parts) < MIN_PARTS or any(not part.strip() for part in parts[1:]):
        return False
    stem, dot, extension = parts[-1].strip().rpartition(".")
    low, high = EXTENSION_CHARS
    return bool(dot and stem.strip()) and low <= len(extension) <= high and extension.isalnum()


def take_file_paths(extracted: Extracted) -> None:
    """Blank the file paths printed at a page's edge (indices stay valid) and list them
    in ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        raw = line.text
        if "\\" not in raw or line.style or line.label or not is_file_path(raw):
            continue
        if _at_page_edge(lines, i):
            extracted.removed.append(" ".join(raw.split()))
            lines[i] = type(line)("\f" if raw.startswith("\f") else "")


def _at_page_edge(lines: list, at: int) -> bool:
    """Line ``at`` has at most ``EDGE_REACH`` lines of text between it and its page's
    top or foot: it is among the page's first or last four lines."""
    return _near_page_start(lines, at) or _near_page_end(lines, at)


def _near_page_start(lines: list, at: int) -> bool:
    if lines[at].text.startswith("\f"):
        return True
    seen = 0
    for j in range(at - 1, max(-1, at - 1 - WALK_MAX), -1):
        text = lines[j].text
        if not text:
            continue  # (most lines walked over: blank, one test)
        if not text.isspace():
            seen += 1
            if seen > EDGE_REACH:
                return False
        if text[0] == "\f":
            return True  # (the page's first line)
    return at - 1 - WALK_MAX < 0  # (the text's start, within the walk)


def _near_page_end(lines: list, at: int) -> bool:
    seen = 0
    end = min(len(lines), at + 1 + WALK_MAX)
    for j in range(at + 1, end):
        text = lines[j].text
        if not text:
            continue
        if text[0] == "\f":
            return True  # (the next page opens here)
        if not text.isspace():
            seen += 1
            if seen > EDGE_REACH:
                return False
    return end == len(lines)  # (the text's end, within the walk)
