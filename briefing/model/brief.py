"""The briefing note being drafted: header fields and ordered sections."""

from __future__ import annotations

from dataclasses import dataclass, field

SECTION_KEYS = (
    "purpose",
    "summary",
    "background",
    "key_points",
    "comment",
    "recommendation",
    "contact",
)

SECTION_TITLES = {
    "purpose": "Purpose",
    "summary": "Summary",
    "background": "Background",
    "key_points": "Key points",
    "comment": "Comment",
    "recommendation": "Recommendation / Next steps",
    "contact": "Contact",
    # Optional sections, added on request (briefing.brief.key_people), not to every brief.
    "key_people": "Key people",
    "quotes": "Quotes",
    "changes": "Changes since the previous version",  # briefing.compare.brief_section
}


@dataclass
class BriefHeader:
    to: str = ""
    from_: str = ""
    date: str = ""
    subject: str = ""
    classification: str = "UNCLASSIFIED"
    file_number: str = ""
    purpose: str = "information"  # "information" | "decision"


@dataclass
class BriefParagraph:
    text: str
    # Source citations: (release id, node id) pairs, shown as "(para 6)".
    cites: list[tuple[str, str]] = field(default_factory=list)
    # False once a person has edited it: re-drafting keeps it as written.
    drafted: bool = True


@dataclass
class BriefSection:
    key: str
    paragraphs: list[BriefParagraph] = field(default_factory=list)

    @property
    def title(self) -> str:
        return SECTION_TITLES.get(self.key, self.key)


@dataclass
class Brief:
    header: BriefHeader = field(default_factory=BriefHeader)
    sections: list[BriefSection] = field(
        default_factory=lambda: [BriefSection(key) for key in SECTION_KEYS]
    )
    # Set by the user once someone has read the note through; until then every export
    # carries a visible DRAFT mark, so an unread machine draft cannot go out as final.
    reviewed: bool = False

    def section(self, key: str) -> BriefSection:
        for section in self.sections:
            if section.key == key:
                return section
        section = BriefSection(key)
        self.sections.append(section)
        return section
