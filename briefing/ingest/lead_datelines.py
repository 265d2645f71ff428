"""A release's dateline run into its lead: "Singapore, 2 March 2023 – To advance ...".

Press releases open their first paragraph on the place and the day they were issued,
then a dash (or a colon) and the news. That is the release's date, wherever the lead
sits: a deck set as a paragraph between the headline and the lead does not make it a
later paragraph's passing mention, and a date in the headline ("... starts from 5 June
2024") names the event announced, not the day of the release.

Only a place (words, no figures), a comma, a full date and the dash or colon after it
count: a sentence opening on a date ("On 7 August 2006, the Authority ...") has no
place before it, nor a dash after it.
"""

from __future__ import annotations

from briefing.lazyre import lazy

# How many of the text's first paragraphs may open on the dateline (a deck, a bulleted
# summary, then the lead).
LEAD_PARAGRAPHS = 4
# A place's name takes a few words ("Washington, D.C.", "SINGAPORE", "Port of Spain").
PLACE_MAX_CHARS = 40
_PLACE = lazy(r"^[^\W\d_][^\W\d_ .'’()-]*(?:[ .'’()-]+[^\W\d_][^\W\d_.'’()-]*)*\.?$")
# After the date: the dash or colon that ends the dateline (a weekday or the time in
# brackets may come first: "5 June 2024 (Wednesday) –").
# The article some languages set before the day ("Paris, le 5 mars 2024 –").
_BEFORE_DAY = lazy(r"^(?:(?:le|el|den|am|on)\s+)?$", flags=2)  # re.I
_DATELINE_END = lazy(r"^[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?(?:\.[ \t]*)?(?:[-–—:|]|/[A-Za-z]+/)")


def lead_dateline(paragraph: str) -> str:
    """The dateline ``paragraph`` opens on ("Singapore, 2 March 2023"), or ""."""
    from briefing.ingest.dates import find_date

    head = paragraph[: PLACE_MAX_CHARS + 60]
    comma = -1
    for _ in range(2):  # "Washington, D.C., March 5, 2024 –": the place holds a comma
        comma = head.find(",", comma + 1)
        if comma <= 0 or comma > PLACE_MAX_CHARS:
            return ""
        if not _PLACE.match(" ".join(head[:comma].replace(",", " ").split())):
            return ""
        rest = head[comma + 1 :]
        lead = len(rest) - len(rest.lstrip())
        found = find_date(rest[lead:], hijri=False)
        if found is None or not found.year:
            continue
        if not _BEFORE_DAY.match(rest[lead : lead + found.start]):
            continue
        if _DATELINE_END.match(rest[lead + found.end :]):
            return head[: comma + 1 + lead + found.end]
    return ""


def first_lead_dateline(paragraphs: list[str]) -> str:
    """The dateline the first of ``paragraphs`` to open on one opens on, or ""."""
    for paragraph in paragraphs[:LEAD_PARAGRAPHS]:
        found = lead_dateline(paragraph)
        if found:
            return found
    return ""
