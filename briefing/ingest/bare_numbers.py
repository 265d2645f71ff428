"""Paragraph numbers printed without a full stop: "1 The Monetary Authority ...".

Web pages that set paragraph numbers in a column of their own (central banks' policy
statements, some ministries' statements) lose the column when copied or scraped: the
number ends up before the text with only a space. A bare number is also how a footnote
starts ("1 See resolution 70/1."), so it is read as a paragraph number only where the
numbers run 1, 2, 3 ... through the body, each opening a paragraph of prose, in a text
that numbers nothing with "1." and from near its start — a run footnotes never make:
the paragraphs between them, or before them, are not numbered.
"""

from __future__ import annotations

from briefing.ingest.block_scan import texts_of
from briefing.ingest.patterns import LabelMatch
from briefing.ingest.segment import Block
from briefing.lazyre import lazy

_BARE = lazy(r"(\d{1,2})[ \t]+(?=[A-Z“\"‘(])")
MIN_RUN = 3  # numbers in sequence; two could be a page's footnotes
MIN_WORDS = 8  # a numbered paragraph is prose, not a table row or a figure's label
MAX_PROSE_BEFORE = 3  # a lead or summary may precede paragraph 1; a whole text may not
_DOTTED = ("decimal.", "decimal)", "(decimal)")


def label_bare_numbers(blocks: list[Block]) -> None:
    """Give each block of the longest run of bare paragraph numbers its label."""
    if any(b.label is not None and b.label.family in _DOTTED for b in blocks):
        return
    candidates: list[tuple[int, int, int]] = []  # (block index, number, label end)
    for i, block in enumerate(blocks):
        text = block.text
        if block.label is not None or not text[:1].isdigit() or block.style:
            continue
        m = _BARE.match(text)
        if m and block.word_count >= MIN_WORDS:
            candidates.append((i, int(m.group(1)), m.end()))
    run: list[tuple[int, int, int]] = []
    for candidate in candidates:
        if candidate[1] == len(run) + 1:
            run.append(candidate)
        elif candidate[1] == 1 and len(run) < MIN_RUN:
            run = [candidate]
    if len(run) < MIN_RUN:
        return
    numbered = {i for i, _, _ in run}
    first, last = run[0][0], run[-1][0]
    unnumbered = sum(
        1
        for k in range(first, last)
        if k not in numbered and blocks[k].label is None and blocks[k].word_count >= MIN_WORDS
    )
    if unnumbered * 2 > len(run):
        return  # notes among unnumbered paragraphs, not a numbered text
    before = sum(1 for k in range(first) if blocks[k].word_count >= MIN_WORDS)
    if before > MAX_PROSE_BEFORE:
        return  # endnotes after the text they explain, not the text's own numbers
    for i, number, end in run:
        blocks[i].label = LabelMatch(str(number), "decimal.", end)


# Japanese official texts number their items "1 日時", "2 場所" (公用文: a figure, a space,
# then the item): a figure, a half- or full-width space, then a Chinese or Japanese word.
_CJK_ITEM = lazy(r"([0-9０-９]{1,2})[ \t\u3000]+(?=[\u3040-\u30ff\u4e00-\u9fff「【(（])")
CJK_ITEM_MAX_CHARS = 60  # an item line: a field and its value, a topic's name


def label_cjk_item_lines(blocks: list[Block]) -> None:
    """Number the lines of a run "1 …", "2 …", "3 …" (three or more, one after another,
    each one line of Chinese or Japanese): the items of a Japanese official text's list,
    which no footnote or figure makes (notes sit apart, figures are not followed by a
    word in a run numbered from 1)."""
    if not any(map(_CJK_ITEM.compiled().match, texts_of(blocks))):
        return  # (most texts: no block opens on an item's number, found in C)
    run: list[tuple[int, int]] = []

    def close() -> None:
        if len(run) >= MIN_RUN:
            for i, end in run:
                number = blocks[i].text[:end].strip()
                blocks[i].label = LabelMatch(number, "decimal.", end)

    for i, block in enumerate(blocks):
        first = block.text[:1]
        if block.label is not None or not ("0" <= first <= "9" or "０" <= first <= "９"):
            # (Most blocks: a numbered paragraph has its label already, and no run of
            # item lines goes on past it.)
            if run:
                close()
                run = []
            continue
        m = None
        if (
            not block.style
            and block.line_count == 1
            and len(block.text) <= CJK_ITEM_MAX_CHARS
        ):
            m = _CJK_ITEM.match(block.text)
        number = int(m.group(1).translate(_WIDE_DIGITS)) if m else 0
        if m and number == len(run) + 1 and (not run or run[-1][0] == i - 1):
            run.append((i, m.end()))
            continue
        if run:  # (a numbered paragraph, most blocks here: no run to close)
            close()
        run = [(i, m.end())] if m and number == 1 else []
    close()


_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
