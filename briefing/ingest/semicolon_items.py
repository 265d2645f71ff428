"""An unlabelled list's item set one a line in hard-wrapped text ends on its semicolon
(session 42).

Offices print an unlabelled enumeration under a lead-in one item a line, each item in
lower case and closed by a semicolon ("... as follows:" / "the composition of the
council;" / "the term of office of its members;"). `segment` runs a line opening in
lower case on into the line above, since in prose that is a sentence going on, so such
a list came out as one paragraph. Two things the text shows tell an item's end: the
line closing on the semicolon left room for the next line's first word (a wrap fills a
line as far as the next word fits: the caller asks `segment._no_room`), and the item
it closes opened in lower case itself, after the lead-in's colon or the item before's
semicolon (a paragraph of prose opens on a capital: its semicolons at a line's end
are the wrap's; a labelled item, "e) ...", is set apart by its label). Senegal's
organic law (`pdftotext` layout, plain and raw), Italy's digital-solidarity notice
(plain); the PDF reader's counterpart, `readers/pdf_item_ends`, also reads the Eurasian
Economic Commission's procedures.
"""

from __future__ import annotations

import re

from briefing.ingest.patterns import match_label

# A line closing on a semicolon (French sets a space before it: "... Magistrature ;").
_SEMICOLON_END = re.compile(r"[^\s;]\s?;[\"'”’)\]]?$")
# A line opening on a conjunction goes on with the item above ("...;" / "and the ...").
_CARRIED = re.compile(r"^(?:and|or|und|oder|et|ou|y|o|e|en|of|dan|atau|serta|и|или|та|або)\b")


# The lead-in's or the last item's end, after which an item opens.
_ITEM_BEFORE = re.compile(r"[:;]\s*$")
LOOK_BACK = 12  # an item's lines looked back over (an item is a few lines long)


def closes_on_semicolon(prev: str, line: str) -> bool:
    """``prev`` closes on a semicolon and ``line`` opens in lower case, on no conjunction:
    the shape of an item's end, whichever reader decides it is one."""
    return (
        bool(_SEMICOLON_END.search(prev.rstrip()))
        and line[:1].islower()
        and not _CARRIED.match(line)
    )


def semicolon_item_end(current: list[str], line: str) -> bool:
    """The block's last line in ``current`` closes an item on its semicolon and ``line``
    opens the next one: in lower case, on no conjunction, and the item closed opened in
    lower case too (its first line after a line closing on ":" or ";", or the block's),
    with no label."""
    if not current or not closes_on_semicolon(current[-1], line):
        return False
    start = max(0, len(current) - LOOK_BACK)
    opening = current[start]
    for at in range(len(current) - 2, start - 1, -1):
        if _ITEM_BEFORE.search(current[at]):
            opening = current[at + 1]
            break
    # A labelled item ("e) each co-owner may ...; the costs ...") is set apart by its
    # label: a semicolon inside it is its prose's, wherever the wrap leaves it.
    opening = opening.lstrip()
    return opening[:1].islower() and match_label(opening) is None
