"""The styles the note uses: resolved to style ids once, added from the default if missing.

A house template governs the look through its own styles of the same *names*. Any style it
lacks is copied from the default template (with the styles it is based on) and reported,
so the note is always built from real styles.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from docx.oxml.ns import qn
from lxml import etree

# Key -> (Word style name, type). Built-in styles go by Word's internal names, which is how
# they appear in styles.xml whatever the user interface language.
REQUIRED = {
    "title": ("Title", "paragraph"),
    "subtitle": ("Subtitle", "paragraph"),
    "h1": ("heading 1", "paragraph"),
    "h2": ("heading 2", "paragraph"),
    "h3": ("heading 3", "paragraph"),
    "body": ("Body Text", "paragraph"),
    "list_number": ("List Number", "paragraph"),
    "quote": ("Quote", "paragraph"),
    "classification": ("Classification", "paragraph"),
    "header": ("header", "paragraph"),
    "footer": ("footer", "paragraph"),
    "field_label": ("Note Field Label", "paragraph"),
    "field_value": ("Note Field Value", "paragraph"),
    "action": ("Note Action", "paragraph"),
    "annex_paragraph": ("Annex Paragraph", "paragraph"),
    "annex_item": ("Annex Item", "paragraph"),
    "annex_note": ("Annex Note", "paragraph"),
    "annex_dateline": ("Annex Dateline", "paragraph"),
    "comment_text": ("annotation text", "paragraph"),
    "comment_reference": ("annotation reference", "character"),
    "hyperlink": ("Hyperlink", "character"),
    "citation": ("Citation", "character"),
    "header_table": ("Note Header Table", "table"),
}

# python-docx's add_comment() and Word itself refer to these two by id, not by name.
FIXED_IDS = {"comment_text": "CommentText", "comment_reference": "CommentReference"}

_STYLE, _NAME, _VAL, _ID = qn("w:style"), qn("w:name"), qn("w:val"), qn("w:styleId")
_LINKS = (qn("w:basedOn"), qn("w:next"), qn("w:link"))


@dataclass
class StyleMap:
    """Style ids by key, plus the names that had to be added from the default template."""

    ids: dict[str, str]
    added: list[str] = field(default_factory=list)

    def __getitem__(self, key: str) -> str:
        return self.ids[key]


def _index(styles: etree._Element) -> dict[str, etree._Element]:
    """Lower-cased style name -> w:style element (Word matches names case-insensitively)."""
    found = {}
    for style in styles.iter(_STYLE):
        name = style.find(_NAME)
        if name is not None:
            found.setdefault(name.get(_VAL, "").lower(), style)
    return found


def resolve_styles(styles: etree._Element, default_styles: etree._Element) -> StyleMap:
    """Map every required style to its id in ``styles``, copying missing ones in."""
    have = _index(styles)
    default_by_name = _index(default_styles)
    default_by_id = {s.get(_ID): s for s in default_styles.iter(_STYLE)}
    ids: dict[str, str] = {}
    added: list[str] = []
    for key, (name, _kind) in REQUIRED.items():
        style = have.get(name.lower())
        if style is None:
            style = _copy_in(default_by_name[name.lower()], styles, have, default_by_id, added)
        ids[key] = style.get(_ID)
    for key, fixed in FIXED_IDS.items():
        if ids[key] != fixed:
            # A house template with its own id for these still needs the ids Word expects.
            clone = copy.deepcopy(default_by_id[fixed])
            clone.find(_NAME).set(_VAL, f"{REQUIRED[key][0]} (Briefing)")
            styles.append(clone)
            ids[key] = fixed
    return StyleMap(ids, added)


def _copy_in(
    source: etree._Element,
    styles: etree._Element,
    have: dict[str, etree._Element],
    default_by_id: dict[str, etree._Element],
    added: list[str],
) -> etree._Element:
    """Copy one default style into ``styles``, first copying what it is based on."""
    clone = copy.deepcopy(source)
    for tag in _LINKS:
        link = clone.find(tag)
        if link is None:
            continue
        target = default_by_id.get(link.get(_VAL))
        if target is None:
            clone.remove(link)
            continue
        target_name = target.find(_NAME).get(_VAL).lower()
        present = have.get(target_name)
        if present is None:
            present = _copy_in(target, styles, have, default_by_id, added)
        link.set(_VAL, present.get(_ID))
    ppr = clone.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:numPr")) is not None:
        # The default's numId means nothing in another numbering part; the writer sets
        # numbering on each list paragraph itself.
        ppr.remove(ppr.find(qn("w:numPr")))
    taken = {s.get(_ID) for s in styles.iter(_STYLE)}
    if clone.get(_ID) in taken:
        clone.set(_ID, clone.get(_ID) + "Briefing")
    styles.append(clone)
    name = clone.find(_NAME).get(_VAL)
    have[name.lower()] = clone
    added.append(name)
    return clone
