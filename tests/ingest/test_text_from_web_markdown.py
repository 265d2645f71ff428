"""Markdown saved or pasted as plain text (a site's "copy as Markdown", a converter's
output): the readers keep every character, so the empty HTML comment converters print
between two lists is removed as markup at the roles (issue 11 item 5). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words


def test_empty_comment_between_lists_is_markup() -> None:
    text = (
        "Examplia and Samplia Joint Statement\n\n"
        "The two leaders met in Examplia City on 3 May 2025 and agreed as follows:\n\n"
        "1.  **EXPAND** trade between the two countries.\n\n"
        "<!-- -->\n\n"
        "2.  **MEET** again next year in Samplia.\n"
    )
    release = release_from_text(text)
    assert not any("<!--" in release.node_text(n) for n in release.nodes())
    assert any(r.text == "<!-- -->" for r in release.removed)
    assert [n.label for n in release.nodes() if n.label] == ["1.", "2."]
    assert not lost_words(text, release)
