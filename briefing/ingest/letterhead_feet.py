"""The letterhead's foot in text taken from a paged document: the issuer's postal
address, telephone and web address that its first page prints under the body ("Postal
address: ..." / "Telephone: ..., Website: ..."). Central banks and ministries print it on
the first page only, so it never repeats (the running-line passes cannot see it), and
pdftotext sets it where the page broke: inside the paragraph that runs on to the next
page, whose sentence stops unfinished above the foot and goes on in lower case below it.

A release's own contact lines close a paragraph or stand between paragraphs; only a
page's foot stands inside a sentence. Where the text shows its page breaks (form feeds),
the foot stands at one: a narrow column's line wrapped around a web address inside a
sentence ("... at https://www.example.gov. Follow the") is the release's text, on any
page. (Text with no form feed shows no page's end: the sentence alone is looked at.)
(The PDF reader finds the same foot by its place and type:
``readers.pdf_furniture._letterhead_foot``.)"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted, Line
from briefing.lazyre import lazy

# A contact mark: a telephone or fax number (the word, then the number: French prose's
# "tel que" is none), e-mail, post box, web address or a named address.
_CONTACT = lazy(
    r"\b(?:tel|phone|telephone|fax)\b\.?\s*:?\s*[+(\d]"
    r"|\b(?:e-?mail|p\.?\s?o\.?\s?b(?:ox)?|(?:postal|visiting) address)\b"
    r"|\bwww\.|https?://|\w@\w",
    re.I,
)
# Characters of the text's opening that hold its first page (pdftotext -layout pads
# lines with spaces: a page of 50 lines of 100 columns and more).
FIRST_PAGE_CHARS = 12_000
FOOT_MAX_LINES = 3  # lines of a letterhead's foot
FOOT_MAX_CHARS = 160
PROSE_CHARS = 30  # a line of the paragraph the foot cut: a full line of prose
EDGE_REACH = 3  # lines of text between a page's edge and its foot (textfurniture.PAGE_EDGE_REACH)
_NOTE_NUMBER = lazy(r"^\s*\d{1,3}\s")  # a footnote citing a web address opens so
_SENTENCE_END = lazy(r"[.!?:;\"”’)\]]\s*$")


_HINTS = ("www.", "@", "http", "ddress", "hone", "HONE", "Tel", "TEL", "tel", "Fax", "FAX", "fax")


def may_hold_contacts(whole: str) -> bool:
    """A cheap look (C scans of the text's opening) whether a line of its first page can
    hold a contact mark."""
    look = whole[:FIRST_PAGE_CHARS]
    return any(hint in look for hint in _HINTS)


def take_letterhead_feet(extracted: Extracted, whole: str) -> None:
    """Blank letterhead feet standing inside a sentence (indices stay valid); list them
    in ``removed``. ``whole``: the lines joined by newlines (before any was blanked):
    one regex scan over it finds the few lines with a contact mark."""
    lines = extracted.lines
    # The foot is the first page's: only the text's opening is looked at (a scan of a
    # long text for contact marks would cost more than the whole of this pass is worth).
    look = whole[:FIRST_PAGE_CHARS]
    starts = [m.start() for m in _CONTACT.finditer(look)]
    if not starts:
        return
    from bisect import bisect_right

    newlines = [m.start() for m in re.finditer("\n", look)]
    candidates = sorted({bisect_right(newlines, at - 1) for at in starts})
    paged = "\f" in whole  # (a C scan: pages marked, the foot must stand at a break)
    done = -1
    for i in candidates:
        if i <= done or i >= len(lines) or not _foot_line(lines[i]):
            continue
        # The block: the foot lines from here down (blank lines between them allowed).
        block = [i]
        j = i + 1
        while j < len(lines) and len(block) <= FOOT_MAX_LINES:
            text = lines[j].text.strip()
            if text and not _foot_line(lines[j]):
                break
            if text:
                block.append(j)
            j += 1
        done = block[-1]
        above, below = _filled(lines, i, -1), _filled(lines, block[-1], 1)
        if (
            len(block) <= FOOT_MAX_LINES
            and above is not None
            and below is not None
            and _unfinished_prose(lines[above].text)
            and lines[below].text.strip()[:1].islower()
            and (not paged or _at_page_edge(lines, block[0], block[-1]))
        ):
            for k in block:
                extracted.take_line(k)


def _at_page_edge(lines: list[Line], first: int, last: int) -> bool:
    """The foot (lines ``first``..``last``) stands at a page's edge: within EDGE_REACH
    lines of text of a page's end (a form feed below it, or the text's end) or of a
    page's start (a form feed above it, or the text's start)."""
    return _reaches_edge(lines, last + 1, 1) or _reaches_edge(lines, first, -1)


def _reaches_edge(lines: list[Line], start: int, step: int) -> bool:
    """From ``start`` going ``step``, a page's break (a line opening with a form feed)
    or the text's end comes before EDGE_REACH lines of text."""
    seen = 0
    k = start
    while 0 <= k < len(lines):
        text = lines[k].text
        if text.startswith("\f"):
            return True
        if text.strip() and (step > 0 or k < start):
            seen += 1
            if seen >= EDGE_REACH:
                return False
        k += step
    return True


def _foot_line(line) -> bool:
    raw = line.text
    return (
        bool(raw.strip())
        and len(raw) <= FOOT_MAX_CHARS
        and not line.style
        and not line.label
        and _CONTACT.search(raw) is not None
        and not _NOTE_NUMBER.match(raw)
        # (A line opening in lower case goes on with a sentence: "available at www...";
        # a foot's line opens with its label, a name or the address itself.)
        and not (raw.lstrip()[:1].islower() and not _address_first(raw))
    )


def _address_first(raw: str) -> bool:
    """The line opens with a web or e-mail address ("www.bank.example")."""
    first = raw.split(None, 1)[0]
    return first.startswith(("www.", "http://", "https://")) or "@" in first


def _filled(lines: list, at: int, step: int) -> int | None:
    """The nearest line from ``at`` going ``step`` that is not blank."""
    j = at + step
    while 0 <= j < len(lines):
        if lines[j].text.strip():
            return j
        j += step
    return None


def _unfinished_prose(text: str) -> bool:
    """A full line of prose whose sentence goes on: no stop at its end."""
    text = text.strip()
    return (
        len(text) >= PROSE_CHARS
        and text.count(" ") >= PROSE_CHARS // 8
        and not _SENTENCE_END.search(text)
    )
