"""Briefing: read releases into structured outlines and draft Word briefing notes."""

__version__ = "0.2.0"
