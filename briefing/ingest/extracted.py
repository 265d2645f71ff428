"""What a format reader hands to structure detection."""

from __future__ import annotations

from dataclasses import dataclass, field


# (slots: a 5 MB text makes ~60,000 Lines; built and read ~30 % quicker without a
# per-instance dict. Nothing gives a Line an attribute of its own.)
@dataclass(slots=True)
class Line:
    """One line (plain text, PDF) or one block (HTML, DOCX) of the source, in reading order.

    ``text`` is as printed, label included where the source printed it. ``label`` holds a
    list label that the format generated (Word numbering, an HTML <ol>) and that is *not*
    part of ``text``. ``style`` is a hint from the format: "title", "heading1".."heading6",
    "list-item", "quote", "footnote", "table", "caption", or "" for none. ``level`` is the
    list nesting depth the format reported (0 = top).

    ``note_of`` is set on a footnote or endnote whose place the format itself records
    (a Word footnote reference, an HTML back-link, a PDF superscript): the index in
    ``Extracted.lines`` of the line holding its marker. Its ``label`` is the marker
    ("1", "*") and its style "footnote"; structure detection makes it a child of the
    node built from that line, wherever the note is printed.
    """

    text: str
    style: str = ""
    level: int = 0
    label: str = ""
    note_of: int | None = None


@dataclass
class Extracted:
    """The output of a reader.

    ``lines`` may contain empty strings for blank lines (plain text keeps them; they
    separate paragraphs). ``blocks_are_paragraphs`` is True when each line is already a
    whole paragraph (HTML, DOCX); False when hard-wrapped lines still need joining
    (plain text, PDF). ``removed`` holds text the reader itself dropped (page headers,
    footers, page numbers) so that nothing is silently lost.
    """

    lines: list[Line]
    format: str
    blocks_are_paragraphs: bool = False
    # Join hard-wrapped lines silently (PDF) rather than only suggesting it (plain text).
    join_wraps: bool = False
    removed: list[str] = field(default_factory=list)
    # Other text left out, as (kind, text): "metadata" (front matter), "markup",
    # "image", "comment", "navigation"... Listed in the release's ``removed`` as is.
    dropped: list[tuple[str, str]] = field(default_factory=list)
    encoding: str = ""
    metadata: dict[str, str] = field(default_factory=dict)  # title, date, url, language
    # Lines a form feed opened (page_break_marks), read before the text is made XML-safe:
    # that turns every form feed into a space.
    page_starts: frozenset[int] = frozenset()

    def take_line(self, i: int) -> None:
        """Blank line ``i`` as page furniture: its text, spacing collapsed, goes to
        ``removed``; a form feed opening it stays (it marks where a page begins), so
        indices and page breaks stay valid."""
        raw = self.lines[i].text
        self.removed.append(" ".join(raw.split()))
        self.lines[i] = type(self.lines[i])("\f" if raw.startswith("\f") else "")
