"""A download's label: a file's format and size printed apart from the link's name.

Sites list a release's attachments and the page's own PDF with the file's format and
size in an element of its own beside the link ("PDF | 85,3 KB", "pdf (83,14 KB)",
"1,27 MB", "PDF"), so a reader knows what a click will fetch. Read as the release's
text it becomes a line of its own, between the paragraphs or under the last one. Only a
site prints it; no release says a thing in a file's format and size alone. The
element's whole text must be the label: a sentence naming a file's size ("The report
(PDF, 2 MB) is online") is the release's.

The label sits beside the link it describes, and closes the entry: the link is the
element itself or lies in its box (its parent, or a small grandparent: the file's
row). A figure set in bold inside a sentence ("every student gets <b>10 GB</b> of
data"), or a table's cell of data volumes with no link in its row, is the release's
text: dropping it would cut words out of a paragraph or a value out of a table.
"""

from __future__ import annotations

from briefing.ingest.readers.html_text import BLOCKS, tag_of, text_of, words_within
from briefing.ingest.web_chrome import FILE_LABEL

# "PDF | 85,3 KB", "(DOCX, 1.2 MB)": a format, a figure and a unit, with separators.
LABEL_MAX_WORDS = 5
# A download's entry: the file's name, its date, the label (a paragraph is longer).
ENTRY_MAX_WORDS = 30
_LABEL_BOXES = frozenset(("a", "span", "div", "p", "li", "small", "em", "strong", "dd", "td"))


def file_label(el) -> bool:
    """True when ``el``'s whole text is a file's format and size, beside the file's link
    and not inside a sentence (see the module)."""
    if tag_of(el) not in _LABEL_BOXES:
        return False
    # (Every box of the page is asked: read no more than a label's words.)
    words = words_within(el, LABEL_MAX_WORDS)
    if not words or not FILE_LABEL.match(" ".join(words)):
        return False
    return _beside_link(el) and (tag_of(el) in BLOCKS or _closes_entry(el))


def _links(el) -> bool:
    return any(a.get("href") for a in el.iter("a"))


def _beside_link(el) -> bool:
    """The label is a link, or a link lies in its parent or its small grandparent."""
    parent = el.getparent()
    if _links(el) or (parent is not None and _links(parent)):
        return True
    grand = parent.getparent() if parent is not None else None
    return grand is not None and words_within(grand, ENTRY_MAX_WORDS) is not None and _links(grand)


def _closes_entry(el) -> bool:
    """An inline label ends its line in a short entry: no word, figure or sentence's stop
    after it before the next block or break ("Annual report <span>PDF, 2 MB</span>", or
    the label over the file's name set in a block of its own), unlike a figure in a
    sentence."""
    block = next((anc for anc in el.iterancestors() if tag_of(anc) in BLOCKS), None)
    if block is None:
        return True
    if words_within(block, ENTRY_MAX_WORDS) is None:
        return False  # (a paragraph's prose)
    return not any(ch.isalnum() or ch in ".!?;:" for ch in _rest_of_line(el, block))


def _rest_of_line(el, block) -> str:
    """The text following ``el`` inside ``block`` up to the next block or line break."""
    parts = [el.tail or ""]
    node = el
    while True:
        for sib in node.itersiblings():
            if tag_of(sib) in BLOCKS or tag_of(sib) == "br":
                return "".join(parts)
            parts.append(text_of(sib) + (sib.tail or ""))
        parent = node.getparent()
        if parent is None or parent is block:
            return "".join(parts)
        parts.append(parent.tail or "")
        node = parent
