"""Catchwords: the next page's first words printed at a page's foot, closed by an
ellipsis ("Agar . . .", "MEMUTUSKAN : . . .", "10. Peraturan...").

Indonesian legislation (Lembaran Negara, Berita Negara) is typeset so, as older gazettes
and books were: the reader turning the page sees where the text goes on. The next page
opens on the same words, so the foot's copy is page furniture; left in, it reads as a
stray paragraph ("Agar . . .") or a list item printed twice ("10. Peraturan..."). Three
things together make one, none of which prose shows: a short line ending in an ellipsis,
a page break right after it (a form feed, or a page number alone on its line), and the
next page's first line opening on the line's words.
"""

from __future__ import annotations

from briefing.ingest.extracted import Extracted
from briefing.ingest.readers.pdf_running import is_page_number
from briefing.lazyre import lazy

CATCHWORD_MAX_CHARS = 60  # a few words and the ellipsis
# The ellipsis closing a catchword: "...", ". . .", "…" (perhaps spaced off the words).
_ELLIPSIS = lazy(r"(?:\.\s?\.\s?\.|…)\s*$")
_WORD = lazy(r"\w+")
BREAK_REACH = 3  # non-blank lines from the catchword to the next page's first line


def may_hold_catchwords(whole: str) -> bool:
    """Whether ``whole`` has any ellipsis a catchword could end on (C scans)."""
    return "..." in whole or ". . ." in whole or "…" in whole


def take_catchwords(extracted: Extracted) -> None:
    """Blank catchword lines (indices stay valid) and list them in ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or len(raw) > CATCHWORD_MAX_CHARS + 40 or line.style or line.label:
            continue
        text = raw.strip()
        if not text or len(text) > CATCHWORD_MAX_CHARS or text[-1] not in ".…":
            continue  # (most lines: a length test and one character)
        m = _ELLIPSIS.search(text)
        if m is None:
            continue
        words = _WORD.findall(text[: m.start()].lower())
        if words and _next_page_opens_with(lines, i, words):
            extracted.removed.append(" ".join(text.split()))
            lines[i] = type(line)("\f" if raw.startswith("\f") else "")


def is_catchword(text: str, next_page_opening: str) -> bool:
    """``text``, a page's last line of text, is a catchword for the next page, whose
    first line of text is ``next_page_opening``: a short line ending in an ellipsis whose
    words open that page. (For a PDF, whose reader knows where each page ends without a
    form feed or a page number left in the text.)"""
    text = text.strip()
    if not text or len(text) > CATCHWORD_MAX_CHARS or text[-1] not in ".…":
        return False
    m = _ELLIPSIS.search(text)
    if m is None:
        return False
    words = _WORD.findall(text[: m.start()].lower())
    return bool(words) and _WORD.findall(next_page_opening.lower())[: len(words)] == words


def _next_page_opens_with(lines: list, at: int, words: list[str]) -> bool:
    """A page break follows line ``at`` (a form feed, or a page number alone on its line)
    and the first line after it opens on ``words``."""
    broken = False
    seen = 0
    j = at + 1
    while j < len(lines) and seen < BREAK_REACH:
        raw = lines[j].text
        text = raw.strip()
        j += 1
        if raw.startswith("\f"):
            broken = True
        if not text:
            continue
        seen += 1
        if is_page_number(text):
            broken = True
            continue
        return broken and _WORD.findall(text.lower())[: len(words)] == words
    return False
