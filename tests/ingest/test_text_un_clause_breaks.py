"""A preambular clause cut by a page break on a bare word ("... Objectives of the
International" / the page's notes and foot / "Decade for Action, ...") goes on after the
page's foot, though the next page opens with a capital (made-up resolution as
``pdftotext -layout`` prints it)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.clause_breaks import clause_unfinished
from briefing.ingest.segment import PREAMBLE_OPENING

_FILL = "          Recalling its earlier resolutions on the safety of lighthouses and keepers,\n" * 20

LAYOUT = (
    """\
          United Nations                                                     A/RES/88/130
          General Assembly                                      Distr.: General
          21 December 2033

  88/130.       Safe lighthouses in coastal regions

          The General Assembly,
"""
    + _FILL
    + """\
          Welcoming the convening of the United Nations Conference on the Midterm
          Comprehensive Review of the Implementation of the Objectives of the International


         __________________
          3
          Resolution 88/1, annex.

2/3                                                                          33-25874
Safe lighthouses in coastal regions                                      A/RES/88/130

          Decade for Action, “Lights for Safe Coasts”, 2028–2038, in New York
          from 22 to 24 March 2033,3
          1.    Encourages all Member States to protect lighthouses and their keepers;
          2.    Decides to include the item in the provisional agenda of its ninetieth session.

3/3                                                                          33-25874
"""
)


def test_a_clause_cut_by_the_page_goes_on_after_it():
    release = release_from_text(LAYOUT)
    texts = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert not any(t.startswith("Decade for Action") for t in texts)
    welcoming = next(t for t in texts if t.startswith("Welcoming the convening"))
    assert "Decade for Action" in welcoming


def test_clause_ends():
    assert clause_unfinished("Welcoming the convening of the International", PREAMBLE_OPENING)
    assert not clause_unfinished("Welcoming the convening of the Conference,", PREAMBLE_OPENING)
    assert not clause_unfinished("Welcoming the convening of the Conference, 3", PREAMBLE_OPENING)
    assert not clause_unfinished("The Minister of the International", PREAMBLE_OPENING)
