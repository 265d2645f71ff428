"""Composing the briefing note from a project (no Qt).

The names below load their modules on first use (PEP 562): the app's window imports
``briefing.brief.editable`` and ``key_people`` to show a brief, and importing the package
for them must not load the drafting code (its phrasebooks and the export labels).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from briefing.brief.cite import cite_text, paragraph_number
    from briefing.brief.compose import draft_brief, redraft

__all__ = ["cite_text", "draft_brief", "paragraph_number", "redraft"]

_HOMES = {
    "cite_text": "briefing.brief.cite",
    "paragraph_number": "briefing.brief.cite",
    "draft_brief": "briefing.brief.compose",
    "redraft": "briefing.brief.compose",
}


__getattr__ = lazy_exports(__name__, _HOMES, globals())
