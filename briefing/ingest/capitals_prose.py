"""Paragraphs typed in capitals throughout, as typewritten releases of the 1970s-80s were,
then scanned and read back one printed line (or a few) a block, with a blank line between.

Case says nothing there: every line looks like a heading. What a heading never holds is
a sentence's end or a clause's comma inside a long line; a long line of such prose that
stops on a bare word or on a comma has not ended its paragraph, whatever the next block
opens with (a capital, like every word).
"""

from __future__ import annotations

from briefing.ingest.patterns import FUNCTION_WORDS
from briefing.lazyre import lazy

CAPITALS_PROSE_MIN_WORDS = 12  # a heading or letterhead line in capitals is shorter
CAPITALS_SHARE = 0.8  # letters in capitals: typed so, not a name or an acronym here and there
# A sentence ended inside the line ("... HYPOCRISY. MR EXAMPLE SAYS ..."): a word of four
# letters or more before the stop ("MR.", "HON." and "U.S." abbreviate), a capital after it.
_SENTENCE_INSIDE = lazy(r"[A-Z]{4}[.?!][\"”’']?\s+[\"“‘]?[A-Z]")


def capitals_prose_cut(prev: str) -> bool:
    """``prev``, a block of prose typed in capitals, stops where its paragraph does not:
    on a comma, or on a bare word after a sentence ended inside it, or on a word such as
    "OF" or "THE"."""
    last = prev[-1:]
    if not (last.isalpha() or last in ",;") or len(prev) < 60:
        return False
    tokens = prev.split()
    if len(tokens) < CAPITALS_PROSE_MIN_WORDS:
        return False
    letters = [ch for ch in prev if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) < len(letters) * CAPITALS_SHARE:
        return False
    if not last.isalpha():
        return True  # a clause's comma at the end of a long line of capitals
    # A letterhead in capitals has commas too ("THE HON. JANE EXAMPLE MHR, LEADER OF THE
    # OPPOSITION", "PARLIAMENT HOUSE, CANBERRA") and stops on a name: only a sentence
    # ended inside, or a last word no sentence ends on, says the line is prose cut short.
    return bool(_SENTENCE_INSIDE.search(prev) or tokens[-1].lower() in FUNCTION_WORDS)
