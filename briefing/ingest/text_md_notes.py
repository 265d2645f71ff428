"""Markdown footnotes in a plain-text file: ``[^1]: See resolution 70/1.`` definitions.

Converters that turn a PDF release into Markdown (and save it as ``.txt``) write each
footnote as a Markdown definition at the end, ``[^1]:`` then the note, its wrapped lines
indented under it, while the marker in the text is either a reference (``Pact for the
Future[^12] to``) or, where the converter lost the raised number's box, the number left
glued to the word (``peacebuilding,1``). A line opening ``[^<number>]:`` is never prose:
only Markdown writes it, and only for a footnote. So each definition becomes the
``1 See ...`` shape every text reader produces for a page foot's note, and each
reference becomes the glued number a flattened superscript leaves: the note linker
(``mend.link_numbered_notes``) then ties each note to the paragraph holding its marker,
and cuts the marker out of the word, whichever form the converter wrote.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_DEFINITION = lazy(r"^\[\^(\d{1,3})\]:[ \t]*")
# A reference: the definition's label in brackets inside the text, not opening its line.
_REFERENCE = lazy(r"(?<=\S)\[\^(\d{1,3})\](?!:)")


def convert_markdown_notes(lines: list[str], dropped: list[tuple[str, str]]) -> list[str]:
    """``lines`` with Markdown footnote definitions as numbered notes and their
    references as glued numbers (the brackets are listed in ``dropped`` as markup)."""
    if not any(line.startswith("[^") for line in lines):
        return lines  # (a prefix test per line: most texts have no Markdown notes)
    numbers = {m.group(1) for line in lines if (m := _DEFINITION.match(line))}
    if not numbers:
        return lines
    out: list[str] = []
    references = [0]

    def reference(r: re.Match[str]) -> str:
        if r.group(1) not in numbers:
            return r.group(0)
        references[0] += 1
        return r.group(1)

    for line in lines:
        m = _DEFINITION.match(line)
        if m:
            out.append(f"{m.group(1)} {line[m.end() :]}")
            continue
        if "[^" in line:
            line = _REFERENCE.sub(reference, line)
        out.append(line)
    dropped.append(("markup", f"[^…]: ×{len(numbers)}"))
    if references[0]:
        dropped.append(("markup", f"[^…] ×{references[0]}"))
    return out
