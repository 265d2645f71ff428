"""Notes numbered "1/", "2/" (as Latin American central banks and statistics offices print
them) answer markers printed the same way, glued to what they explain: "2031)1/". A note
marked in every row of a table belongs to the first row so marked. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text

FORECASTS = """\
Monetary Policy Statement

The Board raised the policy rate by 50 basis points to 7.5 percent.

Forecasts of annual inflation

Headline
Current (3 March 2031)1/        4.0     5.2     4.4
Previous (3 February 2031)2/    4.0     5.0     4.1
Core
Current (3 March 2031)1/        3.9     4.4     3.8
Previous (3 February 2031)2/    3.9     4.2     3.6

1/ Observed data up to February 2031 and forecasts from March 2031.
2/ Forecasts from January 2031, as published in the last quarterly report.

The Board will watch the outlook for prices closely.
"""


def _notes(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        n.label: release.node_text(parent[n.id])
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_slash_numbered_notes_hang_on_the_first_row_so_marked():
    notes = _notes(release_from_text(FORECASTS))
    # (The first table row so marked: the rows under "Headline", not under "Core".)
    assert "Current (3 March 2031)" in notes["1/"] and "Core" not in notes["1/"]
    assert notes["2/"].lstrip().startswith("Previous (3 February 2031)")


def test_a_fraction_or_date_is_no_slash_marker():
    from briefing.ingest.mend import slash_marker_pattern

    assert slash_marker_pattern("1").search("a share of 1/2 of the bills") is None
    assert slash_marker_pattern("3").search("on 3/4/2031 the Board") is None
    assert slash_marker_pattern("1").search("Current (3 March 2031)1/ 4.0") is not None
    assert slash_marker_pattern("1").search("MONETARY POLICY MEETING1/") is not None
