"""A release's title written as its archive's notice: one sentence naming the kind of
record, who spoke, where and when, and what about, closed by a full stop.

"Interview de Mme X, ministre du travail, à LCI le 11 mai 2020, sur ... .", "Déclaration
de M. Y sur ..., à Paris le 3 mars 2021.", "Compte rendu du Conseil des ministres du
mercredi 5 janvier 2022.": the French state's public-speech archive (vie-publique.fr)
titles every speech, interview and communiqué so, and the Élysée and the government's
site title their Council of Ministers' reports the same way. Titles otherwise never end
on a full stop (a line that does is a paragraph's sentence); this one does because it is
a catalogue's description. It is known by its opening (the record's kind, then whose
it is) and by the day it names: a body's sentence opening on "Interview de" and dated
is rare, and it would stand below the head, where no title is looked for.
"""

from __future__ import annotations

import re

from briefing.ingest.dates import find_date
from briefing.lazyre import lazy

# The kind of record, then "de"/"du"/"d'"/"des"/"avec" naming whose it is.
_NOTICE_OPENING = lazy(
    r"^(?:interview|entretien|déclaration|discours|allocution|communiqué|conférence de presse"
    r"|point de presse|compte[- ]rendu(?: du conseil des ministres)?|tribune|réponse|lettre"
    r"|message|intervention|questions?-réponses)\s+(?:de|du|d'|d’|des|avec|conjointe?)\b",
    re.I,
)
NOTICE_MAX_WORDS = 80  # (as long as any title: a long interview's notice lists every subject)


def is_notice_title(text: str) -> bool:
    """One line opening on a record's kind and whose it is, naming a day, ending on a
    full stop: the archive's notice that titles the record."""
    stripped = " ".join(text.split())
    if not stripped.endswith(".") or stripped.endswith(".."):
        return False
    if len(stripped.split()) > NOTICE_MAX_WORDS or not _NOTICE_OPENING.match(stripped):
        return False
    return find_date(stripped) is not None
