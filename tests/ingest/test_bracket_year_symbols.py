"""NATO-style document references, the year in brackets before the number
("PR/CP(2031)042"), are symbols: no first line of the title (made-up communiqué)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.roles import is_symbol

COMMUNIQUE = """\
For immediate release
5 March
2031
PR/CP(2031)042
MEETING OF THE HARBOUR COUNCIL
AT THE
LEVEL OF MINISTERS
FINAL COMMUNIQUE
1.
We, the Ministers of the Harbour Council, met today to review the safety of the
ports of our members and agreed on new rules for pilots working at night.
2.
We welcome the progress made since our last meeting in training pilots and crews
and in sharing the cost of new boats among the ports.
"""


def test_bracketed_year_references_are_symbols():
    assert is_symbol("PR/CP(2031)042")
    assert is_symbol("C-M(2031)0017")
    assert not is_symbol("Final (2031)")


def test_reference_is_not_part_of_the_title():
    release = release_from_text(COMMUNIQUE)
    assert not release.title.startswith("PR/CP")
    assert "MEETING OF THE HARBOUR COUNCIL" in release.title
