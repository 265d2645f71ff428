"""House formats: the order, headings and decision block a department's notes follow.

Each preset follows what public guidance says of one government's notes (see
``docs/user-guide.md``, "House formats"): the Canadian briefing note and memo to the
Minister, the UK submission (Issue, Recommendation, Timing, Background, Argument), the
US State action / information memo (BLUF, "Approve / Disapprove"), the Australian
ministerial brief (key points on the front page, "Critical date", "Agreed / Not agreed").
What they share, and every preset keeps: in a note for decision the Recommendation comes
straight after the Summary, with its decision block and timing line, so the reader who
only reads page 1 sees what is asked of them.

A preset is chosen by the export options (CLI ``--house``, the export dialog), else by
the house template's custom document property ``BriefingHouse`` (Word: File > Info >
Properties > Advanced Properties > Custom), else ``standard``.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from briefing.export.errors import ExportError

# The custom document property a house template names its preset with.
TEMPLATE_PROPERTY = "BriefingHouse"

INFORMATION, DECISION = "information", "decision"

_AGREED = (("Agreed", "Not agreed"), ("Noted", "Please discuss"))


@dataclass(frozen=True)
class HousePreset:
    key: str
    name: str  # shown in the export dialog and in --help
    title: dict[str, str]  # the note's title by purpose
    action: dict[str, str]  # the purpose line by purpose
    # Section keys in printed order by purpose; sections a preset does not list (Key
    # people, Quotes) stay after the section they follow in the brief.
    order: dict[str, tuple[str, ...]]
    # Headings that differ from the brief's own (briefing.model.brief.SECTION_TITLES);
    # "recommendation" is named by purpose through ``recommendation``.
    headings: dict[str, str] = field(default_factory=dict)
    recommendation: dict[str, str] = field(
        default_factory=lambda: {INFORMATION: "Next steps", DECISION: "Recommendation"}
    )
    decision_options: tuple[tuple[str, ...], ...] = _AGREED
    timing_label: str = "Decision needed by"
    timing_in_header: bool = False  # a header field (Australia) or a line under the block
    attachments_label: str = "Attachments"
    # The house's body font (name, points) when its style guide sets one; None keeps the
    # template's. Applied only on the bundled template: a user's own template already
    # carries its house look.
    font: tuple[str, float] | None = None


_INFO_ORDER = (
    "purpose",
    "summary",
    "background",
    "key_points",
    "comment",
    "recommendation",
    "contact",
)
_DECISION_ORDER = (
    "purpose",
    "summary",
    "recommendation",
    "background",
    "key_points",
    "comment",
    "contact",
)
_BRIEFING_NOTE = {INFORMATION: "Briefing note", DECISION: "Briefing note"}
_ACTION = {INFORMATION: "For information", DECISION: "For decision"}

PRESETS: dict[str, HousePreset] = {
    preset.key: preset
    for preset in (
        HousePreset(
            "standard",
            "Standard (Briefing)",
            _BRIEFING_NOTE,
            _ACTION,
            {INFORMATION: _INFO_ORDER, DECISION: _DECISION_ORDER},
        ),
        HousePreset(
            "canada",
            "Canadian briefing note",
            _BRIEFING_NOTE,
            _ACTION,
            {INFORMATION: _INFO_ORDER, DECISION: _DECISION_ORDER},
            headings={"comment": "Considerations"},
            timing_label="Decision required by",
        ),
        HousePreset(
            "uk",
            "UK submission",
            {INFORMATION: "Briefing note", DECISION: "Submission"},
            _ACTION,
            {INFORMATION: _INFO_ORDER, DECISION: _DECISION_ORDER},
            headings={"purpose": "Issue", "comment": "Argument"},
            timing_label="Timing",
            attachments_label="Annexes",
        ),
        HousePreset(
            "us",
            "US action / information memo",
            {INFORMATION: "Information memo", DECISION: "Action memo"},
            _ACTION,
            {
                INFORMATION: (
                    "purpose",
                    "summary",
                    "key_points",
                    "background",
                    "comment",
                    "recommendation",
                    "contact",
                ),
                DECISION: _DECISION_ORDER,
            },
            headings={"summary": "Bottom line up front"},
            decision_options=(("Approve", "Disapprove"),),
            timing_label="Approve / Disapprove by",
            attachments_label="Attachment(s)",
            # The State Department's current memo template: Times New Roman 12 pt.
            font=("Times New Roman", 12.0),
        ),
        HousePreset(
            "australia",
            "Australian ministerial brief",
            {INFORMATION: "Ministerial brief", DECISION: "Ministerial submission"},
            {INFORMATION: "For information", DECISION: "For action"},
            # Key points before the background: they must fit on the front page.
            {
                INFORMATION: (
                    "purpose",
                    "summary",
                    "key_points",
                    "background",
                    "comment",
                    "recommendation",
                    "contact",
                ),
                DECISION: (
                    "purpose",
                    "summary",
                    "recommendation",
                    "key_points",
                    "background",
                    "comment",
                    "contact",
                ),
            },
            recommendation={INFORMATION: "Next steps", DECISION: "Recommendations"},
            timing_label="Critical date",
            timing_in_header=True,
        ),
    )
}
# Other names people type for the same presets.
ALIASES = {
    "ca": "canada",
    "gb": "uk",
    "united kingdom": "uk",
    "usa": "us",
    "united states": "us",
    "au": "australia",
    "aus": "australia",
    "default": "standard",
}


def preset(name: str) -> HousePreset:
    """The preset called ``name`` (a key, an alias, any case); ValueError if none is."""
    key = " ".join(name.lower().split())
    key = ALIASES.get(key, key)
    if key not in PRESETS:
        raise ValueError(f"unknown house format {name!r} (choose from {', '.join(PRESETS)})")
    return PRESETS[key]


def choose_preset(house: str | None, template: Path | None) -> HousePreset:
    """The export's preset: the option, else the template's property, else standard."""
    if house:
        try:
            return preset(house)
        except ValueError as error:
            raise ExportError(house, str(error)) from error
    named = template_house(template) if template is not None else ""
    if named:
        try:
            return preset(named)
        except ValueError as error:
            where = Path(template).name if template is not None else "template"
            raise ExportError(where, f"its {TEMPLATE_PROPERTY} property: {error}") from error
    return PRESETS["standard"]


def template_house(template: str | Path) -> str:
    """The template's ``BriefingHouse`` custom property, or "" (also for unreadable files:
    opening the template later reports those in one line)."""
    from lxml import etree

    try:
        with zipfile.ZipFile(template) as archive:
            data = archive.read("docProps/custom.xml")
        root = etree.fromstring(data)
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return ""
    for prop in root:
        if (prop.get("name") or "").strip().lower() == TEMPLATE_PROPERTY.lower():
            return " ".join("".join(prop.itertext()).split())
    return ""


def ordered(keys: list[str], order: tuple[str, ...]) -> list[int]:
    """Indexes of ``keys`` (the brief's section order) in the preset's printed order.

    A key the preset does not list keeps its place after the listed key before it.
    """
    ranks: list[tuple[float, int]] = []
    last = -1.0
    for index, key in enumerate(keys):
        if key in order:
            last = float(order.index(key))
            ranks.append((last, index))
        else:
            ranks.append((last + 0.5, index))
    return [index for _rank, index in sorted(ranks)]
