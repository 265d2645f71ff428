"""A run of short lines after the body that is the document's own closing, not a site's menu.

After the body, ``roles._menu_runs`` takes a run of short lines for a site's menu: a page
copied from the web ends with its link labels ("About us" / "Careers" / "Privacy"). A
document closes on short lines of its own too, and they are the text: its signatures
("Jane Example" / "Federal Chancellor"), the members who took a decision ("Prof. A. Name"
/ "Prof. B. Name"), a table's rows ("Housing 2.59 2.62 2.66", "Riverside 6,000"). The
two shapes differ in what the lines say, not in their length:

- a menu names a site's pages: any link label or site section among the lines makes
  the run a menu, whatever else it holds (``letterhead_runs.is_site_link_line``);
- a signature block names persons by their office or title, and a table's row ends on
  its figures: a link label names a page, never an office holder or a column of amounts.

Only in text no site chrome was found in (as ``letterhead_runs`` over the title): where
web_chrome recognised a page, its tail is the site's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from briefing.lazyre import lazy


class _Texted(Protocol):
    text: str


# A person named with a title: "Prof. Jane Example", "Dr. A. Name", "H.E. Mr. Name".
# (Words apart by spaces: an optional space let one long word split five ways, and a
# line ending on another mark backtracked through every split.)
_TITLED_NAME = lazy(
    r"^(?:Prof\.?|Professor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|H\.\s?E\.|Hon\.?|Sir|Dame|Sra?\.|Dña\.|"
    r"Mme|Herr|Frau)\s+[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,4}\s*$"
)
# An office under a signature, alone on its line: "President", "Federal Chancellor",
# "Prime Minister of Examplia", "Ministra de Salud", "Senior Communications Manager".
_OFFICE = lazy(
    r"^(?:[^\W\d_][\w&'-]*\s+){0,3}(?:president|chancellor|minister|secretary(?:-general)?|"
    r"governor|chair(?:man|woman|person)?|director(?:-general)?|ambassador|mayor|manager|"
    r"spokes(?:man|woman|person)|präsident(?:in)?|bundeskanzler(?:in)?|minister(?:in)?|"
    r"président(?:e)?|ministre|presidente|ministr[oa]|gobernador(?:a)?|secretari[oa]|"
    r"sindac[oa]|bürgermeister(?:in)?)"
    r"(?:\s+(?:of|for|de|del|des|du|der|di|da|do)\b.{0,60})?$",
    re.I,
)
# A table's figure: a decimal or a thousands mark ("2.59", "-1.5", "6,000", "12.4%").
_FIGURE = lazy(r"^[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+[.,]\d+)%?$")


def is_table_row(text: str) -> bool:
    """A table's row: words, then its figures ("Housing 2.59 2.62 2.66", "Riverside
    6,000"). (Token by token: no pattern over the whole line.)"""
    cells = text.split()
    figures = 0
    while figures < len(cells) and _FIGURE.match(cells[-1 - figures]):
        figures += 1
    return 0 < figures < len(cells) and any(ch.isalpha() for ch in cells[-1 - figures])


def _own_line(text: str) -> bool:
    """A line a document's closing prints for itself: a titled name, an office, a row."""
    from briefing.ingest.roles import is_date_line

    line = " ".join(text.split())
    if len(line.split()) > 8 or is_date_line(line):
        return False
    return bool(_TITLED_NAME.match(line) or _OFFICE.match(line)) or is_table_row(line)


def is_signer_line(text: str) -> bool:
    """A signer's line: a name with a title, or an office ("Minister of Health")."""
    return len(text.split()) <= 8 and bool(_TITLED_NAME.match(text) or _OFFICE.match(text))


def is_closing_run(lines: Sequence[str]) -> bool:
    """Whether a run of short lines after the body is the document's own: no site's link
    label or section among them, and two lines at least, half the worded ones or more,
    a titled name, an office or a table's row."""
    from briefing.ingest.letterhead_runs import is_site_link_line

    if any(is_site_link_line(t) for t in lines):
        return False
    # (Rules and page numbers set among the lines count neither way.)
    worded = [t for t in lines if any(ch.isalpha() for ch in t)]
    own = sum(_own_line(t) for t in worded)
    return own >= 2 and 2 * own >= len(worded)


def closing_runs(blocks: Sequence[_Texted], menus: set[int]) -> set[int]:
    """The indices of ``menus`` whose run of consecutive lines is the document's own
    closing (its lines with no letter, a page's furniture, aside)."""
    from briefing.ingest.letterhead_runs import runs_kept

    return runs_kept(blocks, menus, is_closing_run)
