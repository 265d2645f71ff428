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
