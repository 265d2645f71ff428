"""A Markdown heading whose space after its hashes was lost: "####Inleiding".

CommonMark wants a space between an ATX heading's hashes and its words, and prints
"####Inleiding" as a paragraph with the hashes in it. Converters that write Markdown
from a publication's XML or HTML drop that space, and the hashes then show in the text
of a line that is plainly a heading. Two to six hashes glued to a word are such a
heading; one hash glued to a word is a hashtag ("#Budget2024"), left as it is.
"""

from __future__ import annotations

import re

_GLUED = re.compile(r"^(#{2,6})(?=[^\s#\\])", re.M)


def space_glued_headings(text: str) -> str:
    """``text`` with a space put between glued heading hashes and their words."""
    if "##" not in text:
        return text  # (a quick test: most files have none)
    return _GLUED.sub(r"\1 ", text)
