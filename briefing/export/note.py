"""The note as format-neutral content: what the .docx and the Markdown export both show.

Building the content once keeps the two exports saying the same thing; the writers only
decide how it looks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing.brief.cite import Citations, annex_letter
from briefing.brief.key_people import KEY_PEOPLE, KEY_PEOPLE_COLUMNS, parse_row
from briefing.brief.sentences import readable_date
from briefing.export.clean import clean_strings, count_invalid, strip_invalid
from briefing.export.options import ExportOptions
from briefing.model import Annotation, Brief, Node, Project, Release

NOTE_TITLE = "Briefing note"
# Sections numbered as a list when they hold more than one paragraph.
_NUMBERED_ALWAYS = {"key_points"}
_NUMBERED_WHEN_SEVERAL = {"recommendation"}


@dataclass
class NoteParagraph:
    text: str
    cite: str = ""  # "(para 3)", shown after the text
    link_url: str = ""  # a hyperlink shown after the text
    link_text: str = ""


@dataclass
class NoteSection:
    key: str
    title: str
    paragraphs: list[NoteParagraph]
    numbered: bool = False
    # A table instead of paragraphs (the Key people section): header, then rows.
    columns: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class AnnexBlock:
    """One printed unit of the release: ``text`` starts at ``start`` in ``Release.text``."""

    kind: str
    label: str
    text: str
    start: int
    depth: int = 0

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class NoteComment:
    annotation_id: str
    author: str
    initials: str
    date: dt.datetime | None
    text: str
    start: int
    end: int
    quote: str
    orphaned: bool = False


@dataclass
class Annex:
    letter: str
    title: str
    blocks: list[AnnexBlock]
    comments: list[NoteComment] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"Annex {self.letter}: Text of the release"


@dataclass
class Note:
    classification: str
    subject: str
    fields: list[tuple[str, str]]
    action: str  # "For information" | "For decision"
    sections: list[NoteSection]
    annexes: list[Annex]
    author: str
    keywords: list[str]
    title: str = NOTE_TITLE
    file_number: str = ""
    # What the user should know about this export ("3 control characters removed ...").
    warnings: list[str] = field(default_factory=list)


def build_note(project: Project, brief: Brief | None, options: ExportOptions) -> Note:
    """Everything the note shows, in reading order."""
    brief = brief or project.brief
    header = brief.header
    classification = (options.classification or header.classification or "UNCLASSIFIED").strip()
    date = header.date or options.now.date().isoformat()
    subject = header.subject or (project.releases[0].title if project.releases else "")
    fields = [
        ("To", header.to),
        ("From", header.from_),
        ("Date", readable_date(date)),
        ("Subject", subject),
        ("File no.", header.file_number),
    ]
    action = "For decision" if header.purpose == "decision" else "For information"
    sections = []
    citations = Citations(project)  # indexes each release once for all paragraphs
    for section in brief.sections:
        paragraphs = [
            NoteParagraph(p.text.strip(), citations.text(p.cites))
            for p in section.paragraphs
            if p.text.strip()
        ]
        if section.key == "background":
            paragraphs += _source_lines(project)
        if section.key == KEY_PEOPLE:
            rows = [parse_row(p.text) for p in section.paragraphs if p.text.strip()]
            if rows:
                sections.append(
                    NoteSection(
                        section.key, section.title, [], columns=KEY_PEOPLE_COLUMNS, rows=rows
                    )
                )
            continue
        if not paragraphs:
            continue
        numbered = section.key in _NUMBERED_ALWAYS or (
            section.key in _NUMBERED_WHEN_SEVERAL and len(paragraphs) > 1
        )
        sections.append(NoteSection(section.key, section.title, paragraphs, numbered))
    annexes = []
    if options.annex:
        for index, release in enumerate(project.releases):
            notes = project.annotations_for(release.id) if options.comments else []
            annexes.append(_annex(release, annex_letter(index), notes))
    issuers = [r.issuer for r in project.releases if r.issuer]
    note = Note(
        classification=classification,
        subject=subject,
        fields=fields,
        action=action,
        sections=sections,
        annexes=annexes,
        author=options.author or header.from_ or "Briefing",
        keywords=["briefing note", classification.lower(), *issuers],
        file_number=header.file_number,
    )
    note.warnings = _control_warnings(project, brief, options)
    _clean(note)
    return note


def _control_warnings(project: Project, brief: Brief, options: ExportOptions) -> list[str]:
    """Name each source of characters Word cannot hold, and how many go."""
    warnings = []
    for release in project.releases:
        count = count_invalid(release.text) + count_invalid(release.title)
        if count:
            name = " ".join(strip_invalid(release.title).split())
            where = f"the release “{name}”" if name else "the release text"
            warnings.append(f"{_characters(count)} removed from {where}")
    if options.annex and options.comments:
        count = sum(
            count_invalid(a.body) + count_invalid(a.author) + sum(map(count_invalid, a.tags))
            for a in project.annotations
        )
        if count:
            warnings.append(f"{_characters(count)} removed from the annotations")
    # What a person typed; drafted text came from the release and is counted there.
    header = brief.header
    texts = [header.to, header.from_, header.file_number, header.classification]
    texts += [p.text for s in brief.sections for p in s.paragraphs if not p.drafted]
    count = sum(count_invalid(t) for t in texts)
    if count:
        warnings.append(f"{_characters(count)} removed from the brief")
    return warnings


def _characters(count: int) -> str:
    noun = "control character" if count == 1 else "control characters"
    return f"{count} {noun} (which a Word file cannot hold)"


def _clean(note: Note) -> None:
    """Strip what XML cannot hold from everything but the annex blocks' text.

    Block text keeps its offsets (comments are anchored by them); the writers strip it
    as they write each run.
    """
    clean_strings(note, skip=frozenset({(Note, "annexes"), (Note, "warnings")}))
    for annex in note.annexes:
        annex.title = strip_invalid(annex.title)
        for block in annex.blocks:
            if count_invalid(block.label):
                block.label = strip_invalid(block.label)
        clean_strings(annex.comments)


def _source_lines(project: Project) -> list[NoteParagraph]:
    lines = []
    for release in project.releases:
        url = release.source.url
        if not url:
            continue
        who = f"{release.issuer}, " if release.issuer else ""
        when = f", {readable_date(release.date)}" if release.date else ""
        lines.append(
            NoteParagraph(f"Source: {who}“{release.title}”{when}: ", link_url=url, link_text=url)
        )
    return lines


def _annex(release: Release, letter: str, annotations: list[Annotation]) -> Annex:
    blocks = annex_blocks(release)
    comments = [_comment(a) for a in annotations]
    return Annex(letter=letter, title=release.title, blocks=blocks, comments=comments)


def annex_blocks(release: Release) -> list[AnnexBlock]:
    """The release as printed units in reading order, each with its own text only."""
    blocks: list[AnnexBlock] = []
    for node, depth in _walk(release.root, -1):
        if node.kind in ("root", "list"):
            continue
        start, text = _own_text(release, node)
        if text or node.label:
            blocks.append(AnnexBlock(node.kind, node.label, text, start, max(depth, 0)))
    if not blocks and release.text.strip():
        blocks = _plain_blocks(release.text)
    return blocks


def _walk(node: Node, depth: int):
    yield node, depth
    for child in node.children:
        if not _inline(node, child):
            yield from _walk(child, depth + 1)


def _inline(parent: Node, child: Node) -> bool:
    """A child printed inside its parent's own text (a quotation within a paragraph):
    the parent's text already holds it, so it is not a block of its own."""
    inside = parent.body_start <= child.start and child.end <= parent.end
    return child.kind == "quote" and parent.kind != "root" and inside


def _own_text(release: Release, node: Node) -> tuple[int, str]:
    """(offset, text) of the node's body up to its first child, stripped of blank space."""
    end = node.end
    for child in node.children:
        if node.body_start <= child.start < end and not _inline(node, child):
            end = child.start
    raw = release.text[node.body_start : end]
    stripped = raw.lstrip()
    start = node.body_start + len(raw) - len(stripped)
    return start, stripped.rstrip()


def _plain_blocks(text: str) -> list[AnnexBlock]:
    """A release without structure: one block per blank-line-separated paragraph."""
    blocks, offset = [], 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            blocks.append(AnnexBlock("paragraph", "", stripped, offset + chunk.index(stripped)))
        offset += len(chunk) + 2
    return blocks


def _comment(annotation: Annotation) -> NoteComment:
    text = annotation.body.strip()
    if annotation.tags:
        text += f"\nTags: {', '.join(annotation.tags)}"
    return NoteComment(
        annotation_id=annotation.id,
        author=annotation.author or "Briefing",
        initials=initials(annotation.author),
        date=_parse_time(annotation.created or annotation.modified),
        text=text,
        start=annotation.anchor.start,
        end=annotation.anchor.end,
        quote=annotation.anchor.quote,
        orphaned=annotation.orphaned,
    )


def initials(name: str) -> str:
    """ "Jin-woo Kim" -> "JK"; Word shows these in the comment balloon."""
    parts = [p for p in name.replace(".", " ").split() if p]
    return "".join(p[0].upper() for p in parts)[:4]


def _parse_time(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
