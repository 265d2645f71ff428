"""Markdown saved or pasted as plain text (a site's "copy as Markdown", a converter's
output): its marks are taken out where they can only be marks (issue 11 item 5).
Every release here is made up."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_fragments import markdown_marks_out


def test_escaped_numbers_comments_and_bold_pairs() -> None:
    lines = [
        "**WE, the Leaders,** **HEREBY DECIDE TO:**",
        "1\\. Promote cooperation among the members.",
        "<!-- -->",
        "ii\\) Strengthen the secretariat.",
    ]
    assert markdown_marks_out(lines) == [
        "WE, the Leaders, HEREBY DECIDE TO:",
        "1. Promote cooperation among the members.",
        "",
        "ii) Strengthen the secretariat.",
    ]


def test_note_markers_with_asterisks_are_left() -> None:
    lines = ["Growth was 2.5 per cent** in the year.", "** Preliminary figures."]
    assert markdown_marks_out(lines) == lines


def test_escaped_numbered_list_read_as_numbered_paragraphs() -> None:
    text = (
        "Examplia and Samplia Joint Statement\n\n"
        "The two leaders met in Examplia City on 3 May 2025.\n\n"
        "1\\. The leaders agreed to expand trade between the two countries.\n\n"
        "<!-- -->\n\n"
        "2\\. The leaders agreed to meet again next year in Samplia.\n"
    )
    release = release_from_text(text)
    labels = [n.label for n in release.nodes() if n.label]
    assert labels == ["1.", "2."]
    assert not any("<!--" in release.node_text(n) for n in release.nodes())
