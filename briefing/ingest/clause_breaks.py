"""A resolution's preambular clause cut by a page break.

Every preambular paragraph of a resolution or decision opens with its participle or
adjective ("Welcoming the convening of ...") and ends on a comma (perhaps with a note's
number after it). One that stops on a bare word at a page's foot ("... Objectives of the
International") has not ended: the first block of the next page, after the page's notes
and foot, goes on with it even where it opens with a capital ("Decade for Action, ...",
a name carried over), unless that block opens a clause or a numbered paragraph itself
(checked by the caller).
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_CLAUSE_END = lazy(r"[,;:.!?]\s?\d{0,3}\s*$")


def clause_unfinished(host: str, opens_clause: re.Pattern[str]) -> bool:
    """``host`` opens a preambular clause and stops before the clause's comma."""
    text = host.strip()
    return bool(opens_clause.match(text)) and not _CLAUSE_END.search(text) and text[-1:].isalpha()
