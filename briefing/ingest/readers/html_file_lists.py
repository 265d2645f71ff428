"""A list of the release's own documents: links that each open a file (a PDF, a Word
or spreadsheet file) and each name it, set after the release's text.

Templates put a release's attachments (the statement as a PDF, a meeting's agenda and
its items' papers, the decision it announces) in a "Downloads" box or a document list
styled like the site's related-links panels, so the furniture rules drop it with the
menus. But a link that opens a file is no way to another page of the site: it is a
document the release hands out, and its name is the release's text, as the list of
enclosures at the foot of a printed letter is. The site's menus, teasers and footers
link to pages; a list of file links elsewhere names its files by their format and size
("001-005 (PDF - 102 KB)"), or asks to download one ("PDF herunterladen"), and such a
list stays dropped.
"""

from __future__ import annotations

import re

from briefing.ingest.readers.html_text import squash, tag_of, text_of
from briefing.lazyre import lazy

# A document file's name at the end of a link's path ("/files/Item 4.pdf?v=2").
_FILE_HREF = lazy(r"\.(?:pdf|docx?|odt|rtf|xlsx?|ods|pptx?)(?:[?#]|$)", re.I)
_NAME_WORDS = 3  # "Item 6 - Funding Agreement": a document named, not "Download PDF"
_LETTERS = lazy(r"[^\W\d_]{3}")
_BRACKETS = lazy(r"\([^()]*\)")
# A format named outside brackets ("PDF-Datei herunterladen", "Download PDF"): the link
# offers a download, it names no document.
_FORMAT_WORD = lazy(r"(?<!\w)(?:pdf|docx?|odt|rtf|xlsx?|ods|pptx?)(?!\w)", re.I)
_BOXES = frozenset(("ul", "ol", "div", "section"))
# Ancestors that make the list the site's own: its footer, its menus, its header.
_SITE = frozenset(("footer", "nav", "header", "form"))
_GLYPHS = " ›»>•·-–—|📄"


def _names_file(link) -> bool:
    """The link opens a file and names it: three words or more with a word of letters
    outside any bracket ("(PDF, 85 KB)") and no file format among them, or the file's
    own name."""
    href = (link.get("href") or "").strip()
    if not _FILE_HREF.search(href):
        return False
    text = squash(text_of(link)).strip(_GLYPHS)
    if not text:
        return False
    base = href.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
    if text.replace(" ", "%20") == base or text == base:
        return True
    bare = _BRACKETS.sub(" ", text)  # leave out a format and size in brackets
    if _FORMAT_WORD.search(bare):
        return False
    return len(bare.split()) >= _NAME_WORDS and bool(_LETTERS.search(bare))


def _teaser_kinds(parent, seen: dict) -> frozenset:
    """The (tag, class) kinds of ``parent``'s children that hold a link to no named
    file: read once per parent (``seen``, the walker's), as a list's boxes are many."""
    kinds = seen.get(parent)
    if kinds is None:
        kinds = frozenset(
            (tag_of(child), child.get("class"))
            for child in parent
            if isinstance(child.tag, str)
            and any(not _names_file(link) for link in child.iter("a"))
        )
        seen[parent] = kinds
    return kinds


def file_list(el, seen: dict | None = None) -> bool:
    """Whether ``el`` is a list of the release's own files: a box holding one link or
    more, each opening a file it names, and no words besides the links' own; and not
    one card of a row of the site's teasers whose other cards, of its kind, link to
    pages (a sidebar's publications beside "All publications": ``seen`` caches each
    parent's reading)."""
    if tag_of(el) not in _BOXES:
        return False
    links = []
    for link in el.iter("a"):  # (stops at the first link to a page: a menu's first)
        if not _names_file(link):
            return False
        links.append(link)
    if not links:
        return False
    if any(tag_of(a) in _SITE for a in el.iterancestors()):
        return False
    parent = el.getparent()
    kind = (tag_of(el), el.get("class"))
    if parent is not None and seen is not None and kind in _teaser_kinds(parent, seen):
        return False
    inside = "".join(squash(text_of(a)) for a in links)
    outside = squash(text_of(el)).replace(" ", "")
    return outside.strip(_GLYPHS) == inside.replace(" ", "").strip(_GLYPHS)


def file_lines(el) -> list[str]:
    """The list's lines: one per link, its name without the list's glyphs."""
    return [t for t in (squash(text_of(a)).strip(_GLYPHS) for a in el.iter("a")) if t]
