"""Page numbers left alone on a line in text that lost its page breaks.

Text copied or read back from a paged release without form feeds (an archive's scan, a
PDF's text pasted) keeps each later page's number as a line of its own: "2" between two
paragraphs, then "3" a page further on. Page 1 is not numbered. Such numbers run 2, 3,
4 ... once each, a page's text apart, alone between blank lines; a paragraph's label
alone on its line comes with "1" before it, and a table's figures come in rows.

``lone_page_numbers`` takes the numbers a page break put inside a sentence (the text going
on in lower case under them); this takes those standing between two sentences, where
that sign is missing, by the run they make and the text between them.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted

_NUMBER = re.compile(r"^\s*([2-9]|[1-9]\d{1,2})\s*$")
PAGE_MIN_CHARS = 600  # a page holds more text than this between two page numbers
_LABEL_ONE = re.compile(r"^\s*1\s*$")


def take_page_numbers_apart(extracted: Extracted) -> None:
    """Blank lone page numbers (indices stay valid) and list them in ``removed``."""
    lines = extracted.lines
    found: list[tuple[int, int]] = []  # (line, number)
    chars = 0
    since: list[int] = []  # text before each number found
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > 6 or line.style or line.label:
            chars += len(text)
            continue
        if _LABEL_ONE.match(text):
            return  # "1" alone: labels (or numbered pages from the first): not ours to guess
        m = _NUMBER.match(text)
        if m is None:
            chars += len(text)
            continue
        if not _set_apart(lines, i) or not _after_sentence(lines, i):
            continue
        found.append((i, int(m.group(1))))
        since.append(chars)
        chars = 0
    if not found:
        return
    numbers = [n for _, n in found]
    if numbers != list(range(2, 2 + len(numbers))):
        return  # not a run of page numbers from 2
    if any(c < PAGE_MIN_CHARS for c in since) or chars < PAGE_MIN_CHARS // 4:
        return  # too close together (a list, a table) or nothing after the last
    for i, _ in found:
        raw = lines[i].text
        extracted.removed.append(raw.strip())
        lines[i] = type(lines[i])("\f" if raw.startswith("\f") else "")


def _set_apart(lines: list, i: int) -> bool:
    """Blank (or no) lines on both sides: printed alone at a page's edge."""
    before = i == 0 or not lines[i - 1].text.strip()
    after = i + 1 >= len(lines) or not lines[i + 1].text.strip()
    return before and after


_SENTENCE_END = re.compile(r"[.?!:;\"”’)\]]\s*$")


def _after_sentence(lines: list, i: int) -> bool:
    """The text before the number ends a sentence. (A sentence running on over the page
    break is joined across it by the segmenter only while the number stands between;
    taking the number out there is left undone rather than gluing two paragraphs.)"""
    for j in range(i - 1, -1, -1):
        text = lines[j].text.strip()
        if text:
            return bool(_SENTENCE_END.search(text))
    return False
