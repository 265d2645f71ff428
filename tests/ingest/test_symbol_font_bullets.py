"""Bullets in a symbol font's private-use code points (as Word and PDF text give them)
are shown as the character the font draws, with a line in the release's removed list."""

from __future__ import annotations

from briefing.ingest import release_from_text

TEXT = """Highlights of the Monetary Board meeting

\uf0b7 The Board decided to keep its policy rate at 3.0 percent, as inflation stayed within target.

\uf0a7 Inflation expectations remained firmly anchored over the policy horizon.

\uf0b7 The Board will continue to monitor the risks to the outlook.
"""


def test_symbol_font_bullets_are_shown_as_bullets() -> None:
    release = release_from_text(TEXT)
    labels = [n.label for n in release.nodes() if n.label]
    assert labels == ["•", "▪", "•"]
    assert "\uf0b7" not in release.text and "\uf0a7" not in release.text
    assert any("3 bullets typed in a symbol font" in r.text for r in release.removed)


def test_other_private_use_characters_stay() -> None:
    release = release_from_text("Statement\n\nA logo \ue001 stays in the text of this line.\n")
    assert "\ue001" in release.text
