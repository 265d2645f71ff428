"""A web page's raw HTML notes list in a plain-text file (a Markdown or HTML release
saved as ``.txt``): ``<li id="fn1"><sup>1</sup> See ... <a href="#fnr1">↩</a></li>``.

Such a line is never prose: it is a list item of markup, and it opens with the same
superscript number as a marker printed in the text before (``...transactions.<sup
id="fnr1"><a href="#fn1">1</a></sup>``). Each such item becomes the ``1 See ...`` shape
every text reader produces for a page foot's note, and each marker the bare number a
flattened superscript leaves glued to its word, as ``text_md_notes`` does for Markdown's
``[^1]:`` notes: the note linker (``mend.link_numbered_notes``) then ties each note to the
paragraph holding its marker. Items no marker names stay as they are.
"""

from __future__ import annotations

from briefing.ingest.readers.markdown_html_notes import glue_markers, html_items, take_markers


def convert_html_notes(lines: list[str], dropped: list[tuple[str, str]]) -> list[str]:
    """``lines`` with raw HTML note items as numbered notes and their markers as glued
    numbers (the items' markup is listed in ``dropped``)."""
    items = [i for i, line in enumerate(lines) if line.lstrip().startswith("<li")]
    if not items:
        return lines
    item_rows = set(items)
    markers: set[str] = set()
    for i, line in enumerate(lines):
        if i not in item_rows and "<sup" in line.lower():
            markers.update(take_markers(line)[1])
    if not markers:
        return lines
    out = list(lines)
    numbers: set[str] = set()
    for i in items:
        found = html_items(lines[i].lstrip(), markers)
        if not found or not found[0].marker or len(found) != 1:
            continue
        note = found[0]
        out[i] = f"{note.marker} {note.text}"
        numbers.add(note.marker)
    if not numbers:
        return lines
    for i, line in enumerate(out):
        if i not in item_rows and "<sup" in line.lower():
            out[i] = glue_markers(line, numbers)
    dropped.append(("markup", f"<li><sup>…</sup> ×{len(numbers)}"))
    return out
