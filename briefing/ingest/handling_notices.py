"""A release's handling notice on a line of its own: "For immediate release", "Embargoed
until 10:00", "Pour diffusion immédiate", "Sperrfrist: ...".

The issuer prints it over the release to tell the press when it may be published: a line
of the release's head, never one of the site's link labels, however short and however
many menu lines a copied page sets above it.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_HANDLING_NOTICE = lazy(
    r"^\W*(?:for\s+(?:immediate\s+)?release|immediate\s+release|embargoed?\b|"
    r"not\s+for\s+(?:publication|release)\s+(?:before|until)|"
    r"pour\s+diffusion\s+imm[ée]diate|para\s+(?:publicaci[óo]n|difusi[óo]n)\s+inmediata|"
    r"zur\s+sofortigen\s+ver[öo]ffentlichung|sperrfrist\b)",
    re.I,
)


def is_handling_notice(text: str) -> bool:
    """True when ``text`` opens on a release's handling notice."""
    return bool(_HANDLING_NOTICE.match(text))
