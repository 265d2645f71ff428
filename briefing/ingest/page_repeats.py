"""A running head or foot repeated inside a cut sentence, in text without form feeds.

Text copied out of a PDF viewer (or saved by ``pdftotext`` and its form feeds lost)
keeps each page's running head or foot — an issuer's name, a short title, a working
group's name — as a line of its own where one page ends and the next begins. A page
breaks anywhere, so somewhere it breaks a sentence: the line stands between a line that
does not end its sentence and a line that goes on in lower case. A line of the release's
own never stands there (a heading comes between sentences), and a short line printed word
for word at two places a page apart or more, one of them inside a cut sentence, is the
page's furniture: every copy after the first goes (the first may be page 1's masthead or
the release's own title, printed once before the running heads)."""

from __future__ import annotations

from collections import Counter
from itertools import accumulate, pairwise

from briefing.ingest.extracted import Extracted

REPEAT_MAX_CHARS = 100  # a running head is a short title, never a paragraph
REPEAT_MIN_CHARS = 6  # shorter lines ("Note", "2020") repeat as the text's own
PAGE_MIN_CHARS = 600  # a page holds more text than this between two copies
NEAR = 4  # lines (the head's other lines, a page number, blanks) around a head


def take_cut_repeats(extracted: Extracted, whole: str) -> None:
    """Blank the later copies of short lines repeated a page apart, one copy inside a
    cut sentence (indices stay valid); list them in ``removed``. ``whole``: the lines'
    text joined (split and counted in C: no Python step a line but for the copies)."""
    lines = extracted.lines
    # (First the short lines right under a blank line, where a page's head stands: most
    # texts repeat none of them, and the per-line work below is skipped.)
    physical = whole.split("\n")
    under_gap = Counter(_under_gap(physical))
    if not any(n >= 2 and _may_run(t) for t, n in under_gap.items()):
        return
    texts = list(map(str.strip, physical))
    if len(texts) != len(lines):
        return
    # (Only lines of a running head's length are counted: _may_run asks that first.)
    counts = Counter(t for t in texts if REPEAT_MIN_CHARS <= len(t) <= REPEAT_MAX_CHARS)
    wanted = {t for t, n in counts.items() if n >= 2 and _may_run(t)}
    if not wanted:
        return
    places: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        if t in wanted and not lines[i].style and not lines[i].label:
            places.setdefault(t, []).append(i)
    heads = {i for at in places.values() for i in at}
    before = [0, *accumulate(map(len, texts))]  # characters before each line
    taken: list[int] = []
    for at in places.values():
        if len(at) < 2 or not _apart(before, at):
            continue
        if any(_cuts_sentence(texts, heads, i) for i in at[1:]) and all(
            _set_off(texts, heads, i) for i in at[1:]
        ):
            taken.extend(at[1:])
    for i in sorted(taken):
        if not lines[i].text.strip():
            continue  # (taken already by another pass)
        extracted.removed.append(" ".join(lines[i].text.split()))
        lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")


def _under_gap(physical: list[str]) -> list[str]:
    """The stripped lines of 6 to 100 characters (leading blanks aside) right under a
    blank line, not the text's first two or its last. (Lines come right-stripped, so a
    blank line is ""; one comprehension over pairs costs a third of a regex's scan of a
    5 MB text for "\n\n".)"""
    return [
        t.strip()
        for above, t in pairwise(physical[1:-1])
        if not above and len(t) >= REPEAT_MIN_CHARS and len(t.lstrip(" \t")) <= REPEAT_MAX_CHARS
    ]


def _may_run(t: str) -> bool:
    """A short line that may be a running head: some words, no sentence's end."""
    return (
        REPEAT_MIN_CHARS <= len(t) <= REPEAT_MAX_CHARS
        and t[-1] not in ".,;:!?"
        and not t[0].islower()
        and " " in t  # (a name or a title of some words; a word alone wraps prose)
        and any(ch.isalpha() for ch in t)
    )


def _apart(before: list[int], at: list[int]) -> bool:
    """Each copy a page of text after the one before (``before``: the characters
    before each line)."""
    return all(before[b] - before[a + 1] >= PAGE_MIN_CHARS for a, b in pairwise(at))


def _set_off(texts: list[str], heads: set[int], i: int) -> bool:
    """A blank line right above or below the running head (its other lines aside): a
    page's edge leaves a gap, where a short line wrapping prose has none."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(texts) and j in heads:
            j += step
        if 0 <= j < len(texts) and not texts[j]:
            return True
    return False


def _neighbour(texts: list[str], heads: set[int], i: int, step: int) -> str:
    """The first line of text from ``i`` going ``step``, past blank lines, the other
    lines of a running head and a bare page number."""
    j = i + step
    for _ in range(NEAR):
        if not 0 <= j < len(texts):
            return ""
        t = texts[j]
        if t and j not in heads and not (len(t) <= 3 and t.isdigit()):
            return t
        j += step
    return ""


def _cuts_sentence(texts: list[str], heads: set[int], i: int) -> bool:
    """Line ``i`` stands inside a sentence: the line above runs on, the line below goes
    on in lower case."""
    from briefing.ingest.patterns import ends_sentence

    above = _neighbour(texts, heads, i, -1)
    below = _neighbour(texts, heads, i, 1)
    return bool(above) and not ends_sentence(above) and below[:1].islower()
