"""No-break spaces written as character references in plain text, shown as spaces.

Offices' web pages and the Markdown their sites are built from write a no-break space as
a reference: "&nbsp;" (or "&#160;", "&thinsp;") between a one-letter preposition or
conjunction and its word, as Czech, Slovak and Polish typography ask ("a&nbsp;pánové"),
and between a number and its unit or a title and a name. A browser or a Markdown renderer
shows a space; a page's source saved as text, or copied from a page that escaped it
twice, keeps the reference, whose letters run the words on either side into one, so
neither is the release's word any more. A complete reference (named, decimal or
hexadecimal, with its semicolon) that stands for a space is shown as that space, and how
many were is listed with the text's markup, so nothing changes silently.

A reference to a mark ("&#34;", "&amp;") stands at a word's edge and leaves the words
whole: it is left as printed (labellers keep it so: the Kremlin's decrees as text), as
are letters that only look like a reference ("AT&T", "?lang=en&section=2").

Session 42: the Czech Ministry of Finance's and Supreme Public Prosecutor's Office's
Markdown pages read as text, Danish Defence's page copied as one line.
"""

from __future__ import annotations

import html
import re
import unicodedata

from briefing.ingest.text_scan import holds

DROPPED_KIND = "markup"
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _shown(found: re.Match[str]) -> str:
    """The space a reference stands for; any other reference as printed. (An unknown
    name, "&example;", html.unescape returns whole.) A reference to a line's or a page's
    break ("&#10;", "&#13;", "&#12;", "&#x2028;", kept in a page's source saved as text)
    parts the words as a space does, within the line: a break inside a line would split
    a reader's line in two, and a form feed would fake a page's end."""
    reference = found.group()
    character = html.unescape(reference)
    if not character.isspace():
        return reference
    return character if character == "\t" or unicodedata.category(character) == "Zs" else " "


def shown_characters(lines: list[str], whole: str, dropped: list[tuple[str, str]]) -> list[str]:
    """``lines`` with each complete reference to a space shown as that space (the same
    list when none holds one). ``whole``: the lines joined."""
    if not holds(whole, "&") or not _REFERENCE.search(whole):
        return lines
    count = 0
    out = []
    for line in lines:
        if "&" in line:
            shown = _REFERENCE.sub(_shown, line)
            if shown != line:
                count += len(_REFERENCE.findall(line)) - len(_REFERENCE.findall(shown))
                line = shown
        out.append(line)
    if not count:
        return lines
    noun = "reference" if count == 1 else "references"
    dropped.append((DROPPED_KIND, f"{count} no-break space {noun} (&nbsp;) shown as spaces"))
    return out
