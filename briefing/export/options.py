"""What the user can choose when exporting a note."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

PAPER_SIZES = ("a4", "letter")


@dataclass
class ExportOptions:
    """Choices for one export. The defaults give the house note on the bundled template."""

    template: Path | None = None  # a house .docx/.dotx; None = resources/templates default
    annex: bool = True  # Annex A: the release text itself
    # Staff annotations as Word comments in the annex: a working copy's, off in a note to
    # send (remarks meant for colleagues must not reach the addressee by default).
    comments: bool = False
    # House format preset (briefing.export.presets): None = the template's, else standard.
    house: str | None = None
    decide_by: str = ""  # a note for decision: its decision date or timing, as written
    reviewed: bool = False  # the user vouches for this export: no DRAFT mark
    classification: str | None = None  # overrides Brief.header.classification
    paper: str = "a4"  # "a4" | "letter"
    # The note's own words (labels, headings, title): "en" or "ko" (briefing.export.labels).
    language: str = "en"
    author: str = ""  # document property "author"; falls back to the brief's From
    # Font for Korean, Chinese and Japanese runs (w:eastAsia). Word on Windows has Malgun
    # Gothic; elsewhere the renderer falls back to an installed CJK font.
    east_asian_font: str = "Malgun Gothic"
    # "Now" for the document properties and an undated brief; fixed in tests.
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
