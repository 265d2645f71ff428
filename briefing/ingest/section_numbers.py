"""Section numbers and the paragraph numbers that extend them ("2." over "2.1", "2.2").

Policies, directives, standards and reports number their sections "1.", "2." and the
paragraphs of a section "2.1", "2.2", "2.2.1": the paragraph's number repeats its
section's, so a short line numbered "2." right above a paragraph numbered "2.1" is that
section's heading, not a paragraph of its own (a heading holds the section; the numbered
paragraphs are the list). An agenda numbers its items and sub-items the same way, but its
sub-items are names, short or long ("2.1 Election of the Chairperson, Vice-Chairpersons and
Rapporteur"), never ending like a sentence; a section's paragraphs are sentences (or lead
into their own sub-points with a colon).
"""

from __future__ import annotations

from briefing.ingest import patterns as P


def extends_number(section: P.LabelMatch, paragraph: P.LabelMatch) -> bool:
    """Whether ``paragraph``'s dotted number is one of section ``section``'s ("2.1",
    "2.1.3" under "2."; not "12.1" under "2.", nor "2.1" under "2.1")."""
    if section.family != "decimal." or paragraph.family != "decimal-sub":
        return False
    number = section.label.rstrip(".").lstrip("0") or "0"
    head = paragraph.label.split(".", 1)[0].lstrip("0") or "0"
    return head == number


def heads_numbered_section(section: P.LabelMatch, after_text: str, after: P.LabelMatch) -> bool:
    """Whether a short line numbered ``section`` heads the section whose first paragraph,
    ``after_text`` (labelled ``after``), numbers itself within it."""
    if not extends_number(section, after):
        return False
    body = after_text[after.body_offset :].strip()
    return body.endswith((":", ";")) or P.ends_sentence(body)
