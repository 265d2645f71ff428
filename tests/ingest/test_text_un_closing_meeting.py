"""An adopted act closes on the meeting that adopted it and the date under it (made-up
resolutions in pdftotext's shapes): the meeting line is never the last paragraph's wrap,
and its date is kept even where the cover's distribution date prints the same words."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.closing_meeting import is_meeting_line
from tests.ingest.helpers import lost_words

PLAIN = """\
A/RES/90/12

United Nations

General Assembly

Distr.: General
9 December 2035

Ninetieth session
Agenda item 44

Resolution adopted by the General Assembly
on 2 December 2035

90/12.

Protection of lighthouses
The General Assembly,
Recalling its resolution 80/20 of 1 January 2025 on the protection of lighthouses and
of the keepers who tend them in all coastal regions, and its earlier resolutions,
1.
Urges all States to take all appropriate measures at the national and international
levels to protect lighthouses and their keepers, including during periods of storm;
2.
Requests the Secretary-General to report to the General Assembly at its ninety-first
session on the measures taken by States to protect lighthouses and their keepers;
3.
Decides to include in the provisional agenda of its ninety-first session the item
entitled “Consideration of effective measures to enhance the protection, security
and safety of lighthouses and of their keepers in all coastal and island regions”.
47th plenary meeting
2 December 2035

35-23505 (E)

*3523505*
"""

_PAGE = "                Recalling its resolution 80/21 of 1 January 2025 on the keepers of\n" * 30

LAYOUT = (
    """\
                United Nations                                                     A/RES/90/13
                General Assembly                                      Distr.: General
                                                                      9 December 2035




Ninetieth session
Agenda item 45


                Resolution adopted by the General Assembly
                on 9 December 2035

  90/13.        Keepers of lighthouses

                     The General Assembly,
"""
    + _PAGE
    + """\
                lighthouses and of their keepers,



35-20231 (E)
*3520231*
\fA/RES/90/13                                                              Keepers of lighthouses

"""
    + _PAGE
    + """\
                lighthouses and of their keepers,
                     1.   Decides to include in the provisional agenda of its ninety-first session
                the item entitled “Keepers of lighthouses”.

                                                                      58th plenary meeting
                                                                         9 December 2035




35-20231                                                                                   2/2
"""
)


def _texts(release):
    return [release.node_text(n) for n in release.nodes()]


def test_the_meeting_line_is_not_the_last_paragraphs_wrap():
    release = release_from_text(PLAIN)
    last = next(t for t in _texts(release) if "Decides to include" in t)
    assert "plenary meeting" not in last
    assert any(t.startswith("47th plenary meeting") for t in _texts(release))


def test_the_date_under_the_meeting_is_kept():
    release = release_from_text(LAYOUT)
    assert any(t.strip().endswith("9 December 2035") for t in _texts(release))
    assert not lost_words(LAYOUT, release)


def test_meeting_line_shapes():
    assert is_meeting_line("43rd plenary meeting")
    assert is_meeting_line("   50th (resumed) plenary meeting")
    assert is_meeting_line("22nd meeting")
    assert not is_meeting_line("the 43rd plenary meeting of the Assembly")


def test_the_meeting_and_its_date_are_one_closing_block():
    for text in (PLAIN, LAYOUT):
        release = release_from_text(text)
        closing = [t for t in _texts(release) if "plenary meeting" in t]
        assert len(closing) == 1
        assert closing[0].split()[-3:] in (["2", "December", "2035"], ["9", "December", "2035"])
