"""A release from the clipboard: pasted web content as HTML, anything else as text.

Copying from a browser puts both HTML and plain text on the clipboard. The HTML keeps
what the plain text loses — headings, list numbers (`<ol start>`), footnote links — so
it is read with the HTML reader when it holds any block structure; a bare fragment
(a span, a few words in `<b>`) is read as the plain text it is.
"""

from __future__ import annotations

import hashlib
import re

from briefing.ingest.errors import ReleaseReadError
from briefing.model import Release

PASTE_NAME = "pasted text"
_BLOCKS = re.compile(r"<(?:p|h[1-6]|li|ol|ul|div|table|tr|br|blockquote)\b", re.IGNORECASE)


def release_from_clipboard(
    text: str, html: str = "", release_id: str = "r1", suggest: bool = True
) -> Release:
    """Structure pasted content; ReleaseReadError when there is nothing to read."""
    from briefing.ingest.pipeline import structure

    if html and _BLOCKS.search(html):
        from briefing.ingest.readers.html import extract_html

        extracted = extract_html(html, PASTE_NAME)
        if any(line.text.strip() for line in extracted.lines):
            return _named(structure(extracted, release_id, suggest=suggest), html)
    if not text.strip():
        raise ReleaseReadError(PASTE_NAME, "the clipboard holds no text")
    from briefing.ingest.readers import read_pasted

    return _named(structure(read_pasted(text), release_id, suggest=suggest), text)


def _named(release: Release, pasted: str) -> Release:
    release.source.path = PASTE_NAME
    release.source.sha256 = hashlib.sha256(pasted.encode("utf-8")).hexdigest()
    return release
