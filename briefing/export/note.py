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
from briefing.export.labels import ENGLISH, Labels, labels_for
from briefing.export.links import web_link
from briefing.export.options import ExportOptions
from briefing.export.presets import DECISION, INFORMATION, HousePreset, choose_preset, ordered
from briefing.export.relabel import Relabel, relabel
from briefing.ingest.xmlsafe import replaced_when_read
from briefing.model import Annotation, Brief, Node, Project, Release

NOTE_TITLE = "Briefing note"
# On every page of a note nobody has marked reviewed (Brief.reviewed).
DRAFT_MARK = ENGLISH.draft_mark
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
class DecisionBlock:
    """What the decision-maker ticks and signs, under the Recommendation."""

    options: tuple[tuple[str, ...], ...]  # rows of choices: ("Agreed", "Not agreed"), ...
    signer: str = ""  # printed under the signature line (the brief's To)
    timing_label: str = ""  # "" when the timing is a header field instead
    timing: str = ""  # the decision date or timing; "" = left blank to fill in
    signature_label: str = "Signature"  # the note's language (export/labels.py)
    date_label: str = "Date"


@dataclass
class NoteSection:
    key: str
    title: str
    paragraphs: list[NoteParagraph]
    numbered: bool = False
    # A table instead of paragraphs (the Key people section): header, then rows.
    columns: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)
    decision: DecisionBlock | None = None


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
    heading_format: str = ENGLISH.annex_heading  # the note's language (export/labels.py)

    @property
    def heading(self) -> str:
        return self.heading_format.format(letter=self.letter)


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
    draft: bool = False  # not marked reviewed: every page says DRAFT
    # Lines after the last section: (label, text), e.g. the Attachments line.
    closing: list[tuple[str, str]] = field(default_factory=list)
    house: str = "standard"
    labels: Labels = ENGLISH  # the note's language: its fixed words (export/labels.py)


def build_note(project: Project, brief: Brief | None, options: ExportOptions) -> Note:
    """Everything the note shows, in reading order (the house preset's order)."""
    brief = brief or project.brief
    header = brief.header
    house = choose_preset(options.house, options.template)
    purpose = DECISION if header.purpose == "decision" else INFORMATION
    classification = (options.classification or header.classification or "UNCLASSIFIED").strip()
    date = header.date or options.now.date().isoformat()
    subject = header.subject or (project.releases[0].title if project.releases else "")
    warnings: list[str] = []
    fields = _fields(header, subject, readable_date(date), warnings)
    timing = options.decide_by.strip()
    if purpose == DECISION and house.timing_in_header:
        fields.append((house.timing_label, timing or BLANK))
    sections = _sections(project, brief, options, house, purpose)
    if purpose == DECISION:
        _add_decision_block(sections, house, header, timing)
        if not timing:
            warnings.append(
                f"no decision date given: the “{house.timing_label}” line is left blank to fill in"
            )
    annexes = []
    if options.annex:
        for index, release in enumerate(project.releases):
            notes = project.annotations_for(release.id) if options.comments else []
            annexes.append(_annex(release, annex_letter(index), notes))
    warnings += _annotation_warnings(project, options)
    draft = not (brief.reviewed or options.reviewed)
    if draft:
        warnings.append(_DRAFT_WARNING)
    issuers = [r.issuer for r in project.releases if r.issuer]
    note = Note(
        classification=classification,
        subject=subject,
        fields=fields,
        action=house.action[purpose],
        sections=sections,
        annexes=annexes,
        author=options.author or header.from_ or "Briefing",
        keywords=["briefing note", classification.lower(), *issuers],
        title=house.title[purpose],
        file_number=header.file_number,
        draft=draft,
        closing=_closing(project, annexes, house, options),
        house=house.key,
    )
    note.warnings = _control_warnings(project, brief, options) + warnings
    # The note's fixed words in the reader's language (export/labels.py; English: as built).
    relabel(note, labels_for(options.language), Relabel(date, header.purpose, project.releases))
    _clean(note)
    return note


# Shown where a value is still to be written in by hand (a decision date, a signature).
BLANK = "_" * 20
# Header fields a note can go without; left out when empty, and the user is told.
_OPTIONAL_FIELDS = ("To", "From", "File no.")


def _fields(header, subject: str, date: str, warnings: list[str]) -> list[tuple[str, str]]:
    fields = [
        ("To", header.to.strip()),
        ("From", header.from_.strip()),
        ("Date", date),
        ("Subject", subject),
        ("File no.", header.file_number.strip()),
    ]
    empty = empty_fields(header)
    if empty:
        warnings.append(_empty_warning(empty))
    return [(label, value) for label, value in fields if value or label not in empty]


def empty_fields(header) -> list[str]:
    """The optional header fields left empty, by their printed labels."""
    values = {"To": header.to, "From": header.from_, "File no.": header.file_number}
    return [label for label in _OPTIONAL_FIELDS if not values[label].strip()]


def _empty_warning(empty: list[str]) -> str:
    names = empty[0] if len(empty) == 1 else f"{', '.join(empty[:-1])} and {empty[-1]}"
    verb = "is" if len(empty) == 1 else "are"
    return f"{names} {verb} empty: left out of the note's header (fill in the brief)"


def brief_checks(brief: Brief, options: ExportOptions) -> list[str]:
    """What the export would warn about the brief itself, without building the note
    (the export dialog lists these before the user exports)."""
    checks = []
    empty = empty_fields(brief.header)
    if empty:
        checks.append(_empty_warning(empty))
    if brief.header.purpose == "decision" and not options.decide_by.strip():
        checks.append("no decision date given: the timing line is left blank to fill in")
    if not (brief.reviewed or options.reviewed):
        checks.append(_DRAFT_WARNING)
    return checks


_DRAFT_WARNING = "the brief is not marked reviewed: every page carries a DRAFT mark"


def _sections(
    project: Project, brief: Brief, options: ExportOptions, house: HousePreset, purpose: str
) -> list[NoteSection]:
    sections = []
    citations = Citations(project, annex=options.annex)  # indexes each release once
    for index in ordered([s.key for s in brief.sections], house.order[purpose]):
        section = brief.sections[index]
        if section.key == "recommendation":
            title = house.recommendation[purpose]
        else:
            title = house.headings.get(section.key, section.title)
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
                    NoteSection(section.key, title, [], columns=KEY_PEOPLE_COLUMNS, rows=rows)
                )
            continue
        if not paragraphs and not (section.key == "recommendation" and purpose == DECISION):
            continue
        numbered = section.key in _NUMBERED_ALWAYS or (
            section.key in _NUMBERED_WHEN_SEVERAL and len(paragraphs) > 1
        )
        sections.append(NoteSection(section.key, title, paragraphs, numbered))
    return sections


def _add_decision_block(
    sections: list[NoteSection], house: HousePreset, header, timing: str
) -> None:
    """The decision block under the Recommendation (made when the brief has none, right
    after the Summary, so a note for decision always asks for its decision on page 1)."""
    recommendation = next((s for s in sections if s.key == "recommendation"), None)
    if recommendation is None:
        recommendation = NoteSection("recommendation", house.recommendation[DECISION], [])
        at = next((i + 1 for i, s in enumerate(sections) if s.key == "summary"), 0)
        sections.insert(at, recommendation)
    recommendation.decision = DecisionBlock(
        options=house.decision_options,
        signer=header.to.strip(),
        timing_label="" if house.timing_in_header else house.timing_label,
        timing=timing,
    )


def _closing(
    project: Project, annexes: list[Annex], house: HousePreset, options: ExportOptions
) -> list[tuple[str, str]]:
    """The Attachments line (the annexes), or without them the releases cited by number."""
    if annexes:
        listed = "; ".join(
            f"Annex {a.letter} – {_quoted(a.title)}text of the release" for a in annexes
        )
        return [(house.attachments_label, listed)]
    if not project.releases:
        return []
    several = len(project.releases) > 1
    names = []
    for number, release in enumerate(project.releases, start=1):
        who = f", {release.issuer}" if release.issuer else ""
        when = f", {readable_date(release.date)}" if release.date else ""
        title = _one_line(release.title)
        name = (f"“{title}”" if title else "untitled release") + f"{who}{when}"
        names.append(f"{number}. {name}" if several else name)
    label = "Releases cited" if several else "Release cited"
    return [(label, "; ".join(names) + " (not attached)")]


def _quoted(title: str) -> str:
    """ "“Title”, " for a titled release; "" when the reader found no title (no empty
    quotation marks in the note)."""
    title = _one_line(title)
    return f"“{title}”, " if title else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _annotation_warnings(project: Project, options: ExportOptions) -> list[str]:
    """Staff annotations that stay out of the note: the user should know they do."""
    count = len(project.annotations)
    if not count:
        return []
    noun = "staff annotation" if count == 1 else "staff annotations"
    if not options.annex:
        return [
            f"{count} {noun} left out: without the annex there is no release text to attach them to"
        ]
    if not options.comments:
        return [
            f"{count} {noun} left out of the note to send (export a working copy to "
            "include them as Word comments)"
        ]
    return []


def _control_warnings(project: Project, brief: Brief, options: ExportOptions) -> list[str]:
    """Name each source of characters Word cannot hold, and how many go."""
    warnings = []
    for release in project.releases:
        # Those replaced when the file was read count too: the same characters.
        count = count_invalid(release.text) + count_invalid(release.title)
        count += replaced_when_read(release.removed)
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
        title = _one_line(release.title)
        parts = [release.issuer, f"“{title}”" if title else "", readable_date(release.date)]
        named = ", ".join(p for p in parts if p)
        text = f"Source: {named}: " if named else "Source: "
        link = web_link(url)
        if link is None:  # not a web address: printed, never clickable (see export/links.py)
            lines.append(NoteParagraph(text + " ".join(url.split())))
        else:
            lines.append(NoteParagraph(text, link_url=link, link_text=link))
    return lines


def _annex(release: Release, letter: str, annotations: list[Annotation]) -> Annex:
    blocks = annex_blocks(release)
    comments = [_comment(a) for a in annotations]
    return Annex(letter=letter, title=release.title, blocks=blocks, comments=comments)


def annex_blocks(release: Release) -> list[AnnexBlock]:
    """The release as printed units in reading order, each with its own text only."""
    from briefing.brief.cite import supplied_numbers

    # A release that numbers nothing gets its paragraphs counted in the margin, in square
    # brackets (an editor's insertion, not the release's text): citations use the same count.
    counted = supplied_numbers(release)
    blocks: list[AnnexBlock] = []
    for node, depth in _walk(release.root, -1):
        if node.kind in ("root", "list"):
            continue
        start, text = _own_text(release, node)
        label = f"[{counted[node.id]}]" if node.id in counted else node.label
        if text or label:
            blocks.append(AnnexBlock(node.kind, label, text, start, max(depth, 0)))
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
