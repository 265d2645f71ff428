"""A labelled field opening a line under a sentence that ended at the margin, in
hard-wrapped text with no blank lines (made-up minutes of the Examplian Council)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.field_openings import opens_field

COPIED = """\
Minutes of the Monetary Policy Council decision-making meeting held on 4 May 2031
At the meeting the Council discussed the prices of food and energy in Examplia
and abroad. Members noted that the output of the examplian economy had grown at
a steady pace in the first quarter and that wages had risen in line with prices.
The Council kept the reference rate at 1.50% and the deposit rate at 1.00% each.
Publication date: 18 May 2031
"""


def test_a_field_under_a_finished_sentence_is_its_own_unit():
    release = release_from_text(COPIED)
    texts = [release.text[n.start : n.end] for n in release.nodes() if n.kind != "list"]
    assert any(t.strip() == "Publication date: 18 May 2031" for t in texts), texts
    assert not any("each.\nPublication" in t or "each. Publication" in t for t in texts)


def test_only_a_short_label_under_a_finished_line():
    assert opens_field("... the deposit rate at 1.00% each.", "Publication date: 18 May 2031")
    assert opens_field("... on the fourth of May 2031", "Date and Time: 2:00 p.m.")
    assert opens_field("... to the coast (see chart).", "Coastal Defence: The Office supports")
    # A line cut mid-name stays a wrap: "... United States of" / "Examplia: draft ...".
    assert not opens_field("Sponsors: Examplia, Otherland, United States of", "Examplia: draft")
    # A label of five words or more is a sentence, not a field's label.
    assert not opens_field("... ended.", "The Board of the Examplian Bank: Decisions")
    # A value in lower case is a sentence going on after a colon.
    assert not opens_field("... ended.", "Note: the figures are provisional")


def test_a_short_count_at_a_lines_end_is_no_finished_line():
    # "... with the help of all the 27" / "Member States: Examplia, ...": one sentence.
    assert not opens_field("... drafted with the help of all the 27", "Member States: Examplia")
    assert opens_field("Telephone: +1 202 555 0100", "Contact: Jane Example")
    text = (
        "Ministry of Examplia\n\nHarbour rules adopted\n\n3 March 2031\n\n"
        "The Council of Examplia adopted the harbour rules today after long talks with the\n"
        "ministers of transport. The rules were drafted with the help of all the 27\n"
        "Member States: Examplia, Samplia and the others agreed to apply them from the\n"
        "first day of the next month, and the Ministry will publish a guide for ships.\n\n"
        "The guide will be sent to every harbour office of Examplia before the rules apply.\n"
    )
    release = release_from_text(text)
    assert "the 27\nMember States:" in release.text or "the 27 Member States:" in release.text
    texts = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "paragraph"]
    assert not any(t.startswith("Member States") for t in texts), texts
