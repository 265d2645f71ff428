"""A quoted name or title in a UN resolution ("laws known as “the Examplia Act”",
"the item entitled “…”") is no quotation, though a verb of saying stands before it as
an adjective ("the continued application"); a second quotation after a named speaker
still takes that speaker. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text


def _quotes(text: str) -> list[tuple[str, str]]:
    release = release_from_text(text)
    return [
        (release.node_text(n), n.attrs.get("speaker", ""))
        for n in release.nodes()
        if n.kind == "quote"
    ]


def test_a_quoted_name_after_an_adjective_is_no_quotation() -> None:
    doc = """The General Assembly,

Concerned about the continued promulgation and application by Member States of laws
such as that promulgated on 12 March 2096 known as “the Examplia Freedom Act”, the
effects of which affect the sovereignty of other States,

1. Decides to include in its agenda the item entitled “Necessity of ending the embargo”.
"""
    assert _quotes(doc) == []


def test_a_second_quotation_keeps_the_named_speaker() -> None:
    doc = """The Minister of Examplia said that “the talks went well” and continued with a
warning that “nothing is agreed until everything is agreed” before leaving.
"""
    speakers = {speaker for _, speaker in _quotes(doc)}
    assert len(_quotes(doc)) == 2 and speakers == {"Minister of Examplia"}
