"""Draft a Brief from a Project, and re-draft it without losing what a person wrote.

Key points come from the node summaries staff marked "include in brief", in release order,
each citing the release paragraph it summarises. A release nobody has worked on yet (a file
given straight to ``briefing export``) is drafted by the offline summariser
(``briefing.analysis.draft``): a bottom line in complete sentences, the 3-7 most salient
points (TextRank weighted by the release's structure), the context the release gives.
"""

from __future__ import annotations

import copy
import datetime as dt

from briefing.brief.cite import is_numbering
from briefing.brief.phrases import Phrasebook
from briefing.brief.sentences import first_sentence
from briefing.model import Brief, BriefHeader, BriefParagraph, Node, Project, Release

# Without numbered paragraphs, a structural draft takes only the first few plain ones:
# a briefing note summarises, and a long release would otherwise fill pages with points.
MAX_UNNUMBERED_POINTS = 8
_CONTAINER_KINDS = ("root", "heading", "list")


def draft_brief(project: Project, today: dt.date | None = None, language: str = "en") -> Brief:
    """A fresh Brief for ``project``: every paragraph drafted (``drafted=True``).

    ``language`` is the note's: the sentences the drafter writes itself (Purpose, the
    Background placeholder, Next steps) are in it; the release's own text stays as printed.
    """
    book = Phrasebook.of(language)
    brief = Brief()
    if not project.releases:
        return brief
    main = project.releases[0]
    header = brief.header
    header.date = (today or dt.date.today()).isoformat()
    header.classification = project.brief.header.classification or header.classification
    header.purpose = project.brief.header.purpose or header.purpose

    points = _points_from_summaries(project)
    if points:
        header.subject = _clean(main.title) or book.subject_fallback()
        brief.section("key_points").paragraphs = points
        brief.section("purpose").paragraphs = [BriefParagraph(_purpose(main, header, book))]
        lede = _lede(main)
        if lede:
            brief.section("summary").paragraphs = [BriefParagraph(lede, cites=_lede_cites(main))]
        brief.section("background").paragraphs = _background(main, book)
    else:
        _draft_from_releases(brief, project, book)
    decision = header.purpose == "decision"
    brief.section("recommendation").paragraphs = [BriefParagraph(book.recommendation(decision))]
    return brief


def redraft(
    brief: Brief, project: Project, today: dt.date | None = None, language: str = "en"
) -> Brief:
    """A new Brief drafted again from ``project``, keeping every paragraph a person edited.

    Header fields already filled in are kept. An edited paragraph takes the place of the
    drafted one citing the same node; other edited paragraphs keep their position (key
    points by the release order of what they cite). ``brief`` itself is not changed.
    """
    fresh = draft_brief(project, today, language)
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
                (
                    i
                    for i, d in enumerate(result)
                    if d.cites and min(order.get(c, len(order)) for c in d.cites) > rank
                ),
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


def _purpose(release: Release, header: BriefHeader, book: Phrasebook) -> str:
    issuer = _issuer_in(" ".join(release.issuer.split()), book)
    title = _clean(release.title)
    if title:
        name = book.name(title, issuer, release.date)
    else:
        name = _named_by_subject("", issuer, release.date, book)
    return book.purpose([name], header.purpose == "decision")


def _background(release: Release, book: Phrasebook) -> list[BriefParagraph]:
    """What the release says of its context (the meeting, the step before), citing it, or
    a visible placeholder for the user: issuer, title and date are in the Purpose already,
    and a Background that restates them tells the reader nothing."""
    from briefing.analysis.draft import draft_release

    context = draft_release(release).context
    if context:
        return [BriefParagraph(c.said_in(book), cites=[(release.id, c.node_id)]) for c in context]
    return [BriefParagraph(book.background_to_write())]


# A note read in two pages carries at most this many key points, from however many releases.
MAX_POINTS_IN_NOTE = 8
BACKGROUND_TO_WRITE = Phrasebook.of("en").background_to_write()


def _draft_from_releases(brief: Brief, project: Project, book: Phrasebook) -> None:
    """Subject, Purpose, Summary, Key points and Background from the releases alone."""
    from briefing.analysis.clauses import trim
    from briefing.analysis.draft import draft_release
    from briefing.analysis.point_text import glued_repairs, repair_glued
    from briefing.brief.length import CAPACITY_LINES, DECISION_BLOCK_LINES, body_lines

    header = brief.header
    releases = project.releases
    per_release = max(2, MAX_POINTS_IN_NOTE // len(releases)) if len(releases) > 1 else 7
    drafts = [draft_release(r, min(7, per_release), book) for r in releases]
    header.subject = "; ".join(d.subject for d in drafts if d.subject) or book.subject_fallback()

    repairs = {r.id: glued_repairs(r) for r in releases}

    def fixed(text: str, release: Release) -> str:
        return repair_glued(text, repairs[release.id])

    # One bottom line of at most 60 words: each release's news in turn, as many as fit.
    texts = [d.summary for d in drafts[:1] if d.summary]
    if len(releases) > 1:
        texts = [d.lead for d in drafts[:1] if d.lead]
        for draft in drafts[1:]:
            room = 60 - sum(len(t.split()) for t in texts)
            lead = draft.lead
            if len(lead.split()) > room >= 12:
                # Cut at a clause boundary within the words left, never mid-word.
                lead = trim(lead, len(" ".join(lead.split()[:room])))
                if len(lead.split()) > room:
                    # No clause boundary within the words left: its first clause, up to
                    # a comma or the "and" joining a second verb, still says who did what.
                    head = " ".join(lead.split()[:room])
                    cut = max(head.rfind(", "), head.rfind(" and "))
                    lead = head[:cut] + "." if cut > len(head) // 3 else ""
            if lead and len(lead.split()) <= room:
                texts.append(lead)
    # The bottom line speaks for the whole release: no citation after it (a key point cites
    # its paragraph), so a person rewriting it in the Brief tab leaves no stray "(para 1)".
    summary = [BriefParagraph(fixed(" ".join(texts), releases[0]))] if texts else []
    brief.section("summary").paragraphs = summary
    points = [
        BriefParagraph(fixed(point.said_in(book), release), cites=[(release.id, point.node_id)])
        for release, draft in zip(releases, drafts, strict=True)
        for point in draft.points
    ][:MAX_POINTS_IN_NOTE]
    purpose = _purpose_of(releases, drafts, header, book)
    brief.section("purpose").paragraphs = [BriefParagraph(purpose)]
    background = _background_of(releases, drafts, book)
    brief.section("background").paragraphs = [
        BriefParagraph(fixed(text, release), cites=cites) for text, release, cites in background
    ] or [BriefParagraph(book.background_to_write())]
    # The body must fit two pages, decision block included: drop the lowest points first.
    decision = header.purpose == "decision"
    budget = CAPACITY_LINES - (DECISION_BLOCK_LINES if decision else 0)

    def lines() -> float:
        texts = [p.text for s in brief.sections for p in s.paragraphs] + [p.text for p in points]
        return body_lines([(t, False) for t in texts]) + 6 * 2.5 + 3  # headings, recommendation

    while len(points) > 3 and lines() > budget:
        points.pop()
    brief.section("key_points").paragraphs = points


def _names(releases: list[Release], drafts, book: Phrasebook) -> list[str]:
    names = []
    for release, draft in zip(releases, drafts, strict=True):
        title = _clean(release.title).rstrip(".")
        who = _issuer_in(draft.issuer, book)
        if title:
            names.append(book.name(title, who, release.date))
        else:
            # No title printed: name it by its subject, not as if quoting a title.
            names.append(_named_by_subject(draft.subject, who, release.date, book))
    return names


def _named_by_subject(subject: str, issuer: str, iso_date: str, book: Phrasebook) -> str:
    """ "the release on annual inflation, issued by X on 5 May 2031" (no quotation marks:
    the subject is drafted, not a title the release printed)."""
    named = _about(subject, book)
    name = book.name("\x00", issuer, iso_date)
    return name.replace(book.title("\x00"), named, 1)


def _issuer_in(issuer: str, book: Phrasebook, capital: bool = False) -> str:
    """The issuer as a sentence of the note's language names it ("the Council" in English)."""
    if not issuer:
        return ""
    return _with_article(issuer, capital) if book.code == "en" else issuer


def _purpose_of(releases: list[Release], drafts, header: BriefHeader, book: Phrasebook) -> str:
    return book.purpose(_names(releases, drafts, book), header.purpose == "decision")


def _background_of(releases: list[Release], drafts, book: Phrasebook):
    """What the releases say of their context: who issued them, the meeting, the step before."""
    out = []
    for release, draft in zip(releases, drafts, strict=True):
        title = _clean(release.title).rstrip(".")
        # Quotation marks only around a title the release printed.
        named = book.title(title) if title else _about(draft.subject, book)
        context = [(c.said_in(book), [(release.id, c.node_id)]) for c in draft.context]
        if draft.issuer and (context or len(releases) > 1):
            who = _issuer_in(draft.issuer, book, capital=True)
            out.append((book.issued(who, named, release.date, release.place), release, []))
        elif len(releases) > 1:
            nth = sum(1 for _, r, c in out if not c)
            out.append((book.nth(named, nth, release.date), release, []))
        out += [(text, release, cites) for text, cites in context]
    return out


def _about(subject: str, book: Phrasebook) -> str:
    """ "the release on annual inflation", or "the release reporting that all Board members
    agreed ...": an untitled release's subject drafted from its lead can be a clause."""
    from briefing.analysis.point_text import has_verb

    if not subject:
        return book.untitled()
    return book.untitled(_lower_first(subject), clause=has_verb(subject))


def _ordinal(n: int) -> str:
    return ("first", "second", "third", "fourth", "fifth")[n] if n < 5 else f"{n + 1}th"


def _with_article(issuer: str, capital: bool = False) -> str:
    if issuer.startswith(_NEEDS_ARTICLE) or issuer.split(" ", 1)[0] in (
        "Council",
        "Commission",
        "Parliament",
        "General",
        "Security",
        "European",
        "United",
    ):
        return ("The " if capital else "the ") + issuer
    return issuer


def _lower_first(text: str) -> str:
    """ "Annual inflation" -> "annual inflation" in mid-sentence; "TV campaign" stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
