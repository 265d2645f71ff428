"""A lead-in line ending on a colon with room left: its writer ended it, no wrap did.

Minutes, reports and case records introduce what follows with a line of its own ending on
a colon: "The Chair then put this motion to the members:", "... the talks dealt with
these matters:", "Say what happened on the day:". The text,
a list, a proposal or a narrative, opens under it with a capital. In hard-wrapped text
copied out of a PDF with no blank line under the lead-in, the wrap tests read that line
as running on (a colon ends no sentence, and in text set apart by blank lines a line
filling most of the width is taken for a wrap), so the lead-in and its first paragraph
became one unit.

Wrapping fills a line as far as the next word fits: a line that stops on a colon while
the next line's first word would still have fitted after it was ended by its writer, so
a line opening in capitals under it opens a unit of its own. (A colon at a full line,
the next word with no room, stays a wrap: "... and so resolves as below:" / "That the Council
..."; a lower-case line under a colon is left to the other rules: a lead-in's items in
lower case and a sentence going on after a colon look alike.)

Seen in Bank of Japan minutes (the chairman's proposal), Bank of Korea minutes (the
areas discussed) and the Wisconsin child-welfare reports (the case narrative under each
question), in pdftotext's layout, plain and raw copies alike; session 42.
"""

from __future__ import annotations

ROOM = 0.95  # of the margin full lines reach: a line ending this far short left room


def colon_lead_in(prev: str, line: str, margin: int) -> bool:
    """Whether ``prev``, ending on a colon, is a lead-in of its own over ``line``: the
    next line opens with a capital letter, and its first word would have fitted on
    ``prev`` within the margin ``margin`` (where the text's full lines end)."""
    prev = prev.rstrip()
    if not prev.endswith(":") or not margin or not line[:1].isupper():
        return False
    first = line.split(None, 1)[0]
    return len(prev) + 1 + len(first) <= margin * ROOM
