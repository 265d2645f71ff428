"""Roles that a footnote marker gives the people listed in the footnote.

"... attended by the three Under-Secretaries-General* ..." with the footnote "* Mr.
Jean-Pierre Lacroix of ..., Mr. Atul Khare of ..." says that each of them is an
Under-Secretary-General, though the footnote never prints the title.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as L
from briefing.analysis.types import Person
from briefing.model import Node, Release


def singular(word: str) -> str:
    """"Under-Secretaries-General" -> "Under-Secretary-General", "Ministers" -> "Minister"."""
    parts = []
    for part in word.split("-"):
        if part.endswith("ies") and len(part) > 4:
            part = part[:-3] + "y"
        elif part.endswith("s") and not part.endswith("ss") and len(part) > 3:
            part = part[:-1]
        parts.append(part)
    return "-".join(parts)


def roles_from_footnote_markers(release: Release, people: list[Person]) -> None:
    """Give role-less people inside a marked footnote the title the marker stands on."""
    heads = {h.lower() for h in L.TITLE_HEADS}
    for parent in release.nodes():
        for note in parent.children:
            marker = note.attrs.get("marker")
            if note.kind != "footnote" or not marker:
                continue
            title = _title_before_marker(release.text, parent, marker)
            if not title or title.lower() not in heads:
                continue
            for person in people:
                inside = [m for m in person.mentions if note.start <= m.start < note.end]
                if inside and not person.role:
                    person.role = title


def _title_before_marker(text: str, parent: Node, marker: str) -> str:
    # The marker is printed in the parent or in one of its earlier children.
    spans = [(parent.start, parent.end)] + [(c.start, c.end) for c in parent.children
                                             if c.kind != "footnote"]
    for start, end in spans:
        # The title is a whole word: a match starting inside a long token would rescan it
        # from each of its capitals (quadratic).
        m = re.search(rf"(?<![\w-])([A-Z][\w-]+){re.escape(marker)}(?!\w)", text[start:end])
        if m:
            return singular(m.group(1))
    return ""
