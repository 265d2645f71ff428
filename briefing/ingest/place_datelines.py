"""A release's place dateline set alone on its line: "CHICAGO –", "ANAHEIM —",
"WASHINGTON, D.C. -", "SANTA ANA, Calif. –".

Wire-style releases open their first paragraph on the place they are issued from, in
capitals, and a dash ("CHICAGO – The State's Attorney's Office today announced ...").
Sites set the place in an element of its own (bold, a span), and a browser's copy puts
it on a line of its own, the lead on the next. The line is the first words of the
release's first paragraph, never a site's line: a ticker's headline also ends on its
separator, but names a story in ordinary case; the dateline is a place's name in
capitals, a handful of words at most, perhaps with its state's abbreviation.
"""

from __future__ import annotations

from briefing.lazyre import lazy

PLACE_MAX_WORDS = 4  # "SALT LAKE CITY", "WASHINGTON, D.C.", "SANTA ANA, Calif."

# The place in capitals (letters of any script that has cases, dots and apostrophes of
# "D.C." and "ST. LOUIS"), perhaps a comma and a state's abbreviation, then the dash.
_PLACE_DATELINE = lazy(
    r"^(?P<place>[^\W\d_][^\W\d_.'’-]*\.?(?:[ -][^\W\d_][^\W\d_.'’]*\.?)*)"
    r"(?:, ?(?P<state>[A-Z][A-Za-z.]{1,7}))?\s*[–—-]$"
)

_ROMAN = frozenset("IVXLCDM")


def is_place_dateline(text: str) -> bool:
    """``text`` is only a place in capitals and a dash: a dateline's opening words."""
    stripped = text.strip()
    if len(stripped) > 40:
        return False
    found = _PLACE_DATELINE.match(stripped)
    if found is None:
        return False
    place = found["place"]
    letters = [c for c in place if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and not set(letters) <= _ROMAN  # "II –": a part's number over its heading
        and len(place.split()) + (1 if found["state"] else 0) <= PLACE_MAX_WORDS
    )
