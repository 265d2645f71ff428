"""Notes listed in raw HTML inside a Markdown file.

Releases kept as Markdown on a website or in a repository often carry their notes the
way the HTML page had them: a ``<sup>1</sup>`` marker in the text, and at the end a raw
``<ul>``/``<ol>`` (or ``<p>``/``<div>``) list whose items open with the same
superscript number and close with a back-link ("↩") to the marker. Markdown leaves such
a block as raw HTML, so a reader sees it as one run of tags; this module splits it into
its items and says which item is the note of an earlier marker.

An item is a note only when it *opens* with a superscript number (or a bare number
before a back-link to "#fnref...") that the text printed as a marker before, or when its
opening tag's id names a note by such a number (``<li id="fn:3">``, ``<sup id="fn3">``:
Markdown converters and CMS templates number an ``<ol>`` of notes by position and give
each item the id the marker links to): an HTML list of ordinary items, or a superscript
that no marker names, stays text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from briefing.lazyre import lazy

# Where a raw block's items start: each <li>, <p> or <div> opening tag.
_ITEM_START = lazy(r"(?=<(?:li|p|div)\b)", re.I)
# An item that opens with its number in a superscript ("<li id=fn1><sup>1</sup> See").
_LEAD_SUP = lazy(
    r"(?:<(?:li|p|div|span|a)\b[^<>]*>\s*)*<sup\b[^<>]*>\s*(?:<a\b[^<>]*>\s*)?"
    r"\[?([0-9]{1,3}|[*†‡§])\]?\s*(?:</a>\s*)?</sup\s*>",
    re.I,
)
# An item whose opening tag (or a tag before its text) has an id naming a note by number:
# "<li id="fn:3">", "<li id="footnote-3">", "<p><sup id="fn3">3. See".
_NAMED_ITEM = lazy(
    r"^(?:<(?:li|p|div)\b[^<>]*>\s*)*<(?:li|p|div|sup|span)\b[^<>]*?\bid\s*=\s*[\"']?"
    r"[\w-]*?(?:fn|footnote|endnote|note)[:_.-]?(\d{1,3})[\"'\s/>]",
    re.I,
)
# The note's number printed again at the head of its text ("3. See"), dropped: it is the label.
_PRINTED_NUMBER = lazy(r"^(\d{1,3})[.)]?\s+")
# The back-link's arrow that ends a note ("<a href="#fnr1">&#8617;</a>"), dropped from its
# text. (Its <a> tags go with every other tag, and whitespace is squashed: matching the
# link whole changed nothing but cost a backtrack per "href" in a long tag.)
_BACK_ARROW = lazy(r"(?:&#8617;|&#x21a9;|↩)\ufe0e?", re.I)
# A note marker inside running text: "<sup id="fnr1"><a href="#fn1">1</a></sup>".
_MARKER = lazy(
    r"<sup\b[^<>]*>\s*(?:<a\b[^<>]*>\s*)?\[?([0-9]{1,3}|[*†‡§])\]?\s*(?:</a>\s*)?</sup\s*>", re.I
)
# What an unlinked marker follows: the end of a clause.
_AFTER_CLAUSE = frozenset('.,;:!?)]”’"»')
_TAG = lazy(r"<[^<>]*>")
_WS = lazy(r"\s+")


@dataclass(frozen=True)
class HtmlItem:
    """One item of a raw HTML block: its text, and its marker when it is a note."""

    text: str
    marker: str = ""


def html_items(raw: str, markers: set[str] | dict[str, int]) -> list[HtmlItem] | None:
    """The items of a raw HTML block holding notes, or None when it holds none.

    ``markers`` are the superscript markers the text printed so far: an item opening
    with one of them is that marker's note. A block with no such item is left to the
    caller (None), read as before.
    """
    if not markers:
        return None  # (no marker printed yet: no item can be a note)
    parts = [part for part in _ITEM_START.split(raw) if part.strip()]
    items: list[HtmlItem] = []
    notes = 0
    named = ""  # a note number named by an id on a textless part ("<li id=fn:3>" before "<p>")
    for part in parts:
        part = part.lstrip()
        lead = _LEAD_SUP.match(part)
        marker = lead.group(1) if lead and lead.group(1) in markers else ""
        body = part[lead.end() :] if marker else part
        text = _squash(html.unescape(_TAG.sub(" ", _BACK_ARROW.sub(" ", body))))
        if not marker:
            by_id = _NAMED_ITEM.match(part)
            if by_id and by_id.group(1) in markers:
                named = by_id.group(1)
        if not text:
            continue
        if not marker and named:
            marker = named
            printed = _PRINTED_NUMBER.match(text)
            if printed and printed.group(1) == marker:
                text = text[printed.end() :]
        named = ""
        notes += bool(marker)
        items.append(HtmlItem(text, marker))
    return items if notes else None


def take_markers(raw: str) -> tuple[str, list[str]]:
    """A raw HTML paragraph without its superscript note markers, and those markers
    (a paragraph opening with "<br/>" is raw HTML to Markdown, markers and all)."""
    markers: list[str] = []

    def take(found: re.Match[str]) -> str:
        if not _is_marker(raw, found):
            return found.group(0)
        markers.append(found.group(1))
        return ""

    text = _MARKER.sub(take, raw)
    return text, markers


def glue_markers(raw: str, numbers: set[str]) -> str:
    """``raw`` with each note marker of ``numbers`` left as its bare number glued to the
    word before it ("transactions.1", also where a space stood before the superscript),
    the shape a flattened superscript takes in text."""
    out: list[str] = []
    last = 0
    for found in _MARKER.finditer(raw):
        if found.group(1) not in numbers or not _is_marker(raw, found):
            continue
        out.append(raw[last : found.start()].rstrip(" \t"))
        out.append(found.group(1))
        last = found.end()
    if not out:
        return raw
    out.append(raw[last:])
    return "".join(out)


def _is_marker(raw: str, found: re.Match[str]) -> bool:
    """A superscript linking to a place in the page ("#fn1") is a note marker; an
    unlinked one only after a stop, comma or closing quote, never after a letter or a
    digit, where it is an exponent or a unit ("10 km<sup>2</sup>", "10<sup>3</sup>")."""
    if "href" in found.group(0).lower():
        return True
    # (The character before, spaces aside, looked up from the marker backwards: slicing
    # the text before each marker was quadratic in a block of many markers.)
    at = found.start() - 1
    while at >= 0 and raw[at].isspace():
        at -= 1
    return at >= 0 and raw[at] in _AFTER_CLAUSE


def _squash(text: str) -> str:
    return _WS.sub(" ", text.replace("\xa0", " ")).strip()
