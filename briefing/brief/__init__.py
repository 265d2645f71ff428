"""Composing the briefing note from a project (no Qt)."""

from briefing.brief.cite import cite_text, paragraph_number
from briefing.brief.compose import draft_brief, redraft

__all__ = ["cite_text", "draft_brief", "paragraph_number", "redraft"]
