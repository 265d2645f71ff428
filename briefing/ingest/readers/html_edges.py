"""The page's own parts printed at the edges of a release's text: its update stamp, its
"back" link and, on Chinese pages, the editor's credit and the tools strip.

Every CMS prints, around the article it serves, a link back to the list the reader came
from ("Zurück zur Übersicht", "Back to news", "Retour") and, under the article, the
date the page was last edited ("Letzte Änderung 14.02.2019", "Last updated: 7 May
2025", "Stand: 25.01.2022") with, on some sites, the page's address. They name the
page, not the release: the release's own dateline stands above its text. They are told
on any site by their words (one multilingual list of labels) and their place: a short
line of nothing but the label (and the stamp's date) outside the release's paragraphs,
before its first or after its last. A link in the text's sentences or a date line
above the text is never taken; a page without a paragraph of prose is left as it is.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Line
from briefing.ingest.readers.html_walk import body_paragraph
from briefing.ingest.readers.html_zh_lines import is_zh_page_line
from briefing.ingest.web_chrome import stamp_date

# "Zurück", "« Zurück zur Übersicht", "Back to news", "Retour à la liste", "Volver".
_BACK = re.compile(
    r"^[«‹<←\s]*(?:zurück|back|go back|retour|revenir|volver|regresar|indietro|torna|"
    r"terug|tillbaka|tilbage|takaisin|zpět|wróć|powrót|назад|返回)"
    r"(?:\s+(?:zur|zum|zu|nach|to|à|a|al|alla|all'|naar|na|do|til|till)\b[^.!?]{0,40})?"
    r"[\s»›>↑]*$"
    # and the link back to the page's top: "Zum Seitenanfang", "Nach oben", "Haut de page".
    r"|^[↑\s]*(?:(?:zum |zur )?seitenanfang|nach oben|top of (?:the )?page|to the top|"
    r"haut de (?:la )?page|volver arriba|ir arriba|torna su|inizio pagina)[\s↑]*$",
    re.I,
)
# A page's address printed as a line of its own beside its stamp.
_URL = re.compile(r"^https?://\S+$")


def page_edges(lines: list[Line], dropped: list, metadata: dict[str, str]) -> list[int]:
    """Indices of the back links at the text's two edges and of the update stamp (with
    the page's address beside it) under its last paragraph, listed in ``dropped`` as
    "navigation" for the caller to delete. The stamp's date becomes the page's date
    when its metadata names none."""
    prose = [i for i, line in enumerate(lines) if body_paragraph(line)]
    if not prose:
        return []
    first, last = prose[0], prose[-1]
    taken: list[int] = []
    for i, line in enumerate(lines):
        if first <= i <= last or line.label or line.note_of is not None:
            continue
        text = line.text.strip()
        if len(text) <= 60 and _BACK.match(text):
            taken.append(i)
        elif i > last and (iso := stamp_date(text, alone=True)):
            taken.append(i)
            metadata.setdefault("date", iso)
        elif i > last and is_zh_page_line(text):
            taken.append(i)  # the editor's credit, the tools strip, the copyright notice
    # The page's address printed beside a stamp or back link taken (its footer's line).
    for i in list(taken):
        for j in (i - 1, i + 1):
            if last < j < len(lines) and j not in taken and _URL.match(lines[j].text.strip()):
                taken.append(j)
    taken.sort()
    dropped.extend(("navigation", lines[i].text.strip()) for i in taken)
    return taken
