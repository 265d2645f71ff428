"""A numbered line that is the first line of a numbered paragraph, its wrap lost, is no
numbered crosshead: it leaves a bracket open, ends on a dash joining what follows, or the
line under it goes on its sentence in lower case. Whole numbered headings over their
prose stay headings. Made-up text in the shape of acts and decisions."""

from __future__ import annotations

from briefing.ingest import release_from_text

ACT = """Harbour Dues Amendment Act, No. 4 of 2031

1. This Act may be cited as the Harbour Dues Amendment Act, No. 4 of 2031, and shall come into operation on the day it is certified.

2. In the event of any inconsistency between the two

texts of this Act, the text in the first language of the Republic shall prevail.

3. By amending its decision of 8 May 2031 (ref. no.

2031/117) the Harbour Board adopts the plan for the new quay in the north basin.

4. Harbour Youth Council (North) -

A council of young people of the harbour towns, set up to advise the Board on its plans.
"""

MINUTES = """Minutes of the Harbour Board

1. Traffic in the harbour

The harbour handled more ships in the spring than in any spring before, the staff said.

2. Works on the new quay

The works on the new quay went on as planned and should end early next year.
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [" ".join(release.node_text(n).split()) for n in release.nodes() if n.kind == "heading"]


def test_a_numbered_line_cut_from_its_sentence_is_no_heading() -> None:
    heads = _headings(ACT)
    assert not any(h.startswith(("In the event", "By amending", "Harbour Youth")) for h in heads)


def test_whole_numbered_headings_over_their_prose_stay_headings() -> None:
    heads = _headings(MINUTES)
    assert any(h.startswith("Traffic in the harbour") for h in heads)
    assert any(h.startswith("Works on the new quay") for h in heads)
