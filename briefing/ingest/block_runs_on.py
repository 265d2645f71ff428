"""Whether a block of a web page copied as text runs on into the block under it.

A browser's copy sets each of the page's blocks (a paragraph, a list's item, a heading) on
a line of its own. A list's items under a lead-in ("... the following:" / "an air
ambulance" / "full medical cover") often open in lower case and stop with no full stop,
and they are items all the same: neither the case a line opens with nor a bare word at
the end of the line above says a sentence was cut there. Only a line that cannot end a
phrase does: one stopping on an article, a preposition or a conjunction in lower case
("... bringing your family to"), on a hyphen or a dash, on an opened bracket or a slash,
or on a comma with the next line going on in lower case. Such a line end is where a
link or a bold word began and the copy broke the sentence.
"""

from __future__ import annotations

from briefing.ingest.patterns import FUNCTION_WORDS

_CUT_ENDS = ("-", "—", "–", "/", "(")


def runs_on(prev: str, line: str) -> bool:
    """Whether ``prev``, a line of text set a block a line, visibly goes on in ``line``."""
    prev = prev.rstrip()
    if prev.endswith(_CUT_ENDS):
        return True
    if prev.endswith(","):
        return line[:1].islower()
    last_word = (prev.rsplit(None, 1) or [""])[-1]
    return last_word.islower() and last_word in FUNCTION_WORDS
