"""Word-level edits inside a changed pair, grouped into phrases a reader takes in at once.

difflib's matcher with ``autojunk`` off (its default treats frequent words in long
paragraphs as junk and reports odd edits) over words compared without case or
punctuation; an unchanged run of one or two short words between two edits joins them,
so "calls upon States to" → "urges all States to" reads as one edit, not three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\S+")
_BARE = re.compile(r"\W+", re.UNICODE)
_GLUE = 2  # at most this many unchanged words between two edits join them
_SHORT = 4  # ...when every one of them is at most this long


@dataclass(frozen=True, slots=True)
class Edit:
    op: str  # insert | delete | replace
    old: str
    new: str

    def to_dict(self) -> dict[str, str]:
        return {"op": self.op, "old": self.old, "new": self.new}


def word_edits(old: str, new: str) -> list[Edit]:
    """The edits that turn ``old`` into ``new``, as phrases."""
    return [Edit(op, a, b) for op, a, b in word_diff(old, new) if op != "equal"]


def word_diff(old: str, new: str) -> list[tuple[str, str, str]]:
    """``old`` → ``new`` as (op, old words, new words) segments in order, unchanged runs
    ("equal") included: what a tracked-changes rendering walks through."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ka, kb = [_key(t) for t in a], [_key(t) for t in b]
    spans: list[list] = []  # [tag, i1, i2, j1, j2], edits joined across short runs
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            spans.append(["equal", i1, i2, j1, j2])
            continue
        if (
            len(spans) >= 2
            and spans[-1][0] == "equal"
            and spans[-2][0] != "equal"
            and _joinable(a[spans[-1][1] : spans[-1][2]])
        ):
            spans.pop()  # the short unchanged run goes into the edit
            spans[-1][2], spans[-1][4] = i2, j2
        elif spans and spans[-1][0] != "equal":
            spans[-1][2], spans[-1][4] = i2, j2
        else:
            spans.append(["edit", i1, i2, j1, j2])
    segments = []
    for tag, i1, i2, j1, j2 in spans:
        before, after = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if tag == "equal" or _key(before) == _key(after):
            # Same words (perhaps other punctuation or case): the new text stands.
            segments.append(("equal", before, after))
            continue
        op = "replace" if before and after else ("insert" if after else "delete")
        segments.append((op, before, after))
    return segments


def _key(token: str) -> str:
    return _BARE.sub("", token.casefold()) or token


def _joinable(between: list[str]) -> bool:
    # Only words join edits: a lone punctuation mark or a paragraph break stays a boundary.
    return len(between) <= _GLUE and all(
        _BARE.sub("", t.casefold()) and len(_key(t)) <= _SHORT for t in between
    )
