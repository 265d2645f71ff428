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


SYMBOLS = """The General Assembly,

Recalling also that the Statute of the Examplian Court 1
reaffirms the purposes and principles of the Charter,

1. Welcomes the report of the Court for 2097/98; 4

2. Welcomes the statement of 12 February 2097, 9 in which the Council reiterated its
support, as set out in A/99/L.9 and A/58/874/Add.1;
_______________

1 Examplian Treaty Series, vol. 2187, No. 38544.

4 A/99/342.

9 S/PRST/2097/2.
"""


def test_markers_after_a_name_a_fiscal_span_and_beside_symbols() -> None:
    # "Court 1" ending its line before a lower-case word, "2097/98; 4" (a span, not a
    # list), and "2097, 9 in which" rather than the "L.9" of a document symbol.
    assert _notes_by_host(SYMBOLS) == {
        "1": "Recalling also that ",
        "4": "Welcomes the report ",
        "9": "Welcomes the stateme",
    }
    assert "A/99/L.9 and A/58/874/Add.1" in release_from_text(SYMBOLS).text


def test_a_table_number_ending_its_line_is_no_marker() -> None:
    doc = SYMBOLS.replace("Examplian Court 1\n", "Examplian Table 1\n")
    assert "1" not in _notes_by_host(doc)


def test_a_span_of_days_is_no_marker_and_and_its_opens_a_clause() -> None:
    doc = """1. We, the Heads of State, met in Examplia from 5 to 8 August 2098 at the
Conference on Landlocked Countries.

2. We reaffirm our commitment to the 2090 Agenda for Sustainable Development 5 and its
Goals.
_______________

5 Resolution 90/1.
"""
    assert _notes_by_host(doc) == {"5": "We reaffirm our comm"}


def test_a_marker_after_a_plural_noun_before_its_verb() -> None:
    doc = """1. Decides that the high-level meeting on the Rights of Older Persons 3 will be held
on Monday, and that the interactive panel discussion 1, to be held from 3 to 4.30 p.m.,
will address resilience;
_______________

3 Resolution 94/293.
"""
    # (Not the "1, to be held from 3 to 4.30": a span of hours.)
    assert _notes_by_host(doc) == {"3": "Decides that the hig"}


def test_a_marker_after_a_name_before_of_an() -> None:
    doc = """Recalling the inclusion in the Examplian Millennium Declaration 2 of an
appeal for the observance of the truce,

Noting that Phase 2 of a programme of games has begun,

1. Urges Members to observe the truce.
_______________

2 Resolution 95/2.
"""
    assert _notes_by_host(doc) == {"2": "Recalling the inclus"}


def test_a_marker_ending_its_line_after_a_bracket() -> None:
    doc = """11. Requests the President to organize, no later than June 2099, an informal
interactive hearing, attended by representatives of Member States, national human
rights institutions compliant with the principles relating to the status of national
institutions for the promotion and protection of human rights (Lunar Principles), 5
non-governmental organizations in consultative status and the private sector;

12. Decides to review paragraphs 4, 5
and 6 at its next session.
_______________

5 Resolution 98/134, annex.
"""
    assert _notes_by_host(doc) == {"5": "Requests the Preside"}
