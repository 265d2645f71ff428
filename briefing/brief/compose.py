"""Draft a Brief from a Project, and re-draft it without losing what a person wrote.

Key points come from the node summaries staff marked "include in brief", in release order,
each citing the release paragraph it summarises. A release nobody has worked on yet (a file
given straight to ``briefing export``) is drafted from its structure instead: the title as
subject, the subtitle or lede as summary, the first sentence of each top-level numbered
paragraph as a key point.
"""

from __future__ import annotations

import copy
import datetime as dt

from briefing.brief.cite import is_numbering
from briefing.brief.sentences import first_sentence, readable_date
from briefing.model import Brief, BriefHeader, BriefParagraph, Node, Project, Release

# Without numbered paragraphs, a structural draft takes only the first few plain ones:
# a briefing note summarises, and a long release would otherwise fill pages with points.
MAX_UNNUMBERED_POINTS = 8
_CONTAINER_KINDS = ("root", "heading", "list")


def draft_brief(project: Project, today: dt.date | None = None) -> Brief:
    """A fresh Brief for ``project``: every paragraph drafted (``drafted=True``)."""
    brief = Brief()
    if not project.releases:
        return brief
    main = project.releases[0]
    header = brief.header
    header.subject = _clean(main.title) or "Release"
    header.date = (today or dt.date.today()).isoformat()
    header.classification = project.brief.header.classification or header.classification
    header.purpose = project.brief.header.purpose or header.purpose

    points = _points_from_summaries(project)
    from_structure = not points
    if from_structure:
        points = [p for release in project.releases for p in _points_from_structure(release)]
    brief.section("key_points").paragraphs = points
    brief.section("purpose").paragraphs = [BriefParagraph(_purpose(main, header))]
    lede = _lede(main)
    if lede:
        brief.section("summary").paragraphs = [BriefParagraph(lede, cites=_lede_cites(main))]
    background = _background(main)
    if background:
        brief.section("background").paragraphs = [BriefParagraph(background)]
    brief.section("recommendation").paragraphs = [BriefParagraph(_recommendation(header))]
    return brief


def redraft(brief: Brief, project: Project, today: dt.date | None = None) -> Brief:
    """A new Brief drafted again from ``project``, keeping every paragraph a person edited.

    Header fields already filled in are kept. An edited paragraph takes the place of the
    drafted one citing the same node; other edited paragraphs keep their position (key
    points by the release order of what they cite). ``brief`` itself is not changed.
    """
    fresh = draft_brief(project, today)
    header = copy.deepcopy(brief.header)
    for name, value in vars(fresh.header).items():
        if not getattr(header, name):
            setattr(header, name, value)
    result = Brief(header=header, sections=[])
    keys = [s.key for s in fresh.sections]
    for i, section in enumerate(brief.sections):
        # A section the draft does not make (Key people, Quotes) stays where it was,
        # after the section it followed, instead of drifting to the end.
        if section.key not in keys:
            before = brief.sections[i - 1].key if i else None
            keys.insert(keys.index(before) + 1 if before in keys else len(keys), section.key)
    order = _release_order(project)
    for key in keys:
        old = next((s for s in brief.sections if s.key == key), None)
        new = copy.deepcopy(fresh.section(key).paragraphs)
        kept = [copy.deepcopy(p) for p in old.paragraphs if not p.drafted] if old else []
        if key == "summary" and kept:
            new = []  # a summary a person wrote or accepted replaces the drafted lede
        merged = _merge(new, kept, old.paragraphs if old else [], order, key == "key_points")
        result.section(key).paragraphs = merged
    return result


def _merge(
    drafted: list[BriefParagraph],
    kept: list[BriefParagraph],
    old: list[BriefParagraph],
    order: dict[tuple[str, str], int],
    by_release_order: bool,
) -> list[BriefParagraph]:
    result = list(drafted)
    for paragraph in kept:
        cited = set(paragraph.cites)
        same = [i for i, d in enumerate(result) if d.drafted and cited & set(d.cites)]
        if same:
            result[same[0]] = paragraph
            for i in reversed(same[1:]):
                del result[i]
            continue
        if by_release_order and paragraph.cites:
            rank = min(order.get(c, len(order)) for c in paragraph.cites)
            at = next(
                (i for i, d in enumerate(result)
                 if d.cites and min(order.get(c, len(order)) for c in d.cites) > rank),
                len(result),
            )
        else:
            at = min(_index_of(old, paragraph), len(result))
        result.insert(at, paragraph)
    return result


def _index_of(paragraphs: list[BriefParagraph], target: BriefParagraph) -> int:
    for i, paragraph in enumerate(paragraphs):
        if paragraph == target:
            return i
    return len(paragraphs)


def _release_order(project: Project) -> dict[tuple[str, str], int]:
    order: dict[tuple[str, str], int] = {}
    for release in project.releases:
        for node in release.nodes():
            order[(release.id, node.id)] = len(order)
    return order


def _points_from_summaries(project: Project) -> list[BriefParagraph]:
    points = []
    for release in project.releases:
        for node in release.nodes():
            if node.include_in_brief and node.summary.strip():
                text = node.summary.strip()
                points.append(BriefParagraph(text, cites=[(release.id, node.id)]))
    return points


def _points_from_structure(release: Release) -> list[BriefParagraph]:
    numbered: list[Node] = []
    plain: list[Node] = []
    for node in _top_level_paragraphs(release.root):
        (numbered if is_numbering(node.label) else plain).append(node)
    chosen = numbered or plain[:MAX_UNNUMBERED_POINTS]
    points = []
    for node in chosen:
        text = _own_text(release, node)
        # "Minister Lee said," + a quote detected as its own node: keep them one sentence.
        quotes = [c for c in node.children if c.kind == "quote"]
        if quotes and not text.endswith((".", "!", "?", "。")):
            text = f"{text} {_own_text(release, quotes[0])}"
        sentence = first_sentence(text)
        if sentence:
            points.append(BriefParagraph(sentence, cites=[(release.id, node.id)]))
    return points


def _top_level_paragraphs(node: Node) -> list[Node]:
    """Paragraphs not nested in another paragraph or item (headings and lists may hold them)."""
    found = []
    for child in node.children:
        if child.kind == "paragraph":
            found.append(child)
        elif child.kind in _CONTAINER_KINDS:
            found.extend(_top_level_paragraphs(child))
    return found


def _own_text(release: Release, node: Node) -> str:
    """The node's text up to its first child, so a paragraph's items are not included."""
    end = node.end
    for child in node.children:
        if node.body_start <= child.start < end:
            end = child.start
    return release.text[node.body_start : end].strip()


def _clean(text: str) -> str:
    # Subtitles are often printed between dashes: "- Declaration Adopted –".
    return " ".join(text.split()).strip(" -–—")


def _lede(release: Release) -> str:
    if release.subtitle.strip():
        subtitle = _clean(release.subtitle)
        return subtitle if subtitle.endswith((".", "!", "?")) else subtitle + "."
    paragraphs = _top_level_paragraphs(release.root)
    return first_sentence(_own_text(release, paragraphs[0])) if paragraphs else ""


def _lede_cites(release: Release) -> list[tuple[str, str]]:
    if release.subtitle.strip():
        return []
    paragraphs = _top_level_paragraphs(release.root)
    return [(release.id, paragraphs[0].id)] if paragraphs else []


_NEEDS_ARTICLE = ("Ministry", "Department", "Office", "Secretariat", "Government", "Embassy")


def _issuer(release: Release, capital: bool = False) -> str:
    """The issuer as it reads in a sentence: "the Ministry of Foreign Affairs"."""
    issuer = release.issuer.strip()
    if issuer.startswith(_NEEDS_ARTICLE):
        issuer = ("The " if capital else "the ") + issuer
    return issuer


def _describe(release: Release) -> str:
    title = _clean(release.title) or "the release"
    issuer = f" issued by {_issuer(release)}" if release.issuer else ""
    when = f" on {readable_date(release.date)}" if release.date else ""
    return f"“{title}”{issuer}{when}"


def _purpose(release: Release, header: BriefHeader) -> str:
    if header.purpose == "decision":
        return f"To seek your decision on the response to {_describe(release)}."
    return f"To inform you of {_describe(release)}."


def _background(release: Release) -> str:
    parts = []
    when = f" on {readable_date(release.date)}" if release.date else ""
    where = f" in {release.place}" if release.place else ""
    if release.issuer:
        who = _issuer(release, capital=True)
        parts.append(f"{who} published “{_clean(release.title)}”{when}{where}.")
    elif release.date:
        parts.append(f"“{_clean(release.title)}” was published{when}{where}.")
    if release.symbol:
        parts.append(f"Document symbol: {release.symbol}.")
    return " ".join(parts)


def _recommendation(header: BriefHeader) -> str:
    if header.purpose == "decision":
        return "That you approve the proposed response."
    return "For information; no action is required at this time."
