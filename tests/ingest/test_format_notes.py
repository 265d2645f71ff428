"""Notes whose marker's place the format records (``Line.note_of``) attach to that node."""

from __future__ import annotations

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.pipeline import structure


def _outline(lines: list[Line], paragraphs: bool) -> dict[str, tuple[str, str]]:
    release = structure(Extracted(lines, "test", blocks_are_paragraphs=paragraphs))
    found = {}
    for parent in release.root.walk():
        for child in parent.children:
            if child.kind == "footnote":
                found[release.text[child.body_start : child.end]] = (parent.id, child.label)
    return found


def test_a_note_printed_after_later_paragraphs_joins_the_paragraph_with_its_marker():
    lines = [
        Line("Minutes of the Committee", style="title"),
        Line("1. The Committee recalled the decision taken at its previous meeting in June."),
        Line("2. It agreed to report to the Council before the end of the present session."),
        Line("3. Members welcomed the report and asked for a further review next year."),
        Line("Document C/2026/4.", style="footnote", label="1", note_of=1),
        Line("Adopted without a vote.", style="footnote", label="2", note_of=3),
    ]
    found = _outline(lines, paragraphs=True)
    assert found == {"Document C/2026/4.": ("p1", "1"), "Adopted without a vote.": ("p3", "2")}


def test_note_of_survives_joining_hard_wrapped_lines():
    lines = [
        Line("The Council met today and discussed the situation in the region at length,"),
        Line("noting the efforts of the envoy in the last six months of the year gone by."),
        Line(""),
        Line("The members agreed to meet again in the spring of the year to follow it up."),
        Line("and to hear a further briefing from the envoy on the progress of talks then."),
        Line(""),
        Line("As reported to the Council.", style="footnote", label="*", note_of=1),
    ]
    found = _outline(lines, paragraphs=False)
    assert list(found.values()) == [("p1", "*")]


def test_a_note_printed_before_its_marker_waits_for_it():
    lines = [
        Line("Agenda item 12.", style="footnote", label="*", note_of=1),
        Line("Item 12 of the provisional agenda*"),
        Line("Report of the Committee", style="title"),
        Line("1. The Committee met three times during the session and adopted its report."),
    ]
    found = _outline(lines, paragraphs=True)
    assert list(found) == ["Agenda item 12."]
