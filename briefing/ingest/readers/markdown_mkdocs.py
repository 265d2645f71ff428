"""MkDocs boxes in Markdown: admonitions and block fences, not text of the release.

Docs sites built with MkDocs (handbooks, specifications, guidance published by
government bodies) write a box as ``!!! note "Title"`` (``??? note`` / ``???+ note`` for
one that folds) over a body indented four spaces, and pymdown-extensions' blocks as
``/// caption`` ... ``///``. The page shows the box's title as a line and its body as
ordinary paragraphs and lists; a CommonMark renderer reads the indented body as one code
block (its paragraphs and bullets run together) and prints the markers as text. So the
markers are taken out before parsing (the reader lists them as dropped markup), the
title is kept as a line of its own and the body is de-indented.
"""

from __future__ import annotations

import re

_ADMONITION = re.compile(
    r"^(?P<indent>[ \t]*)(?P<mark>!!!|\?\?\?\+?)[ \t]+(?P<kind>[\w-]+)"
    r'(?:[ \t]+"(?P<title>[^"\n]*)")?[ \t]*$'
)
# "/// caption", "/// details | Summary", "/// admonition | Title", and the closing "///".
_BLOCK_FENCE = re.compile(
    r"^[ \t]*///(?:[ \t]+(?P<kind>[\w-]+)(?:[ \t]*\|[ \t]*(?P<title>.*?))?)?[ \t]*$"
)
_BODY_INDENT = 4


def strip_mkdocs_boxes(text: str, removed: list[str]) -> str:
    """``text`` with MkDocs admonition and block markers taken out (each appended to
    ``removed``), box titles on lines of their own and box bodies de-indented. Fast
    path: a text with none of "!!!", "???" or "///" never changes."""
    if "!!!" not in text and "???" not in text and "///" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _ADMONITION.match(line)
        if m:
            i = _admonition(m, lines, i, out, removed)
            continue
        f = _BLOCK_FENCE.match(line)
        if f:
            removed.append(line.strip() if not f.group("title") else line.split("|")[0].strip())
            out.append("")
            if f.group("title"):
                out.extend((f.group("title").strip(), ""))
            i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _admonition(
    m: re.Match[str], lines: list[str], i: int, out: list[str], removed: list[str]
) -> int:
    indent = m.group("indent")
    title = m.group("title")
    if title is None:
        # No title given: the page heads the box with its kind ("Note").
        removed.append(m.group("mark"))
        title = m.group("kind").capitalize()
    else:
        removed.append(f"{m.group('mark')} {m.group('kind')}")
    out.append("")
    if title.strip():
        out.extend((indent + title.strip(), ""))
    body = indent + " " * _BODY_INDENT
    i += 1
    while i < len(lines) and (
        not lines[i].strip() or lines[i].startswith(body) or lines[i].startswith(indent + "\t")
    ):
        raw = lines[i]
        if raw.startswith(body):
            raw = indent + raw[len(body) :]
        elif raw.startswith(indent + "\t"):
            raw = indent + raw[len(indent) + 1 :]
        out.append(raw)
        i += 1
    out.append("")
    return i
