"""Key people and selected quotes in a Brief, stored as ordinary sections (no Qt).

A "Key people" table lives in the section ``key_people``: one paragraph per person,
its cells joined by `` | `` ("Lee Han-gyeol | Minister of Foreign Affairs | Korea").
Keeping it a plain section (rather than a new Brief field) means project files written
before this existed, and the project-file codec, need no change; the Brief tab shows the
rows as editable text and the export turns them back into a table. Selected quotes go
into the section ``quotes``, each citing the node it comes from.
"""

from __future__ import annotations

import copy

from briefing.model import Brief, BriefParagraph, BriefSection

KEY_PEOPLE = "key_people"
QUOTES = "quotes"
KEY_PEOPLE_COLUMNS = ("Name", "Role", "Organisation")
SEPARATOR = " | "
# Where a new section goes: after the first of these present in the brief.
_AFTER = {
    KEY_PEOPLE: ("background", "summary", "purpose"),
    QUOTES: ("key_points", KEY_PEOPLE),
    "summary": ("purpose",),
}

Row = tuple[str, str, str]


def format_row(row: Row) -> str:
    """One table row as the paragraph text stored in the brief."""
    cells = [" ".join(c.replace("|", "/").split()) for c in row]
    return SEPARATOR.join(cells).strip()


def parse_row(text: str) -> Row:
    """A stored (or hand-edited) paragraph back into three cells, padded with ""."""
    cells = [c.strip() for c in text.split("|")][:3]
    cells += [""] * (3 - len(cells))
    return cells[0], cells[1], cells[2]


def ensure_section(brief: Brief, key: str) -> BriefSection:
    """The section ``key``, inserted where a briefing note expects it if missing."""
    for section in brief.sections:
        if section.key == key:
            return section
    section = BriefSection(key)
    keys = [s.key for s in brief.sections]
    at = len(keys)
    for anchor in _AFTER.get(key, ()):
        if anchor in keys:
            at = keys.index(anchor) + 1
            break
    brief.sections.insert(at, section)
    return section


def with_people(brief: Brief, rows: list[Row]) -> tuple[Brief, int]:
    """A copy of ``brief`` with ``rows`` added to Key people (a name already there is
    not added twice); and how many rows were added."""
    new = copy.deepcopy(brief)
    section = ensure_section(new, KEY_PEOPLE)
    names = {parse_row(p.text)[0] for p in section.paragraphs}
    added = 0
    for row in rows:
        if row[0] and row[0] not in names:
            # drafted=False: re-drafting the brief keeps what the user chose to add.
            section.paragraphs.append(BriefParagraph(format_row(row), drafted=False))
            names.add(row[0])
            added += 1
    return new, added


def quote_text(text: str, speaker: str) -> str:
    """“The quotation” — Speaker, as the brief shows it."""
    body = text.strip().strip("“”\"«»").strip()
    return f"“{body}” — {speaker}" if speaker else f"“{body}”"


def with_quotes(brief: Brief, quotes: list[tuple[str, tuple[str, str]]]) -> tuple[Brief, int]:
    """A copy of ``brief`` with ``(text, (release id, node id))`` quotes added to Quotes."""
    new = copy.deepcopy(brief)
    section = ensure_section(new, QUOTES)
    present = {p.text for p in section.paragraphs}
    added = 0
    for text, cite in quotes:
        if text not in present:
            section.paragraphs.append(BriefParagraph(text, cites=[cite], drafted=False))
            present.add(text)
            added += 1
    return new, added
