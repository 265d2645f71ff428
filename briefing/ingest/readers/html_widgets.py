"""Site widgets around a release: advertisement carousels and media players.

A news site sets its advertisements under a label of their own ("Advertisements", in a
block classed "advertisements", "ad-slot", "adsbygoogle") and wraps audio and video in a
player whose text is the player's: the clip's title repeated from the headline, "JIS
News | Presented by:", a duration; an embedded video or tweet comes in a box with the
site's notice about it (privacy, consent, "Skip video"). None is text of the release;
read as content they add units before and after the release's own paragraphs.
"""

from __future__ import annotations

import re

from briefing.ingest.readers.html_text import tag_of, text_of, tokens, words_within
from briefing.lazyre import lazy

# Whole class/id words that name an advertisement slot.
_AD_WORDS = frozenset(
    ("ad", "ads", "advert", "adverts", "advertisement", "advertisements", "adsbygoogle")
)
_MEDIA = ("audio", "video")
# A player's own words: a title, a presenter, a duration. More is a transcript.
_PLAYER_WORDS = 25
# An embedded frame, or its code held back until the reader consents to load it.
_EMBEDS = ("iframe", "textarea")
_NOTICE_WORDS = 60


def widget_kind(el) -> str | None:
    """ "navigation" when ``el`` is an advertisement block, a media player or an
    embedded frame's notice box, else None."""
    if tokens(el) & _AD_WORDS:
        return "navigation"
    player = any(tag_of(child) in _MEDIA for child in el) and tag_of(el) not in ("figure", "p")
    if player and len(text_of(el).split()) <= _PLAYER_WORDS:
        return "navigation"
    return embed_notice_kind(el)


def embed_notice_kind(el) -> str | None:
    """ "navigation" when ``el`` is the box of an embedded frame (see _embed_notice)."""
    if any(tag_of(child) in _EMBEDS for child in el) and _embed_notice(el):
        return "navigation"
    return None


def _embed_notice(box) -> bool:
    """A box set round an embedded frame (a video, a tweet) or round the frame's code
    kept until the reader consents (a <textarea>): its words are the frame's notice
    ("Your browser does not support iframes", "Wenn Sie dieses Video abspielen, erfolgt
    eine Datenübertragung an YouTube", "Twitter freischalten ... Datenschutzeinstellungen
    verwalten"), the site's, not the release's. A few sentences at most, and none set
    as a paragraph of the text (<p>)."""
    words = 0
    for el in box.iter():
        if not isinstance(el.tag, str):
            continue
        tag = tag_of(el)
        if tag == "p" and text_of(el).strip():
            return False
        if tag not in _EMBEDS and tag not in ("script", "style"):
            words += len((el.text or "").split())
        words += len((el.tail or "").split()) if el is not box else 0
    return 0 < words <= _NOTICE_WORDS


# A player's counter or a clip's running time: "00:00", "45:47", "1:02:03", "2:43 min".
_RUNNING_TIME = lazy(r"^(\d{1,2}):(\d{2})(?::\d{2})?(\s*min\.?)?$", flags=re.I)
RUNNING_TIME_WORDS = 2  # "2:43 min"
_PLAYER_BOXES = frozenset(("div", "span", "p"))


def running_time(el) -> bool:
    """True when ``el`` prints only a clip's running time or a player's counter: a
    reading no clock shows ("45:47", the counter's "00:00") or one with its unit
    ("2:43 min"). A release's agenda prints times of day ("10:00"), which stay; so does
    a <time> element, the page's own stamp."""
    if tag_of(el) not in _PLAYER_BOXES:
        return False
    # (Every div, span and p of the page is asked: read no more than the reading's words.)
    words = words_within(el, RUNNING_TIME_WORDS)
    m = _RUNNING_TIME.match(" ".join(words)) if words else None
    if m is None:
        return False
    first, second = int(m.group(1)), int(m.group(2))
    return bool(m.group(3)) or first > 23 or (first == 0 and second == 0)
