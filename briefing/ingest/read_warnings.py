"""What reading a release changed in its text, for the user to hear when it opens.

Readers list everything they leave out in the release's ``removed`` list (page furniture,
site navigation...), which is routine. A few entries say the text itself was damaged or
cut short: bytes that were not valid UTF-8, characters a Word file cannot hold, a page
nested deeper than the parser reads. Those deserve a word at once, not only a line in a
list the user may never open.
"""

from __future__ import annotations

from briefing.ingest.xmlsafe import DROPPED_KIND
from briefing.model import Release

DAMAGE_KINDS = ("encoding", DROPPED_KIND, "nesting")


def read_warnings(release: Release) -> list[str]:
    """The sentences of the release's removed list that say its text was damaged."""
    return [item.text for item in release.removed if item.kind in DAMAGE_KINDS]
