"""A short line under a quoted paragraph is its speaker, unless it reads as a part's title.

Releases and submissions set a quotation as a paragraph of its own, often with the
speaker's name on the line under it ("Jane Example", "Jane Example, Minister for ...",
"- Jane Example"); that line names who spoke and heads nothing. But a text whose part
ends on a quotation goes on with the next part's crosshead, standing under the quote in
the same place ("Rationale for the proposal", "Todo está conectado"). A speaker line is
a name: a few words each opening on a capital, the office after a comma or a dash. A
crosshead is a phrase: lower-case words among its words. Whatever the issuer, a line of
that shape under a quote, with the content a crosshead heads below it (the caller's
heading tests), opens the next part.

Left as the speaker or a label: a line under a quoted title rather than a quoted
paragraph ("„The diplomat“ - the film", a post's byline under it); a line between two
quotations (the next one's speaker, caption or condition: "If asked twice", a photo's
caption between two quoted paragraphs); a name-shaped line ("Jane Example", "Minister
Example MP"); a line with a comma, colon or dash ("Example, Minister", "Source: Example",
"- Example"); one word alone (it may head a part, "Process", but a site's teaser list
prints each quoted headline's category under it so, "Politique").
"""

from __future__ import annotations

NAME_MAX_WORDS = 6  # a name with its honorific and letters ("Rt Hon Dr Jane Example MP")
QUOTED_PARAGRAPH_MIN_WORDS = 12  # fewer: a quoted title or a widget's arrows, no speech


def _name_shaped(words: list[str]) -> bool:
    """Up to six words each opening on a capital (or an initial): a person's name."""
    return len(words) <= NAME_MAX_WORDS and all(w[:1].isupper() for w in words)


def crosshead_under_quote(quote: str, text: str, next_is_quote: bool) -> bool:
    """Whether ``text``, a short line under the quotation ``quote``, reads as a crosshead
    rather than the quotation's speaker (its shape and place only; the caller asks the
    heading tests). ``next_is_quote`` when the block after the line opens on a quote mark."""
    if next_is_quote or len(quote.split()) < QUOTED_PARAGRAPH_MIN_WORDS:
        return False
    line = text.strip()
    if not line[:1].isalpha() or " - " in line or any(mark in line for mark in ',:;–—"“”«»'):
        return False
    words = line.split()
    return len(words) >= 2 and not _name_shaped(words)
