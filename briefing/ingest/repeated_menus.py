"""A site's menu printed twice in a page copied as text.

Pages print their menus more than once: the same entries in the header and again in the
footer, or twice in a row (the menu for small screens and the one for large screens,
both in the page; a browser's copy and a text browser's dump keep both). A release never
prints the same run of short entries twice. So a run of ``RUN`` short lines or more
(entries: a few words, no sentence end) that the text prints again, entry for entry, is
the site's menu, both times, whatever its language and whatever glyph a text browser set
before each entry ("*", "+", "•", "□", "☆").

Linear: each run of ``RUN`` consecutive entries is looked up once in a dict.
"""

from __future__ import annotations

from briefing.lazyre import lazy

# Entries in a row, printed twice, that make a menu (a pair or three names repeated may
# be a release's own: a signatory named twice).
RUN = 5
ENTRY_MAX_WORDS = 6
_GLYPHS = " \t*+#•·□☆○■◦▪●-–—>|"  # (stripped with str.lstrip: C speed, no regex)
_LETTER = lazy(r"[^\W\d_]")
_SENTENCE_END = lazy(r"[.!?;,。！？][\"'”’»)]*$")


# A text browser indents nested entries: an entry's line is short all the same.
_LINE_MAX_CHARS = 90


def _entry(text: str) -> str:
    """The entry a line is, normalised (no glyph, one case), or "" for no entry."""
    if len(text) > _LINE_MAX_CHARS:
        return ""  # (most of a release's lines: no regex, no split)
    stripped = text.lstrip(_GLYPHS).rstrip()
    if not stripped or stripped.count(" ") >= ENTRY_MAX_WORDS or len(stripped) > 60:
        return ""
    if _SENTENCE_END.search(stripped[-4:]) or not _LETTER.search(stripped):
        return ""  # (a sentence; a date or a figure alone)
    return " ".join(stripped.split()).casefold()


def repeated_menu_lines(texts: list[str]) -> list[int]:
    """Indices of the lines of ``texts`` in runs of entries printed twice (see module)."""
    # (line index, entry) of the non-blank lines (no line copied to tell); a long line
    # is no entry.
    entries: list[tuple[int, str]] = [
        (i, _entry(text) if len(text) <= _LINE_MAX_CHARS else "")
        for i, text in enumerate(texts)
        if text and not text.isspace()
    ]
    if sum(1 for _, entry in entries if entry) < 2 * RUN:
        return []  # (a release's text: too few short entries to print a menu twice)
    seen: dict[tuple[str, ...], int] = {}
    marked: set[int] = set()
    streak = 0  # entries in a row ending at k + RUN - 1
    for k in range(-RUN + 1, len(entries) - RUN + 1):
        streak = streak + 1 if entries[k + RUN - 1][1] else 0
        if k < 0 or streak < RUN:
            continue
        window = tuple(entry for _, entry in entries[k : k + RUN])
        first = seen.setdefault(window, k)
        if first + RUN <= k:  # (printed again, not overlapping itself)
            for j in (*range(first, first + RUN), *range(k, k + RUN)):
                marked.add(entries[j][0])
    return sorted(marked)
