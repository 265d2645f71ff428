"""Pandoc's attribute syntax in Markdown: not text of the release.

Pages saved whole and converted by pandoc ("pandoc -f html -t markdown") keep every
element's id and classes as ``{#id .class key="value"}`` after headings, links and
spans, and empty anchors as ``[]{#point}``; a CommonMark renderer prints them as text
("Castex{.boutonds}"). They name the site's styles, never words of the release, so
they are taken out before parsing (and listed by the reader as dropped markup).
A brace group counts as attributes only when every item in it is an ``#id``, a
``.class`` or a ``key="value"``: braces in prose ("{see annex}") never are.
"""

from __future__ import annotations

import re

_ITEM = r'(?:[#.][\w:.\-]+|[\w\-]+=(?:"[^"\n]*"|[^\s}"]+))'
_ATTRS = r"\{\s*" + _ITEM + r"(?:\s+" + _ITEM + r")*\s*\}"
# "[words]{.class}": a bracketed span; its words stay. "[]{#point}": an empty anchor.
_SPAN = re.compile(r"(?<![!\]\\])\[([^\[\]]*)\]" + _ATTRS)
# "{#id .class}" glued after a heading's words, a link's ")" or a span.
_TRAILING = re.compile(r"(?<=\S)[ \t]*" + _ATTRS + r"|^[ \t]*" + _ATTRS + r"[ \t]*$", re.M)
# A backslash ending a paragraph's last line: pandoc's line break with nothing after
# it, which CommonMark would print as a "\".
# A line of only a backslash opening a paragraph: a break before any text, nothing shown.
_OPEN_BREAK = re.compile(r"(\A|\n[ \t\xa0]*\n)[ \t]*\\[ \t]*\n(?=[ \t]*\S)")
_END_BREAK = re.compile(r"(?:(?<=[^\\\n])|^)\\[ \t]*$(?=\n[ \t\xa0]*(?:\n|$)|(?![\s\S]))", re.M)


def strip_pandoc_attributes(text: str, removed: list[str]) -> str:
    """``text`` without pandoc attribute groups; each one removed is appended to
    ``removed``. Fast path: a text with no "]{" or "}" after an attribute never
    changes."""
    if "{" not in text or not re.search(r"\{\s*[#.]|\{\s*[\w\-]+=", text):
        return text

    def span(m: re.Match[str]) -> str:
        removed.append(m.group(0)[len(m.group(1)) + 2 :])
        return m.group(1)

    def gone(m: re.Match[str]) -> str:
        removed.append(m.group(0).strip())
        return ""

    text = _SPAN.sub(span, text)
    text = _TRAILING.sub(gone, text)
    text = _END_BREAK.sub(gone, text)

    def opening(m: re.Match[str]) -> str:
        removed.append("\\")
        return m.group(1)

    return _OPEN_BREAK.sub(opening, text)
