"""A run of short lines after the body of a printed document is its own, never a site's menu.

After the body, ``roles._menu_runs`` takes a run of short lines for a site's menu: a page
copied from a browser ends with its link labels ("About us" / "Careers" / "Privacy").
A document whose text shows printed pages (a PDF, or text `pdftotext` made, its pages
parted by form feeds) was never a web page: no browser set a menu under it, and the
short lines under its body are its own, the signatures of an agreement ("For the
Government of Examplia" / "Jane Example" / "Prime Minister"), an agenda's items, the
closing of a circular. The document says so itself, by its pages; no word list is asked.

Three exceptions, all read from the lines: a run holding a site's link label or section
(a release printed from its web page keeps the site's footer: "Contact us", "Privacy")
is still a menu; so is a chart's scale left as text, a run whose lines are mostly
figures ("160.00" / "150.00" / "10/06/2018"), with the few legend words set among them;
and so is what is left of a digital signature's stamp, a run holding a certificate's
field ("C=IT", "O=PRESIDENZA ..."), the signing software's lines, not the signatory's.
A page a browser printed to PDF is no printed document in this sense: its print lines
(``browser_print``) show it, and the caller does not ask.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class _Texted(Protocol):
    text: str


def _figures_line(text: str) -> bool:
    """A line of a chart's scale or a table's figures: no letter, a digit."""
    return not any(ch.isalpha() for ch in text) and any(ch.isdigit() for ch in text)


def is_printed_own_run(lines: Sequence[str]) -> bool:
    """Whether a run of short lines under a printed document's body is the document's:
    no site link label or certificate field among them, and more worded lines than
    lines of figures."""
    from briefing.ingest.letterhead_runs import is_site_link_line
    from briefing.ingest.signature_stamps import is_certificate_field

    if any(is_site_link_line(t) or is_certificate_field(t) for t in lines):
        return False
    worded = sum(1 for t in lines if any(ch.isalpha() for ch in t))
    figures = sum(1 for t in lines if _figures_line(t))
    return worded > figures


def printed_runs(blocks: Sequence[_Texted], menus: set[int]) -> set[int]:
    """The indices of ``menus`` (after the body) whose run is a printed document's own
    lines (its lines with no letter aside)."""
    from briefing.ingest.letterhead_runs import runs_kept

    return runs_kept(blocks, menus, is_printed_own_run)
