"""A head line naming the paper by its kind and its date dates it.

German, French, Spanish, Portuguese and Italian offices name a paper by its kind and its
day, with the preposition their language joins them by: "Newsletter vom 8. April 2031",
"Pressemitteilung vom ...", "Regierungspressekonferenz vom ...", "Communiqué du ...",
"Compte rendu du Conseil des ministres du ...", "Comunicado ... de 21 de abril de 2031",
and set that name in the head, as its title or a line of the masthead beside the issuer
("Staatsministerium für Beispiele, Newsletter vom 8. April 2031"). The day so named is
the paper's own: a paper cites another one in a sentence, and then the line goes on past
the date. Read, after the place datelines and meeting lines, from the head's lines only,
where the date closes the line and the kind's word and preposition stand right before
it (a weekday may come between). Seen in session 42 on Bavaria's interior ministry (its
newsletter's masthead line, under the lead), the German government's press conference
records, the French government's Council of Ministers reports and the Portuguese
government's communiqués.
"""

from __future__ import annotations

import re

from briefing.ingest.dates import dateline_date as date_of_dateline
from briefing.lazyre import lazy

KIND_LINE_MAX_CHARS = 110  # a masthead line naming issuer, kind and date
# The kind's word (perhaps compounded, "Regierungspressekonferenz"), then what it names
# (at most six words: "du Conseil des ministres"), the preposition and perhaps a weekday.
# (Tried only at a word's start: "\w*" from every position of a long token is quadratic.)
_KIND_BEFORE = lazy(
    r"(?<!\w)(?:newsletter|\w*mitteilung|\w*konferenz|\w*erklärung|rundschreiben|rundbrief"
    r"|communiqué|compte[ -]rendu|comunicado|nota\s+de\s+prensa|comunicato)"
    r"(?:\s+[^\W\d_]+){0,6}?\s+(?:vom|du|de|do|del)\s+(?:[^\W\d_]+,?\s+)?$",
    re.I,
)


# A preposition before the kind (an article alone may open the paper's own name):
# the line names another paper, which it answers, corrects or quotes ("Stellungnahme zur
# Pressemitteilung vom 3. März 2031", "Réponse au communiqué du ...", "Aclaración al
# comunicado de ...", "Nota sobre o comunicado de ..."), and its date is that paper's
# (session 42 review). The paper's own name opens the line or follows the issuer's comma.
_CITED_BEFORE = lazy(
    r"(?<!\w)(?:zur|zum|zu|auf|gegen|über|laut|gemäß|nach|au|aux|sur\s+le|selon\s+le|à"
    r"|al|sobre\s+el|según\s+el|ao|sobre\s+o|segundo\s+o|sul|nel)\s+$",
    re.I,
)


def kind_date(line: str) -> str:
    """ISO date of a head line naming the paper's kind and its date, the date closing the
    line; else ""."""
    if len(line) > KIND_LINE_MAX_CHARS:
        return ""
    found = date_of_dateline(line)
    if found is None or found.year is None or line[found.end :].strip(" .") != "":
        return ""
    kind = _KIND_BEFORE.search(line[: found.start])
    if kind is None or _CITED_BEFORE.search(line, 0, kind.start()):
        return ""  # (no kind, or another paper's: "... zur Pressemitteilung vom ...")
    return found.iso()
