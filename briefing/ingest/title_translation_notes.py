"""A translation notice hung on the title by a note mark, in text taken from a PDF.

Offices that publish a translation of their minutes or decisions say so in a footnote on
the title: the title carries a raised mark ("Meeting Minutes1 on Monetary Policy",
"MONETARY POLICY MEETING1/") and the page's foot the notice ("1/ This is a translation of
a document originally written in Spanish ...", "1 This English translation is provided
for information purposes only ..."). Taken as text, the raised number of the notice is
often lifted off its line: printed alone above or below it, with only the slash of a
"1/" left where it stood ("/ This is a translation ..."), or lost altogether. The note
linker then has no number to read, and the notice stays a paragraph of the body.

A notice saying the text is a translation (or which language's original prevails) is
never the release's content, and what a mark on the title explains is the document as a
whole: so where the title's lines carry a mark and no line opens with that mark, the
first such notice below the title is the mark's note. It is given its mark back, and a
lone copy of the mark's number right above or below it (the lifted number) is dropped,
so the note linker ties it to the title as it does a notice printed whole.
"""

from __future__ import annotations

from briefing.lazyre import lazy

HEAD_LINES = 12  # non-empty lines at the text's top where the title stands
TITLE_MAX_WORDS = 16  # a line longer than this is prose, not a title's line
FIELD_MAX_WORDS = 6  # a line this short above a notice is a field, not a wrapped sentence
# A mark on a title's word: one figure (and a slash, the Latin American central banks'
# "1/"), or a star and a slash, glued to a word of four letters or more ("Minutes1",
# "MEETING1/", "MEETING*/"). A name's number has two figures ("Covid19", "G20").
_TITLE_MARK = lazy(r"(?<=[^\W\d_]{4})([1-9]/?|\*/)(?=[\s,.;:]|$)")
# The notice: what the text is a translation of, or which original prevails; after the
# slash left of a lifted "1/" or "*/", if any.
_NOTICE = lazy(
    r"[ \t]*(?:/[ \t]*)?(?=(?i:this (?:english |french |spanish )?translation is|"
    r"this is an? (?:unofficial |informal |courtesy )?translation of|"
    r"this (?:document|text) (?:was|is|has been) originally (?:written|drafted|prepared) in|"
    r"the [a-z]+ original (?:prevails|shall prevail))\b)"
)
_LONE_NUMBER = lazy(r"[ \t]*([1-9])[ \t]*$")
# (A cheap look at the whole text first: most texts print no such notice.)
_NOTICE_WORDS = ("ranslation", "riginally written", "original prevails", "shall prevail")


def restore_title_notice_marks(
    lines: list[str], whole: str, dropped: list[tuple[str, str]]
) -> list[str]:
    """``lines`` with a translation notice explaining the title's note mark given that
    mark ("1/ This is a translation ..."), and the mark's number lifted off onto a line
    of its own next to it removed (listed in ``dropped``); otherwise ``lines``."""
    if not any(word in whole for word in _NOTICE_WORDS):
        return lines
    found = _title_mark(lines)
    if found is None:
        return lines
    at, mark = found
    if mark.startswith("*"):
        mark = "*"  # (the star alone: the note's label "*" the linker reads)
    for k in range(at + 1, len(lines)):
        m = _NOTICE.match(lines[k])
        if m is None or not _opens_paragraph(lines, k, m.end()):
            continue
        out = list(lines)
        out[k] = f"{mark} {lines[k][m.end() :]}"
        number = mark.rstrip("/")
        lifted = _lifted_number(out, k, number)
        if lifted is not None:
            dropped.append(("note mark", out[lifted].strip()))
            del out[lifted]
        return out
    return lines


def _title_mark(lines: list[str]) -> tuple[int, str] | None:
    """The line of the text's head printing a note mark on a title's word, and the mark."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            return None
        if len(line.split()) > TITLE_MAX_WORDS:
            continue
        m = _TITLE_MARK.search(line)
        if m is not None:
            return i, m.group(1)
    return None


def _opens_paragraph(lines: list[str], k: int, start: int) -> bool:
    """Whether the notice at ``lines[k]`` opens its own paragraph: a capital first, after
    a blank line, a lone number, a slash left of a mark, a sentence's end or a short
    field line ("Presiding: ..."); a wrapped sentence's next line says nothing of the
    kind ("... in case of divergence" / "the Spanish original prevails")."""
    if not lines[k][start : start + 1].isupper():
        return False
    if k == 0 or "/" in lines[k][:start]:
        return True
    above = lines[k - 1].rstrip()
    return (
        not above
        or _LONE_NUMBER.match(above) is not None
        or above.endswith((".", ";", ":", "!", "?"))
        or len(above.split()) <= FIELD_MAX_WORDS
    )


def _lifted_number(lines: list[str], k: int, number: str) -> int | None:
    """Where ``number`` stands alone on the line right above the notice at ``k``, or on
    the first line after its paragraph (a wrapped notice runs on a line or two)."""
    if not number.isdigit():
        return None
    above = _LONE_NUMBER.match(lines[k - 1]) if k > 0 else None
    if above is not None and above.group(1) == number:
        return k - 1
    for j in range(k + 1, min(len(lines), k + 4)):
        below = _LONE_NUMBER.match(lines[j])
        if below is not None:
            return j if below.group(1) == number else None
        if not lines[j].strip():
            return None
    return None
