"""A figure closing a bracket the line above left open mid-clause is the bracket's
content carried over by the wrap, not a list's label (wrap_cuts.bracket_closed_by_figure):
"... the college in Exampletown (North Shire," / "72) which is visited ...". Made-up
text in the shape of a ministry's notice."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.wrap_cuts import bracket_closed_by_figure

from .helpers import lost_words

NOTICE = """SAMPLE MINISTRY
Office of Examples

The ministry has decided to extend the sample programme to the schools of
the eastern districts, among them the college in Exampletown (North Shire,
72) which is visited on Monday by the minister, and the college in Sampleford.
The ministry will publish the list of the schools two weeks after the
decision, with the reasons it gave for them, as it has done at every meeting
since the start of the year, under its decision of 4 March 2031 (ref. 2031-
00211) with regard to the funding of the schools of the eastern districts.
The Board will publish the minutes of its meeting two weeks after the
decision, with the votes of its members and the reasons they gave for
them, as it has done at every meeting since the start of the year.
"""


def test_a_figure_closing_an_open_bracket_goes_on_the_paragraph() -> None:
    release = release_from_text(NOTICE)
    starts = [release.text[n.body_start : n.end].split("\n")[0] for n in release.nodes()]
    assert not any(s.startswith(("72)", "00211)")) for s in starts)
    assert not lost_words(NOTICE, release)


def test_only_a_bracket_left_open_mid_clause_is_closed_by_a_figure() -> None:
    assert bracket_closed_by_figure("the college (North Shire,", "72) which is visited")
    assert bracket_closed_by_figure("its decision (ref. 2031-", "00211) with regard to")
    # A lead-in ended, or no bracket open: the label opens the list's item.
    assert not bracket_closed_by_figure("The rules (as amended):", "1) the first rule;")
    assert not bracket_closed_by_figure("the college in North Shire,", "72) which is visited")
    assert not bracket_closed_by_figure("the college (North Shire,", "a (b) c")
