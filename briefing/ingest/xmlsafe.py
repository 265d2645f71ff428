"""Readers' output made safe for XML before it is structured (issue 14, part 3).

Every format can carry characters a Word file cannot hold (see ``briefing.textsafe``);
cleaning them here, once, for every reader, means no later step can store one in a
project or pass one to the writer. How many were replaced is kept as a dropped entry,
so the release's "removed" list (and ``briefing check``) tells the user.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.ingest.extracted import Extracted
from briefing.model import Removed
from briefing.textsafe import INVALID, has_invalid, xml_safe

DROPPED_KIND = "control-characters"


def make_xml_safe(extracted: Extracted, whole: str | None = None) -> int:
    """Clean every string of ``extracted`` in place; returns how many characters changed.
    ``whole``: the lines' text joined, when the caller has it already."""
    total = 0
    if whole is None:
        whole = "\n".join(line.text for line in extracted.lines)
    # (One look over the whole text first: nearly no release holds such a character, and
    # two searches a line cost a 5 MB release a fifth of a second.)
    lines_clean = not has_invalid(whole) and not any(
        INVALID.search(line.label) for line in extracted.lines if line.label
    )

    def clean(text: str) -> str:
        nonlocal total
        safe, count = xml_safe(text)
        total += count
        return safe

    if not lines_clean:
        for line in extracted.lines:
            line.text = clean(line.text)
            line.label = clean(line.label)
    extracted.removed = [clean(text) for text in extracted.removed]
    extracted.dropped = [(kind, clean(text)) for kind, text in extracted.dropped]
    extracted.metadata = {
        key: clean(value) if isinstance(value, str) else value
        for key, value in extracted.metadata.items()
    }
    if total:
        extracted.dropped.append((DROPPED_KIND, describe(total)))
    return total


def describe(count: int) -> str:
    noun = "character" if count == 1 else "characters"
    return f"{count} control {noun} a Word file cannot hold (replaced or removed)"


def replaced_when_read(removed: Iterable[Removed]) -> int:
    """How many characters were replaced when the release was read (its removed list)."""
    total = 0
    for item in removed:
        if item.kind == DROPPED_KIND:
            count = item.text.split(" ", 1)[0]
            total += int(count) if count.isdigit() and len(count) < 10 else 0
    return total
