"""Site widgets around a release: advertisement carousels and media players.

A news site sets its advertisements under a label of their own ("Advertisements", in a
block classed "advertisements", "ad-slot", "adsbygoogle") and wraps audio and video in a
player whose text is the player's: the clip's title repeated from the headline, "JIS
News | Presented by:", a duration. Neither is text of the release; read as content they
add units before and after the release's own paragraphs.
"""

from __future__ import annotations

from briefing.ingest.readers.html_text import tag_of, text_of, tokens

# Whole class/id words that name an advertisement slot.
_AD_WORDS = frozenset(
    ("ad", "ads", "advert", "adverts", "advertisement", "advertisements", "adsbygoogle")
)
_MEDIA = ("audio", "video")
# A player's own words: a title, a presenter, a duration. More is a transcript.
_PLAYER_WORDS = 25


def widget_kind(el) -> str | None:
    """ "navigation" when ``el`` is an advertisement block or a media player, else None."""
    if tokens(el) & _AD_WORDS:
        return "navigation"
    player = any(tag_of(child) in _MEDIA for child in el) and tag_of(el) not in ("figure", "p")
    if player and len(text_of(el).split()) <= _PLAYER_WORDS:
        return "navigation"
    return None
