"""Where a sentence ends: the last characters of a line, and the words no sentence ends on.

Separate from the label patterns (``patterns``): asked of nearly every block by the rules
that join wrapped lines, tell a crosshead from a paragraph and find a paragraph's end,
it reads the end of a text, not its start. ``patterns`` re-exports the names its importers
read.
"""

from __future__ import annotations

from briefing.lazyre import lazy

# Words after which a line cannot end a sentence: used to join hard-wrapped lines.
FUNCTION_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and",
    "or", "but", "nor", "as", "that", "which", "who", "whose", "its", "their", "his",
    "her", "our", "this", "these", "those", "into", "onto", "upon", "than", "between",
    "among", "under", "over", "about", "after", "before", "during", "including", "such",
    "de", "la", "le", "les", "des", "du", "et", "en", "el", "los", "las", "y", "del", "al",
}  # fmt: skip

# A note marker the readers print after the full stop ("…commitments.[1]") still
# ends the sentence: HTML and DOCX put "[n]" where a superscript stood.
# A sentence's end, perhaps with a footnote marker after it: "[1]", or a superscript a
# PDF's text flattened onto the line ("differences.7"; a letter before the full stop, so
# "4.7" stays a decimal).
# (After the stop, a quotation's close in any convention: English ” ’, German, Czech and
# Slovak „…“ ‚…‘, French « … », German »…«. Directly after a stop, no quote opens.)
_SENTENCE_END = lazy(
    r"[.!?:;。…][\"'”’“‘»«)\]]*(?:\[\d{1,3}\])?$|[”\"]$|[^\W\d_][.!?;][\"'”’)]?\d{1,3}$"
)
_STOP_THEN_CLOSE = lazy(r"[.!?…][“‘»«]{1,2}$")


def closing_quote_end(text: str) -> bool:
    """Whether ``text`` ends on a stop inside a quotation closed the German, Czech, Slovak
    or French way ("… úrovni.“", "… Wirtschaft.“", "… demain. »" without its space):
    a sentence's end, as "… said.”" is in English."""
    return _STOP_THEN_CLOSE.search(text.rstrip()[-4:]) is not None


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence ("…done.", "…said:", "…”").

    Looks at the last few characters only: a ``$``-anchored search would try every
    position of a long paragraph."""
    tail = text.rstrip()[-6:]
    last = tail[-1:]
    # (The last character decides most lines without the regex: a stop ends a sentence,
    # a letter never does; asked of every block several times.)
    if last in _STOPS:
        return True
    if last.isalpha():
        return False
    return bool(_SENTENCE_END.search(tail))


_STOPS = frozenset(".!?:;。…")
