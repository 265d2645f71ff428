"""Footnotes of an HTML page: which element is a marker, which block is its note.

Pages mark notes three ways, all found here:
- a short in-page link ("1", "(1)", "[2]", "*") to an element inside the note, often
  with a link back (Markdown/CMS footnotes, EUR-Lex's "ntc"/"ntr" pairs);
- a notes section (``<ol class="footnotes">``, ``<div class="footnotes">``, ``<aside>``,
  a "Notes" heading) whose entries answer bare ``<sup>1</sup>`` markers in the text;
- both at once. A superscript with no note to answer it ("m<sup>2</sup>") is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.ingest.readers.html_note_numbers import opens_with_number
from briefing.ingest.readers.html_text import HEADINGS, squash, tag_of, text_of, tokens

# "1", "(1)", "[1]", "*", "[footnote 1]" (gov.uk), "note 2".
# "12a": a note inserted between 12 and 13 (amended texts number new notes so).
_MARKER = re.compile(
    r"^[\[(]?\s*(?:(?:foot|end)?note\s+)?(\d{1,3}[a-z]?|[a-z]|[ivx]{1,5}|[*†‡§¶#]{1,3})\s*[\])]?$",
    re.I,
)
# (Or a small roman numeral: Word numbers endnotes i, ii, iii ... unless told otherwise,
# and a document pasted into a CMS keeps "<sup>[iv]</sup> ..." under its rule.)
_ENTRY_START = re.compile(r"^[\[(]?(\d{1,3}[a-z]?|[*†‡§¶]{1,3}|[ivx]{1,5})[\]).]?(?=\s|$)")
# A typed rule ("__________") that word processors export above notes in place of <hr>.
_TYPED_RULE = re.compile(r"^[_\-–—]{5,}$")
_RAISED = re.compile(r"vertical-align\s*:\s*super", re.I)


def raised(el) -> bool:
    """A <sup>, or an element styled as one (Word's HTML export writes
    ``<span style="vertical-align:super">``)."""
    return tag_of(el) == "sup" or (
        tag_of(el) == "span" and bool(_RAISED.search(el.get("style") or ""))
    )


def _raised_in(el):
    return (x for x in el.iter() if isinstance(x.tag, str) and raised(x))


_NOTE_WORDS = frozenset(
    (
        "footnote",
        "footnotes",
        "endnote",
        "endnotes",
        "note",
        "notes",
        "fn",
        "fns",
        "docendnotes",
        "docfootnote",
        "docendnote",
    )
)
_NOTE_HEADINGS = frozenset(("notes", "footnotes", "endnotes", "note", "references"))
_BLOCK_OF_NOTE = frozenset(("li", "p", "dd", "div", "aside", "section", "td", "blockquote"))
_BACK_LINK = re.compile(r"^[\s↩↑^⤴︎\u21a9\ufe0e]*$|^(back|return|top)\b", re.I)
_SECTION_TAGS = frozenset(("ol", "ul", "div", "section", "aside", "footer", "dl"))
_MAX_NOTE = 4000  # a "note" longer than this is a section a link points to, not a note


@dataclass
class Notes:
    """Markers and note blocks of one page (elements of its lxml tree)."""

    # marker element -> its text as put in the line ("[1]" for a bare superscript)
    markers: dict = field(default_factory=dict)
    # note block -> (label, marker elements that point to it)
    blocks: dict = field(default_factory=dict)
    # elements inside note blocks left out of the note's text: the printed marker
    # (it becomes the label) and back-links ("↩").
    strip: dict = field(default_factory=dict)  # element -> "label" | "navigation"


def key(marker: str) -> str:
    """The marker's number or sign: "[footnote 1]" -> "1"."""
    m = _MARKER.match(squash(marker))
    return (m.group(1) if m else marker.strip(" []().")).lower()


def render(marker: str) -> str:
    """A marker as the line prints it: bare ones in brackets, so "text1" reads "text[1]"."""
    marker = squash(marker)
    return marker if marker[:1] in "[(" else f"[{marker}]"


def find_notes(root) -> Notes:
    notes = Notes()
    ids = {}
    for el in root.iter():
        if isinstance(el.tag, str):
            for attr in ("id", "name"):
                if (value := el.get(attr)) and value not in ids:
                    ids[value] = el
    sections = _find_sections(root)
    areas = {el for part, named in sections if named for el in part.iter()}
    _linked(root, ids, notes, areas)
    _sections(root, notes, sections)
    return notes


def _find_sections(root) -> list:
    """(element, named) of each notes section: ``named`` when the page calls it notes
    (a class/id, a "Notes" heading), not for a bare <aside>."""
    found: list = []
    inside: set = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or el in inside:
            continue
        tag = tag_of(el)
        if tag in HEADINGS and squash(text_of(el)).rstrip(":").lower() in _NOTE_HEADINGS:
            parts, named = _following(el), True
        elif tag in _SECTION_TAGS and tokens(el) & _NOTE_WORDS:
            parts, named = [el], True
        elif tag == "aside":  # an aside is a note only where a marker cites it
            parts, named = [el], False
        elif tag == "hr" or (
            tag == "p" and _TYPED_RULE.match(squash(text_of(el))) and not el.findall(".//p")
        ):
            # Word processors and plain CMS pages print notes under a short rule with
            # no heading ("<hr><p><sup>1</sup> ...</p>"). The blocks after the rule are
            # notes only where a superscript in the text cites their number, and only
            # blocks that open with a superscript number: a typed "2." after a rule is
            # the text's own numbered paragraph.
            parts, named = _sup_led(_following(el)), False
        else:
            continue
        for part in parts:
            found.append((part, named))
            inside.update(part.iter())
    return found


def _linked(root, ids: dict, notes: Notes, areas: set) -> None:
    for a in root.iter("a"):
        href = a.get("href") or ""
        if not href.startswith("#") or len(href) < 2:
            continue
        text = squash(text_of(a))
        target = ids.get(href[1:])
        if target is None or not _MARKER.match(text):
            continue
        block = _note_block(target)
        if block is None or _inside(a, block) or _inside(block, a):
            continue
        own = _note_block(a)
        if own is not None and _leads(own, a):
            # A note's own number linking back to its marker (EUR-Lex "(1)" before the
            # note text): markers follow a word, they never open a paragraph.
            continue
        marker = a
        parent = a.getparent()
        if parent is not None and tag_of(parent) == "sup" and squash(text_of(parent)) == text:
            marker = parent
        if not (
            _backlinks_to(block, marker, a)
            or block in areas
            or _noteish(target, block)
            or opens_with_number(block, key(text))
        ):
            continue
        notes.markers[marker] = render(text)
        label, markers = notes.blocks.get(block, (render(text), []))
        markers.append(marker)
        notes.blocks[block] = (label, markers)
        _strip_lead(block, notes)


def _note_block(target):
    el = target
    for _ in range(4):
        if el is None:
            return None
        tag = tag_of(el)
        if tag in HEADINGS or tag in ("body", "html", "main", "article"):
            return None
        if tag in _BLOCK_OF_NOTE and len(squash(text_of(el))) > 0:
            text = text_of(el)
            return el if len(text) <= _MAX_NOTE else None
        el = el.getparent()
    return None


def _inside(el, container) -> bool:
    return any(anc is container for anc in el.iterancestors()) or el is container


def _backlinks_to(block, marker, link) -> bool:
    wanted = set()
    for el in (link, marker, marker.getparent()):
        for attr in ("id", "name"):  # Word's HTML names its anchors: <a name="_ftnref1">
            if el is not None and el.get(attr):
                wanted.add("#" + el.get(attr))
    return bool(wanted) and any(a.get("href") in wanted for a in block.iter("a"))


def _noteish(target, block) -> bool:
    el = target
    for _ in range(6):
        if el is None:
            return False
        if tag_of(el) == "aside" or tokens(el) & _NOTE_WORDS:
            return True
        if el is block.getparent():
            break
        el = el.getparent()
    return False


def _strip_lead(block, notes: Notes) -> None:
    """Mark the note's own printed marker (its first short link/superscript) and its
    back-links to be left out of the note text."""
    first = True
    for el in block.iter("a", "sup"):
        text = squash(text_of(el))
        if el in notes.strip:
            continue
        if first and _MARKER.match(text) and _leads(block, el):
            notes.strip[el] = "label"
            for sub in el.iter("a", "sup"):
                notes.strip.setdefault(sub, "label")
        elif (
            tag_of(el) == "a"
            and (el.get("href") or "").startswith("#")
            and (_BACK_LINK.match(text) or el.get("role") == "doc-backlink")
        ):
            notes.strip[el] = "navigation"
        first = False


def _leads(block, el) -> bool:
    """True when no text comes before ``el`` in ``block``."""
    before = []
    node = el
    while node is not block:
        parent = node.getparent()
        if parent is None:
            return False
        before.append(parent.text or "")
        for sib in parent:
            if sib is node:
                break
            before.append(text_of(sib) if isinstance(sib.tag, str) else "")
            before.append(sib.tail or "")
        node = parent
    return not squash("".join(before))


def _sections(root, notes: Notes, sections: list) -> None:
    """Entries of notes sections, answering bare <sup> markers."""
    entries: list = []  # (key, element, named section?) in page order
    seen: set = set()
    for part, named in sections:
        for k, entry in _entries(part, notes):
            if entry not in seen:
                entries.append((k, entry, named))
                seen.add(entry)
    if not entries:
        return
    used = set()
    for sup in _raised_in(root):
        if sup in notes.markers or any(anc in notes.markers for anc in sup.iterancestors("a")):
            continue
        text = squash(text_of(sup))
        if not _MARKER.match(text) or any(_inside(sup, e) for _, e, _ in entries):
            continue
        for k, entry, _ in entries:
            if entry not in used and k == key(text):
                used.add(entry)
                notes.markers[sup] = render(text)
                label, markers = notes.blocks.get(entry, (render(text), []))
                notes.blocks[entry] = (label, [*markers, sup])
                break
    for k, entry, named in entries:  # printed notes nobody cites are still notes
        if entry not in notes.blocks and named:
            notes.blocks[entry] = (render(k), [])
    for _, entry, _ in entries:
        if entry not in notes.blocks:  # not a note after all: its marker is text
            for el in list(notes.strip):
                if _inside(el, entry):
                    del notes.strip[el]


def _sup_led(blocks: list) -> list:
    """Those of ``blocks`` (or their paragraphs) that open with a <sup>."""
    out = []
    for block in blocks:
        for part in (block, *block.iter("p", "li")):
            sup = next(_raised_in(part), None)
            if part not in out and sup is not None and _leads(part, sup):
                out.append(part)
    return out


def _following(heading) -> list:
    """The blocks after a "Notes" heading (or a rule), up to the next heading. A rule
    alone in a table cell (notes printed in an amendment table's last rows) is followed
    by the rows after its own."""
    out = []
    start = heading
    while (
        next(start.itersiblings(), None) is None
        and start.getparent() is not None
        and tag_of(start.getparent()) in ("td", "th", "tr")
    ):
        start = start.getparent()
    for sib in start.itersiblings():
        if tag_of(sib) in HEADINGS:
            break
        if isinstance(sib.tag, str):
            out.append(sib)
    return out


def _entries(part, notes: Notes) -> list:
    """(key, block) of each note in a notes section."""
    tag = tag_of(part)
    if tag == "ol":
        start = int(part.get("start")) if (part.get("start") or "").isdigit() else 1
        out = []
        for i, li in enumerate(x for x in part if tag_of(x) == "li"):
            if li in notes.blocks:
                continue
            n = int(li.get("value")) if (li.get("value") or "").isdigit() else start + i
            out.append((str(n), li))
            _strip_lead(li, notes)
        return out
    m = _ENTRY_START.match(squash(text_of(part)))
    if (
        m
        and tag in ("p", "li", "dd", "div")
        and part not in notes.blocks
        and not any(tag_of(c) in ("p", "li", "div", "ol") for c in part)
    ):
        _strip_lead(part, notes)
        return [(m.group(1), part)]
    out = []
    for child in part:
        if isinstance(child.tag, str):
            out.extend(_entries(child, notes))
    return out
