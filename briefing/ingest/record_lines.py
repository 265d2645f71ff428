"""Lines that record where or under what number, never what a section is about.

A crosshead names a topic. Two kinds of short bare line look like one but record a
fact of the letter or the page instead, in every country's paperwork:

- a postal line: a postcode and the town ("157 80 Athens", "P.C. 10432 - ATHENS",
  "Sunnyvale, CA 94087"), part of an address block;
- a field whose value is a reference number or a web address ("Our ref.: 26/2371",
  "Tax no.: 05.169.025/0001-37", "To the hub: https://..."): the number or the link
  is the line's whole point, and no topic phrase follows the colon.
"""

from __future__ import annotations

import re

# A postcode of five figures (perhaps as 3 + 2, perhaps after its field's letters)
# before a town of a few words; or a town, a two-letter state and a ZIP code. A year
# ("2030 Agenda") has four figures and is no postcode.
_POSTAL_LINE = re.compile(
    r"^(?:(?:[A-ZΑ-Ω]\.?\s?){1,3}[:.]?\s?)?\d{3}\s?\d{2}(?!\d)\s*[-–,]?\s*"
    r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}$"
    r"|^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$"
)
# "Key: value" where the value is a reference (figures joined by "/" or by two or
# more dots) or a web address; a heading's colon is followed by words.
_FIELD_KEY = r"^[^:]{1,40}:\s*"
_REFERENCE_FIELD = re.compile(
    _FIELD_KEY + r"(?:\d[\d.-]*/[\w/.-]*|\d+\.\d+\.\d[\d./-]*|(?:https?://|www\.)\S+)\s*$"
)


def postal_line(text: str) -> bool:
    return bool(_POSTAL_LINE.match(text.strip()))


def reference_field(text: str) -> bool:
    return bool(_REFERENCE_FIELD.match(text.strip()))
