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
    comments: bool = True  # staff annotations as Word comments in the annex
    classification: str | None = None  # overrides Brief.header.classification
    paper: str = "a4"  # "a4" | "letter"
    author: str = ""  # document property "author"; falls back to the brief's From
    # Font for Korean, Chinese and Japanese runs (w:eastAsia). Word on Windows has Malgun
    # Gothic; elsewhere the renderer falls back to an installed CJK font.
    east_asian_font: str = "Malgun Gothic"
    # "Now" for the document properties and an undated brief; fixed in tests.
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
