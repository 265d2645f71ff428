"""Resolutions as ``pdftotext -raw`` prints them (made-up text in that shape): the line is
cut after a note's number set after a clause's comma ("acts, 2", "2019,5"), and a word
hyphenated at the end of a line the cut left short goes on in the next line."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.marker_cuts import clause_marker_end
from tests.ingest.helpers import lost_words

RAW = """\
The General Assembly,
Recalling its resolution 10/20 of 1 January 2000, the annex to which sets out the
principles on the protection of lighthouses, commending them to States,
Noting also the views expressed that there was a close link between the
draft principles on lighthouses and the principles on the responsibility of States for
coastal shipping, 2
and the observations of the Council in this
regard,3
Noting further the outcome of the Conference on Coastal Lights, held in Lisbon on 3 May
2019,5
as well as the meeting of experts on the subject, held in Lisbon in 2021,
1. Takes note of the dialogue on lights held in 2024 to promote the goals of the Coastal
Agenda,6
in support of the Decade of Safe Shores, and also takes note of the Council
report submitted to the General Assembly at its seventy-seventh session,7
and the high-
level forum on coastal safety;
2. Decides to include the item in the provisional agenda of its forty-third session.
"""


def _paragraph_starts(release):
    return [release.node_text(n)[:30] for n in release.nodes() if n.kind == "paragraph"]


def test_a_clause_cut_after_its_spaced_marker_goes_on():
    release = release_from_text(RAW)
    starts = _paragraph_starts(release)
    assert not any(s.startswith("and the observations") for s in starts)
    noting = next(
        release.node_text(n) for n in release.nodes() if release.node_text(n).startswith("Noting also")
    )
    assert "regard,3" in noting or "regard," in noting


def test_a_clause_cut_after_a_year_and_its_marker_goes_on():
    release = release_from_text(RAW)
    assert not any(s.startswith("as well as the meeting") for s in _paragraph_starts(release))


def test_a_word_hyphenated_after_a_marker_cut_goes_on():
    release = release_from_text(RAW)
    texts = [release.node_text(n) for n in release.nodes()]
    assert not any(t.startswith("level forum on coastal") for t in texts)
    assert not lost_words(RAW, release)


def test_clause_marker_shapes():
    assert clause_marker_end("internationally wrongful acts, 2")
    assert clause_marker_end("held in Lisbon on 3 May 2019,5")
    assert clause_marker_end("the Convention”,12")
    # A figure's thousands, a page reference and a sentence's end are no such marker.
    assert not clause_marker_end("a total of 1,250")
    assert not clause_marker_end("see pages 12, 13")
    assert not clause_marker_end("the session ended. 2")


# A clause listing letters, each date with its note's number, cut at every marker: the
# cuts leave a capitalised compound broken at the line's end ("Secretary-" / "General"),
# lines that go on after a line with no marker, and a year run into its marker
# ("20276", "20278").
LETTERS = """\
The General Assembly,
Having considered the report of the Committee on the work of its sixtieth session,1
the reports of the Secretary-
General on the proposed plan for 2028 and programme performance for 2026,2
and the letters from the Chairs of the First Committee dated 9 October 2027,3
the Second Committee
(Economic and Financial Committee) dated 20 October 2027,4
the Third Committee dated 20 October 20275
and the Fourth Committee dated 17 October 20276
addressed to the Chair of the Fifth Committee,
1. Endorses the conclusions of the Committee on the programme performance for 20267
and on evaluation,8
contained in its report;
2. Decides to include the item in the provisional agenda of its eighty-third session.
"""


def test_a_clause_cut_at_each_of_its_markers_is_one_paragraph():
    release = release_from_text(LETTERS)
    unlabelled = [
        release.node_text(n)[:30] for n in release.nodes() if n.kind == "paragraph" and not n.label
    ]
    assert unlabelled == ["The General Assembly,", "Having considered the report o"]
    endorses = next(n for n in release.nodes() if n.label == "1.")
    assert "on evaluation" in release.node_text(endorses)
    assert not lost_words(LETTERS, release)
