"""A date the head gives as the day something takes effect is not the day of the release.

Acts, directives, policy rules and rate decisions say from when they apply: "The rule
takes effect on 1 April 2031", "... with effect from 14 March 2031", "De regeling treedt
in werking op 1 juli 2031", "Ändringarna träder i kraft den 1 januari 2031", "Le décret
entre en vigueur le 1er mars 2031". That day is set by the text itself, often weeks
or months after it was issued (or before it, backdated), so offices print it in the
text's own sentence and date the paper elsewhere: in a dateline, a signing line, the
page's stamp, or nowhere at all. With no other date, the release is undated rather than
dated by its commencement. Read only where the head's first dates are tried as the
release's (``dates._head_date``): the phrase stands right before the date, with at most
a few words between ("with effect from 11:00 local time 3 March 2031"). Seen in session
42 in the heads of Canada's Treasury Board directives (two), the Netherlands' AFM policy
rules, the Swedish government's press releases (two), the ECB's rate decisions and the
Bank of Russia's key rate release.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# The phrase, then at most four words (a preposition, an article, "den", a time of day
# and its zone) up to the date, in the same sentence: a word closing one ("... took
# effect last year. Published 3 March 2031") parts the phrase from the date, which is
# then another sentence's (an abbreviation's points, "a.m.", stay within).
_IN_EFFECT = lazy(
    r"(?:\btakes?\s+effect|\btook\s+effect|\bcomes?\s+into\s+(?:force|effect|operation)"
    r"|\benters?\s+into\s+force|\beffective\s+(?:from|on|as\s+(?:of|from))"
    r"|\bwith\s+effect\s+(?:from|on)|\bin\s+force\s+(?:from|on|as\s+of)"
    r"|\bentr(?:e|ent|era|eront)\s+en\s+vigueur|\bentr(?:a|an|ará|arán)\s+en\s+vigor"
    r"|\bentr(?:a|ano|erà|eranno)\s+in\s+vigore|\bentr(?:a|am|ará|arão)\s+em\s+vigor"
    r"|\btr(?:äder|äda)\s+i\s+kraft|\btreedt\s+in\s+werking|\btreden\s+in\s+werking"
    r"|\btr(?:itt|eten)\s+(?:am|mit\s+(?:dem|Wirkung\s+vom))|\bwchodzi\s+w\s+życie"
    r"|\bвступа(?:ет|ют)\s+в\s+силу)"
    r"(?:[ \t\n]+(?:\S*[^\s.!?]|\S*\.\S+\.)){0,4}?[ \t\n]+$",
    re.I,
)
EFFECT_REACH = 90  # characters before the date: the phrase and its few words


def names_effect(text: str, start: int) -> bool:
    """Whether the date at ``text[start:]`` is the day a text takes effect, the phrase
    saying so right before it."""
    return _IN_EFFECT.search(text, max(0, start - EFFECT_REACH), start) is not None
