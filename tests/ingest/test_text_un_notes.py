"""UN documents copied as text: notes citing a document by its symbol alone
("2 A/99/552-S/2098/767."), and markers flattened onto a date's year ("of 25 November
20982" is 2098 and note 2). Made-up resolution text, double-spaced as extractions print it."""

from __future__ import annotations

from briefing.ingest import release_from_text

DOC = """99/11. Review of the examplian peace architecture

The General Assembly,

Recalling its earlier resolutions on the peace architecture of the United Nations,

Taking note of the report of the Secretary-General on peace of 25 November 20982 and the inputs of the Commission through its letter dated 13 November 20983 and the views of the former Chairs, and further acknowledging

2 A/99/552-S/2098/767.

3 A/99/609-S/2098/827.

the inputs from the group of eminent persons through its letter dated 21 November 2098,

1. Decides to keep the architecture under review;

2. Requests the Secretary-General to report at its next session.
"""


def test_symbol_notes_attach_to_the_year_markers_and_the_sentence_goes_on() -> None:
    release = release_from_text(DOC)
    nodes = list(release.nodes())
    notes = [n for n in nodes if n.kind == "footnote"]
    assert [release.node_text(n) for n in notes] == [
        "A/99/552-S/2098/767.",
        "A/99/609-S/2098/827.",
    ]
    host = next(n for n in nodes if release.node_text(n).startswith("Taking note"))
    assert all(note in host.children for note in notes)
    text = release.node_text(host)
    # The markers are cut from the years, and the sentence goes on after the notes.
    assert "25 November 2098 and" in text and "13 November 2098 and" in text
    assert "the inputs from the group of eminent persons" in text
    assert [n.label for n in nodes if n.kind == "paragraph" and n.label] == ["1.", "2."]


def test_a_five_digit_number_without_a_month_is_no_marker() -> None:
    doc = DOC.replace("of 25 November 20982", "of 20982 refugees").replace(
        "2 A/99/552", "2 See A/99/552"
    )
    text = release_from_text(doc).text
    assert "20982 refugees" in text
