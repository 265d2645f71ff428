"""A comparison as a Word document with real tracked changes (``-o CHANGES.docx``).

The new text, with what changed since the old one as revisions Word and LibreOffice show
and let the reader accept or reject: ``w:ins`` / ``w:del`` for words and paragraphs,
``w:moveFrom`` / ``w:moveTo`` (with their named ranges) for a paragraph that moved, each
authored and dated. A moved paragraph whose words also changed moves as its new wording.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from briefing.compare.align import Change, Comparison
from briefing.compare.units import Unit
from briefing.compare.words import word_diff

AUTHOR = "Briefing compare"
_BREAK = "\u2029"  # a paragraph break, as a token of its own in the word diff


class _Writer:
    """Appends paragraphs before the section properties; numbers every revision."""

    def __init__(self, body, when: dt.datetime) -> None:
        self.sect = body[-1]
        self.next_id = 1
        self.date = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.move_names: dict[int, str] = {}

    def element(self, tag: str, revision: bool = True, **attrs: str):
        from docx.oxml.ns import qn
        from lxml import etree

        element = etree.Element(qn(f"w:{tag}"))
        if revision:
            element.set(qn("w:id"), str(self.next_id))
            self.next_id += 1
            element.set(qn("w:author"), AUTHOR)
            element.set(qn("w:date"), self.date)
        for name, value in attrs.items():
            element.set(qn(f"w:{name}"), value)
        return element

    def paragraph(self, parts: list, mark: str | None = None) -> None:
        """A paragraph of ``parts``; ``mark`` tracks its paragraph mark (ins, del...)."""
        p = self.element("p", revision=False)
        if mark is not None:
            ppr = self.element("pPr", revision=False)
            rpr = self.element("rPr", revision=False)
            rpr.append(self.element(mark))
            ppr.append(rpr)
            p.append(ppr)
        p.extend(parts)
        self.sect.addprevious(p)

    def run(self, text: str, deleted: bool = False):
        r = self.element("r", revision=False)
        t = self.element("delText" if deleted else "t", revision=False)
        t.text = _xml_safe(text)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        return r

    def tracked(self, tag: str, text: str):
        wrapper = self.element(tag)
        wrapper.append(self.run(text, deleted=tag == "del"))
        return wrapper


def write_tracked(comparison: Comparison, path: str | Path, now: dt.datetime | None = None) -> None:
    """Write the new text with tracked changes against the old to ``path`` (atomically)."""
    from briefing.export.docx.template import open_template
    from briefing.storage.atomic import atomic_write

    # The bundled note template: its styles are schema-valid (python-docx's own default
    # template is not: Word for the web would refuse the file).
    document = open_template(None)
    body = document.element.body
    for child in list(body)[:-1]:  # keep only the section properties
        body.remove(child)
    document.core_properties.title = f"Changes: {comparison.new.title}"[:250]
    document.core_properties.author = AUTHOR
    document.add_heading(_xml_safe(comparison.new.title) or "New version", level=1)
    old_name = ", ".join(p for p in (comparison.old.title, comparison.old.date) if p)
    document.add_paragraph(_xml_safe(f"Tracked changes against: {old_name or 'the old version'}"))
    out = _Writer(document.element.body, now or dt.datetime.now(dt.UTC))
    moved_from = _moved_from_places(comparison.changes)
    for position, change in enumerate(comparison.changes):
        for old_change in moved_from.get(position, []):
            _moved(out, old_change, "moveFrom")
        if change.status == "moved":
            _moved(out, change, "moveTo")
        elif change.status == "added":
            for line in _printed(change.new).splitlines():
                out.paragraph([out.tracked("ins", line)], mark="ins")
        elif change.status == "removed":
            for line in _printed(change.old).splitlines():
                out.paragraph([out.tracked("del", line)], mark="del")
        elif change.status == "same":
            for line in _printed(change.new).splitlines():
                out.paragraph([out.run(line)])
        else:  # changed, split, merged
            _reworded(out, change)
    for old_change in moved_from.get(len(comparison.changes), []):
        _moved(out, old_change, "moveFrom")
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write(Path(path), buffer.getvalue(), backup=False)


def _moved_from_places(changes: list[Change]) -> dict[int, list[Change]]:
    """Where each moved unit stood in the old order: before the first unmoved change
    whose old unit came after it."""
    places: dict[int, list[Change]] = {}
    for change in changes:
        if change.status != "moved":
            continue
        old_index = change.old[0].index
        place = next(
            (
                i
                for i, other in enumerate(changes)
                if other.old and other.status != "moved" and other.old[0].index > old_index
            ),
            len(changes),
        )
        places.setdefault(place, []).append(change)
    return places


def _moved(out: _Writer, change: Change, tag: str) -> None:
    """The whole unit as a move; both ends' ranges carry one name so Word links them."""
    name = out.move_names.setdefault(id(change), f"move{len(out.move_names) + 1}")
    text = _printed(change.old if tag == "moveFrom" else change.new)
    lines = text.splitlines() or [""]
    start = out.element(f"{tag}RangeStart", name=name)
    range_id = start.get(start.tag.rsplit("}", 1)[0] + "}id")
    for i, line in enumerate(lines):
        parts = [start] if i == 0 else []
        parts.append(out.tracked(tag, line))
        if i == len(lines) - 1:
            parts.append(out.element(f"{tag}RangeEnd", revision=False, id=range_id))
        out.paragraph(parts, mark=tag)


def _reworded(out: _Writer, change: Change) -> None:
    """Word revisions over the unit; a paragraph break only the new text has is an
    inserted paragraph mark, one only the old text had a deleted one."""
    # The old text under the new number: renumbering is not a change.
    old = _printed(change.old, change.new[0].label).replace("\n", f" {_BREAK} ")
    new = _printed(change.new).replace("\n", f" {_BREAK} ")
    parts: list = []
    for op, before, after in word_diff(old, new):
        pieces = [(after, None)] if op == "equal" else [(before, "del"), (after, "ins")]
        for text, tag in pieces:
            for i, line in enumerate(text.split(_BREAK)):
                if i:
                    out.paragraph(parts, mark=tag)
                    parts = []
                line = line.strip()
                if line:
                    parts.append(
                        out.run(line + " ") if tag is None else out.tracked(tag, line + " ")
                    )
    out.paragraph(parts)


def _printed(units: list[Unit], label: str | None = None) -> str:
    """The units as printed, each with its number (``label`` replaces the first's)."""
    lines = []
    for i, unit in enumerate(units):
        number = label if (label is not None and i == 0) else unit.label
        lines.append(f"{number} {unit.text}" if number else unit.text)
    return "\n".join(lines)


def _xml_safe(text: str) -> str:
    """XML 1.0 forbids most control characters; a release may still carry one."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n"
        or (ord(ch) >= 0x20 and ch not in "\ufffe\uffff" and not 0xD800 <= ord(ch) <= 0xDFFF)
    )
