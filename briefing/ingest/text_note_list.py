"""A web page's notes copied as text: a numbered list, "1. Real GDP is measured in chained
dollars.", whose numbers the text above carries as flattened superscripts ("in the third
quarter.1", "tight,2").

A browser copies a page's note list as a numbered list, so the notes read as list items
("1. ..."), not as the "1 See ..." notes every other reader gives. A numbered line is a
note when it sits under a notes heading ("Notes", "Footnotes", "Endnotes") or ends on
the back-link web pages print after each note ("Return to text", "Back to text", "↩"),
and the text above prints its number in a marker's shape; it is then written in the
note's shape so the note linker ties it to its paragraph (the back-link, a link's
text, is listed in ``dropped``). A number nothing above carries is left a list item (a
"Notes" list of remarks, no footnotes).
"""

from __future__ import annotations

import re

from briefing.ingest.text_scan import holds, holds_any
from briefing.lazyre import lazy

_HEADING = lazy(r"^[ \t]*(?:(?:End|Foot)?[Nn]otes|(?:END|FOOT)?NOTES)[ \t]*:?[ \t]*$")
_ITEM = lazy(r"^([ \t]*)(\d{1,3})\.[ \t]+(?=\S)")
_BACK_LINK = lazy(r"(?:Return to text|Back to text|↩\uFE0E?)[ \t]*$", re.I)
NOTE_LIST_REACH = 400  # lines after the heading searched for its notes
BACK_LINK_REACH = 40  # "Return to text" and the spaces after it (the link ends its line)


def holds_notes_word(whole: str) -> bool:
    """Whether ``whole`` holds "otes" or "OTES", as a "Notes" or "Endnotes" heading does:
    two C scans of the whole text, made once for both note passes (text_notes)."""
    return holds(whole, "otes") or holds(whole, "OTES")


def number_note_list(
    lines: list[str],
    dropped: list[tuple[str, str]],
    whole: str | None = None,
    notes_word: bool | None = None,
) -> list[str]:
    """``lines`` with a web page's numbered notes in the "1 Note ..." shape (the same list
    when there are none). ``whole``: the lines joined, and ``notes_word``: whether it
    holds "otes" or "OTES" (``holds_notes_word``), when the caller has them already."""
    # (A few C scans of the whole text first: a regex a line costs a 20,000-paragraph
    # release ~50 ms, and most texts have neither a notes heading nor a back-link.)
    if whole is None:
        whole = "\n".join(lines)
    # (Both links end " to text": two finds rule all four out in most texts.)
    back_links = "↩" in whole or (
        (holds(whole, " to text") or holds(whole, " TO TEXT"))
        and holds_any(whole, ("eturn to text", "ack to text", "ETURN TO TEXT", "ACK TO TEXT"))
    )
    if not back_links and not (holds_notes_word(whole) if notes_word is None else notes_word):
        return lines
    heading = next((i for i, line in enumerate(lines) if _HEADING.match(line)), None)
    linked = [
        i
        for i, line in enumerate(lines)
        if back_links and _ITEM.match(line) and _BACK_LINK.search(line[-BACK_LINK_REACH:])
    ]
    if heading is None and not linked:
        return lines  # (most texts have neither)
    from briefing.ingest.mend import marker_pattern

    candidates = set(linked)
    if heading is not None:
        candidates.update(range(heading + 1, min(len(lines), heading + 1 + NOTE_LIST_REACH)))
    if not candidates:
        return lines  # a notes heading on the text's last line: no notes below it
    first = min(candidates)
    above = "\n".join(lines[:first])
    out = list(lines)
    expected = 1
    for i in sorted(candidates):
        m = _ITEM.match(lines[i])
        if m is None:
            continue
        number = int(m.group(2))
        if number != expected:
            if heading is not None and i > heading:
                break  # (notes run 1, 2, 3 ...: another list starts here)
            continue
        expected += 1
        if marker_pattern(m.group(2)).search(above) is None:
            continue
        text = lines[i][m.end() :]
        back = _BACK_LINK.search(text)
        if back is not None:
            dropped.append(("link", text[back.start() :].strip()))
            text = text[: back.start()]
        out[i] = f"{m.group(1)}{number} {text.rstrip()}"
    return out
