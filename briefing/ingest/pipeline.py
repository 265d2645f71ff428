"""From a file (or pasted text) to a structured Release: read, segment, give roles, build
the tree, fill in metadata, and collect cleanup suggestions."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from operator import attrgetter
from pathlib import Path

from briefing.ingest.act_signatures import presidential_date_line, signed_date_line
from briefing.ingest.block_scan import texts_of
from briefing.ingest.browser_print import is_browser_print_line
from briefing.ingest.browser_title_heads import dropped_page_title
from briefing.ingest.browser_titles import without_release_notice, without_site_name
from briefing.ingest.case_names import CaseName, case_name, court_paper_title
from briefing.ingest.cjk_wraps import unspaced_wrap
from briefing.ingest.date_strips import under_title_first
from briefing.ingest.dated_lists import blanked, dated_list_spans, outside
from briefing.ingest.dates import WEEKDAY_NAMES, find_date, release_date
from briefing.ingest.dates_lines import dateline_date, labelled_date
from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Extracted
from briefing.ingest.frontmatter import take_front_matter
from briefing.ingest.gazette_heads import notice_date_line
from briefing.ingest.head_grids import head_before_grid
from briefing.ingest.invocations import without_closing_invocation
from briefing.ingest.issuer_lines import is_office_line
from briefing.ingest.labelled_headlines import headline_under_label
from briefing.ingest.lead_datelines import first_lead_dateline
from briefing.ingest.mojibake import repair_mojibake
from briefing.ingest.outline_ids import assign_ids
from briefing.ingest.page_break_marks import page_starts
from briefing.ingest.patterns import BRACKETED_ASIDE, ends_sentence
from briefing.ingest.progress import Progress, checkpoint, reporting, share
from briefing.ingest.roles import assign_roles, is_adoption_line, is_symbol
from briefing.ingest.running_head_dates import running_head_date
from briefing.ingest.segment import Block, segment
from briefing.ingest.sentence_ends import FUNCTION_WORDS
from briefing.ingest.signing_columns import read_signing_columns
from briefing.ingest.skip_link_titles import title_before_skip_link
from briefing.ingest.stamp_lines import STAMP_REACH_CHARS, page_head, stamp_date
from briefing.ingest.symbol_fonts import show_symbol_bullets
from briefing.ingest.textfurniture import paged_by_marks, take_page_furniture
from briefing.ingest.title import is_masthead
from briefing.ingest.title_datelines import (
    ACT_KINDS_DATED,
    DATE_LEAD_WORDS,
    without_closing_dateline,
)
from briefing.ingest.title_note_marks import prints_note, without_note_marks
from briefing.ingest.title_span import split_title_tail
from briefing.ingest.tree import REMOVED_KINDS, Placed, build_tree
from briefing.ingest.web_chrome import is_update_stamp
from briefing.ingest.xmlsafe import make_xml_safe
from briefing.lazyre import lazy
from briefing.model import Node, Release, Removed, SourceInfo, Suggestion
from briefing.perf import no_gc_pauses

SEPARATOR = "\n\n"


def load_release(
    path: str | Path,
    release_id: str = "r1",
    suggest: bool = True,
    keep_original: bool = False,
    progress: Progress | None = None,
) -> Release:
    """Read ``path`` and structure it. Raises ReleaseReadError on any problem with the file.

    ``suggest=False`` skips the cleanup suggestions, whose word lists take ~1 s to load
    the first time; the app computes them after its window is up (``add_suggestions``).
    ``keep_original`` keeps the file's bytes in ``source.original`` (saved in the project,
    so it still holds the release as received when the file is moved or deleted).
    ``progress(done, total)`` is called between pages and steps and may raise
    ``progress.Cancelled`` to stop (see :mod:`briefing.ingest.progress`).
    """
    from briefing.ingest.readers import read_file

    path = Path(path)
    with reporting(progress):
        with share(0.0, 0.6):  # reading: readers report their pages
            extracted = read_file(path)
        release = structure(extracted, release_id, suggest=suggest)
    release.source.path = str(path)
    if keep_original:
        try:
            original = path.read_bytes()
        except OSError as error:
            raise ReleaseReadError(path, f"cannot read the file ({error.strerror})") from error
        release.source.original = original
        release.source.sha256 = hashlib.sha256(original).hexdigest()
    else:
        release.source.sha256 = _sha256(path)
    return release


def release_from_text(text: str, release_id: str = "r1", name: str = "pasted text") -> Release:
    """Structure text pasted by the user."""
    from briefing.ingest.readers import read_pasted

    release = structure(read_pasted(text), release_id)
    release.source.path = name
    release.source.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return release


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def structure(extracted: Extracted, release_id: str = "r1", suggest: bool = True) -> Release:
    """The Release for what a reader extracted."""
    with no_gc_pauses():
        return _structure(extracted, release_id, suggest)


_CLOSING_HASHES = lazy(r"[ \t]#+$")
_LINE_COUNT = attrgetter("line_count")


def _without_markdown_marks(title: str) -> str:
    """``title`` without the marks Markdown pasted as text keeps around it: "# Title"
    (a heading, perhaps closed "# Title #") and "**Title**" (bold)."""
    bare = title.strip()
    hashes = len(bare) - len(bare.lstrip("#"))
    if 1 <= hashes <= 6 and bare[hashes : hashes + 1] in (" ", "\t"):
        bare = bare[hashes:].strip()
        if closing := _CLOSING_HASHES.search(bare):
            bare = bare[: closing.start()].rstrip()
    for mark in ("**", "__"):
        if len(bare) > 4 and bare.startswith(mark) and bare.endswith(mark):
            inner = bare[2:-2]
            if mark not in inner:
                bare = inner.strip()
    return bare or title


def _structure(extracted: Extracted, release_id: str, suggest: bool) -> Release:
    take_front_matter(extracted)
    # One joined copy of the text for the whole-text looks (5 MB: ~20 ms to build). The
    # passes below only blank lines, so what it lacks the text still lacks after them.
    whole: str | None = "\n".join(texts_of(extracted.lines))
    # The parties' signature blocks a copy read across, put back a party at a time
    # (signing_columns): their words, in another order, so the joined text is made again.
    if read_signing_columns(extracted, whole):
        whole = "\n".join(texts_of(extracted.lines))
    # A court paper's case name, read on the lines as the reader gave them: furniture and
    # the head's roles may take some of the party block's lines away (case_names).
    case = case_name(whole)
    # The lines a form feed opens, read before furniture blanks a running head with its
    # form feed and XML-safe text turns the rest into spaces (page_break_marks).
    starts = page_starts(extracted.lines) if "\f" in whole else frozenset()
    count = len(extracted.lines)
    if (
        not extracted.blocks_are_paragraphs
        or extracted.format == "pdf"
        or paged_by_marks(extracted.lines, whole)  # (a PDF's pages made a web page)
    ):
        take_page_furniture(extracted, whole)  # (paged text; HTML and Word have no pages)
    if starts and len(extracted.lines) == count:
        extracted.page_starts = starts
    # Before anything is kept: page furniture reads the form feeds first.
    if make_xml_safe(extracted, whole):
        whole = None  # (rare: the looks below join the cleaned text again)
    # (Mojibake first: a symbol-font bullet decoded twice shows as "ï‚·".)
    if repair_mojibake(extracted, whole):
        whole = None
    show_symbol_bullets(extracted, whole)
    checkpoint(0.65)  # (between steps: a cancel stops here; no-op without a callback)
    blocks = segment(extracted)
    checkpoint(0.75)
    hard_wrapped = max(map(_LINE_COUNT, blocks), default=0) > 1  # (in C: no bytecode a block)
    roles = assign_roles(
        blocks,
        hard_wrapped=hard_wrapped,
        title_hint=_metadata_title(extracted),
        hint_is_title=_metadata_title_is_written(extracted),
        # (A PDF's heading styles are guessed from font sizes: a cover page's big type.)
        authored_styles=extracted.format != "pdf",
        # (web_chrome took a copied page's menus and footer as navigation.)
        web_copy=any(kind == "navigation" for kind, _ in extracted.dropped)
        and extracted.format in ("txt", "paste"),
        printed=_printed(extracted, bool(starts)),
        # (The browser title the reader took with the menus: browser_title_heads.)
        page_title=dropped_page_title(extracted.dropped)
        if extracted.format in ("txt", "paste")
        else "",
    )
    checkpoint(0.85)
    placed, text = _place(blocks, roles)
    root, removed = build_tree(text, placed)
    checkpoint(0.95)
    removed = (
        [Removed(kind, t) for kind, t in extracted.dropped]
        + [Removed("page-furniture", t) for t in extracted.removed]
        + removed
    )
    release = Release(
        id=release_id,
        text=text,
        root=root,
        source=SourceInfo(
            format=extracted.format,
            encoding=extracted.encoding,
            url=extracted.metadata.get("url", ""),
        ),
        removed=removed,
    )
    _fill_metadata(release, extracted, case)
    release.suggestions = _wrap_suggestions(placed)
    if suggest:
        add_suggestions(release)
    return release


def _printed(extracted: Extracted, form_feeds: bool) -> bool:
    """Whether the text shows printed pages (a PDF, or text with form feeds) and no
    browser printed it: a document never shown as a web page (printed_runs)."""
    if not (form_feeds or extracted.format == "pdf"):
        return False
    return not any(is_browser_print_line(str(text)) for text in extracted.removed)


def _place(blocks: list[Block], roles: list) -> tuple[list[Placed], str]:
    """Lay the kept blocks out as the release text, separated by blank lines."""
    parts: list[str] = []
    placed: list[Placed] = []
    offset = 0
    for block, role in zip(blocks, roles, strict=True):
        if role.kind not in REMOVED_KINDS:
            if parts:
                offset += len(SEPARATOR)
            end = offset + len(block.text)
            item = Placed(block, role, offset, end)  # (its span given at once)
            parts.append(block.text)
            offset = end
        else:
            item = Placed(block, role)
        placed.append(item)
    return placed, SEPARATOR.join(parts)


# Paragraphs kept from the walk for the lead's dateline: the head's, and a few under it.
HEAD_PARAGRAPHS = 40


def _bracketed_aside(text: str, node: Node) -> bool:
    """Whether the node's body is an aside in brackets (``BRACKETED_ASIDE``). (Its first
    character first: a body the regex can match opens on a space or a bracket.)"""
    first = text[node.body_start : node.body_start + 1]
    return (first in "(（[" or first.isspace()) and bool(
        first and BRACKETED_ASIDE.match(text[node.body_start : node.end])
    )


def _fill_metadata(release: Release, extracted: Extracted, case: CaseName | None = None) -> None:
    text = release.text
    # One walk collects what the metadata needs (in walk order, as separate walks would).
    title = subtitle = None
    placed_datelines: list[tuple[int, str]] = []
    symbols: list[Node] = []
    paragraphs: list[Node] = []
    note_labels: set[str] = set()
    for n in release.root.walk():
        kind = n.kind
        if kind == "footnote" and n.label:
            note_labels.add(n.label.strip(" .)"))
        if kind == "paragraph":
            paragraphs.append(n)
        if kind == "title":
            if title is None:
                title = n
        elif kind == "subtitle":
            if subtitle is None:
                subtitle = n
        elif kind == "dateline":
            placed_datelines.append((n.start, text[n.start : n.end]))
        if n.attrs and n.attrs.get("role") == "symbol":
            symbols.append(n)
    # The lead is the first paragraph that ends under the title's start: a paragraph
    # wholly over the title (a site's cookie notice or welcome blurb on a page copied
    # whole) is the site's, not the release's lead, and must not end its head.
    title_start = title.start if title else 0
    # A run of datelines naming three days or more is a site's box of other posts
    # (dated_lists); a site's date strip over the headline is the day the page was
    # viewed (date_strips).
    date_lists = dated_list_spans(placed_datelines, text)
    placed_datelines = outside(placed_datelines, date_lists)
    datelines = (
        under_title_first(placed_datelines, title.start, title.end)
        if title
        else [line for _, line in placed_datelines]
    )
    # (An aside in brackets over the lead, an editor's note, is not the lead: patterns.
    # Only the paragraphs up to the lead are looked at, not a long text's every one.)
    leads = (n.end for n in paragraphs if not _bracketed_aside(text, n))
    first_paragraph_end = next(
        (end for end in leads if end > title_start),
        next((n.end for n in paragraphs if not _bracketed_aside(text, n)), -1),
    )
    printed = text[title.start : title.end] if title else ""
    # A dateline read on as the title's last line says when, not what (title_datelines):
    # the title shown leaves it out, and it still dates the release.
    trimmed = without_closing_dateline(printed)
    if trimmed != printed:
        datelines.append(printed[len(trimmed) :].strip())
    # A dateline run into the lead ("Singapore, 2 March 2023 – ...") dates the release,
    # under a deck set as a paragraph and over a date the headline names (lead_datelines).
    head_paragraphs = itertools.islice(
        (n for n in paragraphs if not _bracketed_aside(text, n)), HEAD_PARAGRAPHS
    )
    under_title = [
        text[n.body_start : n.end] for n in head_paragraphs if n.body_start >= title_start
    ]
    lead = first_lead_dateline(under_title)
    if lead:
        datelines.append(lead)
    # An invocation read on as the title's last line opens the enactment (invocations).
    trimmed = without_closing_invocation(trimmed)
    release.title = _one_line(_without_letterhead(trimmed)) if title else ""
    release.title = _without_release_number(release.title)
    release.title = _without_title_field(release.title)
    release.title = _without_letter_spacing(release.title)
    release.title = _without_dateline(release.title)
    release.title = _without_speaker_office(release.title)
    release.title = _without_site_name(release.title)
    # "Headline - Site name", the page's browser title, and "For Immediate Release:
    # Headline": the site's name and the notice are no part of it (browser_titles).
    # A PDF has no browser title: its repeated line is a running head, not the proof.
    if extracted.format != "pdf":
        release.title = without_site_name(without_release_notice(release.title), text)
    # Markdown pasted as text keeps its marks: "# Title" and "**Title**" show the title
    # set as a heading or in bold; the marks are markup, not the title's words.
    release.title = _without_markdown_marks(release.title)
    # A footnote marker printed on the title ("Report of the Working Group*", "Meeting
    # Minutes1 on ...", "MEETING1/") explains the title; it is not part of it.
    release.title = without_note_marks(release.title, text, note_labels)
    # Text taken from a PDF lowers a raised note number onto the word it follows: a title
    # ending "... HELD ON 10 NOVEMBER 20161" carries note 1 on its year. A year has four
    # digits; the digits after it are the marker when the release prints that note (read
    # as a note, or its number alone on a line, where the note text starts).
    glued = _MARKER_ON_YEAR.search(release.title)
    if glued and prints_note(glued.group(1), text, note_labels):
        release.title = release.title[: glued.start(1)]
    # The title the file states about itself (front matter, an HTML <h1>/<title>) was
    # written as the title; a printed line is only a guess. Document properties (PDF,
    # Word) are often a template's leftovers: only used when nothing is printed.
    if _metadata_title_is_written(extracted):
        written = _metadata_title(extracted)
        # ... unless the release prints those very words as its title: a catalogue's
        # front matter re-punctuates a UN act's title ("... Nations : requests ...")
        # and drops its number; the printed "80/2. Scale of ...: requests ..." is it.
        if not (written and _prints_written_title(release.title, written)):
            release.title = written or release.title
    else:
        release.title = release.title or _metadata_title(extracted)
    if not (_metadata_title_is_written(extracted) and _metadata_title(extracted)):
        # A court paper is titled by its case, the party block around the lone "v." of
        # its caption, over the court's name or a stamp the picker took (case_names).
        printed = text[title.start : title.end].split("\n", 1)[0] if title else ""
        release.title = court_paper_title(case, release.title, printed)
    if not release.title and extracted.format != "pdf":
        # A page saved as text opening on its browser title run into the skip link
        # ("Headline - Site Skip to content ..."): skip_link_titles.
        release.title = without_site_name(title_before_skip_link(text), text)
    if not release.title and extracted.format != "pdf":
        # The site's chrome ended the head early: the headline under the paper's kind
        # or journal and its date or number, further down (labelled_headlines).
        release.title = headline_under_label(text)
    if not release.title:
        # No printed title and no usable property: the name the page header repeats.
        running = _one_line(extracted.metadata.get("running_title", ""))
        release.title = "" if is_symbol(running) else running
    # Lines the title shown leaves out (a byline read as the title's wrap) are units of
    # their own, not words of the title's node (title_span).
    if title is not None and split_title_tail(release.root, text, title, release.title):
        assign_ids(release.root)
    if subtitle:
        release.subtitle = _one_line(text[subtitle.start : subtitle.end]).strip("-–— ")
    # A date the page's metadata states beats one guessed from the body text.
    meta_date = extracted.metadata.get("date", "")
    # The adoption line went out with the cover's fields: it still dates the act.
    datelines += [
        r.text for r in release.removed if r.kind == "boilerplate" and is_adoption_line(r.text)
    ]
    # A resolution's date is when it was adopted, not when the document was distributed;
    # a line labelled as the publication date (minutes dated by their meeting print
    # "Publication date: 15 June 2011" under it) states the release's own date.
    datelines.sort(key=lambda line: (not is_adoption_line(line), not _PUBLISHED.match(line)))
    # (The head's "Decision adopted by ..." line may have gone with the cover's furniture.)
    head_lines = "\n".join([text[:ACT_HEAD_CHARS], *(r.text for r in release.removed[:40])])
    adopted = _adopted_at_meeting(text) if _ADOPTED_BY.search(head_lines) else ""
    if adopted and not any(is_adoption_line(line) for line in datelines):
        datelines.insert(0, adopted)
    # A UN-style masthead dates the document in its distribution field ("Distr.: General"
    # over "25 July 2014"): after an adoption, that is the document's date, before any
    # date line further down (a note's citation read as one).
    distributed = _DISTRIBUTED.search(text[:ACT_HEAD_CHARS])
    if distributed is None and not adopted:
        # The field and its date may have gone out with the masthead: read them there
        # (an act adopted at a meeting is dated by that meeting, not by distribution).
        masthead = "\n".join(r.text for r in release.removed if r.kind == "boilerplate")
        distributed = _FIELD_OVER_DATE.search(masthead)
    if distributed and not any(is_adoption_line(line) for line in datelines):
        datelines.insert(0, distributed.group(1))
    # A "Release Date:" field over the text names the release's own date, beside dates
    # that are not ("Period of Service: 15/09/2015 - 24/08/2018").
    labelled = labelled_date(text[:ACT_HEAD_CHARS])
    if labelled and not any(is_adoption_line(line) for line in datelines):
        datelines.insert(0, labelled)
    # A legal act is dated by the line that signs it ("Fait à Dakar, le 26 mars 1998"),
    # not by its gazette's or the amended law's dates in its head (act_signatures). A
    # signature block closing the text may have gone with the removed boilerplate.
    signed = signed_date_line(text) or signed_date_line(
        "\n".join(r.text for r in release.removed if r.kind == "boilerplate")
    )
    # A US presidential document is dated by its heading line ("Proclamation 11056 of
    # August 18, 2026"), not by the Federal Register issue printing it (act_signatures).
    signed = signed or presidential_date_line(text)
    if signed and not any(is_adoption_line(line) for line in datelines):
        datelines.insert(0, signed)
    # A gazette notice is dated by its own signature block, not by the issue's date in
    # the masthead over it (gazette_heads).
    noticed = notice_date_line(text) if not signed else ""
    if noticed and not any(is_adoption_line(line) for line in datelines):
        datelines.insert(0, noticed)
    # Without a dateline, only the head and the lead paragraph may state the release's
    # date: later paragraphs mention the dates of other events.
    # A paper opening on a grid of records (an annex's table of convictions and their
    # sentence dates) has no lead: the grid's dates are its records' (head_grids).
    head = head_before_grid(text, first_paragraph_end if first_paragraph_end >= 0 else len(text))
    head = blanked(head, date_lists)
    # A page's update stamp set as a dateline ("更新日:2022年8月31日" under the head) says
    # when the page last changed: the release's own dateline or its title's date beats it.
    stamps = [line for line in datelines if is_update_stamp(line)]
    datelines = [line for line in datelines if line not in stamps]
    release.date = release_date(datelines, release.title, head if not meta_date else "", stamps)
    release.date = release.date or meta_date
    # The issue a text was printed in (a GPO rendition's head, gone as furniture) dates
    # a statement that prints no date of its own.
    release.date = release.date or extracted.metadata.get("issue_date", "")
    if not release.date:
        # A dateline the outline took for a paragraph ("Zurich, 13 September 2012" under a
        # speaker's line, a statement's place and date under its signature).
        release.date = dateline_date(blanked(text, date_lists))
    # A paged document dated only in its running heads or feet (gone as furniture) is
    # dated by the one date they all print (running_head_dates).
    release.date = release.date or running_head_date(release.removed)
    # A Word file's footer is its running foot, stored once (readers/docx_footer_dates).
    release.date = release.date or extracted.metadata.get("footer_date", "")
    # A page copied whole may open on menus, so that its head ends before the article:
    # the article's posting stamp on a line of its own dates it (stamp_lines), read from
    # the page as printed (among menus, the stamp may have gone out as chrome). Not a
    # paged document's: a date alone on a line there is a table's cell or a letter's.
    if not release.date and extracted.format not in ("pdf", "docx"):
        release.date = stamp_date(page_head(extracted.lines, STAMP_REACH_CHARS))
    # Prefer a UN-style symbol ("SC/15355") over a meeting number.
    symbols.sort(key=lambda n: "/" not in text[n.start : n.end])
    if symbols:
        release.symbol = _one_line(text[symbols[0].start : symbols[0].end])
    # A reader's symbol (a PDF's page-head symbol, a masthead's, taken out as furniture)
    # beats one found in the text: the head names the document itself, the body cites
    # others ("A/HRC/59/15") and meeting numbers.
    meta_symbol = extracted.metadata.get("symbol", "")
    if not release.symbol or "/" in meta_symbol:
        release.symbol = meta_symbol or release.symbol
    categories = [r.text for r in release.removed if r.kind == "category"]
    release.category = categories[0] if categories else ""
    release.issuer = extracted.metadata.get("issuer", "")
    release.language = extracted.metadata.get("language", "") or detect_language(text)


# A resolution or decision closes with the meeting that adopted it: "22nd meeting" /
# "9 June 2010" (or "97th plenary meeting" / "11 July 2024"). Its head names what it is
# ("Decision adopted by the Human Rights Council") and is dated by distribution; text
# taken from a PDF may even part "Resolution adopted by the General Assembly on" from
# its date. The closing meeting line states the adoption, the act's own date.
_ADOPTED_BY = lazy(r"(?im)^[ \t]*(?:resolution|decision) adopted by\b")
_MEETING_DATE = lazy(
    r"(?im)^[ \t]*\d{1,3}(?:st|nd|rd|th)[ \t]+(?:\(resumed\)[ \t]+)?(?:plenary[ \t]+)?meeting"
    r"(?:[ \t]*\n(?:[ \t]*\n)?[ \t]*|[ \t]+)([^\n]{6,40})$"
)
ACT_HEAD_CHARS = 3000
_DISTRIBUTED = lazy(r"\bDistr\.\s*:\s*[A-Za-z]+\s*\n?[ \t]*([^\n]{6,40})")
# The field alone on its line over its date alone, as the roles take them out together.
_FIELD_OVER_DATE = lazy(r"(?m)^[ \t]*Distr\.\s*:\s*[A-Za-z]+[ \t]*\n[ \t]*([^\n]{6,40})$")


def _adopted_at_meeting(text: str) -> str:
    """ "Adopted at the meeting of 9 June 2010" when the text closes with a meeting and
    its date (asked only of an adopted act); else ""."""
    for m in _MEETING_DATE.finditer(text):
        if find_date(m.group(1)) is not None and len(m.group(1).split()) <= 4:
            return f"Adopted at the meeting of {m.group(1).strip()}"
    return ""


def _without_letterhead(title: str) -> str:
    """The title without an issuer's name printed as its last line ("Minutes of the
    Monetary Policy Meeting" / "Bank of Thailand"): text taken from a PDF runs the
    letterhead under the title into it; a title does not end on its issuer's bare name."""
    lines = title.rstrip().split("\n")
    above = next((line for line in reversed(lines[:-1]) if line.strip()), "")
    if len(lines) > 1 and is_masthead(lines[-1]) and not _dangles(above):
        return "\n".join(lines[:-1])
    return title


def _dangles(line: str) -> bool:
    """A line stopping on a function word ("... COOPERATION BETWEEN") goes on into the next:
    the line under it is the title's words ("THE GOVERNMENT OF EXAMPLIA AND SAMPLIA"), not
    a letterhead run into it."""
    words = line.split()
    if not words or words[-1].lower() not in FUNCTION_WORDS:
        return False
    # A capital letter closing a line in mixed case names something ("Hepatitis A",
    # "Annex A"); the article "a" is set in capitals only in a line in capitals.
    return not (words[-1] == "A" and any(ch.islower() for ch in line))


# A ministerial office's release number typed on the title's line ("NIPS 70/96 LABOR
# UNDERMINES ...", "MPS 32/91 ..."): letters then a serial over the year. It files the
# release; the words after it are the title.
_RELEASE_NUMBER = lazy(r"^[A-Z]{1,5}\s?\d{1,4}/(?:19|20)?\d\d\s+(?=\S+\s+\S+\s+\S)")


def _without_release_number(title: str) -> str:
    return _RELEASE_NUMBER.sub("", title, count=1)


# A catalogue's title field, "[文書名] 川口外務大臣演説, ...", "[Title] ...": the field's
# name is the record's, the value the title (board_fields takes the record's other fields).
_TITLE_FIELD = lazy(
    r"^\s*[\[［](?:文書名|件名|題名|標題|表題|タイトル|제목|标题|題目|title|titre|título|"
    r"titolo|titel|заголовок|название)[\]］]\s*(?=\S)",
    re.I,
)


# "Regular Press Conference on September 15, 2026_Ministry of Foreign Affairs of ...": a
# page's <title>, copied with the page, joins the headline and the site's name with an
# underscore (Chinese government sites do); no headline's words are joined so.
_SITE_NAME_TAIL = lazy(r"(?<=[\w.,)’'”])_(?=[A-Z][^_\n]*\s[^_\n]*$)")
SITE_NAME_MAX_WORDS = 15


def _without_site_name(title: str) -> str:
    m = _SITE_NAME_TAIL.search(title)
    if m is None:
        return title
    head, tail = title[: m.start()].rstrip(), title[m.end() :].strip()
    if len(head.split()) < DATED_TITLE_MIN_WORDS or len(tail.split()) > SITE_NAME_MAX_WORDS:
        return title
    return title if ends_sentence(tail) else head


def _without_title_field(title: str) -> str:
    return _TITLE_FIELD.sub("", title, count=1)


# Display type set letter-spaced, as a scan reads it back ("el P r e s i d e n t e de la
# República", "M E N S A J E"): the metadata's title gives the word as written. Three
# single letters in a row are never words of a title (see ``issuer_lines``).
_SPACED_LETTERS = lazy(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")


# "The ACT celebrates Harmony Day 2013 Wednesday, 20 March 2013": the dateline printed
# under the title, run into it when a scan or a copy lost the line between them. A title
# naming its own date says so with a word or a comma before it ("Statement of 3 March",
# "Press conference, Adelaide, 14 November 1996"); here the date follows the last word.
_RUN_IN_DATE = lazy(rf"(?<=[\w)’'])\s+(?:(?:{WEEKDAY_NAMES}),?\s+)?(\S+\s+\S+\s+\S+)$", re.I)
DATED_TITLE_MIN_WORDS = 3


def _without_dateline(title: str) -> str:
    m = _RUN_IN_DATE.search(title)
    if not m:
        return title
    found = find_date(m.group(1))
    if found is None or found.start != 0 or found.end != len(m.group(1).rstrip(".")):
        return title
    rest = title[: m.start()].rstrip()
    words = rest.split()
    if len(words) < DATED_TITLE_MIN_WORDS or words[-1].lower() in DATE_LEAD_WORDS | ACT_KINDS_DATED:
        return title
    return rest


# "Senator the Hon. Jane Example  Minister for Trade  Doorstop interview: ...", "DR JANE
# EXAMPLE, MP  TRANSCRIPT OF PRESS CONFERENCE ...": an office's letterhead run into the
# line where the transcript names itself. The speaker is the letterhead's; the title is
# the event's name from there on.
_EVENT_NAME = lazy(
    r"(?:(?:edited |unofficial )?transcript of\b|(?:joint )?(?:doorstop|press conference|"
    r"media conference|news conference)\b|(?:joint )?(?:radio |television |tv )?interview\b)",
    re.I,
)


def _without_speaker_office(title: str) -> str:
    m = _EVENT_NAME.search(title)
    if m is None or m.start() == 0:
        return title
    prefix = title[: m.start()].strip(" -–—,:;|")
    if _POSSESSIVE_BEFORE.search(prefix):
        # "Foreign Ministry Spokesperson X's Regular Press Conference on ...": the
        # speaker owns the event in one noun phrase, no letterhead run into it.
        return title
    return title[m.start() :] if prefix and is_office_line(prefix) else title


_POSSESSIVE_BEFORE = lazy(r"\w['’]s?(?:\s+\w+){0,2}$")


def _without_letter_spacing(title: str) -> str:
    return _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), title)


_MARKER_ON_YEAR = lazy(r"\b(?:19|20)\d\d(\d{1,2})$")


def _metadata_title(extracted: Extracted) -> str:
    """The metadata's title, unless it is only a document symbol ("A/RES/80/12")."""
    title = _one_line(extracted.metadata.get("title", ""))
    if not title or is_symbol(title) or not any(ch.isalpha() for ch in title):
        return ""
    if " " not in title and re.search(r"\w[-_]\w.*[-_]", title):
        return ""  # a file name's slug ("informative-note-february-2023")
    if title.count("_") >= 2 and re.search(r"[^\W_]_[^\W_]", title):
        return ""  # a file name Word copied in ("UPR20_ Slovenia_ThematicList_E"): prose has no "_"
    return title


def _prints_written_title(printed: str, written: str) -> bool:
    """Whether the printed title says the written one's words in the same case (its act
    number and punctuation aside): a title printed in capitals is no better than the
    metadata's."""
    from briefing.ingest.roles import RESOLUTION_NUMBER

    def plain(title: str) -> str:
        return " ".join(re.sub(r"[\W_]+", " ", RESOLUTION_NUMBER.sub("", title)).split())

    words = plain(printed)
    return bool(words) and words == plain(written)


def _metadata_title_is_written(extracted: Extracted) -> bool:
    return extracted.format in ("txt", "md", "html", "paste", "test")


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_PUBLISHED = lazy(
    r"\s*(?:publication date|date of (?:publication|release|issue)|published|released)\b", re.I
)
_HANGUL = lazy(r"[\uac00-\ud7a3]")
# Scripts that name their language (or its usual one in official releases).
_SCRIPTS = (
    ("ja", lazy(r"[\u3040-\u30ff]"), 0.05),  # kana: only Japanese writes it
    ("zh", lazy(r"[\u4e00-\u9fff]"), 0.3),  # Han without kana
    ("fa", lazy(r"[پچژگ]"), 0.02),  # Persian letters among Arabic script
    ("ar", lazy(r"[\u0600-\u06ff]"), 0.3),
    ("uk", lazy(r"[іїєґІЇЄҐ]"), 0.02),  # Ukrainian letters among Cyrillic
    ("ru", lazy(r"[\u0400-\u04ff]"), 0.3),
    ("el", lazy(r"[\u0370-\u03ff]"), 0.3),
    ("he", lazy(r"[\u0590-\u05ff]"), 0.3),
    ("th", lazy(r"[\u0e00-\u0e7f]"), 0.3),
)
# Words frequent in one Latin-script language and rare in the others (shared ones such as
# "de", "la", "en", "que" would tie French, Spanish, Portuguese and Dutch).
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "on"},
    "fr": {"le", "la", "les", "et", "des", "du", "est", "une", "pour", "dans", "que"},
    "es": {"el", "la", "los", "las", "y", "del", "que", "por", "con", "una", "para"},
    "de": {"der", "die", "das", "und", "ist", "mit", "von", "den", "zu", "für"},
    "pt": {"não", "com", "do", "da", "dos", "das", "em", "os", "ao", "pelo", "pela", "são"},
    "it": {"il", "che", "della", "per", "sono", "gli", "nel", "alla", "delle", "dei"},
    "nl": {"het", "een", "van", "voor", "zijn", "niet", "ook", "naar", "wordt", "bij"},
    "id": {"yang", "dan", "dengan", "untuk", "dari", "ini", "itu", "dalam", "pada", "akan"},
    "vi": {"và", "của", "các", "có", "là", "được", "trong", "cho", "với", "không"},
    "tr": {"ve", "bir", "bu", "için", "ile", "olarak", "olan", "daha", "gibi", "çok"},
    # (Nordic: words none of the others uses; "det", "som", "med" are shared among them.)
    "sv": {"och", "att", "är", "inte", "för", "till", "också", "detta", "eller", "vid"},
    "da": {"og", "af", "ikke", "til", "også", "eller", "ved", "denne", "blev", "været"},
    "no": {"og", "av", "ikke", "til", "også", "eller", "ved", "denne", "ble", "vært"},
    "pl": {"się", "nie", "że", "jest", "oraz", "przez", "dla", "który", "być", "został"},
    "ro": {"și", "în", "pentru", "care", "este", "din", "pe", "cu", "sunt", "această"},
}
_LATIN_WORD = lazy(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """A cheap guess from script and common words: an ISO 639-1 code, or "" when unsure.

    A script that belongs to one language decides at once (Hangul, kana, Thai...); Latin
    text is the language whose distinctive small words it uses most.
    """
    sample = text[:20000]
    # (Counted in C: map over the characters, where a generator resumed for each of the
    # 20,000 cost ~1 ms a release, whatever its length.)
    letters = sum(map(str.isalpha, sample)) or 1
    if len(_HANGUL.findall(sample)) / letters > 0.3:
        return "ko"
    for code, script, minimum in _SCRIPTS:
        if len(script.findall(sample)) / letters > minimum:
            return code
    # Each language's score is how many tokens are among its words: the tokens counted
    # once, then ten look-ups a language (not every token against every language).
    counts = Counter(_LATIN_WORD.findall(sample.lower()))
    scores = {lang: sum(counts[w] for w in words) for lang, words in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else ""


def _wrap_suggestions(placed: list[Placed]) -> list[Suggestion]:
    found: list[Suggestion] = []
    for item in placed:
        if item.start < 0:
            continue  # removed as boilerplate: not in the text
        text = item.block.text
        for wrap in item.block.wraps:
            at = item.start + wrap
            # (A CJK line broken between two characters is mended with no space.)
            mend = "" if unspaced_wrap(text[wrap - 1 : wrap], text[wrap + 1 : wrap + 2]) else " "
            found.append(Suggestion("hard-wrap", at, at + 1, "\n", mend))
    return found


def add_suggestions(release: Release) -> None:
    """Add glued-word suggestions to ``release`` (keeps the hard-wrap ones)."""
    from briefing.ingest.cleanup import find_glued_words

    kept = [s for s in release.suggestions if s.kind != "glued-words"]
    glued = find_glued_words(release.text, release.language or None)
    release.suggestions = sorted([*kept, *glued], key=lambda s: (s.start, s.end))
