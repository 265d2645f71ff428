"""UN resolutions as text, hard-wrapped: a preambular paragraph a page break cut after
a bare word ("... of the Lunar and Paralympic Winter" / the page's notes / "Games, as
a defining feature ...") goes on after the notes, though it resumes on a capital; a
paragraph that ended, or a heading, does not. Made-up resolution."""

from __future__ import annotations

from briefing.ingest import release_from_text

DOC = """The General Assembly,

Recalling the importance of the meaningful engagement of local communities
in the organization and implementation of the Lunar and Paralympic Winter
_______________

2 Resolution 97/2.

3 Resolution 96/1.

Games, as a defining feature of Examplia 2099, in order to promote a strong
sense of local ownership,2 and community dialogue,3

Noting with appreciation the commitment of the Games to sustainable development,

1. Urges Members to observe the truce.
"""


def _paragraphs(doc: str) -> list[str]:
    release = release_from_text(doc)
    return [
        " ".join(release.node_text(n).split()) for n in release.nodes() if n.kind == "paragraph"
    ]


def test_a_paragraph_cut_on_a_bare_word_goes_on_after_the_notes() -> None:
    paragraphs = _paragraphs(DOC)
    assert any("Paralympic Winter Games, as a defining feature" in p for p in paragraphs)
    assert not [p for p in paragraphs if p.startswith("Games")]


def test_a_finished_paragraph_stays_apart() -> None:
    doc = DOC.replace("Paralympic Winter\n", "Paralympic Winter Games,\n")
    assert any(p.startswith("Games, as a defining") for p in _paragraphs(doc))


ONE_A_LINE = """The General Assembly,

Reaffirming the provisions of the Treaty on Principles Governing the Moon,1

Recalling the Final Document of the Tenth Special Session of the Assembly,2

Recalling its previous resolutions on this issue, and taking note of the proposals submitted to the Assembly at its regular sessions and of the
1 Examplian Treaty Series, vol. 610, No. 8843.

2 Resolution S-10/2.

recommendations made to the competent organs and to the Conference on Disarmament,

1. Decides to keep the matter under review.
"""


def test_a_page_first_note_run_into_the_paragraph_above_is_a_note() -> None:
    # A paragraph a line, the page's first note printed right under a line stopping on
    # "of the": the next block is note 2, so the line is note 1, not the sentence going on.
    release = release_from_text(ONE_A_LINE)
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert [release.node_text(n)[:18] for n in notes] == [
        "Examplian Treaty S",
        "Resolution S-10/2.",
    ]
    host = next(n for n in release.nodes() if notes[0] in n.children)
    assert release.node_text(host).startswith("Reaffirming")
    paragraphs = _paragraphs(ONE_A_LINE)
    assert any("sessions and of the recommendations made" in p for p in paragraphs)


def test_a_figure_going_on_the_sentence_stays() -> None:
    doc = ONE_A_LINE.replace("2 Resolution S-10/2.\n\n", "")
    assert any("of the 1 Examplian Treaty" in p for p in _paragraphs(doc))


def test_a_long_paragraph_citing_names_cut_on_a_name_goes_on() -> None:
    doc = """1. We reaffirm our commitment to the full implementation of the 2090 Agenda for
Sustainable Development and its Goals, the Examplian Framework Convention on
Climate Change and the Lunar Agreement, the Sendai Framework for Disaster Risk
Reduction, the New Urban Agenda and the Convention on Biological
_______________

1 Resolution 90/1.

Diversity and the Kunming-Montreal Global Biodiversity Framework, particularly with
regard to landlocked countries.

2. We welcome the outcome of the Conference.
"""
    paragraphs = _paragraphs(doc)
    assert any("Convention on Biological Diversity and the Kunming" in p for p in paragraphs)
