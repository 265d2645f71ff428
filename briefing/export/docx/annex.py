"""Annex A: the release as printed, with its own numbering, and annotations as comments.

The release's labels ("1.", "-", "가.") are written as text, not Word numbering: citations
in the note ("para 4") must match the release exactly, whatever Word would number.
This is the hot loop for long releases, so it builds XML directly (see xml.py).
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from docx.oxml.ns import qn
from lxml import etree

from briefing.export.docx.comments import Comments
from briefing.export.docx.schema import add_property
from briefing.export.docx.styles import StyleMap
from briefing.export.docx.xml import Builder, page_break_before, set_keep_next
from briefing.export.note import Annex, AnnexBlock, NoteComment

_STYLE_ID, _IND = qn("w:styleId"), qn("w:ind")
_LEFT, _START, _HANGING, _FIRST_LINE = (
    qn("w:left"),
    qn("w:start"),
    qn("w:hanging"),
    qn("w:firstLine"),
)
ORPHAN_PREFIX = "[The annotated passage was not found in this version of the release: “{}”] "

# Block kind -> style key; items and footnotes choose by kind, the rest by this table.
_STYLE_BY_KIND = {
    "title": "h2",
    "subtitle": "subtitle",
    "dateline": "annex_dateline",
    "heading": "h3",
    "quote": "quote",
    "footnote": "annex_note",
    "item": "annex_item",
}


def hanging_indents(styles_element: etree._Element, style_ids: list[str]) -> dict[str, str]:
    """Style id -> its left indent, for the styles among ``style_ids`` that hang the first
    line (a label in the margin, text at the indent).

    A paragraph without a label in such a style would start at the margin and wrap to the
    indent: a hanging indent the wrong way round. Those paragraphs get the style's left
    indent with no hanging, so they line up with the labelled paragraphs' text.
    """
    by_id = {s.get(_STYLE_ID): s for s in styles_element.iter(qn("w:style"))}
    found: dict[str, str] = {}
    for style_id in style_ids:
        left = hanging = None
        style, seen = by_id.get(style_id), set()
        while style is not None and style.get(_STYLE_ID) not in seen:
            seen.add(style.get(_STYLE_ID))
            ind = style.find(f"{qn('w:pPr')}/{qn('w:ind')}")
            if ind is not None:
                left = left if left is not None else ind.get(_LEFT, ind.get(_START))
                if hanging is None and (ind.get(_HANGING) or ind.get(_FIRST_LINE)):
                    hanging = ind.get(_HANGING, "0")
            based = style.find(qn("w:basedOn"))
            style = by_id.get(based.get(qn("w:val"))) if based is not None else None
        if hanging and hanging.lstrip("-").isdigit() and int(hanging) > 0:
            found[style_id] = left if left and left.lstrip("-").isdigit() else "0"
    return found


def write_annex(
    body: etree._Element,
    builder: Builder,
    styles: StyleMap,
    annex: Annex,
    comments: Comments | None,
    hanging: dict[str, str] | None = None,
) -> None:
    """Append the annex to ``body``: heading on a new page, then every block in order."""
    heading = builder.paragraph(body, styles["h1"])
    page_break_before(builder, heading)
    placed, orphans = _place(annex) if comments is not None else ([], [])
    if comments is not None and orphans:
        # Comments whose passage is gone still reach the reader: on the annex heading.
        ids = [comments.add(c, ORPHAN_PREFIX.format(c.quote)) for c in orphans]
        for cid in ids:
            comments.range_start(heading, cid)
        builder.run(heading, annex.heading)
        for cid in ids:
            comments.range_end(heading, cid)
    else:
        builder.run(heading, annex.heading)
    markers: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    if comments is not None:
        for comment, (first, start, last, end) in placed:
            cid = comments.add(comment)
            # (offset, order, id): at one offset, ranges close (0) before others open (1).
            markers[first].append((start, 1, cid))
            markers[last].append((end, 0, cid))
    hanging = hanging or {}
    for index, block in enumerate(annex.blocks):
        style_id = styles[_style_key(block)]
        p = builder.paragraph(body, style_id)
        if block.kind in ("title", "heading"):
            set_keep_next(builder, p)
        if block.label and block.kind not in ("title", "subtitle", "dateline"):
            builder.run(p, f"{block.label}\t")
        elif style_id in hanging:
            ind = add_property(builder.ppr(p), _IND)
            ind.set(_LEFT, hanging[style_id])
            ind.set(_FIRST_LINE, "0")
        block_markers = markers.get(index)
        if block_markers:
            _marked_text(p, builder, comments, block.text, sorted(block_markers))
        else:
            builder.run(p, block.text)


def _style_key(block: AnnexBlock) -> str:
    key = _STYLE_BY_KIND.get(block.kind)
    if key:
        return key
    return "annex_paragraph" if block.depth == 0 else "annex_item"


def _marked_text(
    p: etree._Element,
    builder: Builder,
    comments: Comments,
    text: str,
    markers: list[tuple[int, int, str]],
) -> None:
    """Write ``text`` in runs split at the comment boundaries, with the range markers."""
    position = 0
    for offset, order, cid in markers:
        if offset > position:
            builder.run(p, text[position:offset])
            position = offset
        if order == 0:
            comments.range_end(p, cid)
        else:
            comments.range_start(p, cid)
    if position < len(text):
        builder.run(p, text[position:])


def _place(
    annex: Annex,
) -> tuple[list[tuple[NoteComment, tuple[int, int, int, int]]], list[NoteComment]]:
    """Each comment -> (first block, offset in it, last block, offset in it); or orphaned.

    Anchors are offsets into the release text; a range that starts in a label or between
    blocks is pulled in to the nearest text so the comment still marks what was meant.
    Blocks are searched in text order, which need not be reading order (a footnote
    printed at the end belongs under its paragraph).
    """
    blocks = annex.blocks
    order = sorted(range(len(blocks)), key=lambda i: blocks[i].start)
    starts = [blocks[i].start for i in order]
    placed = []
    orphans = []
    for comment in annex.comments:
        if comment.orphaned or comment.end <= comment.start or not blocks:
            orphans.append(comment)
            continue
        lo = max(bisect.bisect_right(starts, comment.start) - 1, 0)
        if blocks[order[lo]].end <= comment.start:
            lo += 1
        hi = bisect.bisect_left(starts, comment.end) - 1
        if lo >= len(order) or hi < lo:
            orphans.append(comment)
            continue
        first, last = order[lo], order[hi]
        start = max(comment.start - blocks[first].start, 0)
        end = min(comment.end - blocks[last].start, len(blocks[last].text))
        if last < first:
            # Spans blocks that are not in reading order: mark the rest of the first one.
            last, end = first, len(blocks[first].text)
        if first == last and end <= start:
            start, end = 0, len(blocks[first].text)
        placed.append((comment, (first, start, last, end)))
    return placed, orphans
