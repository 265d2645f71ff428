"""An official journal's name, printed alone as the masthead over the act it publishes.

The European Union's Official Journal heads every page of an act with its name in the
act's language ("Official Journal of the European Union", "Amtsblatt der Europäischen
Union", "Journal officiel de l'Union européenne"), a language code copied from the page
before it ("DE", "EN"); national journals do the same ("Gazzetta Ufficiale della
Repubblica Italiana", "Boletín Oficial del Estado", "Diário da República", "Moniteur
belge", "Bundesgesetzblatt", "Staatsblad"). The journal's name says where the act was
published, never what it is: the act's title is printed under it ("ABKOMMEN ...",
"REGULATION (EU) 2024/..."). A line naming the journal *and* an issue's number is
``title._GAZETTE_ISSUE``; this module reads the name set alone.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# The journals' own names, in the languages they are printed in. A title that merely
# mentions a journal ("Publication in the Official Journal of ...") has words before it,
# so the name must open the line (after a two-letter language code at most) and end it.
# The code is printed in capitals ("DE", "EN") and only capitals are taken for it, though
# the names match in any case: a two-letter word in lower case before a name ("In
# Bundesgesetzblatt") opens a phrase, it is no page's code.
_JOURNAL_NAME = lazy(
    r"^(?:(?-i:[A-Z]{2})\s+)?(?:"
    r"Official\s+Journal\s+of\s+the\s+European\s+(?:Union|Communities)"
    r"|Amtsblatt\s+der\s+Europäischen\s+(?:Union|Gemeinschaften)"
    r"|Journal\s+officiel\s+(?:de\s+l['’]Union\s+européenne|des\s+Communautés\s+européennes"
    r"|de\s+la\s+République\s+française)"
    r"|Diario\s+Oficial\s+de\s+la\s+Unión\s+Europea"
    r"|Gazzetta\s+ufficiale\s+(?:dell['’]Unione\s+europea|della\s+Repubblica\s+italiana)"
    r"|Jornal\s+Oficial\s+da\s+União\s+Europeia"
    r"|Publicatieblad\s+van\s+de\s+Europese\s+Unie"
    r"|Dziennik\s+Urzędowy\s+Unii\s+Europejskiej"
    r"|Boletín\s+Oficial\s+del\s+Estado"
    r"|Diário\s+da\s+República"
    r"|Moniteur\s+belge|Belgisch\s+Staatsblad"
    r"|Bundesgesetzblatt|Staatsblad\s+van\s+het\s+Koninkrijk\s+der\s+Nederlanden"
    r")\W*$",
    re.I,
)


def is_journal_name(text: str) -> bool:
    """Whether ``text`` is only an official journal's name (perhaps after the page's
    language code): the masthead of the act under it, never its title."""
    return bool(_JOURNAL_NAME.match(" ".join(text.split())))


__all__ = ["is_journal_name"]
