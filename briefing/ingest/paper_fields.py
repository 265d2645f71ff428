"""Lines of a release's head that describe the paper, not what it says.

A web page prints, around its headline, what kind of paper it is with its serial number
("Press Release (97)27", "Communiqué de presse n° 45", "Nota de prensa 12/2020",
"Pressemitteilung Nr. 14") and where the text comes from or who wrote it ("Source: ASEAN
Secretariat News", "Fuente: Cancillería", "By: Jane Example"). Both are set as short lines
of their own, often first on the page, and the title rules must not take them: a numbered
kind of paper names the series, not this paper's subject, and a field that names its own
key ("Source:") is a field, never a headline. Both stay in the text (a credit line is a
unit of the release, like a byline); they are only no title.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_KINDS = (
    r"(?:press|media|news)\s+(?:release|statement|note)|communiqu[ée](?:\s+de\s+presse)?|"
    r"comunicado(?:\s+de\s+(?:prensa|imprensa))?|nota\s+(?:de\s+prensa|[àa]\s+imprensa|"
    r"informativa)|pressemitteilung|presseerkl[äa]rung|informaci[óo]n\s+para\s+la\s+prensa"
)
# The kind and its number, nothing else: "Press Release (97)27", "PR/CP(2019)045",
# "Comunicado N° 156/15", "Pressemitteilung Nr. 14/2021".
_NUMBERED_KIND = lazy(
    rf"^\W*(?:{_KINDS})\s*(?:no\.?|nr\.?|n[°ºo]\.?|núm\.?|#)?\s*"
    r"[(\[]?[A-Z]{0,4}[/-]?\d[\w/().-]*$",
    re.I,
)
# "Source: ...", "By: ...": a field naming its key, a colon, then a short value.
_CREDIT_FIELD = lazy(
    r"^(?:sources?|fuente|fonte|quelle|by|written\s+by|posted\s+by|author|auteur|autor|"
    r"photo|credit|crédito|crédit)\s*:\s*\S.{0,80}$",
    re.I,
)


def describes_paper(text: str) -> bool:
    """Whether ``text`` is a numbered kind of paper or a source/author field: a head line
    that is never the release's title."""
    stripped = text.strip()
    if len(stripped) > 100:
        return False
    return bool(_NUMBERED_KIND.match(stripped) or _CREDIT_FIELD.match(stripped))
