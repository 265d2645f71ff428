"""Figures at a line's start that look like labels: table cells in plain text.

A table copied out of a PDF as text (``pdftotext`` without ``-layout`` gives a cell a
line, with ``-layout`` a row a line) leaves lines such as "2.4  94", "186.1  2 186.1",
"– 87 399.0" or "–": a figure, a dash for an empty cell. Read as labels they become
numbered paragraphs and bullet points of nothing. Two facts of releases tell them apart:

- A paragraph or point says something: after its label come words. A label followed by
  figures and signs only is a row of a table (or a figure), never a numbered point.
- Sub-numbered paragraphs ("13.17", "1.2") come in runs under their part's number: a
  "13.17" has other "13.n" beside it, a part's first is "n.1"; recommendations a
  review's report lists by number are sparse ("140.62", "140.81") but many under one
  part. A decimal at a line start alone under its "part" ("735.4 Table", "180.4
  Hospitality") is a table's figure.
- An outline numbers each point once (an annex counting afresh from "n.1" aside) and
  writes "1.5", never "1.05". A column of rates or a chart's axis read at line starts
  repeats its values and writes their decimals with a leading zero ("10.00 Lombard
  credit auctions" three times, "7.00 Banxico overnight rate", "1.05 CPI"): a part
  with a number of two digits written more often than its "n.1", or any number
  written with a leading zero, is a column of figures, all of it (central banks' rate
  tables and charts: Bank of Russia, Taiwan's CBC, Banco de México).

Only blocks without a style are looked at: a label a format set (a Word list number,
an HTML ``<li>``) is the author's, whatever follows it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

_SUB_NUMBER = lazy(r"^(\d{1,3}(?:\.\d{1,3})*)\.(\d{1,3})(\.?$)?")
# Numbers under one part this many: a list of recommendations cited by number, as a
# review's report sorts them ("140.62", "140.81", "140.128"), sparse but no figures; a
# table's figure is alone under its "part" (180.4, 735.4).
CITED_LIST = 2
BODY_LOOK = 400  # characters of a block looked at for a word (a table row is short)


def _has_words(text: str, start: int) -> bool:
    """Whether a letter is among the ``BODY_LOOK`` characters of ``text`` from ``start``.
    (One slice of that many and a map in C: cutting the body off the block first copied
    every paragraph whole, and a generator was resumed for each character.)"""
    return any(map(str.isalpha, text[start : start + BODY_LOOK]))


def drop_figure_labels(blocks: list[Block]) -> None:
    """Take the label off blocks whose "label" is a figure (see the module's note)."""
    runs: dict[str, set[int]] = {}
    subs: list[tuple[int, str, int]] = []
    parts: dict[str, list[tuple[int, int, str]]] = {}  # in reading order, as written
    for i, block in enumerate(blocks):
        label = block.label
        if label is None or block.style:
            continue
        # (Most bodies open on a word: their first character settles it, no slice.)
        first = block.text[label.body_offset : label.body_offset + 1]
        if not first.isalpha() and not _has_words(block.text, label.body_offset):
            block.label = None
            continue
        if label.family == "decimal-sub":
            m = _SUB_NUMBER.match(label.label)
            if m:
                prefix, number = m.group(1), int(m.group(2))
                runs.setdefault(prefix, set()).add(number)
                if m.group(3) is not None:  # (a range, "122.34-35", is never a figure)
                    subs.append((i, prefix, number))
                    parts.setdefault(prefix, []).append((i, number, m.group(2)))
    for i, prefix, number in subs:
        if number > 1 and len(runs[prefix]) < CITED_LIST:
            blocks[i].label = None
    for entries in parts.values():
        if _figure_column([digits for _, _, digits in entries]):
            for i, _, _ in entries:
                blocks[i].label = None


def _figure_column(numbers: list[str]) -> bool:
    """Whether a part's numbers, as written, are figures: one written with a leading
    zero ("7.00", "1.05"), or a number of two digits written more often than the part's
    first ("10.00" thrice, "1.30" twice, no "10.1"): an outline numbers each point
    once, and counts afresh from "n.1" where an annex numbers its points again."""
    if any(len(n) > 1 and n[0] == "0" for n in numbers):
        return True
    counts = Counter(numbers)
    return any(len(n) > 1 and c > 1 and c > counts["1"] for n, c in counts.items())
