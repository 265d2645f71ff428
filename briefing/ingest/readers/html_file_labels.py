"""A download's label: a file's format and size printed apart from the link's name.

Sites list a release's attachments and the page's own PDF with the file's format and
size in an element of its own beside the link ("PDF | 85,3 KB", "pdf (83,14 KB)",
"1,27 MB", "PDF"), so a reader knows what a click will fetch. Read as the release's
text it becomes a line of its own, between the paragraphs or under the last one. Only a
site prints it; no release says a thing in a file's format and size alone. The
element's whole text must be the label: a sentence naming a file's size ("The report
(PDF, 2 MB) is online") is the release's.
"""

from __future__ import annotations

from briefing.ingest.readers.html_text import tag_of, words_within
from briefing.ingest.web_chrome import FILE_LABEL

# "PDF | 85,3 KB", "(DOCX, 1.2 MB)": a format, a figure and a unit, with separators.
LABEL_MAX_WORDS = 5
_LABEL_BOXES = frozenset(("a", "span", "div", "p", "li", "small", "em", "strong", "dd", "td"))


def file_label(el) -> bool:
    """True when ``el``'s whole text is a file's format and size (see the module)."""
    if tag_of(el) not in _LABEL_BOXES:
        return False
    # (Every box of the page is asked: read no more than a label's words.)
    words = words_within(el, LABEL_MAX_WORDS)
    return bool(words) and bool(FILE_LABEL.match(" ".join(words)))
