"""Turn Briefing's Release, and a partitioner's element list, into the neutral
:class:`~structure_score.Outline` the scorer reads."""

from __future__ import annotations

import re

from structure_score import Outline, Unit

_KIND = {
    "heading": "heading",
    "footnote": "footnote",
    "paragraph": "paragraph",
    "item": "item",
    "quote": "paragraph",
    "note": "other",
    "dateline": "other",
    "contact": "other",
    "subtitle": "other",
    "title": "title",
}


def outline_from_release(release) -> Outline:
    """Briefing's outline: every node but list wrappers is a unit, in reading order."""
    text = release.text
    out = Outline(
        title=release.title or "",
        date=release.date or "",
        removed=[r.text for r in release.removed],
        kept_text=text,
        fields=[release.category] if getattr(release, "category", "") else [],
    )

    def visit(node, depth: int, node_unit: Unit | None, top: Unit | None) -> None:
        """``node_unit`` is ``node``'s unit; ``top`` the top-level unit holding it."""
        for child in node.children:
            if child.kind == "list":  # a wrapper around agenda items: not printed
                visit(child, depth, node_unit, top)
                continue
            if child.attrs.get("role") == "table":
                # A table row the reader set on its own: a unit start (the gold lists one
                # unit per row), but never a paragraph, heading or label.
                row = Unit("table", "", text[child.body_start : child.end])
                out.units.append(row)
                # A note tied to a cell's mark hangs under its row: still a unit.
                at_top = node_unit is None or node_unit.kind in ("heading", "title")
                visit(child, depth, row, row if at_top else top)
                continue
            if node_unit is not None and _inside(child, node, text):
                # A span marked inside its parent's paragraph (a quotation after "said:",
                # one opening the paragraph, one on a wrapped line of it) starts no unit:
                # its words are the parent's, printed in one paragraph.
                visit(child, depth, node_unit, top)
                continue
            kind = _KIND.get(child.kind, "other")
            labelled = bool(child.label) and kind not in ("footnote", "heading", "title")
            unit = Unit(
                kind=kind,
                label=child.label or "",
                text=text[child.body_start : child.end],
                depth=depth + 1 if labelled else 0,
                has_children=bool(child.children),
            )
            if kind == "footnote":
                unit.parent, unit.top = node_unit, top
            out.units.append(unit)
            # Children of the root, a heading or the title start a new top-level unit.
            at_top = node_unit is None or node_unit.kind in ("heading", "title")
            visit(child, depth + 1 if labelled else depth, unit, unit if at_top else top)

    visit(release.root, 0, None, None)
    return out


def _inside(child, parent, text: str) -> bool:
    """Whether ``child`` is a span of ``parent``'s own printed paragraph: it starts in
    mid-line, or it is a quotation within the parent's text (one opening the paragraph,
    or on a wrapped line of it). (Sub-points may lie within a paragraph's extent too,
    but they are printed apart, each a unit of its own.)"""
    if child.start > 0 and text[child.start - 1] != "\n":
        return True
    return child.kind == "quote" and parent.start <= child.start < parent.end


# -- partitioners ------------------------------------------------------------------------

# A generous reading of a partitioner's text: a leading list label counts as its label.
_LEADING_LABEL = re.compile(
    r"^\s*((?:\d{1,3}(?:\.\d{1,3})*[.)])|\(\d{1,3}\)|\([a-z]{1,4}\)|[a-z][.)]|[ivxlc]{1,5}\.|"
    r"[A-Z]\.|[IVXL]{1,5}\.|[-•–·▪□○◦*])\s+"
)


def outline_from_elements(elements: list[dict]) -> Outline:
    """Elements as ``{"type", "text", "depth", "parent": index|None}`` (see
    ``partitioner_outline.py``), in reading order."""
    out = Outline()
    units: list[Unit | None] = []
    kept: list[str] = []
    for element in elements:
        kind, text = element["type"], element["text"].strip()
        if kind == "table":
            # One unit per row, as for Briefing's rows (partitioner_outline.py gives a
            # table's rows one line each).
            kept.append(text)
            out.units.extend(Unit("table", "", row) for row in text.splitlines() if row.strip())
            units.append(None)
            continue
        if kind in ("furniture",):
            out.removed.append(text)
            units.append(None)
            continue
        if kind == "title" and not out.title:
            out.title = text
            unit = Unit("title", "", text)
        elif kind in ("title", "heading"):
            unit = Unit("heading", "", text, has_children=True)
        elif kind == "footnote":
            unit = Unit("footnote", "", text)
            parent = element.get("parent")
            if parent is not None and 0 <= parent < len(units) and units[parent] is not None:
                unit.parent = units[parent]
        else:
            label = element.get("label") or ""
            body = text
            if not label:
                m = _LEADING_LABEL.match(text)
                if m:
                    label, body = m.group(1), text[m.end() :]
            if kind == "item" and not label:
                label = "•"  # a list item whose marker the partitioner did not keep
            unit = Unit(
                "item" if kind == "item" else "paragraph",
                label,
                body,
                depth=(element.get("depth") or 0) + 1 if label else 0,
            )
        units.append(unit)
        out.units.append(unit)
        kept.append(text)
    out.kept_text = "\n\n".join(kept)
    return out
