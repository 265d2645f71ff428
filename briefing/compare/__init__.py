"""Compare two versions of a statement paragraph by paragraph, by content (no Qt).

``compare_releases(old, new)`` pairs the units of two outlines by what they say, not by
their numbers, and tells same, changed, moved, added, removed, split and merged apart;
``briefing.compare.report`` turns the result into JSON and Markdown, and
``briefing.compare.tracked`` into a Word file with tracked changes.
"""

from briefing.compare.align import Change, Comparison, compare_releases
from briefing.compare.units import Unit, units_of

__all__ = ["Change", "Comparison", "Unit", "compare_releases", "units_of"]
