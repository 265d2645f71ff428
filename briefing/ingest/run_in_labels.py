"""Enumerations run into a sentence, cut by a hard wrap: "... use by: (i) implementing
health warnings; (ii) restricting advertising, as appropriate;" / "(iii) comprehensively
reducing exposure ...; and (iv) promoting ...".

A list set as paragraphs opens each entry on a line of its own; an enumeration run into
a sentence keeps its labels mid-line. When the wrap happens to carry one of them to a
line's start, the label before it in sequence ("(ii)" for "(iii)", "b)" for "c)", "2."
for "3.") stands mid-line in the paragraph so far: the enumeration runs in that
sentence, and the line goes on with it. (A paragraph that merely opened with the
previous label, "(ii) Restricting ...;", shows it at its start, not mid-line.)
"""

from __future__ import annotations

import re

from briefing.ingest.patterns import LabelMatch, label_number, match_label
from briefing.ingest.side_keys import key_end
from briefing.lazyre import lazy

_FAMILIES = ("decimal.", "decimal)", "(decimal)", "(roman)", "roman.", "(alpha)", "alpha)")
_SENTENCE_END = lazy(r"[a-z0-9)%][.!?][”’\"]?\s+[A-Z]")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _previous(label: LabelMatch) -> str | None:
    """The label before ``label`` in its sequence, printed the same way."""
    number = label_number(label.label)
    if number is None or number < 2:
        return None
    core = label.label.strip("().\\")
    if core.isdecimal():
        before = str(number - 1)
    elif label.family in ("(roman)", "roman.") and number - 1 <= len(_ROMANS):
        before = _ROMANS[number - 2]
    elif len(core) == 1 and core.isalpha():
        before = chr(ord(core) - 1)
    else:
        return None
    return label.label.replace(core, before, 1)


def next_label(label: LabelMatch) -> str | None:
    """The label after ``label`` in its sequence, printed the same way."""
    number = label_number(label.label)
    if number is None:
        return None
    core = label.label.strip("().\\")
    if core.isdecimal():
        after = str(number + 1)
    elif label.family in ("(roman)", "roman.") and number < len(_ROMANS):
        after = _ROMANS[number]
    elif len(core) == 1 and core.isalpha() and core not in "zZ":
        after = chr(ord(core) + 1)
    else:
        return None
    return label.label.replace(core, after, 1)


def _printed(label: str) -> str:
    """A pattern for ``label`` as text out of a PDF may print it: "( 2)", "(ii )" (the
    extraction puts a space where the font kerned the bracket away from the number)."""
    core = label.strip("().")
    head, tail = label[: label.index(core)], label[label.index(core) + len(core) :]
    return (
        rf"{re.escape(head)}[ \t]?{re.escape(core)}[ \t]?{re.escape(tail)}"
        if head
        else (re.escape(label))
    )


def opens_run_in(label: LabelMatch, line: str) -> bool:
    """ "1) growth in prices ...; 2) a trend ..." at a wrapped line's start: the next
    label follows on the same line after a semicolon or comma, so the labels run in a
    sentence (a list set as paragraphs puts each label on its own line)."""
    if label.family not in _FAMILIES:
        return False
    after = next_label(label)
    if after is None:
        return False
    body = line[label.body_offset :]
    return re.search(rf"[;,][ \t]+(?:and[ \t]+|or[ \t]+)?{_printed(after)}[ \t]", body) is not None


def runs_in(current: list[str], line: str) -> bool:
    """Whether ``line``, opening with a label, goes on the enumeration run into the
    paragraph whose lines are ``current``."""
    label = match_label(line)
    if label is None or label.family not in _FAMILIES:
        return False
    before = _previous(label)
    if before is None:
        return False
    # (Both patterns below print the previous label's number as is, after some text or
    # at the start of a line the paragraph took in: with no such line, nothing to
    # compile. Each label's patterns are new to ``re``'s cache, and a long text of
    # numbered lines would otherwise compile two for every one of its lines.)
    core = before.strip("().")
    if not any(
        core in text[1:] or (k and core in text.lstrip()[: len(before) + 2])
        for k, text in enumerate(current)
    ):
        return False
    # The previous label mid-line, after some text, and followed by its entry (a label
    # opening a line proves nothing: it may itself open an entry) ...
    mid_line = re.compile(rf"\S[ \t]+{_printed(before)}[ \t]+\S")
    # ... or opening a line the paragraph already took in as the enumeration's entry
    # ("..., (2) the weakening" / "(3) more accommodative ...," / "(4) uncertainties"):
    # the wrap may carry two labels running on in one sentence to line starts. (Entries
    # closed by semicolons, "5. Approval of the works; and" / "6. Return ...", are a
    # list set a line each whatever joined its line before: only commas run on.)
    taken_in = re.compile(rf"[ \t]*{_printed(before)}[ \t]+\S")
    found = None
    for k in range(len(current) - 1, -1, -1):
        hits = list(mid_line.finditer(current[k]))
        if not hits and k > 0 and (m := taken_in.match(current[k])):
            if ";" in " ".join(current[k:]):
                return False
            hits = [m]
        if hits:
            found, at = hits[-1], k
            break
    if found is None:
        return False
    if found.start() < key_end(current[at]) < found.end():
        # "Mengingat : 1. ..." / "2. ...": a side key's list, not a list run into a
        # sentence (side_keys).
        return False
    # ... in the sentence still open: after "(1) ...; and (2) ... funds. The governor
    # gave instructions ..." a "(2)" opening a line starts the list's next entry.
    tail = " ".join([current[at][found.end() :], *current[at + 1 :]]).rstrip()
    return not (_SENTENCE_END.search(tail) or tail.endswith((".", "!", "?")))
