"""A release forwarded or replied to by e-mail: its lines quoted with "> ".

Mail programs quote the text they forward or answer by putting "> " (or ">") before
every line, the blank lines between its paragraphs included (RFC 3676, and every mail
client's plain-text reply). Pasted into Briefing, the marks make every blank line a line
of text and every paragraph start with a symbol, so no paragraph boundary is left. The
mark is never the release's own text: one level of it is taken off the quoted lines.

The text counts as quoted mail only when it shows it: most of its lines quoted, and
either a quoted empty line (a blank line of the quoted text, which nothing else prints)
or nearly every line quoted. A list whose items open with ">" as a bullet has no quoted
empty line and leaves its other lines alone, so it is left as it is.
"""

from __future__ import annotations

from briefing.lazyre import lazy

MIN_QUOTED = 5  # quoted lines a text must hold before it counts as quoted mail
MOST = 0.5  # of the non-blank lines quoted, with a quoted empty line among them
NEARLY_ALL = 0.9  # of the non-blank lines quoted, without one
_ONE_LEVEL = lazy(r"^ ?> ?")


def unquote_mail(lines: list[str]) -> list[str]:
    """``lines`` with one level of mail quoting taken off, when the text is quoted mail;
    else ``lines`` itself."""
    filled = quoted = empty_quoted = 0
    for line in lines:
        if not line:
            continue
        filled += 1
        if _ONE_LEVEL.match(line):  # (counted as it is taken off: at most one space before)
            quoted += 1
            if not line.strip(" >"):
                empty_quoted += 1
    if quoted < MIN_QUOTED:
        return lines
    if quoted < filled * (MOST if empty_quoted else NEARLY_ALL):
        return lines
    return [_ONE_LEVEL.sub("", line, count=1).rstrip() for line in lines]
