"""The date a Word file prints in its page footers: the issue date of a paper dated
nowhere else ("IBFM 02, 09 July 2018   Page 3 of 18").

A footer part is printed at the foot of every page of its section: it is a running foot,
which Word stores once (so running_head_dates, which asks for a date seen on two pages,
never sees it repeated). Forms, checklists, standards and guidance notes print their
version's date there and nowhere else. Asked only when the text states no date of its own
(pipeline), and only when every footer prints the same one: footers with different dates
say nothing about the document. A date field's result (DATE, PRINTDATE, SAVEDATE...) is
left out by ``docx_headers``, which reads the footers: Word fills it in with the day the
file was opened, printed or saved, never the day the paper was issued. So is a footer
line that says its date is the copy's or the template's, typed rather than a field
("Printed on 5 May 2019", "Template v2, revised 12 January 2016", "Gedruckt am ..."): the
day of a printout or of the form the paper was written on, never the paper's.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_FOUR_FIGURES = lazy(r"\d{4}")  # (no year in a foot without four figures in a row)
# A typed stamp of the copy or of the template: printed, saved, generated, downloaded.
_COPY_STAMP = lazy(
    r"\b(?:printed|print date|saved|generated|downloaded|template|gedruckt|druckdatum|"
    r"vorlage|imprimé|impreso|impresión|modèle|plantilla)\b",
    flags=re.I,
)


def footer_date(footers: list[str]) -> str:
    """The one full date (ISO) the file's page footers print (their texts, date fields'
    results already left out by ``docx_headers.headers_footers``), or ""."""
    from briefing.ingest.dates import find_date

    dates: set[str] = set()
    for text in footers:
        if _FOUR_FIGURES.search(text) and not _COPY_STAMP.search(text):
            found = find_date(text)
            if found is not None and found.year:
                dates.add(found.iso())
    return next(iter(dates)) if len(dates) == 1 else ""
