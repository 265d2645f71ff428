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
PLACE_MAX_CHARS = 40  # a place, its state and its dash (is_place_dateline)

# The place in capitals (letters of any script that has cases, dots and apostrophes of
# "D.C." and "ST. LOUIS"), perhaps a comma and a state's abbreviation, then the dash.
_PLACE_DATELINE = lazy(
    r"^(?P<place>[^\W\d_][^\W\d_.'’-]*\.?(?:[ -][^\W\d_][^\W\d_.'’]*\.?)*)"
    r"(?:, ?(?P<state>[A-Z][A-Za-z.]{1,7}))?\s*[–—-]$"
)

_ROMAN = frozenset("IVXLCDM")

# A news agency's name before the place, as papers credit a wire story: "AFP, MANILA".
AGENCIES = (
    "AFP", "AP", "Reuters", "REUTERS", "dpa", "DPA", "EFE", "ANSA", "Kyodo", "KYODO",
    "Xinhua", "XINHUA", "CNA", "Yonhap", "YONHAP", "PTI", "IANS", "TASS", "Bloomberg",
    "Anadolu",
)  # fmt: skip
_AGENCY_DATELINE = lazy(
    rf"^(?:{'|'.join(AGENCIES)})"
    r"(?:\s*[/,]\s*(?:AFP|AP|Reuters|REUTERS|dpa|DPA|CNA))?,\s*(?P<place>.+)$"
)
# The first letters of the agencies' names, taken from the one list so that an agency
# added there is not gated out by may_head_lead: a long line opening on none of them is
# no agency's dateline.
_AGENCY_INITIALS = frozenset(name[0] for name in AGENCIES)
# The lead opening on the dateline's dash when the place was set apart: "– The Office ...",
# "- The Office ...". A converter's bullet pads its hyphen ("-   What steps ..."): a list.
_DASH_LEAD = lazy(r"^(?:[–—]\s+|-\s(?!\s))[A-Z“\"‘]")
LEAD_MIN_CHARS = 60  # a lead's sentence, not a list's short entry


def is_place_dateline(text: str) -> bool:
    """``text`` is only a place in capitals and a dash: a dateline's opening words."""
    stripped = text.strip()
    if len(stripped) > PLACE_MAX_CHARS:
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


def _bare_place(text: str) -> bool:
    """``text`` is a place in capitals with no dash: "CHICAGO", "SALT LAKE CITY"."""
    stripped = text.strip()
    return bool(stripped) and stripped[-1:] not in "–—-" and is_place_dateline(stripped + " –")


def is_agency_dateline(text: str) -> bool:
    """ "AFP, MANILA": a wire's name and the place its story was filed from."""
    found = _AGENCY_DATELINE.match(text.strip())
    return found is not None and _bare_place(found["place"])


def may_head_lead(line: str) -> bool:
    """Whether ``line`` can be a dateline ``lead_under_dateline`` asks about: a place is
    short, and a longer line can only be an agency's credit, which opens on its name.
    (A cheap look: asked of every block of a text, nearly all of them long prose.)"""
    stripped = line.strip()  # (the line itself, no copy, when it has no margin)
    return len(stripped) <= PLACE_MAX_CHARS or stripped[:1] in _AGENCY_INITIALS


def lead_under_dateline(dateline: str, line: str, after: str) -> bool:
    """``dateline``, alone on its line (with blank lines under it or not), is the first
    words of the lead ``line``: a place in capitals and its dash, or an agency's name and
    the place, over a sentence-long line in capitals' case; or the bare place over the
    lead that opens on the dash ("CHICAGO" / "– Cook County ..."), where ``after``, the
    line after the lead, does not open on a dash too (a list's items do). A crosshead in
    capitals has no dash and names no agency."""
    if len(line) < LEAD_MIN_CHARS:
        return False
    if is_place_dateline(dateline) or is_agency_dateline(dateline):
        return line[:1].isupper() or line[:1] in '“"‘'
    return _bare_place(dateline) and bool(_DASH_LEAD.match(line)) and not _DASH_LEAD.match(after)
