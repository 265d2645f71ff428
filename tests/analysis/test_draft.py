"""The offline drafter on made-up releases in the shape of real ones."""

from __future__ import annotations

from briefing.analysis.clauses import trim
from briefing.analysis.draft import draft_release
from briefing.analysis.point_text import clean_text, finish, has_verb, repair_glued
from briefing.analysis.subject_line import issuer_name
from briefing.brief import draft_brief
from briefing.brief.length import DECISION_BLOCK_LINES, fits_two_pages
from briefing.ingest import release_from_text
from briefing.model import Project

RESOLUTION = """Resolution adopted by the Assembly of Coastal States on 3 March 2031

12/4. Safety of fishing crews in the Northern Sea

The Assembly of Coastal States,

Recalling its resolution 11/2 on search and rescue cooperation,

Noting with concern the rising number of fishing crews lost at sea,

1. Calls upon all coastal States to share distress alerts within one hour;

2. Urges States to fund the regional rescue coordination centre;

3. Decides to hold a joint rescue exercise every two years, the first in 2032;

4. Requests the Secretary to report on progress at its next session;

5. Welcomes the offer of Norland to host the first exercise;

6. Decides to remain seized of the matter.
"""

TRANSCRIPT = """Press briefing by the spokesperson

SPOKESPERSON: Good afternoon.

SPOKESPERSON: The Minister will travel to Lisbon on Monday for talks on fisheries. She will sign a \
cooperation agreement on port inspections with her Portuguese counterpart.

Q: Will the Minister raise the quota dispute?

SPOKESPERSON: The Minister has said the quota dispute must be settled by the joint commission, \
and she will repeat that position in Lisbon.

SPOKESPERSON: Thank you.
"""


def test_trim_cuts_at_a_clause_boundary_never_mid_word():
    text = (
        "The Council adopted conclusions on the region; it asked the Commission to prepare "
        "options for support, including budget support, before the summer recess of 2031."
    )
    short = trim(text, 80)
    assert short == "The Council adopted conclusions on the region."
    cut = trim("word " * 40 + "end.", 57)
    # No boundary in reach: the whole sentence is kept, never cut mid-word nor with "…".
    assert not cut.endswith("…") and cut.split()[-1] in ("word", "end.")


def test_markup_and_list_punctuation_are_gone():
    assert clean_text("1\\. **Calls** upon States") == "Calls upon States"
    assert clean_text("• Parliament recognises the president") == (
        "Parliament recognises the president"
    )
    assert finish("urges States to act;") == "Urges States to act."


def test_headlines_and_bylines_have_no_verb():
    assert not has_verb("Spokesperson and Deputy Minister for Public Relations Kim Ji-won.")
    assert not has_verb("Election of the Communication Committee.")
    assert has_verb("The Council adopted conclusions.")


def test_glued_words_are_repaired_as_whole_tokens():
    assert repair_glued("TheBusan Declaration.", {"TheBusan": "The Busan"}) == (
        "The Busan Declaration."
    )


def test_issuer_is_a_name_never_a_domain():
    release = release_from_text("A release.\n\nThe Ministry announced a visit to Lisbon.")
    release.issuer = "press.example.org"
    assert issuer_name(release) == ""
    release.issuer = "MINISTER FOR FOREIGN AFFAIRS"
    assert issuer_name(release) == "Minister for Foreign Affairs"


def test_resolution_points_are_operative_paragraphs_with_their_actor():
    release = release_from_text(RESOLUTION)
    draft = draft_release(release)
    texts = [p.text for p in draft.points]
    assert 2 <= len(texts) <= 7
    assert all(t.startswith("The Assembly of Coastal States ") for t in texts), texts
    assert not any("Recalling" in t or "remain seized" in t for t in texts)
    assert draft.summary and draft.summary not in texts
    assert len(draft.summary.split()) <= 60


def test_transcript_points_skip_greetings_and_questions():
    release = release_from_text(TRANSCRIPT)
    draft = draft_release(release)
    texts = [draft.summary, *(p.text for p in draft.points)]
    assert all("Good afternoon" not in t and "Thank you" not in t for t in texts)
    assert all("Will the Minister raise" not in t for t in texts)
    assert any("Lisbon" in t for t in texts)


def test_several_releases_are_all_named_and_background_is_never_the_title_alone():
    one = release_from_text(RESOLUTION, release_id="r1")
    two = release_from_text(TRANSCRIPT, release_id="r2")
    project = Project(releases=[one, two])
    brief = draft_brief(project)
    purpose = brief.section("purpose").paragraphs[0].text
    assert "2 releases" in purpose
    assert ";" in brief.header.subject
    background = " ".join(p.text for p in brief.section("background").paragraphs)
    assert "was published on" not in background
    assert 2 <= len(brief.section("key_points").paragraphs) <= 8


def test_decision_block_takes_lines_from_the_budget():
    body = [("A line of the note body that fills most of a printed line, as notes do.", False)]
    plain = fits_two_pages(body * 40)
    decision = fits_two_pages(body * 40, decision=True)
    assert abs(decision[1] - plain[1] - DECISION_BLOCK_LINES / 46) < 1e-9
    assert DECISION_BLOCK_LINES == 6


def test_a_run_in_heading_is_not_part_of_the_sentence():
    from briefing.analysis.point_text import clean_text, without_run_in

    def c(text: str) -> str:
        return without_run_in(clean_text(text))

    # Minutes and press pages print a bold label before a paragraph: not the news itself.
    assert c("Rate Decision: The board voted to lower the rate by a quarter point.") == (
        "The board voted to lower the rate by a quarter point."
    )
    assert c("Road transport: the rules allowing coaches to run were adopted.") == (
        "The rules allowing coaches to run were adopted."
    )
    # A speaker's words keep their speaker; a sentence with a colon keeps its verb.
    said = "Minister Lane: We will open the new embassy in the spring."
    assert c(said) == said
    agreed = "The Council agreed: sanctions will be extended by six months."
    assert c(agreed) == agreed


NOTED_RESOLUTION = """Resolution adopted by the Assembly of Coastal States on 3 March 2031

12/9. Protection of coastal wetlands

The Assembly of Coastal States,

Recalling its resolution 11/6 on the conservation of estuaries,

1. Calls upon all coastal States to apply the Wetlands Convention,1 recalling the commitments they made to restore drained marshes by 2040;

2. Urges States to report each year on the area of wetlands restored under the Convention;

3. Decides to review progress at its next session.

1 United Nations, Treaty Series, vol. 999, No. 12345.
"""


def test_a_drafted_point_drops_a_note_number_left_after_a_comma():
    from briefing.analysis.point_text import without_note_markers

    release = release_from_text(NOTED_RESOLUTION, "noted.txt")
    paragraph = next(n for n in release.nodes() if n.label == "1.")
    assert [c.attrs.get("marker") for c in paragraph.children] == ["1"]  # the note is linked
    text = " ".join(release.text[paragraph.body_start : paragraph.end].split())
    assert "Convention,1 recalling" in text  # the reader keeps the text as printed
    cleaned = without_note_markers(text, paragraph)
    assert "Convention, recalling" in cleaned and "Convention,1" not in cleaned
    # A figure is no marker, nor is a number a paragraph's notes do not hold.
    assert without_note_markers("fund of 1,1 million", paragraph) == "fund of 1,1 million"
    assert without_note_markers("the Convention,2 and", paragraph) == "the Convention,2 and"
    assert without_note_markers(text, None) == text


def test_a_note_number_is_not_taken_from_a_section_number():
    """A digit after an initial's or a numeral's point ("Chapter IV.1", "p.1") is a
    section's number: the stray note number is the one after a word."""
    from briefing.analysis.point_text import without_note_markers

    release = release_from_text(NOTED_RESOLUTION, "noted.txt")
    paragraph = next(n for n in release.nodes() if n.label == "1.")
    text = "as set out in Chapter IV.1 and on p.1 of the Convention,1 recalling"
    assert without_note_markers(text, paragraph) == (
        "as set out in Chapter IV.1 and on p.1 of the Convention, recalling"
    )
    assert without_note_markers("see Section A.1 below", paragraph) == "see Section A.1 below"
