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


COLUMN = """\
Proposed rule on harbour pilots

\fThe Board proposes to raise the pilot fee by two per cent from 1 July, the first rise
in five years, to meet the cost of the two new pilot boats bought last year and of the
training of four more pilots. Owners of vessels and their agents may send comments on
the proposal until the end of May. You may send your comments through the portal at
https://www.harbour-board.example. Follow the
instructions there for sending comments, and the Board will read each of them before it
decides on the fee in the autumn, at its last meeting of the year, which is open to the
public and to the press, as every meeting of the Board on its fees has been since the
harbour opened.
\fThe decision takes effect on 1 July, and the Board reviews
the fee every year in the spring.
"""


def test_a_web_address_wrapped_inside_a_sentence_mid_page_stays():
    # Form feeds show where the pages end: a contact line inside a sentence, away from
    # any page break, is a narrow column's wrapped line of text, no letterhead's foot.
    release = release_from_text(COLUMN)
    assert "https://www.harbour-board.example. Follow the" not in [r.text for r in release.removed]
    assert not lost_words(COLUMN, release)


def test_a_foot_at_a_page_break_is_still_taken():
    paged = CUT.replace("fee as the price", "\ffee as the price")
    removed = [r.text for r in release_from_text(paged).removed]
    assert "Telephone: +99 12 345 67 89, Website: www.harbour-board.example" in removed
