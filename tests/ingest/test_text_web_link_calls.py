"""A page links the full text of its release with a call to the reader ("Download the
full statement here"): a short bare line over paragraphs, shaped like a crosshead, but it
heads nothing. Made-up text in the shape of a web page copied as text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.roles import never_heading

PAGE = """\
1. We met today in Sampletown for the first meeting of the Examplia ministers this year.

2. We discussed the priorities of the year ahead and our work with external partners.

Download the full statement here

The Examplia Union was founded in 1970 by five states of the region, which it now joins in a single market.

Its secretariat helps the member states take decisions together and follows their work.
"""


def test_a_link_call_heads_no_section():
    release = release_from_text(PAGE)
    assert not [n for n in release.nodes() if n.kind == "heading"]


def test_link_calls_in_several_languages():
    assert never_heading("Download the full Statement here")
    assert never_heading("Cliquez ici")
    assert never_heading("Descargue el comunicado completo aquí")
    assert not never_heading("Trade and investment")
    assert not never_heading("Read-across of the findings")
