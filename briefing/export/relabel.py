"""Swap an English note's fixed words for another language's (``briefing.export.labels``):
header fields, headings, title, decision block, paragraph citations, attachments.

Only the note's frame is relabelled: what staff wrote and the release's own text stay as
written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.export.labels import DECISION, ENGLISH, INFORMATION, Labels, local_date

if TYPE_CHECKING:
    from briefing.export.note import Note


_CITE_GROUP = re.compile(
    r"^(?:(?P<annex>Annex [A-Z]+), |(?P<release>release(?: \d+)?),? )?paras? (?P<numbers>.+)$"
)
# "3rd paragraph of the release", "Annex B, 2nd paragraph", "1st, 4th paragraphs".
_PLACE_GROUP = re.compile(
    r"^(?:(?P<annex>Annex [A-Z]+), |(?P<release>release(?: \d+)?),? )?"
    r"(?P<numbers>\d+(?:st|nd|rd|th)(?:, \d+(?:st|nd|rd|th))*) paragraphs?"
    r"(?P<of> of the release)?$"
)


def local_cite(cite: str, labels: Labels) -> str:
    """ "(para 5)" -> "(제5항)", "(Annex B, paras 1, 4)" -> "(붙임 B, 제1항, 제4항)".

    A paragraph named by its place ("3rd paragraph of the release") and a turn named by
    its speaker ("remarks by the President") take the language's forms; anything else
    keeps English rather than risk a wrong number.
    """
    if labels.code == "en" or not (cite.startswith("(") and cite.endswith(")")):
        return cite
    groups = []
    for group in cite[1:-1].split("; "):
        match = _CITE_GROUP.match(group)
        place = _PLACE_GROUP.match(group) if match is None else None
        if group.startswith("remarks by "):
            groups.append(labels.remarks.format(group.removeprefix("remarks by ")))
            continue
        if match is None and place is None:
            groups.append(group)
            continue
        if place is not None:
            match = place
            ordinals = re.findall(r"\d+", match["numbers"])
            numbers = ", ".join(_place(labels, n) for n in ordinals)
            if match["of"]:
                numbers = labels.of_release.format(numbers)
        else:
            numbers = ", ".join(labels.cite.format(n) for n in match["numbers"].split(", "))
        where = ""
        if match["annex"]:
            letter = match["annex"].split()[1]
            where = labels.annex_heading.split("{letter}")[0] + letter + ", "
        elif match["release"]:
            number = match["release"].removeprefix("release").strip()
            where = f"{labels.release_word} {number}".rstrip() + (", " if number else " ")
        groups.append(where + numbers)
    return f"({'; '.join(groups)})"


def _place(labels: Labels, n: str) -> str:
    """ "3e paragraphe"; French writes the first as "1er", not "1e"."""
    place = labels.place.format(n=n)
    return place.replace("1e ", "1er ", 1) if labels.code == "fr" and n == "1" else place


@dataclass
class Relabel:
    """What the relabelling needs besides the note: the brief's ISO date and purpose."""

    iso_date: str
    purpose: str
    releases: list = field(default_factory=list)  # model.Release, for the cited-release line


def relabel(note: Note, labels: Labels, context: Relabel) -> None:
    """Swap the English note's fixed words for ``labels``' (in place); English: nothing."""
    if labels.code == "en":
        return
    purpose = DECISION if context.purpose == DECISION else INFORMATION
    note.labels = labels
    note.title = labels.title[purpose]
    note.action = labels.action[purpose]
    fields = []
    for label, value in note.fields:
        if label == "Date":
            value = local_date(context.iso_date, labels, value)
        fields.append((labels.fields.get(label, labels.timing), value))
    note.fields = fields
    for section in note.sections:
        if section.key == "recommendation":
            section.title = labels.recommendation[purpose]
        else:
            section.title = labels.headings.get(section.key, section.title)
        if section.columns:
            section.columns = labels.people_columns[: len(section.columns)]
        for paragraph in section.paragraphs:
            paragraph.cite = local_cite(paragraph.cite, labels)
            if paragraph.text.startswith(ENGLISH.source):
                paragraph.text = labels.source + _local_dates(
                    paragraph.text.removeprefix(ENGLISH.source), labels, context
                )
        if section.decision is not None:
            block = section.decision
            block.options = tuple(
                tuple(labels.choices.get(choice, choice) for choice in row) for row in block.options
            )
            if block.timing_label:
                block.timing_label = labels.timing
            block.signature_label, block.date_label = labels.signature, labels.date
    for annex in note.annexes:
        annex.heading_format = labels.annex_heading
    note.closing = _closing(note, labels, context)


def _local_dates(text: str, labels: Labels, context: Relabel) -> str:
    """The releases' dates and title quotation marks as the note's language writes them
    (the Source lines): «…» in a Spanish note, 「…」 in a Korean one."""
    from briefing.brief.sentences import readable_date

    for release in context.releases:
        if release.date:
            printed = readable_date(release.date)
            text = text.replace(printed, local_date(release.date, labels, printed))
        title = " ".join(release.title.split())
        if title:
            text = text.replace(f"“{title}”", labels.title_quotes.format(title))
    return text


def _closing(note: Note, labels: Labels, context: Relabel) -> list[tuple[str, str]]:
    if note.annexes:
        items = []
        for annex in note.annexes:
            title = " ".join(annex.title.split())
            quoted = labels.quoted.format(title) if title else ""
            items.append(labels.annex_item.format(letter=annex.letter, title=quoted))
        return [(labels.attachments, "; ".join(items))]
    if not context.releases:
        return []
    several = len(context.releases) > 1
    names = []
    for number, release in enumerate(context.releases, start=1):
        title = " ".join(release.title.split())
        parts = [labels.title_quotes.format(title) if title else labels.untitled, release.issuer]
        if release.date:
            parts.append(local_date(release.date, labels, release.date))
        name = ", ".join(p for p in parts if p)
        names.append(f"{number}. {name}" if several else name)
    return [(labels.release_cited[several], "; ".join(names) + labels.not_attached)]
