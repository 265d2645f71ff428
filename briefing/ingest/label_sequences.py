"""Which label family a document nests under which, read from its own label sequences.

A label's look does not say its level: one document numbers "1." under "(a)", another
"(a)" under "1."; a minutes' "A.", "B." are its top paragraphs in one text and the
sub-points of each "(1)" in the next. What the document does say is where each sequence
starts again. A family whose sequence starts over at its first label ("A.", "(1)") right
under an item of another family, under two different items of it or more, is that
family's sub-list: paragraph numbers run on through a text and never restart under each
point of another list. One restart shows nothing (a list may follow a paragraph that ends
another list), and a document that restarts each family under the other shows no order.
A family whose items mostly read as headings (short, no stop or colon: "a. Cyber
security") holds no sub-list: its items are section heads, and the "1." starting over
under each is that section's own run of paragraph numbers. One short item in a list of
sentences is still an item ("(2) Review of the year" among long points).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from briefing.ingest import patterns as P

# Restarts under distinct items of one family that show the nesting (one is chance).
MIN_RESTARTS = 2
_QUOTE_OPENERS = tuple(P.QUOTED_LABEL_OPENERS)
# The kind ``sequence_blocks`` gives a labelled line shaped like a heading.
HEAD_SHAPED = "head-shaped"
# A labelled line this long reads as a paragraph even without a stop (a heading is short).
PARAGRAPH_WORDS = 12
PARAGRAPH_CHARS = 100  # (for scripts written without spaces)
_STOPS = frozenset(".:;!?。：；！？—")  # (a dash introduces, as a colon does)
_CLOSERS = "\"'”’»)]*"


def restarted_under(blocks: Iterable[tuple[str, str, str, int]]) -> dict[str, set[str]]:
    """{family: the families the document restarts it under}, from its blocks in reading
    order as (kind, label family or "", label, level). Only a block right after an
    item of the other family counts; a heading or any other block between breaks it. A
    family most of whose items are ``HEAD_SHAPED`` is a run of section heads: a restart
    under it is the section's own numbering, not a sub-list."""
    items: dict[tuple[str, str], set[int]] = defaultdict(set)
    heads: dict[str, int] = defaultdict(int)  # family -> its items shaped like headings
    paragraphs: dict[str, int] = defaultdict(int)  # family -> its items read as paragraphs
    previous: tuple[str, int] | None = None  # (family, index) of the block just before
    for index, (kind, family, label, level) in enumerate(blocks):
        if kind not in ("paragraph", "item", HEAD_SHAPED) or not family:
            previous = None
            continue
        key = f"{family}@{level}"
        if kind == HEAD_SHAPED:
            heads[key] += 1
        else:
            paragraphs[key] += 1
        if previous is not None and previous[0] != key and P.label_number(label) == 1:
            items[(previous[0], key)].add(previous[1])
        previous = (key, index)
    shown: dict[str, set[str]] = defaultdict(set)
    for (outer, inner), under in items.items():
        if len(under) < MIN_RESTARTS or heads[outer] > paragraphs[outer]:
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
        body = item.block.text[label.body_offset :]
        kind = role.kind if reads_as_paragraph(body) else HEAD_SHAPED
        out.append((kind, label.family, label.label, item.block.level))
    return out


def reads_as_paragraph(body: str) -> bool:
    """Whether a labelled item's text reads as a paragraph rather than a heading: it ends
    on a stop or a colon (a closing quote or bracket after it aside), or it runs long."""
    body = body.strip()
    if body.rstrip(_CLOSERS)[-1:] in _STOPS:
        return True
    return len(body) >= PARAGRAPH_CHARS or len(body.split()) >= PARAGRAPH_WORDS
