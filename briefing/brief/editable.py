"""A brief's body as editable plain text, and back.

The Brief tab shows one ``## Section`` heading per section and paragraphs separated by
blank lines, each drafted paragraph followed by its citation, e.g. "(para 6)". Reading
the text back, a paragraph whose text is unchanged keeps its citations and its
``drafted`` flag; one the user changed becomes ``drafted=False``, so re-drafting
(:func:`briefing.brief.compose.redraft`) keeps it as written.
"""

from __future__ import annotations

import copy

from briefing.model import Brief, BriefParagraph, BriefSection, Project
from briefing.model.brief import SECTION_TITLES


def _cite(project: Project, paragraph: BriefParagraph) -> str:
    from briefing.brief.cite import cite_text

    return cite_text(project, paragraph.cites) if paragraph.cites else ""


def render(brief: Brief, project: Project) -> tuple[str, dict[str, BriefParagraph]]:
    """The body as text, and a map from each shown paragraph's text back to its paragraph."""
    blocks: list[str] = []
    shown: dict[str, BriefParagraph] = {}
    for section in brief.sections:
        blocks.append(f"## {section.title}")
        for paragraph in section.paragraphs:
            cite = _cite(project, paragraph)
            text = paragraph.text
            if cite and cite not in text:
                text = f"{text} {cite}"
            shown[text] = paragraph
            blocks.append(text)
    return "\n\n".join(blocks), shown


def parse(text: str, shown: dict[str, BriefParagraph]) -> list[BriefSection]:
    """Sections from the body text; unchanged paragraphs keep their drafted flag and cites."""
    titles = {title: key for key, title in SECTION_TITLES.items()}
    sections: list[BriefSection] = []
    for block in (b.strip() for b in text.split("\n\n")):
        if not block:
            continue
        if block.startswith("## "):
            title = block[3:].strip()
            sections.append(BriefSection(titles.get(title, title.lower().replace(" ", "_"))))
            continue
        if not sections:
            sections.append(BriefSection("summary"))
        old = shown.get(block)
        if old is not None:
            sections[-1].paragraphs.append(copy.deepcopy(old))
        else:
            sections[-1].paragraphs.append(BriefParagraph(block, drafted=False))
    return sections
