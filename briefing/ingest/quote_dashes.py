"""The dash that opens a quotation in Nordic press releases.

Swedish, Norwegian, Danish and Finnish texts open a person's words with a dash (the
"repliksträck") and name the speaker after them: "– Statens viktigaste uppgift är att
skydda befolkningen ..., säger justitieminister Anna Exempel." The dash marks speech, not
a list's point: the paragraph is a quotation of its own, as in English, where the same
words would stand in quotation marks.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# ", säger ministern ..." / "sier statsråd ..." / "siger ministeren ..." / "sanoo ...":
# the speech verb after the quoted words (Swedish, Norwegian, Danish, Finnish), followed
# by the speaker.
_ATTRIBUTION = lazy(
    r"[,.!?–]\s*(?:–\s*)?(?:säger|sade|sa|sier|siger|sagde|sanoo|sanoi)\s+\S", re.IGNORECASE
)
QUOTE_REACH = 1500  # characters: a quoted paragraph names its speaker within it


def opens_quotation(text: str) -> bool:
    """Whether ``text``, opening on a dash, is a quotation whose speaker it names."""
    return text[:1] in "–—" and _ATTRIBUTION.search(text, 0, QUOTE_REACH) is not None
