"""Numbered paragraphs whose labels text extraction moved away from where they belong.

Two shapes of plain text made from a PDF, both seen in resolutions, minutes and
statements alike:

- A paragraph number at a line's start under a full line that does not end a sentence
  ("... and criminal justice" / "70. Recalls ..."): a section's title set across the
  measure, then the next operative paragraph. A figure carried to a line's start by the
  wrap looks the same, but a figure is not the next number of the paragraphs above it.
- A column of labels alone on their lines ("i." / "ii." / "iii.") followed by the
  column of their texts: ``pdftotext`` without ``-layout`` reads a hanging-label list
  column by column, so every label comes out before every item.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.ingest.patterns import COURTESY_TITLES, NUMBER_POINT, label_number, match_label
from briefing.lazyre import lazy

# The text after a paragraph number: a word in capitals, or a quotation ("70. Recalls",
# "2. “Decides ...”"); a figure wrapped to a line's start goes on in lower case or
# with a unit ("74. per cent", "12. million"). A capital of any cased script opens a
# sentence: Cyrillic and Greek paragraphs ("2. Признать ...") are numbered the same way.
_OPENERS = "\"“‘'("


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the text after a paragraph number at ``at`` opens with a capital (after
    one opening quotation mark or bracket, if any). (A character test, no regex: asked of
    each of a long text's numbered paragraphs.)"""
    letter = text[at : at + 1]
    if letter and letter in _OPENERS:
        letter = text[at + 1 : at + 2]
    return letter.isupper()


def sequence_starts(texts: list[str]) -> set[int]:
    """Indexes of lines opening with the next paragraph number of the text ("70." after
    "69." opened an earlier line) and a capitalised word: numbered paragraphs run 1, 2,
    3 ... through a document, so the next number at a line's start opens the next
    paragraph, whatever the line above it ends with."""
    found: set[int] = set()
    last: int | None = None
    outer: int | None = None  # the numbering a restart at 1 interrupted
    for index, raw in enumerate(texts):
        if not raw:
            continue  # (half the lines of a text are blank)
        # (A page laid out by ``pdftotext -layout`` sets its paragraph numbers 20 and more
        # spaces in, the body's margin plus the first-line indent: the number is looked
        # for after the line's indent, however deep, not in its first few characters.)
        stripped = raw.lstrip()
        head = stripped[:1]
        if not ("0" <= head <= "9"):
            continue
        # ("12. " read as match_label reads it first, without its cached LabelMatch: the
        # block loop asks match_label of these lines next, and a 5 MB text's 20,000
        # numbers overflowed the cache, so each was worked out twice.)
        point = NUMBER_POINT.match(stripped)
        if point is not None:
            body_offset = point.end()
            number = int(stripped[: point.end(1) - 1])  # (the figures before the point)
        else:
            label = match_label(stripped)
            if label is None or label.family != "decimal.":
                continue
            number, body_offset = label_number(label.label), label.body_offset
        if number is None:
            continue
        if last is not None and number == last + 1:
            if _opens_sentence(stripped, body_offset):
                found.add(index)
            last = number
        elif outer is not None and number == outer + 1:
            # The paragraphs' numbering going on past a run of numbered headings inside
            # it ("14. ..." / "1. Military personnel" / "15. ..."): a report numbers its
            # paragraphs through the whole text, its sub-sections' headings 1, 2, 3.
            if _opens_sentence(stripped, body_offset):
                found.add(index)
            last, outer = number, last
        elif number == 1 or last is None:
            # the first paragraph, or an annex's or a sub-section's numbering starting
            # over (the numbering it interrupts is kept, to go on after it)
            outer = last if last is not None and last > 1 else outer
            last = number
    return found


# A line ending an item of a list: a clause's or sentence's end, or the "and"/"or"
# before the list's last item.
_ITEM_END = lazy(r"(?:[.;:!?][\"”’)]?|[,;]\s+(?:and|or|y|o|et|ou|e)|\band)$")
_ITEM_START = lazy(r"[\"“‘(]?[A-ZÀ-Ý0-9]")
COLUMN_MAX = 12  # labels in one column: a list, not a page of them


def _step(previous: str, label: str) -> bool:
    """Whether ``label`` is the label after ``previous`` in one family ("i." -> "ii.";
    a bullet after the same bullet: a column of a bulleted list's marks, "•" / "•")."""
    a, b = match_label(previous + " A"), match_label(label + " A")
    if a is None or b is None or a.family != b.family:
        return False
    if a.family.startswith("bullet"):
        return previous == label
    first, second = label_number(a.label), label_number(b.label)
    return first is not None and second == first + 1


def pair_label_column(
    texts: list[str], start: int, is_lone: Callable[[str], bool], blocked: Callable[[int], bool]
) -> dict[int, int] | None:
    """Join a column of lone labels opening at line ``start`` to the column of texts
    printed after it: each label takes one item, items parted where a line ends a clause
    and the next starts a new one. Only when the texts part into exactly as many items
    as there are labels (otherwise nothing is changed). Rewrites ``texts`` in place and
    returns {emptied line: line now holding its text}; None when there is no column."""
    labels = [start]
    j = start + 1
    while j < len(texts) and len(labels) <= COLUMN_MAX:
        following = texts[j].strip()
        if not following:
            j += 1
            continue
        if not is_lone(following) or blocked(j):
            break
        if not _step(texts[labels[-1]].strip(), following):
            return None
        labels.append(j)
        j += 1
    if len(labels) < 2 or len(labels) > COLUMN_MAX:
        return None
    # The texts: the lines after the column up to a blank line or another unit's start.
    body: list[int] = []
    while j < len(texts):
        following = texts[j].strip()
        if not following:
            if body:
                break
            j += 1
            continue
        if blocked(j) or match_label(following) or is_lone(following):
            break
        body.append(j)
        j += 1
    cuts = [
        n
        for n in range(1, len(body))
        if _ITEM_END.search(texts[body[n - 1]].rstrip())
        and _ITEM_START.match(texts[body[n]].lstrip())
    ]
    if len(cuts) != len(labels) - 1:
        return None
    alias: dict[int, int] = {}
    bounds = [0, *cuts, len(body)]
    for label_line, lo, hi in zip(labels, bounds, bounds[1:], strict=False):
        raw = texts[label_line]
        item = " ".join(texts[body[n]].strip() for n in range(lo, hi))
        # (The label's indentation is kept: it is where the item starts.)
        texts[label_line] = f"{raw[: len(raw) - len(raw.lstrip())]}{raw.strip()} {item}"
        for n in range(lo, hi):
            texts[body[n]] = ""
            alias[body[n]] = label_line
    return alias


# A person's initial carried to a line's start by the wrap: "... Ms. M. Suda, Mr." /
# "H. Haru, Mr. T. Fukuma, ...", "... Dr. Viral" / "V. Acharya, Deputy Governor ...".
_HONORIFIC_END = lazy(rf"(?:\b(?:{COURTESY_TITLES}|M|Gen|Sen|Rep)\.?|\b[A-Z][a-z]+)$")
_INITIAL_NAME = lazy(r"[A-Z]\.[ \t]+(?:[A-Z]\.[ \t]+)*[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[,;]")


def initial_wrapped(prev: str, line: str) -> bool:
    """Whether ``line`` opens with a name's initial ("H. Haru,") continuing the name
    begun at the end of ``prev`` (a title, "Mr.", or a first name, "Dr. Viral"): a
    lettered point ("A. Background") never follows a title or a bare first name, and
    its text is no surname closed by a comma."""
    if not _INITIAL_NAME.match(line):
        return False
    tail = prev.rstrip()
    return bool(_HONORIFIC_END.search(tail)) and not tail.endswith((":", ";"))
