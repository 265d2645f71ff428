"""A date carried over a page break ("... held in Lisbon from 3 to" / the page's notes
and foot / "7 October 2031,4 in which ...") goes on the paragraph the page cut (made-up
resolution as ``pdftotext -raw`` prints it); a date opening a block elsewhere does not."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.page_cut_dates import date_goes_on, opens_on_date
from tests.ingest.helpers import lost_words

RAW = """\
United Nations A/RES/90/120
General Assembly Distr.: General
18 December 2035
35-20732 (E)
*3520732*
Ninetieth session
Agenda item 16
Resolution adopted by the General Assembly
on 15 December 2035
90/120. Protection of lighthouses
The General Assembly,
Recalling its earlier resolutions on the protection of lighthouses and their keepers,
Noting the report of the Secretary-General on the protection of lighthouses,
Welcoming the work of the regional commissions on coastal safety and lighthouses,
1. Takes note of the report of the Secretary-General;3
2. Urges the international community to adopt urgent and effective measures
to protect lighthouses and the keepers who tend them in all coastal regions;
3. Recalls the Lisbon Covenant, adopted at the tenth session of the Conference
on Coastal Safety, held in Lisbon from 3 to
_______________
3
A/90/415.
Protection of lighthouses A/RES/90/120
2/2
35-20732
7 October 2031,4
in which States are strongly urged to protect lighthouses and their keepers;
4. Decides to include the item in the provisional agenda of its ninety-second session.
_______________
4
TD/941/Add.2.
"""


def test_a_date_carried_over_the_page_goes_on_its_paragraph():
    release = release_from_text(RAW)
    starts = [release.node_text(n)[:20] for n in release.nodes() if n.kind == "paragraph"]
    assert not any(s.startswith("7 October") for s in starts)
    recalls = next(
        release.node_text(n) for n in release.nodes() if "Lisbon Covenant" in release.node_text(n)
    )
    assert "7 October 2031" in recalls
    assert not lost_words(RAW, release)


def test_date_shapes():
    assert opens_on_date("7 October 2031,4")
    assert not opens_on_date("7 See A/80/1.")
    assert date_goes_on("held in Lisbon from 3 to")
    assert not date_goes_on("Press release")
