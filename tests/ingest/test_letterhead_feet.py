"""A first page's letterhead foot (address, telephone, web address) set by pdftotext
inside the sentence the page break cut is page furniture; a release's own contact lines,
between paragraphs or inside prose, stay. Made-up releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

CUT = """\
Harbour Board decision on pilot fees

The Board decided to raise the pilot fee by two per cent from 1 July. The Board has defined the
Postal address: 1 Quay Street, Port Town, Visitors: Harbour House 4
Telephone: +99 12 345 67 89, Website: www.harbour-board.example
fee as the price of one pilot's hour on a vessel of the smallest class, and it reviews
the fee every year in the spring.

The decision takes effect on 1 July.
"""

OWN = """\
Harbour Board decision on pilot fees

The Board decided to raise the pilot fee by two per cent from 1 July.

For more information:
Telephone: +99 12 345 67 89, e-mail: press@harbour-board.example

the Board's press office answers on working days.
"""


def test_letterhead_foot_inside_a_sentence_is_furniture():
    release = release_from_text(CUT)
    removed = [r.text for r in release.removed]
    assert "Telephone: +99 12 345 67 89, Website: www.harbour-board.example" in removed
    assert any(r.startswith("Postal address: 1 Quay Street") for r in removed)
    paragraphs = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "paragraph"]
    assert any("defined the" in p and "fee as the price" in p for p in paragraphs)


def test_own_contact_lines_stay():
    release = release_from_text(OWN)
    assert "Telephone: +99 12 345 67 89" in release.text
    assert not lost_words(OWN, release)
