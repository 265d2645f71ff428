"""Bare roman numerals in a hanging-label column: "  i   Continued price increases ..." /
" ii   Uncertainty about ...", the numbers right-aligned in a column of their own and the
items' text in another. Printed without a point, the number is still the item's label:
the layout, not punctuation, sets it apart. The reader marks it with a tab (as a
column gap reads in plain text), which the label patterns take for a label's end."""

from __future__ import annotations

import re

from briefing.ingest.readers.pdf_paragraphs import Paragraph

_BARE_ROMAN = re.compile(r"^([ivx]{1,5}) (?=[A-Z])")
_VALUES = {"i": 1, "v": 5, "x": 10}


def _value(numeral: str) -> int:
    total = 0
    for here, after in zip(numeral, [*numeral[1:], ""], strict=True):
        v = _VALUES[here]
        total += -v if after and _VALUES[after] > v else v
    return total


def mark_hanging_labels(paragraphs: list[Paragraph]) -> None:
    """Tab after the bare roman labels of a run of two or more consecutive paragraphs
    numbered i, ii, iii ... whose text starts at one x, right of the numbers."""
    run: list[tuple[Paragraph, float]] = []
    for par in [*paragraphs, None]:
        found = _item(par) if par is not None else None
        if found is not None and run:
            number, text_x = found
            _, last_x = run[-1]
            if number == _value(_BARE_ROMAN.match(run[-1][0].text).group(1)) + 1 and (
                abs(text_x - last_x) <= 1.5
            ):
                run.append((par, text_x))
                continue
        if len(run) >= 2:
            for item, _x in run:
                item.text = _BARE_ROMAN.sub(r"\1\t", item.text, count=1)
        run = [(par, found[1])] if found is not None and found[0] == 1 else []


def _item(par: Paragraph) -> tuple[int, float] | None:
    """(number, x of the text) when the paragraph opens with a bare roman numeral set
    apart from its text (the text starts a space or more further)."""
    m = _BARE_ROMAN.match(par.text)
    pieces = par.first.pieces
    if m is None or len(pieces) < 2 or pieces[0].text.strip() != m.group(1):
        return None
    if pieces[1].x0 - pieces[0].x1 < 0.5 * par.first.size:
        return None
    return _value(m.group(1)), pieces[1].x0
