"""A printed contents list (contents_lists.leader_entries): entries ending on a leader to
their page number ("1. Context ........ 4"), as pdftotext keeps them from a Word or
typeset report, are navigation, and so is the list's title right above them; the
sections they name keep their headings. A lone line with a leader is no list. Made-up
text in the shape of pdftotext -layout output."""

from __future__ import annotations

from briefing.ingest import release_from_text

REPORT = """                         Harbour cycling plan
                            Final report

                              Contents

1.      Context ........................................................ 4
        1.1. Why a review? ............................................. 5
2.      Method ......................................................... 6
        Structure of the plan …………………… ........................ 7

1. Context

The town adopted its first cycling plan in 2014 after consulting residents and the
harbour board on the routes between the villages and the quays.

2. Method

The town met the residents' groups in May and asked every household to answer a short
survey on how they travel to work and to school.
"""


def _kinds(text: str) -> list[tuple[str, str]]:
    release = release_from_text(text)
    return [(n.kind, " ".join(release.node_text(n).split())) for n in release.nodes()]


def test_leader_entries_are_navigation() -> None:
    kinds = _kinds(REPORT)
    for _kind, text in kinds:
        assert "......" not in text and "……" not in text
    heads = [text for kind, text in kinds if kind == "heading"]
    assert "Contents" not in heads
    assert "Context" in heads and "Method" in heads


def test_a_lone_leader_line_is_kept() -> None:
    text = """Notice to harbour users

The harbour office reminds users that the quays close at night from next Monday.

Signature of the harbour master ........................ 4

The office answers questions by telephone every morning of the working week.
"""
    assert any("Signature of the harbour master" in t for _k, t in _kinds(text))
