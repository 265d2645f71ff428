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


# A paragraph opening with a bare arabic number, or an annex's lettered one ("A12"),
# then a capital: "1 Before turning to ...", "A3 Households' ...".
_BARE_NUMBER = re.compile(r"^([A-Z]?)(\d{1,3}) (?=[A-Z])")
_MIN_RUN = 3
# A day before its month opens many a paragraph ("4 May the Council met ..."): a date,
# never a paragraph number, even where it happens to continue a run.
_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|janvier|février|mars|avril"
    r"|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo"
    r"|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b\.?",
    re.IGNORECASE,
)


def mark_bare_numbers(paragraphs: list[Paragraph]) -> None:
    """Tab after the bare paragraph numbers of a document that numbers its paragraphs
    without a point ("1 Before turning ...", "2 Weaker-than-expected ...", as central
    banks' minutes and older reports print them). A figure may open a paragraph by
    chance ("2 000 people ...", "3 May ..."); a run of paragraphs numbered 1, 2, 3 ...
    in order (headings and unnumbered paragraphs may stand between) is the document's
    numbering. Each prefix ("" for plain numbers, "A" for an annex's) is its own run."""
    runs: dict[str, list[Paragraph]] = {}
    done: list[list[Paragraph]] = []
    for par in paragraphs:
        m = _BARE_NUMBER.match(par.text)
        if m is None or _MONTH.match(par.text, m.end()):
            continue
        prefix, number = m.group(1), int(m.group(2))
        run = runs.get(prefix, [])
        last = int(_BARE_NUMBER.match(run[-1].text).group(2)) if run else 0
        if number == last + 1:
            run.append(par)
        else:
            if len(run) >= _MIN_RUN:
                done.append(run)
            run = [par] if number == 1 else []
        runs[prefix] = run
    done += [run for run in runs.values() if len(run) >= _MIN_RUN]
    for run in done:
        for par in run:
            par.text = _BARE_NUMBER.sub(r"\1\2\t", par.text, count=1)
