"""Bold runs whose closing "**" follows a space: what converters write, not what they meant.

A page's ``<strong>Middle East&nbsp;</strong>`` (a title typed with a trailing space, a
label "EGGS:&nbsp;" set in bold before its text) reaches Markdown through pandoc as
``**Middle East **``. CommonMark closes a bold run only where the "**" follows a
character that is not a space (a no-break space counts as one), so the renderer prints
the asterisks and the bold crosshead is lost. The space is moved out of the run, as the
page showed it: ``**Middle East** ``.
"""

from __future__ import annotations

import re

# An opening "**" before a character that is not a space, the run's words (with no "**"
# inside), then spaces and the closing "**".
_SPACED_CLOSE = re.compile(r"\*\*(?=[^\s*])((?:(?!\*\*)[^\n])+?)(?<=[^\s*])([ \t\xa0]+)\*\*")


def close_spaced_bold(text: str) -> str:
    """``text`` with every bold run's trailing spaces moved after its closing "**".
    Fast path: a text with no space before a "**" never changes."""
    if " **" not in text and "\xa0**" not in text and "\t**" not in text:
        return text
    return _SPACED_CLOSE.sub(lambda m: f"**{m.group(1)}**{m.group(2)}", text)
