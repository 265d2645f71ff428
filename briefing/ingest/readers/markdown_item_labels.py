"""A bulleted Markdown item that prints its own number: the number is its label.

An HTML page that sets its paragraph numbers in the text of an unordered list's items
("<ul><li>4.1.1 Ensuring ...", "<li>(a) the first ...", a list styled to show no bullet)
comes out of an HTML-to-Markdown conversion as "- 4.1.1Ensuring ..." and "- (a) the
first ...": the "-" is the converter's, the number the document's. The item keeps its
place in the Markdown list (its level), but its label is the printed one, so that the
number, not the bullet, says which list it belongs to.
"""

from __future__ import annotations

from briefing.ingest import patterns as P

_BULLET_LABELS = frozenset(("-", "•"))
# An article's or section's designation run into a bulleted item ("- **Article 2.**- La
# dissolution ...") names the provision the bullet lists; it is no list number.
_DESIGNATIONS = frozenset(("article", "section", "§", "item."))


def printed_label_wins(format_label: str, text: str) -> bool:
    """Whether a bulleted item's own text opens with a number or letter label."""
    if format_label not in _BULLET_LABELS:
        return False
    found = P.match_label(text)
    return (
        found is not None
        and not found.family.startswith("bullet")
        and found.family not in _DESIGNATIONS
    )
