"""Plain data for Briefing: no Qt, no I/O."""

from briefing.model.annotation import Anchor, Annotation
from briefing.model.brief import SECTION_KEYS, Brief, BriefHeader, BriefParagraph, BriefSection
from briefing.model.node import NODE_KINDS, Node
from briefing.model.project import Project
from briefing.model.release import Release, Removed, SourceInfo, Suggestion

__all__ = [
    "NODE_KINDS",
    "SECTION_KEYS",
    "Anchor",
    "Annotation",
    "Brief",
    "BriefHeader",
    "BriefParagraph",
    "BriefSection",
    "Node",
    "Project",
    "Release",
    "Removed",
    "SourceInfo",
    "Suggestion",
]
