"""Which label family a document nests under which, read from its own label sequences.

A label's look does not say its level: one document numbers "1." under "(a)", another
"(a)" under "1."; a minutes' "A.", "B." are its top paragraphs in one text and the
sub-points of each "(1)" in the next. What the document does say is where each sequence
starts again. A family whose sequence starts over at its first label ("A.", "(1)") right
under an item of another family, under two different items of it or more, is that
family's sub-list: paragraph numbers run on through a text and never restart under each
point of another list. One restart shows nothing (a list may follow a paragraph that ends
another list), and a document that restarts each family under the other shows no order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from briefing.ingest import patterns as P

# Restarts under distinct items of one family that show the nesting (one is chance).
MIN_RESTARTS = 2
_QUOTE_OPENERS = tuple(P.QUOTED_LABEL_OPENERS)


def restarted_under(blocks: Iterable[tuple[str, str, str, int]]) -> dict[str, set[str]]:
    """{family: the families the document restarts it under}, from its blocks in reading
    order as (kind, label family or "", label, level). Only a block right after an
    item of the other family counts; a heading or any other block between breaks it."""
    items: dict[tuple[str, str], set[int]] = defaultdict(set)
    previous: tuple[str, int] | None = None  # (family, index) of the block just before
    for index, (kind, family, label, level) in enumerate(blocks):
        if kind not in ("paragraph", "item") or not family:
            previous = None
            continue
        key = f"{family}@{level}"
        if previous is not None and previous[0] != key and P.label_number(label) == 1:
            items[(previous[0], key)].add(previous[1])
        previous = (key, index)
    shown: dict[str, set[str]] = defaultdict(set)
    for (outer, inner), under in items.items():
        if len(under) < MIN_RESTARTS:
            continue
        if len(items.get((inner, outer), ())) >= MIN_RESTARTS:
            continue  # each restarts under the other: no order shown
        shown[inner].add(outer)
    return dict(shown)


def sequence_blocks(placed: Iterable) -> list[tuple[str, str, str, int]]:
    """The (kind, family, label, level) of each placed block, as ``restarted_under``
    reads them: a quoted label ('“(a) ...') is the quoted text's, not the document's."""
    out: list[tuple[str, str, str, int]] = []
    for item in placed:
        role = item.role
        label = role.label
        if (
            label is None
            or role.kind != "paragraph"
            or item.block.text.lstrip().startswith(_QUOTE_OPENERS)
        ):
            out.append((role.kind, "", "", 0))
            continue
        out.append((role.kind, label.family, label.label, item.block.level))
    return out
