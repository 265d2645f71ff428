"""A signature or an address printed one part to a line, each part closed by a comma and
the last by a full stop: "JANE EXAMPLE," / "Minister of Examples." and "Office of the
Minister," / "Sampletown," / "3rd March, 2031.".

Gazettes, proclamations and orders close with the signer's name and office and with the
place and date of signing, printed one part to a line under the text. The commas say the group
goes on; the full stop closes it, as it closes a sentence. The group is one unit (a
signature block, a place and date), not a paragraph a line. The evidence asked for is the
whole run: short lines (a name, an office, a place, a date: a few words each), each but
the last ending in a comma and the last in a full stop, with no blank line between. A
salutation ("Dear colleagues," / "Ladies and gentlemen,") runs on into a paragraph, never
into a short line closed by a full stop, and keeps its lines apart. Only in text set a
paragraph a line (a web page or a gazette copied as text): in hard-wrapped text the lines'
lengths already tell wraps from breaks, and short lines there are a page's head or a
table's cells as often as a signature.
"""

from __future__ import annotations

RUN_LINES = 4  # lines looked at below for the run's full stop (office, place, date)
SHORT_CHARS = 45  # a name, an office, a place or a date, not a line of prose
SHORT_WORDS = 6
LOOK_BACK = 20  # lines above a run searched for the text it closes
PROSE_CHARS = 60  # a line of prose, longer than any part of a signature


def _short(line: str) -> bool:
    return len(line) <= SHORT_CHARS and len(line.split(None, SHORT_WORDS)) <= SHORT_WORDS


def comma_run_goes_on(texts: list[str], index: int, current: list[str]) -> bool:
    """Whether line ``index`` of ``texts`` goes on the paragraph ``current`` above it
    when that is a run of short lines ending in commas (from its first line: the end of
    a longer sentence is no signature): the lines from ``index`` on are short, end in
    commas, and the run closes with a full stop within a few lines. A signature closes
    a text, so prose stands above it; short lines over no prose at all are the head of
    the document (an embargo notice over its date: "... on Friday," / "June 18, 2031.")."""
    if not all(line.endswith(",") and _short(line.strip()) for line in current):
        return False
    first = index - len(current)
    if not any(len(line) >= PROSE_CHARS for line in texts[max(0, first - LOOK_BACK) : first]):
        return False
    for line in texts[index : index + RUN_LINES]:
        line = line.strip()
        if not line or not _short(line) or not (line[:1].isupper() or line[:1].isdigit()):
            return False
        if line.endswith("."):
            return True
        if not line.endswith(","):
            return False
    return False
