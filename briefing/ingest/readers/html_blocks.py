"""A release printed in blocks of one kind.

Sites that build an article from components set each stretch of its text in a box of
one kind ("sidebar-grid__content article__content", "article-widget
article-widget-text"), with advertisements, pictures and teasers between them, each
perhaps in a wrapper of its own. No one box then holds most of the release's
paragraphs, though together they hold nearly all: the blocks are the release, whatever
their class words say. Blocks of one kind share their tag and all their classes; a
grid's columns share a layout class but not all of them.
"""

from __future__ import annotations

from briefing.ingest.readers.html_main import paragraph_run, prose_chars
from briefing.ingest.readers.html_text import tag_of


def _kind(el) -> tuple[str, tuple[str, ...]]:
    return tag_of(el), tuple(sorted((el.get("class") or "").split()))


# Paragraphs of prose a block of the release holds side by side; a teaser box of the
# site's, flagged by its name and repeated in a row, holds one summary.
_BLOCK_PARAGRAPHS = 2


def release_block(el) -> bool:
    """True when ``el`` holds a run of paragraphs of prose side by side, as a stretch
    of the release's text does and a teaser's box does not."""
    return paragraph_run(el) >= _BLOCK_PARAGRAPHS


def kind_prose(el, root, cache: dict) -> int:
    """Prose characters (html_main.prose_chars) of the boxes of ``el``'s kind in
    ``root``, nested ones counted once; ``cache`` keeps each kind's sum, and each tag's
    boxes with their kinds (asked only of boxes that hold prose)."""
    kind = _kind(el)
    if not kind[1]:
        return prose_chars(el)
    if kind not in cache:
        # (The page's boxes of the tag with their kinds, worked out once for all kinds
        # asked: a page flags many boxes, each kind a walk of every box of its tag.)
        boxes = cache.get(kind[0])
        if boxes is None:
            boxes = cache[kind[0]] = [(box, _kind(box)) for box in root.iter(kind[0])]
        total = 0
        for box, box_kind in boxes:
            if box_kind == kind and not any(_kind(anc) == kind for anc in box.iterancestors()):
                total += prose_chars(box)
        cache[kind] = total
    return cache[kind]
