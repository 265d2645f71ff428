"""UN resolutions as text laid out as printed: a raised note number keeps its own gap
("Summit, 1  sports", "Convention 2  and the"), follows a plural noun or a comma before
"that"/"with" ("Members 7 that they", "Weapons, 6 with a view"), or is glued to the end
of a span of years ("Decade 2090–20983"). Made-up resolution text, hard-wrapped."""

from __future__ import annotations

from briefing.ingest import release_from_text

DOC = """The General Assembly,

Recognizing the contribution of games to peace and noting that, as declared in
the Examplian Summit Outcome, 1  games can contribute to an atmosphere of
tolerance among peoples,

Recalling the Rarotonga Convention on Play 2  and the Programme of Action for
Examplian Games for the Decade 2090–20983 and its review,

Noting the statements made by a number of Members 7 that they would not be the
first to hold games in the night,

Noting also the negotiations on the Treaty on Night Games, 6 with a view to
reaching an agreement,

1. Decides to keep the matter under review.
_______________

1 Resolution 98/1.

2 Resolution 97/2.

3 Resolution 96/3, annex.

6 Ibid., Supplement No. 27 (A/98/27).

7 Examplia, Ruritania and Freedonia.
"""


def _notes_by_host(doc: str) -> dict[str, str]:
    release = release_from_text(doc)
    hosts: dict[str, str] = {}
    for node in release.nodes():
        for child in node.children:
            if child.kind == "footnote":
                hosts[child.label.strip()] = release.node_text(node)[:20]
    return hosts


def test_spaced_and_span_markers_link_their_notes() -> None:
    assert _notes_by_host(DOC) == {
        "1": "Recognizing the cont",
        "2": "Recalling the Raroto",
        "3": "Recalling the Raroto",
        "7": "Noting the statement",
        "6": "Noting also the nego",
    }


def test_the_span_marker_is_cut_from_its_year() -> None:
    text = release_from_text(DOC).text
    assert "Decade 2090–2098 and its review" in text


def test_counts_stay_counts() -> None:
    # A count before what it counts, a justified line's gaps, a year span's own end:
    # no marker, so the notes stay unlinked rather than land on them.
    doc = (
        DOC.replace("Outcome, 1  games can", "Outcome,  in total, 1  games  can")
        .replace("Play 2  and the", "Play and 2 delegates")
        .replace("2090–20983", "2090–2098")
        .replace("Members 7 that", "Members that 7")
        .replace("Games, 6 with", "Games with 6")
    )
    assert _notes_by_host(doc) == {}
