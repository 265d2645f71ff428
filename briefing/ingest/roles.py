"""Give each block a role: boilerplate, title, dateline, numbered paragraph, footnote, ...

A release has three regions. The *head* (site menus, category, document symbol, title,
subtitle, dateline) ends where the first real paragraph starts; the *tail* begins after
the last one (contacts, share buttons, footer menus). Boilerplate is only looked for in
head and tail, so a short line inside the body is never thrown away as a menu.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter, itemgetter

from briefing.ingest import patterns as P
from briefing.ingest.act_kind_lines import kind_over_subject
from briefing.ingest.act_title_lines import act_title_end
from briefing.ingest.agenda_entries import between_entries, in_capitals_run, next_to_sibling
from briefing.ingest.atx_heads import marked_heads, numbers_next, opening_heads
from briefing.ingest.block_scan import texts_of
from briefing.ingest.board_fields import field_lines
from briefing.ingest.briefing_parts import PART_LINE_MAX_CHARS, is_part_name
from briefing.ingest.browser_title_heads import chrome_under_browser_title
from briefing.ingest.business_heads import MIN_TURNS as MIN_MEMBER_TURNS
from briefing.ingest.business_heads import business_heads, member_turns
from briefing.ingest.closing_boxes import closing_box_heads
from briefing.ingest.closing_runs import closing_runs, is_table_row
from briefing.ingest.column_pairs import alternates_with_numbered
from briefing.ingest.contact_captions import (
    contacts_under,
    heads_contact_card,
    names_press_office,
    opens_card,
)
from briefing.ingest.contents_lists import contents_runs, is_leader_entry, leader_entries
from briefing.ingest.crumb_trails import HOME_WORDS
from briefing.ingest.crumb_trails import norm_line as _norm
from briefing.ingest.cut_lines import cut_mid_phrase
from briefing.ingest.dash_topics import dash_topic, topic_line
from briefing.ingest.dates import find_date
from briefing.ingest.draft_titles import is_draft_line
from briefing.ingest.figure_labels import drop_figure_labels
from briefing.ingest.graphic_captions import is_graphic_caption, titles_under_designations
from briefing.ingest.handling_notices import is_handling_notice
from briefing.ingest.head_menus import (
    ENTRY_MAX_WORDS,
    head_menu_lines,
    nearest_over,
    site_line_over_headline,
)
from briefing.ingest.head_section_heads import head_section_heads
from briefing.ingest.heading_shapes import HeadingShapes
from briefing.ingest.heading_words import (
    answer_alone,
    capitals_over_heading,
    enacting_verb,
    never_a_heading_word,
)
from briefing.ingest.headline_heads import long_headline
from briefing.ingest.issuer_lines import is_office_line
from briefing.ingest.label_siblings import numbers_list_paragraph
from briefing.ingest.led_lists import lead_in_lists
from briefing.ingest.lettered_sections import (
    continue_lettered_series,
    drop_lone_capitals_letters,
    long_section_line,
)
from briefing.ingest.letterhead_runs import letterhead_runs
from briefing.ingest.link_menus import heads_link_list
from briefing.ingest.numbered_title import numbered_headline
from briefing.ingest.office_lines import credits_person, person_name, person_names
from briefing.ingest.own_lists import own_list
from briefing.ingest.page_matter import ends_on_page_number
from briefing.ingest.part_stacks import part_over_heading
from briefing.ingest.picture_captions import CREDIT_WORDS, closes_on_credit
from briefing.ingest.printed_runs import printed_runs
from briefing.ingest.punctuated_heads import punctuated_crossheads
from briefing.ingest.quote_crossheads import crosshead_under_quote
from briefing.ingest.record_lines import code_line, page_label, postal_line, reference_field
from briefing.ingest.repeated_sections import repeated_line_heads, repeated_section_heads
from briefing.ingest.resolution_crossheads import crosshead_over_number, heads_clauses
from briefing.ingest.roman_heads import numeral_blocks
from briefing.ingest.roman_sections import roman_section_part
from briefing.ingest.roster_heads import roster_heading
from briefing.ingest.scan_specks import is_scan_speck
from briefing.ingest.section_numbers import heads_numbered_section
from briefing.ingest.segment import PREAMBLE_OPENING, Block, heading_rank, unspaced_words
from briefing.ingest.segment import SPONSORS_LINE as _SPONSORS_LINE
from briefing.ingest.sentence_pieces import (
    continues_in_lower_case,
    ends_on_lead_dash,
    opens_on_trailing_mark,
    runs_into_list,
    unbalanced_brackets,
)
from briefing.ingest.sibling_sections import sibling_section_heads
from briefing.ingest.side_keys import opens_keyed_body
from briefing.ingest.sign_offs import sign_off_lines
from briefing.ingest.site_prompts import names_site_section
from briefing.ingest.speakers import (
    HEAD_BLOCKS,
    Q_DOT,
    announced_transcript,
    briefing_topic,
    find_label_lines,
    find_turns,
    speaker_of,
    turn_label,
)
from briefing.ingest.stacked_heads import opens_content, stacked_heading
from briefing.ingest.styled_cards import heads_card
from briefing.ingest.table_cells import holds_table_cells, is_tab_row
from briefing.ingest.teaser_blurbs import heads_only_blurb
from briefing.ingest.text_fragments import is_markup_line, is_photo_credit
from briefing.ingest.text_tables import figures_row
from briefing.ingest.title import (  # noqa: F401 (names others import from here)
    LIST_MARK,
    _absorb_title_wraps,
    _choose_title,
    _cover_designation,
    _crumb_title,
    _lower_case_title_lines,
    _posting_stamp,
    _title_shaped,
    is_masthead,
    is_navigation,
    is_translation_note,
    title_opens_body,
)
from briefing.ingest.title_deck import is_title_deck
from briefing.ingest.titled_lists import heads_points, marked_point
from briefing.ingest.unmarked import series_crossheads, typist_initials
from briefing.ingest.web_chrome import is_site_line, one_chrome_label
from briefing.lazyre import lazy

MENU_RUN = 4  # this many short lines in a row, outside the body, are a menu


@dataclass(slots=True)  # (one a block: ~30,000 in a 5 MB text; no per-instance dict)
class Role:
    """What a block is. ``kind`` is a node kind, or "removed" / "boilerplate" / "category"."""

    kind: str
    label: P.LabelMatch | None = None
    attrs: dict[str, str] = field(default_factory=dict)


WORD_COUNT_CAP = 64  # every threshold below is far under this


def words(text: str, cap: int = WORD_COUNT_CAP) -> int:
    """Number of words in ``text``, counted up to ``cap`` + 1 (long paragraphs are
    never split in full just to learn they are long). A caller comparing with a
    threshold ``t`` may pass ``cap=t`` (or more): the comparison comes out the same.
    Scripts written without spaces (Chinese, Japanese, Thai ...): segment.unspaced_words."""
    count = len(text.split(None, cap))
    if count <= cap:
        count = min(cap + 1, count + unspaced_words(text))
    return count


def is_prose(block: Block) -> bool:
    """A sentence-shaped block: long enough and ending like a sentence."""
    return block.word_count >= 8 and block.ends_sentence


def is_short_line(text: str) -> bool:
    """A line that reads like a menu entry or heading, not a sentence."""
    return words(text, 13) <= 12 and not P.ends_sentence(text)


def _link_label(text: str) -> bool:
    """A line in a link label's shape: a few words ending no sentence (head_menus)."""
    return words(text, ENTRY_MAX_WORDS) <= ENTRY_MAX_WORDS and is_short_line(text)


_LEADING_BULLET = lazy(r"^[•·▪►\-–—*]\s+")


def is_boilerplate(text: str) -> bool:
    norm = _norm(text)
    if norm in P.BOILERPLATE_LINES:
        return True
    bare = _LEADING_BULLET.sub("", text.strip())
    if any(p.search(bare) for p in P.BOILERPLATE_PATTERNS) or is_navigation(bare):
        return True
    return is_site_line(text)  # (a site's tools, counters, file links: web_chrome)


_CATEGORY_JOINS = lazy(r" (?:and|&|et|y|und) |[,|/·]")  # (text normalised: single spaces)


def is_control_label(text: str) -> bool:
    """The whole line is one link label or control sites print ("Share", "Print", "Read
    more", "Subscribe"), by the lists ``is_boilerplate`` and ``web_chrome`` keep; not a
    "Contact" line, which may head the release's own contacts."""
    if len(text) > 60 or P.CONTACT_START.match(text.strip()):
        return False
    return _norm(text) in P.BOILERPLATE_LINES or one_chrome_label(text)


def is_category(text: str) -> bool:
    """A site's section name ("Press releases"), or several joined ("Meetings Coverage
    and Press Releases", "News & Statements"): where the page sits, not what it says."""
    norm = _norm(text)
    if norm in P.CATEGORY_LINES:
        return True
    if len(norm) > 80:
        return False
    parts = [part.strip() for part in _CATEGORY_JOINS.split(norm) if part.strip()]
    return len(parts) > 1 and all(part in P.CATEGORY_LINES for part in parts)


def is_symbol(text: str) -> bool:
    return words(text) <= 8 and bool(P.SYMBOL.match(text.strip()))


def is_time_line(text: str) -> bool:
    """ "4:20 P.M. EDT", "14:30 KST": a time stamp (of a briefing, a transcript)."""
    stripped = text.strip()
    if words(stripped, 6) > 5 or not P.TIME.search(stripped):
        return False
    rest = _ZONE.sub("", P.TIME.sub("", stripped))
    return not any(ch.isalpha() for ch in rest)


_ZONE = lazy(r"(?i)\b(?:[ap]\.?m\.?|[A-Z]{1,3}[SD]?T|UTC|GMT|local time|hrs?)(?:\.|\b)")


# "Resolution adopted by the General Assembly on 1 December 2025": the one line that
# states when a resolution, decision or declaration became the text it is.
_ADOPTED = lazy(
    r"^(?:(?:resolution|decision|declaration|statement|text)s?\s+)?(?:adopted|done|approved)\b",
    re.I,
)


def is_adoption_line(text: str) -> bool:
    stripped = text.strip()
    return (
        words(stripped, 20) <= 18
        and bool(_ADOPTED.match(stripped))
        and find_date(stripped) is not None
    )


_ANY_DIGIT = re.compile(r"\d")


# A month and its year alone on a line ("January 2021", "Janvier 2021", "Mayo de 2019"),
# as a report's cover prints its date under the title.
_MONTH_YEAR_LINE = lazy(rf"^\s*{P.MONTH}(?:\s+de)?,?\s+{P.YEAR}\s*$", re.I)


def is_month_year_line(text: str) -> bool:
    """A line that is only a month and its year: the date a report's cover prints."""
    return bool(_MONTH_YEAR_LINE.match(text))


def is_date_line(text: str) -> bool:
    """A line that is only a date, perhaps with a place, time or "Date" label."""
    if not _ANY_DIGIT.search(text):
        return False  # (no date without its day in figures: find_date; most lines)
    stripped = text.strip()
    if is_adoption_line(stripped):
        return True
    if words(stripped) > 10 or P.ends_sentence(stripped.rstrip(".")):
        return words(stripped, 24) <= 24 and _is_dateline_with_issuer(stripped)
    found = find_date(stripped)
    if not found:
        return False
    if _RANGE_START.search(stripped, 0, found.start):
        # "24 February–20 March 2020": a session's or visit's period, printed under a
        # UN cover's session line or an agenda; a release is dated one day.
        return False
    rest = stripped[: found.start] + stripped[found.end :]
    if _OTHER_YEAR.search(rest):
        return False  # "2011, February 7 2012.": a note's citation, not a dateline
    # ("Publié le jeudi 19 février 2009 à 03h04min": the label, "le", the time.)
    before, after = _ON_DAY.sub("", stripped[: found.start]), stripped[found.end :]
    rest = P.TIME.sub("", before + " " + _STAMP_TIME.sub("", after))
    rest = _CJK_DATE_PARTS.sub("", rest)
    rest = _STAMP_WORDS.sub("", rest)
    # What remains may be a place ("Zurich,", "Montevideo,") and separators.
    if words(re.sub(r"[-–—,:|()]+", " ", rest)) <= 2:
        return True
    return _is_dateline_with_issuer(stripped)


# What a page's stamp prints around its date, in the languages sites are written in: the
# label ("Published", "Publié le", "Publicado el", "Pubblicato il", "Veröffentlicht am",
# "Опубликовано"), the time in the forms typed beside a date ("à 03h04min", "um 14.30 Uhr"),
# "on"/"le"/"el" before it. Only these few words and a place may stand beside the date.
_STAMP_WORDS = lazy(
    r"(?i)\b(?:date|dated|updated|published|posted|fecha|le|on|"
    r"publiée?|mise? à jour|publicad[oa]|actualizad[oa]|atualizad[oa]|pubblicat[oa]|"
    r"aggiornat[oa]|veröffentlicht|aktualisiert|опубликовано|обновлено|"
    # Polish and Czech say "on the day" before the date and "r." (year) after it
    r"w dniu|dnia|dne|r\.(?=\W*$))(?:\b|(?<=\.))\s*:?"
)
_ON_DAY = lazy(r"(?i)\b(?:el|il|am|em)\s*$")  # "el 3 de marzo", "am 3. März"
_STAMP_TIME = lazy(
    r"(?i)^\W*+(?:(?:à|às|a las|alle|um|at)\s++)?(?:\d{1,2}\s?h\s?\d{2}(?:\s?min)?|"
    r"\d{1,2}[.:]\d{2}(?:\s?uhr)?)\b"
)
# What a Japanese or Chinese dateline prints around the date: the weekday "（月曜日）",
# the time "15時00分", the place "於：本省会見室" (Japanese ministries' press conferences).
_CJK_DATE_PARTS = lazy(
    r"[（(][月火水木金土日一二三四五六][曜]?[日]?[）)]|\d{1,2}時(?:\d{1,2}分)?|[於于][：:]\s*\S{1,20}"
)
_OTHER_YEAR = lazy(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")  # a year beside the date
_RANGE_START = lazy(r"\b\d{1,2}\s+[A-Za-zéû]{3,9}\.?\s*[-–—]\s*$")
_DATELINE_PARTS = lazy(r"(?<!\s)\s+[-–—|]\s+|(?<!\s)\s*[–—|]\s*|[–—|]\s*")


def _is_dateline_with_issuer(text: str) -> bool:
    """ "3 March 2023 – Canberra, ACT – Department of Foreign Affairs and Trade": a date,
    a place and the issuer, each a short name between dashes. Issuers print this one line
    under the title; no sentence is cut into short capitalised pieces like that."""
    stripped = text.strip()
    if words(stripped, 24) > 24 or P.ends_sentence(stripped.rstrip(".")):
        return False
    parts = [p for p in _DATELINE_PARTS.split(stripped) if p.strip()]
    if len(parts) < 2 or not any(find_date(p) for p in parts[:2]):
        return False
    for part in parts:
        found = find_date(part)
        rest = part[: found.start] + part[found.end :] if found else part
        rest = P.TIME.sub("", rest).strip(" ,")
        # (Chinese, Japanese and Korean names have no capitals: "2009.10.20|記者会見".)
        caseless = rest[:1].isalpha() and rest[0].lower() == rest[0].upper()
        if rest and (words(rest, 10) > 9 or not (rest[0].isupper() or caseless)):
            return False
    return True


# "The General Assembly," / "The Security Council," / "The Conference of the Parties,":
# a resolution or decision opens its text with the adopting body's name and a comma.
_ORGAN_OPENING = lazy(
    r"^(?:The|THE|Le|LE|La|LA|El|EL|Die|DIE)\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|on|for|the|de|du|des|del|la)){0,9},$"
)


def is_organ_opening(text: str) -> bool:
    return words(text, 14) <= 13 and bool(_ORGAN_OPENING.match(text.strip()))


# "Not to be released until 8:50 a.m. ...", "EMBARGOED UNTIL ...": a notice to the press
# printed above a release, never its first paragraph.
_EMBARGO = lazy(
    r"^(?:not (?:to be )?(?:released|published|for (?:release|publication))"
    r"|embargo(?:ed)?\b|under embargo)",
    re.I,
)


def is_body_start(block: Block) -> bool:
    label = block.label
    if _EMBARGO.match(block.text) or is_translation_note(block.text):
        return False
    if block.word_count <= 12 and is_organ_opening(block.text):
        return True
    if block.text[:1].isdigit() and block.line_count <= 3 and topic_line(block.text):
        return True  # "1 - Examplie - Elections ...": the first statement's topic (dash_topics)
    if label and not label.family.startswith("bullet"):
        return words(block.text[label.body_offset : label.body_offset + 200], 3) >= 3
    if block.style == "list-item" and label is not None:
        # A bulleted sentence is content (menus are bulleted too, but never sentences).
        return is_prose(block)
    if block.style in ("list-item", "quote", "footnote", "table"):
        return False
    if is_site_line(block.text):
        # A site's notice over the page (cookies, its keys' help) reads as a sentence and
        # is the site's, not the release's first paragraph (web_chrome).
        return False
    if "raft " in block.text and _SPONSORS_LINE.search(block.text):
        # "Examplia and Samplia: amendment to draft resolution A/C.6/90/L.14" names a
        # draft's sponsors over its title: the head's, however long the list of sponsors.
        return False
    return is_prose(block)


def assign_roles(
    blocks: list[Block],
    hard_wrapped: bool = False,
    title_hint: str = "",
    hint_is_title: bool = True,
    authored_styles: bool = True,
    web_copy: bool = False,
    printed: bool = False,
    page_title: str = "",
) -> list[Role]:
    """One Role per block. ``title_hint`` is the title the file's metadata states;
    ``hint_is_title`` when that metadata is written as the title (front matter, an HTML
    heading) rather than a document property, which is often a template's leftover.
    ``authored_styles`` when heading styles were set by the author (Word, HTML), not
    guessed from font sizes (PDF). ``web_copy`` when the text is a page copied as text
    whose site chrome was taken (web_chrome). ``printed`` when the text shows printed
    pages and no browser printed it (printed_runs). ``page_title`` is the page's first
    line when the reader took it with the site's menus (browser_title_heads)."""
    roles: list[Role | None] = [None] * len(blocks)
    _drop_implausible_labels(blocks)
    drop_lone_capitals_letters(blocks)  # "E. COLI OUTBREAK": no series (lettered_sections)
    continue_lettered_series(blocks)  # "J. Erased persons" after "I." (lettered_sections)
    drop_figure_labels(blocks)  # "2.4  94", "– 87 399.0": a table's cells (figure_labels)
    crumbs = _breadcrumb_trail(blocks)
    for i in crumbs:
        roles[i] = Role("boilerplate")
    body_start = next(
        (
            i
            for i, b in enumerate(blocks)
            if i not in crumbs
            and (is_body_start(b) or opens_keyed_body(blocks, i))
            and not numbered_headline(blocks, i)
        ),
        len(blocks),
    )
    body_start = title_opens_body(blocks, body_start, web_copy)
    marked = marked_heads(blocks)  # "## Background": Markdown read as text (atx_heads)
    body_start = opening_heads(marked, body_start)
    # Looked for once: no pass from here on changes a block's text or label (the label
    # passes above are the last), so the body's end and the tail ask the same question.
    related = _related_pages_label(blocks, body_start)
    body_end = _body_end(blocks, body_start, related)
    _head_roles(
        blocks,
        roles,
        body_start,
        hard_wrapped,
        title_hint,
        hint_is_title,
        authored_styles,
        web_copy,
    )
    # An act's title printed over several lines goes on past its first (act_title_lines).
    body_start = act_title_end(blocks, roles, body_start)
    site_list = _tail_roles(blocks, roles, body_end, web_copy, body_start, related, printed)
    shapes = HeadingShapes(blocks, body_start, body_end)
    for i in range(body_start, body_end):
        if roles[i] is None:
            if i in marked and numbers_next(blocks, marked, i):
                roles[i] = Role("note", attrs={"role": "designation"})
            elif i in marked and not _heads_nothing(blocks, i):
                roles[i] = Role("heading", attrs={"level": str(marked[i])})
            else:
                roles[i] = _body_role(blocks, i, shapes, roles)
    for i in sibling_section_heads(blocks, roles, body_start, body_end):
        # "2. Financial environment" beside "1. Economic developments", a numbered
        # heading: one sequence numbers one kind of unit (sibling_sections).
        roles[i] = Role("heading", label=blocks[i].label, attrs={"level": "1", "relative": "1"})
    _lone_contacts_caption(blocks, roles, body_end)
    for i, block in enumerate(blocks):
        if block.note_of is not None and i not in site_list:
            # (the format says where its marker is; a figure opening a teaser's headline
            # in a site's list of other pages, "15 films nominated", marks no note)
            roles[i] = _format_note_role(block)
        elif block.text[:1] in "+|<" and is_markup_line(block.text):
            # A drawn table's border, an empty HTML comment: markup, listed as removed.
            roles[i] = Role("boilerplate")
        elif block.label is None and is_photo_credit(block.text):
            roles[i] = Role("boilerplate")  # a picture's caption and credit
        elif block.style == "table" and (roles[i] is None or roles[i].kind != "boilerplate"):
            # Cells the format marked are table content wherever they stand (a table
            # before the first numbered paragraph is not the page's head).
            roles[i] = Role("note", attrs={"role": "table"})
    for i in numeral_blocks([b.text for b in blocks]):
        # "I." / "II." alone, in order: a speech's untitled sections (roman_heads).
        label = P.match_label(blocks[i].text.strip() + " A")
        roles[i] = Role("heading", label=label, attrs={"level": "1"})
    _series_heads(blocks, roles, body_start, body_end)
    _speaker_turns(blocks, roles)
    _punctuated_heads(blocks, roles, body_start, body_end)
    _business_heads(blocks, roles)
    _part_headings(blocks, roles)
    for i in contents_runs(blocks):  # a record's contents list: navigation (contents_lists)
        roles[i] = Role("boilerplate")
    for i in leader_entries(blocks):  # a printed contents list ("Annex ....... 19")
        roles[i] = Role("boilerplate")
    if blocks and blocks[-1].label is None and typist_initials(blocks[-1].text):
        roles[-1] = Role("boilerplate")  # "jy" under the last line: who typed it
    for i, role in enumerate(roles):
        # A heading reading only as a site's control ("Share", "Subscribe", "Read more")
        # labels the widget under it (a share bar, a sign-up form, a teaser's link), set
        # as a heading by the page's template: a release names its parts by what they
        # say, never by what the reader may click.
        if role is not None and role.kind == "heading" and is_control_label(blocks[i].text):
            roles[i] = Role("boilerplate")
    if authored_styles:
        # After the control labels: a box's "Links:" they take is removed, not kept.
        kinds = [role.kind if role is not None else "" for role in roles]
        for i in closing_box_heads(blocks, kinds, body_start, body_end):
            role = roles[i]
            if role is not None and role.kind == "heading":
                roles[i] = Role("note", attrs={"role": "box"})  # a box's caption (closing_boxes)
    bounds = [i for i, role in enumerate(roles) if role is not None and role.kind == "heading"]
    heads = [i for i in bounds if roles[i].label is None]
    for i in repeated_section_heads(blocks, heads, bounds):
        # Two headings over the same section word for word: one widget the page printed
        # twice (a sign-up box, a player's notice), no part of the release.
        roles[i] = Role("note", attrs={"role": "short"})
    for i in repeated_line_heads(blocks, [i for i in heads if not roles[i].attrs], bounds):
        # The same plain short line over two runs of text: a label the page repeats
        # (a speaker's name, a teaser's counter), not a part's title (repeated_sections).
        roles[i] = Role("paragraph")
    kinds = [role.kind if role is not None else "" for role in roles]
    for i in titles_under_designations(blocks, kinds):
        roles[i] = Role("paragraph")  # "Chart 1" / "Policy rates": its title (graphic_captions)
    kinds = [role.kind if role is not None else "" for role in roles]
    chrome, headline = chrome_under_browser_title(
        blocks, kinds, is_prose, _release_head_line, page_title
    )
    for i in chrome:
        # The site's lines between a page's browser title and its headline printed
        # again, where the page's own text starts (browser_title_heads).
        roles[i] = Role("boilerplate")
    # The browser title went out with the menus: the headline is the title (one read on
    # into its lead is left to the title rules: the block is not the title whole).
    if (
        chrome
        and headline is not None
        and "title" not in kinds
        and "\n" not in blocks[headline].text.strip()
    ):
        roles[headline] = Role("title")
    return [r or Role("paragraph") for r in roles]


def _release_head_line(text: str) -> bool:
    """A line of a release's own head over its headline: its date or handling notice."""
    return is_date_line(text) or is_handling_notice(text)


_STARRED_END = lazy(r"\w[,:]?\*$|\w[,:]\*\s")


def _head_star_note(blocks: list[Block], i: int) -> bool:
    """Whether head line ``i`` opens with a star explaining a star a line above it
    prints after a word ("Item 137 of the preliminary list*", "Iraq:* draft
    resolution"): UN documents star the agenda item or the sponsor so."""
    label = blocks[i].footnote_label
    if label is None or label.label != "*" or len(blocks[i].text) < 3:
        return False
    return any(_STARRED_END.search(blocks[k].text) for k in range(max(0, i - 12), i))


def _series_heads(blocks: list[Block], roles: list[Role | None], start: int, end: int) -> None:
    """Plain lines heading a release's parts as a series (unmarked.series_crossheads),
    where the rules above took them for lead-ins or clauses (a colon, a comma)."""
    texts = [""] * len(blocks)
    for i in range(start, end):
        b = blocks[i]
        # (Cheap tests first: a head of the series ends on a colon or a comma.)
        if not b.text.endswith((":", ",")) or len(b.text) > 160:
            continue
        if b.style or b.label is not None or b.footnote_label is not None:
            continue
        if i + 1 < len(blocks) and runs_into_list(blocks[i + 1]):
            # "Examples of the steps to take:" over "a. stop the pump;": the items finish
            # the line's sentence in lower case, so it is a lead-in (sentence_pieces).
            continue
        if speaker_of(b.text) is None:  # ("THE PRIME MINISTER:" opens a turn)
            texts[i] = b.text
    for i, level in series_crossheads(texts).items():
        role = roles[i]
        if role is not None and role.kind == "paragraph" and role.label is None:
            attrs = {"level": level}
            if level == "2":  # under the capitals' last head, a sibling of its kind
                attrs.update(relative="1", family="series")
            roles[i] = Role("heading", attrs=attrs)


_STYLE = attrgetter("style")
_OPENING = itemgetter(slice(None, 1))  # a text's first character ("" for none)


def _punctuated_heads(blocks: list[Block], roles: list[Role | None], start: int, end: int) -> None:
    """Pasted crossheads ending on "?", "!" or "…" over sections of prose
    (punctuated_heads), which the short-line rule leaves as sentences. Only where no
    styling survives: a format that styles its headings styled these too."""
    # (The styles joined first, in C: text files style no block, and skip the look.)
    if "heading" in "".join(map(_STYLE, blocks)) and any(
        b.style.startswith("heading") for b in blocks
    ):
        return
    kinds = [
        ""
        if role is None or role.label is not None
        else "turn"
        if role.attrs.get("speaker")
        else role.kind
        for role in roles
    ]
    for i in punctuated_crossheads(blocks, kinds, start, end):
        roles[i] = Role("heading", attrs={"level": "1"})


def _business_heads(blocks: list[Block], roles: list[Role | None]) -> None:
    """A Hansard's items of business in capitals, stacked or over a bracketed direction,
    between the turns of its speakers (business_heads)."""
    texts = [b.text.strip() if b.label is None else "" for b in blocks]
    turns = member_turns(texts, turn_label)
    if len(turns) < MIN_MEMBER_TURNS:
        return  # (no record of a house: the roles and gaps below are never asked)
    kinds = [r.kind if r is not None and r.label is None else None for r in roles]
    apart = [b.blank_before > 0 for b in blocks]
    for i in business_heads(texts, kinds, turn_label, apart, turns):
        roles[i] = Role("heading", attrs={"level": "1"})


def _speaker_turns(blocks: list[Block], roles: list[Role | None]) -> None:
    """In a transcript each speaker label ("MODERATOR:", "Q -", "【記者】") opens a turn:
    a paragraph carrying its speaker, holding what they say until the next label."""
    # (A labelled block, "A. In each month ...", is a list entry, not a speaker; but
    # where questions are put as "Q. ...", "A. ..." answers them; "Q)", "A)" likewise.)
    # (The blocks' first characters joined first, in C: most texts open none on "Q".)
    asked = "Q" in "".join(map(_OPENING, texts_of(blocks))) and any(
        b.text.startswith(Q_DOT) for b in blocks
    )
    texts = [
        b.text
        if not b.style.startswith("heading")
        and (b.label is None or (asked and b.label.label in ("A.", "A)")))
        else ""
        for b in blocks
    ]
    # (Only the head is read: its first HEAD_BLOCKS blocks.)
    announced = announced_transcript([b.text for b in blocks[:HEAD_BLOCKS]])
    turns = find_turns(texts, announced)
    if not turns:
        # Labels alone on their line ("Frage" / the question, "Wagner (AA)" / the answer).
        turns = find_label_lines(texts)
    if announced:
        # (Before the first turn: within one, "On your second question" is said.)
        _briefing_topics(blocks, roles, min(turns) if turns else len(blocks))
    for i, speaker in turns.items():
        role = roles[i]
        if role is not None and role.kind in ("title", "dateline", "footnote", "contact"):
            continue
        if role is not None and role.kind in ("boilerplate", "category"):
            continue
        roles[i] = Role("paragraph", attrs={"speaker": speaker, "turn": "1"})
        below = roles[i + 1] if i + 1 < len(roles) else None
        if (
            below is not None
            and below.kind == "note"
            and below.attrs.get("role") == "short"
            and blocks[i + 1].label is None
            and i + 1 not in turns
            and _label_alone(blocks[i].text, speaker)
        ):
            # Under a label alone on its line, a short line is what the speaker says
            # ("Question:" / "When's the next one due"), not a note beside the turn.
            roles[i + 1] = Role("paragraph")
    if len(turns) < 2:
        return
    first = min(turns)
    for i in range(first + 1, len(blocks)):
        role = roles[i]
        # Between a transcript's turns, and after the last one (its speaker goes on to
        # the end), a short line in sentence case ("Thank you very much", "On the
        # second one") is said, not a heading: topics there are set in capitals or title
        # case.
        if (
            role is not None
            and role.kind == "heading"
            and role.label is None
            and (_spoken(blocks[i].text) or _said_in_cjk(blocks[i].text))
        ):
            roles[i] = Role("paragraph")
    # (After that: a topic over a turn may be in sentence case, "Lage in der Region".)
    _topic_headings(blocks, roles, turns)


def _part_headings(blocks: list[Block], roles: list[Role | None]) -> None:
    """A line naming a briefing's part ("I. 모두 발언", "[질문·답변]", "冒頭発言", "質疑")
    heads it, in the head as in the body (briefing_parts)."""
    for i, block in enumerate(blocks):
        if len(block.text) > PART_LINE_MAX_CHARS + 8:
            continue  # (most blocks: a paragraph is longer than a part's name)
        role = roles[i]
        if role is None or role.kind not in ("note", "paragraph") or role.attrs.get("speaker"):
            continue
        if is_part_name(block.text):
            label = (
                block.label
                if block.label is not None and block.label.family == "decimal."
                else None
            )
            roles[i] = Role("heading", label=label, attrs={"level": "1"})


def _briefing_topics(blocks: list[Block], roles: list[Role | None], end: int) -> None:
    """In a text that calls itself a briefing, "About ..." lines over prose head its
    topics (speakers.briefing_topic), up to ``end``."""
    for i, block in enumerate(blocks[: min(end, len(blocks) - 1)]):
        role = roles[i]
        if role is not None and (role.kind not in ("paragraph", "note") or role.label):
            continue
        if block.label or block.style:
            continue
        below = blocks[i + 1]
        # (Prose below: a sentence, or a long run of words cut before its full stop.)
        if briefing_topic(block.text) and (is_prose(below) or words(below.text, 30) >= 30):
            roles[i] = Role("heading", attrs={"level": "1"})


def _topic_headings(blocks: list[Block], roles: list[Role | None], turns: dict[int, str]) -> None:
    """A short line right over a turn heads what follows: the question session over
    the first turn ("質疑応答", "질의응답", "Questions and answers"), a topic over the
    turn that opens it ("Lage im Ostseeraum" / "Frage"). Transcripts set their parts
    apart so; a line of a few words, no sentence, over a speaker's label is said by no
    one (what a speaker says follows their label). Greetings and thanks are said."""
    title_at = next((i for i, r in enumerate(roles) if r is not None and r.kind == "title"), -1)
    if title_at < 0:
        # A page that lost its title under the site's section label ("外務省・新着情報"):
        # the head's lines under the label are the record's, as under a title.
        title_at = next(
            (i for i, r in enumerate(roles) if r is not None and r.kind == "category"), -1
        )
    title_at = len(roles) if title_at < 0 else title_at
    opening = min(turns, default=0)  # the first turn
    for first in turns:
        at = first - 1
        if at < 0 or at in turns or roles[at] is None:
            continue
        if roles[at].kind == "paragraph" and first == opening and _cjk_topic(blocks[at]):
            # A topic in Japanese or Chinese over the record's first turn, in the head: its
            # characters count as many words, so the head took it for a paragraph.
            roles[at] = Role("note")
        if roles[at].kind != "note":
            continue
        # A short line the body left as a note, or one under the title in the head
        # (the transcript's first topic, printed before anyone speaks).
        titled = title_at < at
        if roles[at].attrs.get("role", "" if titled else "?") not in ("short", ""):
            continue
        if not blocks[first].blank_before:
            continue
        text = blocks[at].text.strip()
        if text[-1:] in ".:：。)!?！？" or speaker_of(text) is not None or never_heading(text):
            continue
        if ends_on_lead_dash(text):
            continue  # "So, let me say —": a sentence broken off, no topic (sentence_pieces)
        if at - 1 in turns and _label_alone(blocks[at - 1].text, turns[at - 1]):
            continue  # ("Question:" / "When's the next one due": the question asked)
        if P.TIME.search(text) or find_date(text) is not None:
            continue  # ("Time: 16:50" over the first turn: when it was said, no topic)
        if _SAID.match(text) or (_spoken(text) and words(text) > TOPIC_MAX_WORDS):
            continue  # said: thanks, or a sentence in sentence case
        first_char = text[:1]
        if (
            first_char.isupper()
            or "\u3040" <= first_char <= "\u9fff"
            or ("\uac00" <= first_char <= "\ud7a3")
        ):
            roles[at] = Role("heading", attrs={"level": "1"})


def _label_alone(text: str, speaker: str) -> bool:
    """A speaker's label printed alone on its line ("Question:", "Frage"): what follows
    it is what they say, whatever its shape, never a topic over the next turn."""
    return len(text.strip()) <= len(speaker) + 2


TOPIC_MAX_WORDS = 6  # "Lage in der Region", "Visit of the Foreign Minister of Chile"
CJK_TOPIC_MAX_CHARS = 30  # "ペローシ米国下院議長の台湾訪問": a noun phrase, no sentence


def _cjk_topic(block: Block) -> bool:
    text = block.text.strip()
    return ("\u3040" <= text[:1] <= "\u9fff" or (text[:1].isascii() and text[:1].isalpha())) and (
        block.label is None
        and "\n" not in text
        and len(text) <= CJK_TOPIC_MAX_CHARS
        and not block.ends_sentence
        and not text.endswith(("、", "，", ",", ":", "："))
        and any("\u3040" <= ch <= "\u9fff" for ch in text)
    )


_SAID = lazy(
    r"^(?:thank|thanks|okay|ok|yes|no|good (?:morning|afternoon|evening)|all right|right|"
    r"gracias|danke|vielen dank|merci|bonjour|guten tag|감사합니다|ありがとう|谢谢)\b",
    re.IGNORECASE,
)


def _spoken(text: str) -> bool:
    tokens = [t for t in text.split() if t[:1].isalpha()]
    if len(tokens) < SPOKEN_MIN_WORDS or not tokens[0][:1].isupper():
        return False
    lower = sum(1 for t in tokens[1:] if t[:1].islower())
    return lower * 2 > len(tokens) - 1 and tokens[0][:1].isascii()


SPOKEN_MIN_WORDS = 3


def _said_in_cjk(text: str) -> bool:
    """A line between turns in Chinese, Japanese or Korean that holds a clause comma
    ("关于第二个问题，双方将签署以下文件：") or ends on a colon is part of a sentence: topic
    headings there are a few words, never punctuated clauses."""
    stripped = text.strip()
    if not stripped or stripped[0] < "\u3040":
        return False
    return "，" in stripped or stripped[-1] in ":："


_NUMERIC = ("decimal.", "decimal)", "(decimal)")


def _drop_implausible_labels(blocks: list[Block]) -> None:
    """A number that starts a block but fits no sequence ("74. delegations attended", a
    year "2024." left at a line start) is a figure, not a label. A label is plausible
    when it is small (a list may start anywhere under 10), follows its family's last
    number (allowing a few missing), repeats a recent one, or is followed by the next."""
    numbered = [
        (i, b.label.family, P.label_number(b.label.label))
        for i, b in enumerate(blocks)
        if b.label is not None and b.label.family in _NUMERIC
    ]
    following: list[int | None] = [None] * len(numbered)
    next_of: dict[str, int | None] = {}
    for n in range(len(numbered) - 1, -1, -1):  # the next number of the same family
        _, family, number = numbered[n]
        following[n] = next_of.get(family)
        next_of[family] = number
    recent: dict[str, list[int]] = {}
    for n, (i, family, number) in enumerate(numbered):
        if number is None:
            continue
        before = recent.setdefault(family, [])
        plausible = (
            number < 10
            or (before and 0 < number - before[-1] <= 3)
            or following[n] == number + 1
            or number in before
        )
        if plausible:
            before.append(number)
            del before[:-3]
        else:
            blocks[i].label = None


def _format_note_role(block: Block) -> Role:
    """A footnote whose marker the format located. Readers put the marker in the line's
    ``label``, which segment printed first: "1 See resolution 169 (II)."."""
    text = block.text
    marker = text.split(None, 1)[0] if text.split() else ""
    label = block.footnote_label or block.label
    if label is None or label.label != marker:
        label = P.LabelMatch(marker, "footnote", len(text) - len(text[len(marker) :].lstrip()))
    return Role("footnote", label=label, attrs={"marker": marker.strip("[]().")})


def _is_content(block: Block) -> bool:
    """A block that is clearly the release's content (``_body_end``)."""
    return bool(
        block.label or block.footnote_label or is_body_start(block) or block.note_of is not None
    )


def _body_end(blocks: list[Block], body_start: int, related: int) -> int:
    """Index after the last block that is clearly content, or styled (a table aside),
    before the first short block that is not content and opens an annex (then the end
    is the teasers' start: an annex is appended to the document, its tables and lists
    too) or the contacts. ``related``: the "Related news" label's index after
    ``body_start`` (``_related_pages_label``).

    (Found without asking every block whether it is content, ~2 us a block: the short
    blocks that may stop the body are found first, from the front, and the last content
    block before the stop from the back, where it nearly always stands.)"""
    stop = _teasers_start(blocks, body_start, related)
    cut = stop
    for i in range(body_start, stop):
        block = blocks[i]
        if block.word_count > 4:
            continue  # (most blocks: no annex or contacts heading is that long)
        annex = block.word_count <= 2 and _ANNEX.match(block.text) is not None
        if not annex and not P.CONTACT_START.match(block.text.strip()):
            continue
        if _is_content(block):
            continue
        if annex:
            return stop
        cut = i
        break
    for i in range(cut - 1, body_start - 1, -1):
        block = blocks[i]
        if (block.style and block.style != "table") or _is_content(block):
            return i + 1
    return body_start


TEASER_BACK = 6  # short lines over a listing (its heading, the page's tags) go with it


LEAD_IN_MIN_WORDS = 5  # "The hearings take place at these venues:"; a box's caption is shorter


def _leads_into_list(block: Block) -> bool:
    """The block is the release's sentence leading into a list ("The hearings will take
    place at the following venues:"): the dated items under it are the release's, not a
    sidebar's. A site's box stands under a short caption ("Related:", "Read also:")."""
    text = block.text.rstrip()
    return text.endswith(":") and block.word_count >= LEAD_IN_MIN_WORDS


def _teasers_start(blocks: list[Block], body_start: int, related: int | None = None) -> int:
    """Where a page copied from a browser lists other pages after the release: short
    titles each with its date ("Highlights" / "Security Council 2022 Round-Up" / "New
    York, 2022" ...), perhaps an excerpt. A release is dated once, in its head; two
    title-and-date pairs in a row after its first paragraph, with hardly any prose
    after them, are a sidebar of related pages. An agenda in the body has paragraphs
    after it. ``len(blocks)`` when there is none."""
    n = len(blocks)

    def pair(i: int) -> bool:
        if i + 1 >= n or blocks[i].label or blocks[i + 1].label:
            return False
        if any(b.style == "table" or "\t" in b.text or " | " in b.text for b in blocks[i : i + 2]):
            return False  # a table's rows (an institution and its forecast's date)
        if blocks[i].style == "list-item" or blocks[i + 1].style == "list-item":
            return False  # entries of a list the format marks as the release's (html_file_lists)
        first, second = blocks[i].text, blocks[i + 1].text
        if first.rstrip().endswith(",") or _dated_from_above(second):
            # "Signed at Jakarta" / "on 29 October 2009", "THE WHITE HOUSE," / "February
            # 13, 2002.": one sign-off line wrapped (where, then when), no headline over
            # its stamp: a teaser's headline is complete and its date starts a line.
            return False
        title_date = is_short_line(first) and not is_date_line(first) and is_date_line(second)
        date_title = is_date_line(first) and is_short_line(second) and not is_date_line(second)
        return title_date or date_title

    if related is None:
        related = _related_pages_label(blocks, body_start)
    for i in range(body_start + 1, min(n - 3, related)):
        if not pair(i) or not any(pair(j) for j in range(i + 2, min(i + 5, n))):
            continue
        rest = blocks[i:]
        if any(b.label and not b.label.family.startswith("bullet") for b in rest):
            return n  # numbered paragraphs after: the release goes on
        if sum(is_prose(b) for b in rest) > max(2, len(rest) // 5):
            return n
        if holds_table_cells(b.text for b in rest):
            return n  # a table's cells one a line: its column heads over dates (table_cells)
        start = i
        while (
            start - 1 > body_start
            and i - (start - 1) <= TEASER_BACK
            and is_short_line(blocks[start - 1].text)
            and not blocks[start - 1].label
            and not blocks[start - 1].style.startswith("heading")
        ):
            start -= 1
        if _leads_into_list(blocks[start - 1]):
            continue  # the release's own venues or meetings, each over its day
        return start
    return related


# A site's label over links to its other pages: "Related news", "أخبار ذات صلة",
# "関連リンク", "관련 기사", "À lire aussi" (never "See also": reports use it for references).
# The same label names the pages by what they share with this one ("In the same
# section", "On the same topic": what a site's templates print under every article) or
# by who published them ("More press releases from <the issuer>"), or ranks them
# ("Popular picks", "热门推荐"): a release points to its own documents by name, never
# to the publisher's other releases as a group.
_RELATED_PAGES = lazy(
    r"^(?:related(?: news| articles?| stories| content| links| posts| press releases"
    r"| documents| topics)?|more news|latest news|more from\b.*"
    r"|more (?:press|news) releases(?: from\b.*)?"
    r"|dans la même rubrique|sur le même (?:thème|sujet)|du même auteur"
    r"|en la misma (?:sección|categoría)|más noticias(?: de\b.*)?"
    r"|flere (?:nyheder|nyheter|pressemeddelelser|pressemeldinger|artikler)(?: fra\b.*)?"
    r"|fler (?:nyheter|pressmeddelanden)(?: från\b.*)?"
    r"|(?:热门|相[关關]|为你)推荐|猜你喜欢|推荐阅读|延伸阅读"
    r"|you may also (?:like|be interested in)"
    r"|(?:also )?read also|à lire aussi|lire aussi|articles? (?:liés|similaires)"
    r"|actualités (?:liées|similaires)|noticias relacionadas|lee también|lea también"
    r"|not[ií]cias relacionadas|leia também|weitere (?:meldungen|artikel|nachrichten)"
    r"|ähnliche (?:artikel|meldungen)|das könnte sie auch interessieren|читайте также"
    r"|связанные (?:новости|материалы)|похожие (?:новости|материалы)"
    r"|(?:أخبار|مواضيع|مقالات) ذات صلة|関連(?:リンク|記事|ニュース|情報)|관련\s?(?:기사|뉴스|자료)"
    r"|相[关關](?:新[闻聞]|[链鏈]接|文章))$",
    re.I,
)


def _related_pages_label(blocks: list[Block], body_start: int) -> int:
    """Index of a "Related news" line after the release's first paragraph, with no
    numbered paragraph after it and no more prose after it than before it: the site's
    links to its other pages (titles, excerpts), not the release. ``len(blocks)`` if none.
    A release never heads a part of itself so; a site prints it under every article."""
    n = len(blocks)
    body_start = max(body_start, 0)  # (-1 when the tail is the whole text)
    for i in range(body_start + 1, n):
        raw = blocks[i].text
        if len(raw) > 60 and not (
            raw[0].isspace() or raw[-1].isspace() or raw[0] in ":：|" or raw[-1] in ":：|"
        ):
            continue  # (stripping only shortens a line: nothing to strip, still too long)
        text = raw.strip().strip(":：|").strip()
        if len(text) <= 60 and _RELATED_PAGES.match(text):
            rest = blocks[i + 1 :]
            if any(b.label and not b.label.family.startswith("bullet") for b in rest):
                return n
            # (The prose before counted only here: most texts have no such label.)
            prose_before = sum(is_prose(b) for b in blocks[body_start:i])
            if sum(is_prose(b) for b in rest) > max(prose_before, 1):
                return n
            return i
    return n


_HAS_LETTER = lazy(r"[^\W\d_]")


def _figures_only(text: str) -> bool:
    """A row of figures and no word: "10/05/2018 | 137.00 | 109.00", "2.5 2.7 3.0".
    (One figure alone, "24-12345" or "2/4", is a page's job number or page number.)"""
    if _HAS_LETTER.search(text):
        return False
    return sum(1 for cell in text.split() if any(ch.isdigit() for ch in cell)) >= 2


def _menu_entry(block: Block) -> bool:
    """A line opened by a list's mark: a bullet the labeller took, or a menu's own mark."""
    label = block.label
    return (label is not None and label.family.startswith("bullet")) or bool(
        LIST_MARK.match(block.text)
    )


def _menu_runs(
    blocks: list[Block],
    lo: int,
    hi: int,
    least: int = 0,
    dated_sign_off: bool = False,
    worded: bool = False,
    clauses: bool = False,
    letterhead: bool = False,
) -> set[int]:
    """Indices in [lo, hi) that belong to runs of short menu-like lines (``least`` lines
    long at least; MENU_RUN by default). ``dated_sign_off``: a run holding an act's date
    and number is no menu (see _tail_roles). ``worded``: a line of figures and no
    word ("10/05/2018 | 137.00 | 109.00") is no entry and ends a run: after the
    release a menu names pages in words, while a table's rows or a chart's scale set out
    dates and amounts. (Above the release a date strip or a counter stands among the
    site's menu lines.) ``clauses``: a line ending on a comma is no entry and ends a run:
    a link label names a page and is complete, while a line that stops on a comma goes
    on in the next one (a verse quoted at a speech's end, a signer's office over the
    name, "Sincerely,"): the release's own text, set one short line at a time. So does a
    date line opening in lower case, which goes on from the one above ("Signed at
    Jakarta" / "on 29 October 2009"): a sign-off's where and when, never a link label.
    ``letterhead`` (the lines over the title): an address's postal line ("Washington,
    D.C. 20503") is no entry and ends a run: the short lines round it are the issuer's
    letterhead, its name and where it sits, never a site's link labels. A handling
    notice ("FOR IMMEDIATE RELEASE" under a copied page's capitalised menu) is short
    like the entries round it but is the release's own line: it counts towards the run
    it stands in, as the lines round it are taken for entries, but is itself kept."""
    least = least or MENU_RUN
    found: set[int] = set()
    run: list[int] = []
    for i in range(lo, hi + 1):
        text = blocks[i].text if i < hi else ""
        # (Contact details are short too, but no menu: a run stops at them.)
        if (
            i < hi
            and is_short_line(text)
            and words(text) <= 5
            and not P.CONTACT_LINE.search(text)
            and not (letterhead and postal_line(text))
            and not (worded and (_figures_only(text) or is_tab_row(text)))
            and not (clauses and (text.rstrip().endswith(",") or _dated_from_above(text)))
        ):
            run.append(i)
            continue
        if len(run) >= least and not (dated_sign_off and _signed_and_numbered(blocks, run)):
            found.update(run)
        run = []
    if letterhead:
        found = {i for i in found if not is_handling_notice(blocks[i].text)}
    return found


# An act's registration number under its signing date: "N 1261", "No. 517", "№ 385-рп".
_ACT_NUMBER_LINE = lazy(r"^(?:N|No\.?|Nr\.?|№|N°|n°|Núm\.?)\s*\d[\w./-]{0,12}$")


def _dated_from_above(text: str) -> bool:
    """A date line opening on a lower-case word ("on 29 October 2009", "pada tanggal
    ...") goes on from the line above: the when of a wrapped "Signed at X on <date>",
    never a link label or a teaser's date stamp, which start a line of their own (with
    a capital or a figure)."""
    return text[:1].islower() and is_date_line(text)


def _signed_and_numbered(blocks: list[Block], run: list[int]) -> bool:
    """A run of short lines holding a date alone on its line with the act's number right
    under it: an act's sign-off (where, when, under what number it was signed)."""
    return any(
        is_date_line(blocks[a].text) and _ACT_NUMBER_LINE.match(blocks[b].text.strip())
        for a, b in pairwise(run)
    )


_WEB_ADDRESS = lazy(r"\bhttps?://|\bwww\.[\w-]+\.", re.I)


def _breadcrumb_trail(blocks: list[Block]) -> set[int]:
    """A numbered trail "1. Home / 2. News / 3. <the title>" printed above a release.

    Sites print their breadcrumb as an ordered list whose first step is the home page;
    no release opens its paragraph 1 with the single word "Home". The steps are
    navigation, never paragraphs (the last one repeats the title, printed again below).
    """
    for i in range(min(len(blocks), 40)):
        label = blocks[i].label
        if label is None or P.label_number(label.label) != 1:
            continue
        body = blocks[i].text[label.body_offset :]
        if _ONE_LINE_TRAIL.match(body):
            return {i}  # "1. Home / 2. News / 3. <the title>" on one line
        if _norm(body) not in HOME_WORDS:
            continue
        trail = {i}
        number, family = 1, label.family
        for j in range(i + 1, min(len(blocks), i + 12)):
            step = blocks[j].label
            if step is None or step.family != family or P.label_number(step.label) != number + 1:
                break
            if P.ends_sentence(blocks[j].text) and blocks[j].word_count >= 8:
                break  # a sentence: the release's own paragraph
            trail.add(j)
            number += 1
        return trail
    return set()


_ONE_LINE_TRAIL = lazy(
    r"^(?:home|accueil|inicio|startseite|홈|ホーム)\s*(?:[/>›»|]\s*)?2\.\s", re.I
)


def _head_roles(
    blocks: list[Block],
    roles: list[Role | None],
    body_start: int,
    hard_wrapped: bool,
    title_hint: str = "",
    hint_is_title: bool = True,
    authored_styles: bool = True,
    web_copy: bool = False,
) -> None:
    title_at = _choose_title(
        blocks, body_start, title_hint, _crumb_title(blocks, roles), hint_is_title
    )
    menus = _menu_runs(blocks, 0, title_at if title_at is not None else body_start, letterhead=True)
    if not web_copy:
        # In a text no site chrome was found in, a run naming the issuer, its record and
        # the day is the letterhead, the document's own lines (letterhead_runs).
        menus -= letterhead_runs(blocks, menus)
    if title_at is not None:
        # The menu goes on through the entries its marks open ("☆ Topics: ...", "□ Search")
        # up to the title, however long an entry runs: a list's entry is no line of the
        # release's head.
        for i in range(1, title_at):
            if i - 1 in menus and i not in menus and _menu_entry(blocks[i]):
                menus.add(i)
    if web_copy and title_at is not None:
        # Two link labels in a row over a copied page's headline: the site's menu
        # (head_menus).
        menus |= head_menu_lines(texts_of(blocks), title_at, _link_label, is_date_line)
    kicker_at = (
        nearest_over(texts_of(blocks), title_at, is_date_line) if title_at is not None else -1
    )
    title_text = _norm(blocks[title_at].text) if title_at is not None else None
    # A board's post fields, name and value ("작성일" / "2024-10-15"): board_fields.
    fields = field_lines([blocks[i].text for i in range(body_start)])
    for i in range(body_start):
        text = blocks[i].text
        if roles[i] is not None:
            continue  # a breadcrumb step
        if i == title_at:
            roles[i] = Role("title")
        elif _head_star_note(blocks, i):
            # "* A/80/50." under "Item 137 of the preliminary list*": the star's note,
            # printed in the head when a cover page is copied as text.
            roles[i] = Role("footnote", label=blocks[i].footnote_label)
        elif is_category(text) or names_site_section(text):
            # ("外務省・新着情報": the site's section after its name, site_prompts)
            roles[i] = Role("category")
        elif title_text and _norm(text) == title_text:
            roles[i] = Role("boilerplate")  # the title repeated in a breadcrumb
        elif is_symbol(text):
            roles[i] = Role("note", attrs={"role": "symbol"})
        elif is_adoption_line(text) or _ACT_REFERENCE.match(text):
            # "Resolution adopted by the General Assembly on 19 December 2023" and
            # "[on the report of the Second Committee (A/78/461, para. 53)]": an act's
            # record of its adoption, with the cover's fields (the date is read from it).
            roles[i] = Role("boilerplate")
        elif is_date_line(text) and i > 0 and _DISTRIBUTION_FIELD.search(blocks[i - 1].text):
            # "Distr.: Limited" / "5 November 2025": the masthead field's value, taken out
            # with the field (the release's date is read from both, among the removed).
            roles[i] = Role("boilerplate")
        elif is_date_line(text):
            roles[i] = Role("dateline")
        elif is_boilerplate(text) or i in menus or i in fields:
            roles[i] = Role("boilerplate")
        elif P.CONTACT_LINE.search(text):
            roles[i] = Role("contact")
        elif _dash_framed(text) or blocks[i].style == "subtitle":
            roles[i] = Role("subtitle")
        elif title_at is not None and i < title_at and _WEB_ADDRESS.search(text):
            # Above the title, a line pointing to a web address is the site's notice
            # ("Media releases are available via the internet: http://...").
            roles[i] = Role("boilerplate")
        elif title_at is not None and i < title_at:
            # In a copied page, only the line right over the headline may be the
            # release's own there (head_menus.site_line_over_headline).
            over = web_copy and site_line_over_headline(text, i, kicker_at)
            roles[i] = Role("boilerplate") if over else Role("note")
        elif i > 0 and _ADDENDUM.match(blocks[i - 1].text) and not is_prose(blocks[i]):
            # "Addendum" / "Views on conclusions and/or recommendations ...": the line a UN
            # cover prints under "Addendum" is the addendum's own title, no paragraph of
            # the body. (Under "Corrigendum" come the corrections' places: "Paragraph 24.11".)
            roles[i] = Role("subtitle")
        elif is_translation_note(text) or is_office_line(text):
            # What the text is a version of; who speaks and in what office ("Con
            # Example - Shadow Minister for Immigration"): not the release's content.
            roles[i] = Role("note")
        elif title_at is not None and i > title_at and roster_heading(blocks, i):
            roles[i] = Role("heading")  # the attendance of minutes, under the title
        elif blocks[i].style == "caption" and title_at is not None and i > title_at:
            # A picture's caption under the headline: a line of the release, never the
            # heading of the body below it (html_captions).
            roles[i] = Role("paragraph")
        elif words(text) >= 5 and blocks[i].style in ("", "list-item", "quote"):
            # (A key-points list above the body, as press rooms print it, is a summary
            # of the release, not its numbered content: no label.)
            roles[i] = Role("paragraph")
        else:
            roles[i] = Role("note")
    if title_at is not None:
        _head_topic_lists(blocks, roles, title_at + 1, body_start)
    if title_at is not None and hard_wrapped:
        first = _absorb_title_start(blocks, roles, title_at)
        _absorb_title_wraps(blocks, roles, title_at, body_start)
        title_at = first
    elif title_at is not None:
        _absorb_dangling_title(blocks, roles, title_at, body_start)
    if title_at is not None:
        _lower_case_title_lines(blocks, roles, title_at, body_start)
        _styled_head_headings(blocks, roles, title_at, body_start, authored_styles)
        # "Preamble" over the accord's first recital, in the head (head_section_heads)
        head_section_heads(blocks, roles, title_at, body_start)
    _heading_before_body(blocks, roles, body_start, title_at)


def _absorb_dangling_title(
    blocks: list[Block], roles: list[Role | None], title_at: int, body_start: int
) -> None:
    """A title line stopping on "of the", "for", "de" runs on into the next line, whatever
    the format set apart ("Minutes of the Meeting of the" / "Monetary Policy Committee",
    two lines of a PDF cover in two sizes): no title ends on a function word."""
    i = title_at
    while i + 1 < body_start and _dangling_wrap(blocks[i + 1], roles[i + 1]):
        words_of = blocks[i].text.split()
        # (An act's kind alone runs on into its subject: "AGREEMENT" / "ON ...".)
        kind = kind_over_subject(blocks[i].text, blocks[i + 1].text)
        if not kind and (not words_of or words_of[-1].lower() not in P.FUNCTION_WORDS):
            return
        roles[i + 1] = Role("title", attrs={"continues": "1"})
        i += 1


# A title's second line is a few words ("Climate Action Package Courses (2019 - 2020)");
# a paragraph of its own runs longer.
WRAP_MAX_WORDS = 12


def _dangling_wrap(block: Block, role: Role | None) -> bool:
    """Whether ``block``, under a title line stopping on a function word, can be its
    wrap: a short line, or one the head took for a paragraph (a Word file sets each line
    of its title as a paragraph) that is no sentence."""
    if role is None:
        return False
    if role.kind == "note":
        return True
    return (
        role.kind == "paragraph"
        and not role.label
        and words(block.text) <= WRAP_MAX_WORDS
        and not P.ends_sentence(block.text)
    )


TOPIC_LIST_MIN = 3


def _head_topic_lists(blocks: list[Block], roles: list[Role | None], start: int, end: int) -> None:
    """Plain text under the title listing three or more bulleted lines in a row ("- Nord
    Stream 2", "- Nahostkonflikt") lists the release's topics: its content, labelled.
    (Menus are printed above the title; styled key-point lists are left as they are.)"""
    i = start
    while i < end:
        label = blocks[i].label
        if label is None or not label.family.startswith("bullet") or blocks[i].style:
            i += 1
            continue
        j = i
        while (
            j < end
            and blocks[j].label is not None
            and blocks[j].label.family == label.family
            and not blocks[j].style
        ):
            j += 1
        if j - i >= TOPIC_LIST_MIN:
            for k in range(i, j):
                if roles[k] is not None and roles[k].kind in ("note", "paragraph"):
                    roles[k] = Role("paragraph", label=blocks[k].label)
        i = max(j, i + 1)


def _styled_head_headings(
    blocks: list[Block],
    roles: list[Role | None],
    title_at: int,
    body_start: int,
    authored_styles: bool = True,
) -> None:
    """Lines the format styles as headings between the title and the first paragraph are
    headings ("Proposed resource requirements", a resolution's own title over its
    recitals), except the parts of the title itself: the styled lines set right under
    it ("Income section 1" / "Income from staff assessment", a report's country), up to
    the name of the last part designation among them ("Part XIV" / "Staff assessment")
    when there is one: cover pages name the part under its designation, and what follows
    in the same run is the first section's heading."""
    first = title_at + 1
    if not authored_styles:
        return
    if blocks[title_at].style:
        run_end = first
        while run_end < body_start and (
            blocks[run_end].style == "title" or blocks[run_end].style.startswith("heading")
        ):
            run_end += 1
        designations = [j for j in range(first, run_end) if _cover_designation(blocks[j].text)]
        first = min(designations[-1] + 2, run_end) if designations else run_end
    j = first
    while j < body_start:
        block, role = blocks[j], roles[j]
        text = block.text.strip()
        if _cover_designation(text):
            j += 2  # a part's designation and its name under it: the title's parts
            continue
        j += 1
        if (
            block.style.startswith("heading")
            and role is not None
            and role.kind == "note"
            and not role.attrs
            and not text.startswith(("(", "[", "{", "<"))  # an editorial note set in bold
            and not never_heading(text)
            and not P.DESIGNATION.match(text)
            and not _DOCUMENT_KIND.match(text)
            and not _NUMBERED_ACT_TITLE.search(text)
        ):
            level = block.style.removeprefix("heading") or "1"
            label = (
                block.label if block.label and not block.label.family.startswith("bullet") else None
            )
            roles[j - 1] = Role("heading", label=label, attrs={"level": level})


# Cover-page words that say what kind of document this is: part of its title.
_DOCUMENT_KIND = lazy(
    r"^(?:corrigendum|addendum|erratum|rectificatif|revision|draft (?:resolution|decision)|"
    r"note by the secretariat|report of the secretary-general)\.?$",
    re.I,
)
_ADDENDUM = lazy(r"^\s*(?:addendum|additif|adición|adenda)\s*$", re.I)
# "... 14/105 Outcome of the review": a decision or resolution named with its number is
# the document's own title, wherever the layout puts it.
_NUMBERED_ACT_TITLE = lazy(r"(?:^|\s)\d{1,3}/\d{1,4}\.?\s+[A-Z]")


RESOLUTION_NUMBER = lazy(r"^\s*\d{1,3}/\d{1,4}(?:\s*[A-Z])?\.\s+(?=\S)")
_LONE_ACT_NUMBER = lazy(r"^\s*\d{1,3}/\d{1,4}(?:\s*[A-Z])?\.?\s*$")


# A UN-style cover's fields, never part of a title: the masthead's "Distr.: General" and
# "Original: English", the session ("Forty-third session") and the agenda item number.
_COVER_FIELD = lazy(
    r"\bDistr\.\s*:|\bOriginal\s*:\s*[A-Z]|^\s*[\w-]+ (?:regular |special )?session\s*$"
    r"|^\s*(?:provisional )?agenda items? \d"
    # The agenda items a report is filed under: "Items 137 and 138 of the preliminary list".
    r"|^\s*items? \d+(?:\s*(?:,|and)\s*\d+)* of the (?:preliminary|provisional) list"
    # The session's period under its name: "24 February–20 March 2020", perhaps after
    # its place ("Geneva, 8-19 February 2010").
    r"|^\s*(?:[A-Z][\w'-]{1,20}(?: [A-Z][\w'-]{1,20})?,\s*)?"
    r"\d{1,2}(?:\s+[a-zéû]{3,9})?\s*[-–—]\s*\d{1,2}\s+[a-zéû]{3,9}\s+\d{4}",
    re.I,
)


def _dash_framed(text: str) -> bool:
    """A subtitle printed between dashes: "- Seoul Initiative ... Announced –"."""
    return bool(re.match(r"^\s*[-–—]\s+\S.*\S\s+[-–—]\s*$", text))


# The head noun of an issuer's name in a letterhead ("Bank of Thailand", "Ministry of
# Foreign Affairs", "Office of the Spokesperson"): a masthead over the title, not its start.
_ORGANISATION = lazy(
    r"^(?:the\s+)?(?:[\w'’.-]+\s+){0,3}(?:bank|ministry|ministère|ministerio|office|"
    r"department|embassy|government|council|commission|agency|organi[sz]ation|"
    r"secretariat|mission|parliament|presidency|cabinet|spokesperson)\b"
    r"|\b(?:bank|ministry|office|department|embassy|government|agency|nations|secretariat)$",
    re.I,
)
TITLE_START_MAX_WORDS = 40  # a title's printed lines together; more is a paragraph


MARK_MAX_CHARS = 4  # "#a", "*", "o)": a file's item mark, not a word


def _absorb_title_start(blocks: list[Block], roles: list[Role | None], title_at: int) -> int:
    """Where a hard-wrapped title really starts, when the line picked is its second or
    third printed line (the one right above the dateline): lines run into it with no
    blank line between, none ending a sentence. A title broken over lines has no blank
    line inside it; a masthead (an issuer's name, lines in capitals over a title that is
    not), a symbol or a date is set apart from it or has another shape."""
    start = title_at
    if RESOLUTION_NUMBER.match(blocks[title_at].text):
        return title_at  # "80/97. Report of ...": a numbered title starts at its number
    if title_at > 0 and (
        _LONE_ACT_NUMBER.match(blocks[title_at - 1].text)
        or _SPONSORS_LINE.search(blocks[title_at - 1].text)
        # "Draft resolution submitted by the Chair ..." right over it, no blank line
        # between (text pasted without its layout): the line says what the document is,
        # the title is printed under it (draft_titles).
        or is_draft_line(blocks[title_at - 1].text)
    ):
        return title_at  # "14/105" or "...: draft resolution" over it: the title starts here
    while start > 0 and not blocks[start].blank_before:
        above, title = blocks[start - 1], blocks[start]
        role = roles[start - 1]
        if role is None or role.kind != "note" or role.attrs.get("role") == "symbol":
            break
        text = above.text.strip()
        if not text or P.ends_sentence(text) or text[-1:] in ",;:" or _COVER_FIELD.search(text):
            break
        if text[:1] in "[(":
            break  # "[without reference to a Main Committee]": a note set apart in brackets
        if len(text) <= MARK_MAX_CHARS and sum(map(str.isalpha, text)) < 2:
            # "#a", "*", "o": a file's item mark or a stray sign over the title, no word
            # of it (nor of the text: furniture).
            roles[start - 1] = Role("boilerplate")
            break
        if above.label is not None or LIST_MARK.match(text):
            break  # "□ Search", "☆ Topics": a list's or a menu's entry, no title's words
        if is_date_line(text) or is_symbol(text) or is_boilerplate(text):
            break
        if _posting_stamp(text):
            break  # "09:04 AM, Sunday 7 December 2031": when the page was posted
        if words(text) + words(title.text) > TITLE_START_MAX_WORDS:
            break
        dangling = text.split()[-1].lower() in P.FUNCTION_WORDS
        lower_start = title.text.lstrip()[:1].islower()
        same_shape = text.isupper() == title.text.isupper() and not _ORGANISATION.search(text)
        if not (dangling or lower_start or same_shape):
            break
        start -= 1
    if start == title_at:
        return title_at
    roles[start] = Role("title")
    for i in range(start + 1, title_at + 1):
        roles[i] = Role("title", attrs={"continues": "1"})
    return start


# "Lima, Peru", "Washington, D.C.", "Canberra, ACT": a place and its country or state,
# names on either side of one comma. Transcripts and releases print where they were
# given under the title; it says where, never what the text under it is about.
_PLACE_LINE = lazy(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}$"
)


def _heading_before_body(
    blocks: list[Block], roles: list[Role | None], body_start: int, title_at: int | None
) -> None:
    """A short line right before the body, after the title, is the first heading."""
    i = body_start - 1
    if i == 0 and title_at is None and roles[0] is not None and roles[0].kind == "note":
        from briefing.ingest.first_section import opens_on_section

        if opens_on_section(blocks, 0):  # no title: the first section's heading
            roles[0] = Role("heading")
        return
    if i < 0 or title_at is None or i <= title_at:
        return
    role = roles[i]
    if _title_note_line(blocks, roles, i):
        # "Slovenia*" under "SUMMARY PREPARED BY THE OFFICE ...": the country a UN report
        # is about, starred with the document's note, ends the title block.
        roles[i] = Role("title", attrs={"continues": "1"})
        return
    if (
        role is not None
        and role.kind == "note"
        and is_short_line(blocks[i].text)
        and not never_heading(blocks[i].text)
        and not blocks[i].text.lstrip().startswith(("(", "[", "{", "<"))  # an editorial note
        and not _qualifies_date(blocks, i)
        # "January 2021" right under a report's title, over its text: the cover's date
        # (when it was issued), not a heading over the first section.
        and not is_month_year_line(blocks[i].text)
        # The first heading needs the evidence any crosshead needs (a cut line, "Subject
        # (22nd", is a piece of a sentence, wherever it stands).
        and _heading_evidence(blocks, i)
        and not _repeats_title(blocks, roles, i, title_at)
        and not _last_tag_entry(blocks, roles, i, title_at)
        # A headline or subtitle in heading type under the title, alone in its type in
        # the whole text: the title's deck, not the first of the text's parts.
        and not is_title_deck(blocks, i, title_at)
    ):
        # "II.— RELACIONES EXTERIORES": a numbered heading keeps its label apart; so does
        # "1. Minister's Schedule", the first of a briefing's numbered parts ("2. Q&A"
        # follows as its sibling, numbered the same way).
        label = blocks[i].label
        if label is not None and label.family not in ("ROMAN.", "ALPHA.", "ALPHA)", "decimal."):
            label = None
        # At the rank the format styles it, as the body's headings are (_body_role): a
        # Markdown "## Background" over the text and "## Next steps" further down are
        # siblings, never the second a child of the first.
        rank = heading_rank(blocks[i])
        roles[i] = Role("heading", label=label, attrs={"level": str(rank)} if rank else {})


REPEAT_MIN_WORDS = 2  # one word shared with the title ("Minutes") is no repeat


def _repeats_title(blocks: list[Block], roles: list[Role | None], i: int, title_at: int) -> bool:
    """Whether line ``i``, under the title, says only words of the title's lines: the
    title's own subject or kind set again ("Critical Infrastructure Protection" under
    "Executive Order 13010--Critical Infrastructure Protection"). A section's heading
    names a part of the text, so it has words of its own; a phrase of the title names
    the whole document. (Only the title's lines count: a list of topics printed under
    the title names the parts, and a part's heading repeats its entry.)"""
    words = _WORD.findall(blocks[i].text.casefold())
    if len(words) < REPEAT_MIN_WORDS:
        return False
    lines = (
        blocks[k].text
        for k in range(title_at, i)
        if (role := roles[k]) is not None and role.kind == "title"
    )
    title = set(_WORD.findall(" ".join(lines).casefold()))
    return all(w in title for w in words)


_WORD = lazy(r"[^\W_]+")

TAG_MAX_WORDS = 3  # a topic tag or a menu's link: a name of a few words
TAG_RUN_MIN = 2  # entries of the run above the line


def _tag_entry(text: str) -> bool:
    """A topic tag's or a menu link's shape: a few words, no number, bracket or stop."""
    words = text.split()
    return (
        0 < len(words) <= TAG_MAX_WORDS
        and not any(ch.isdigit() or ch in "()[]{}.:;,!?*" for ch in text)
        and text[:1].isupper()
    )


def _last_tag_entry(blocks: list[Block], roles: list[Role | None], i: int, title_at: int) -> bool:
    """Whether line ``i`` is one more of the short lines right above it, below the title:
    at least ``TAG_RUN_MIN`` notes, each of a tag's shape as the line is ("Ecosystems" /
    "Pollutants" / "Energy"). A page copied as text prints its topic tags or a menu
    between the headline and the text; the first crosshead stands apart from the lines
    above it (a dateline, a subtitle, the issuer's name), not as one more entry of a list."""
    if not _tag_entry(blocks[i].text.strip()):
        return False
    entries = 0
    for k in range(i - 1, title_at, -1):
        role = roles[k]
        if role is not None and role.kind == "boilerplate":
            continue  # a share bar's links ("Share", "Email"), taken out already
        if role is None or role.kind != "note" or not _tag_entry(blocks[k].text.strip()):
            break
        entries += 1
    return entries >= TAG_RUN_MIN


TITLE_NOTE_MAX_WORDS = 4


def _title_note_line(blocks: list[Block], roles: list[Role | None], i: int) -> bool:
    """A short line right under the title (blank lines aside) ending on a star: the
    document's own note marker, which UN documents set on the last line of the title
    block (the country or the body a report is about), never on a section heading."""
    text = blocks[i].text.strip()
    above = roles[i - 1] if i > 0 else None
    return (
        above is not None
        and above.kind == "title"
        and text.endswith("*")
        and not text.startswith("*")
        and blocks[i].label is None
        and words(text, TITLE_NOTE_MAX_WORDS + 1) <= TITLE_NOTE_MAX_WORDS
    )


def _qualifies_date(blocks: list[Block], i: int) -> bool:
    """A short line printed right under a date line, with no blank line between ("3 May
    2024" / "Cabinet decision", "平成30年10月2日" / "閣議決定"): what the date is of, part of
    the dateline as a page prints it, never a heading over the text. Only where blank
    lines part the text's paragraphs (a PDF's lines carry none: nothing to tell by)."""
    return (
        i > 0
        and not blocks[i].blank_before
        and any(b.blank_before for b in blocks[:i])
        and not blocks[i].label
        and is_date_line(blocks[i - 1].text)
    )


_NUMBERED_ROW = lazy(r"^\s*(?:\d{1,3}|[IVXivx]{1,5})[.)]?\s*\|")


def _tail_roles(
    blocks: list[Block],
    roles: list[Role | None],
    body_end: int,
    web_copy: bool,
    body_start: int,
    related_at_start: int,
    printed: bool = False,
) -> set[int]:
    """Roles of the blocks after the body; returns the lines of the site's list of
    related pages (the "Related news" label's reach), which no note pass takes back.
    ``related_at_start``: ``_related_pages_label(blocks, body_start)``."""
    # Short lines closing a text with a date and a number under it ("Moscow, Kremlin /
    # 25 October 2002 / No. 1261" under the signature) are an act's sign-off: where, when
    # and under what number it was signed. A site's menu names pages; its dated teasers
    # carry no registration number, nor does a masthead's date (-raw prints it last).
    menus = _menu_runs(
        blocks, body_end, len(blocks), dated_sign_off=True, worded=True, clauses=True
    )
    # The end of a list the release's own lead-in opened ("... appoint:" / entries / "...
    # Jane Example."), however far the body reached into it: not a menu (led_lists).
    menus.difference_update(lead_in_lists(blocks, menus, body_end, is_boilerplate))
    # The release's own closing list (bodies consulted, participants) under a line naming
    # it, before the site's first link label, each entry printed once: not a menu.
    if web_copy:
        menus.difference_update(_own_closing_list(blocks, body_end, menus))
    # The release's place and day of issue and its signature under the last paragraph
    # are its own, however the copy set them apart (sign_offs).
    menus.difference_update(sign_off_lines(blocks, body_end))
    # A signature or a contact card set as one short block is the release's (card_lines).
    cards = set(_card_lines(blocks, body_end, menus))
    menus.difference_update(cards)
    if not web_copy:
        # In a text no site chrome was found in, a run of signatures (names by title or
        # office) or of a table's rows is the document's own closing (closing_runs).
        own = closing_runs(blocks, menus)
        menus.difference_update(own)
        # A signature block's lines are one card with the line over them ("For Examplia:").
        cards.update(i for i in own if not is_table_row(blocks[i].text))
        if printed:
            # A printed document has no site menu under it: its short lines are its own
            # (signatures, an agenda's items), bar a chart's scale (printed_runs).
            menus.difference_update(printed_runs(blocks, menus))
    # A sidebar of related pages is the site's, every line of it (excerpts included).
    menus.update(range(_teasers_start(blocks, body_end - 1), len(blocks)))
    # A "Related news" label, its prose after weighed against the release's whole body
    # (as _body_end weighed it), not against the last paragraph alone: a site's teaser
    # excerpts and comment form outweigh one paragraph but never the release.
    related = len(blocks)
    site_list: set[int] = set()
    if body_start < body_end:
        related = max(related_at_start, body_end)
        site_list = set(range(related, _contacts_from(blocks, related)))
        menus.update(site_list)
        menus.difference_update(_run_into_label(menus, body_end, related))
    # 0 outside a contact block; else the heading rank that ends it (7: any heading).
    contact_rank = 0
    for i in range(body_end, len(blocks)):
        block = blocks[i]
        text = block.text.strip()
        rank = heading_rank(block)
        started = bool(P.CONTACT_START.match(text))
        if (started and (i not in menus or rank or opens_card(blocks, i + 1))) or (
            not started and heads_contact_card(blocks, i)
        ):
            # (A menu's "Contact" entry with no card under it links the site's contacts
            # page: the menu's, as web_chrome._heads_contacts reads it.)
            inside = bool(contact_rank)
            contact_rank = rank or 7
            # "Contacts:" set as a heading by the format heads the contacts' section; so
            # does the line alone in text that lost the format, with its colon, over the
            # contacts' names and numbers ("Contact data:" inside the section is a field
            # of one contact). Without its colon it is so only over a card's first line
            # (a holder's name or office) and before the site's menus and controls:
            # "Contacts" bare is also a site's menu entry, after the menus it heads the
            # site owner's own address in the page's footer, and over a field label or
            # a line of instructions it heads a site's contact form, no part of the release.
            # A release's own words for its contacts ("Media inquiries", "Rückfragen")
            # head them over a card that reaches a number or an e-mail (heads_contact_card).
            opens = not inside and (
                not started
                or (
                    (
                        text.endswith(":")
                        or (
                            opens_card(blocks, i + 1)
                            and (
                                not _after_site_parts(roles, menus, body_end, i)
                                or names_press_office(blocks, i)
                            )
                        )
                    )
                    and contacts_under(blocks, i)
                )
            )
            if rank or opens:
                roles[i] = Role("heading", attrs={"level": str(rank or 1)})
            elif inside:
                roles[i] = Role("contact")
            else:
                # A caption that heads no section is still a line of its own, not the
                # first line of the card under it (one unit per card).
                roles[i] = Role("note", attrs={"role": "short"})
        elif (
            contact_rank
            and i != related  # (the site's label ends the contacts over it)
            and not _ends_contacts(blocks, i, contact_rank)
            and (P.CONTACT_LINE.search(text) or is_short_line(text))
            and not (is_boilerplate(text) or P.NOTE_LINE.match(text))
        ):
            roles[i] = Role("contact")
        elif i in cards and not is_boilerplate(text):
            contact_rank = 0
            roles[i] = Role("contact")  # (one node: contact lines extend the one before)
        elif (is_boilerplate(text) or i in menus) and not _NUMBERED_ROW.match(text):
            # A table row numbered in its first cell ("2 | E-mail") is an entry of the
            # release's own list or form (an annex's list of data): menus are not numbered.
            contact_rank = 0
            roles[i] = Role("boilerplate")
        elif _tail_heading(blocks, i) or roster_heading(blocks, i, tail=True):
            # (roster_heads: "Other participants:" over "Dr. ..." lines, minutes' end.)
            contact_rank = 0
            roles[i] = Role("heading", attrs={"level": str(rank or 1)})
        else:
            contact_rank = 0
            roles[i] = _tail_role(text)
        if roles[i].kind != "paragraph":
            roles[i].attrs["region"] = "tail"
    return site_list


def _after_site_parts(roles: list[Role | None], menus: set[int], body_end: int, i: int) -> bool:
    """Whether a menu's line or a site's control label stands between the body and ``i``."""
    return any(
        k in menus or ((role := roles[k]) is not None and role.kind == "boilerplate")
        for k in range(body_end, i)
    )


def _lone_contacts_caption(blocks: list[Block], roles: list[Role | None], body_end: int) -> None:
    """A contacts' caption the text alone shows, ending on a colon ("Contacts:" over a
    card), is a crosshead when the release is divided by crossheads: one more part after
    its last. A release with no crosshead is one run of paragraphs with its contact lines
    under it, and the caption is a lead-in to them, as any short line ending on a colon
    is a lead-in to what follows. (A caption set alone without a colon, "Contact", names
    its block as a crosshead does, whatever the rest of the text.)"""
    captions = [
        i
        for i in range(body_end, len(blocks))
        if (role := roles[i]) is not None
        and role.kind == "heading"
        and not heading_rank(blocks[i])
        and (text := blocks[i].text.strip()).endswith(":")
        and P.CONTACT_START.match(text)
    ]
    if not captions:
        return
    headings = sum(1 for role in roles if role is not None and role.kind == "heading")
    if headings == len(captions):  # (the captions are the release's only headings)
        for i in captions:  # (a line of its own, as a lead-in is: one unit per card)
            roles[i] = Role("note", attrs={"role": "short", "region": "tail"})


def _contacts_from(blocks: list[Block], start: int) -> int:
    """The first contact block's opening line at or after ``start``, else the end. A
    site's list of related pages names its other pages; a contact block after it is
    the press office's (it is kept as contacts), and the lines under it are the
    release's closing ones as much as the site's: the label reaches no further."""
    return next(
        (i for i in range(start, len(blocks)) if P.CONTACT_START.match(blocks[i].text.strip())),
        len(blocks),
    )


def _run_into_label(menus: set[int], body_end: int, label: int) -> list[int]:
    """The short lines between the release's last paragraph and a "Related news" label
    that are a menu only by running into the label and its links: fewer than MENU_RUN of
    them (an editor's credit, a source line) are no menu of their own, and the site's
    part begins at its label."""
    run = []
    i = label - 1
    while i >= body_end and i in menus:
        run.append(i)
        i -= 1
    return run if 0 < len(run) < MENU_RUN and label in menus else []


CARD_MAX_LINES = 3  # a signer's office and name; a press office's name and town


def _card_lines(blocks: list[Block], body_end: int, menus: set[int]) -> list[int]:
    """Lines of a menu-like run after the release's last paragraph that are its signature
    or a contact card: a group of two to CARD_MAX_LINES short lines set together (a
    blank line before the group, none inside it) right under the last paragraph (the
    signer's office and name) or right over a telephone or e-mail line (the press
    office's name and town). A site's menu is longer, or printed line by line,
    while a release signs off in a block of its own and a card names the office whose
    numbers follow it."""
    n = len(blocks)
    found: list[int] = []
    i = body_end
    while i < n:
        if i not in menus or not blocks[i].blank_before:
            i += 1
            continue
        j = i + 1
        while j < n and j in menus and not blocks[j].blank_before:
            j += 1
        after = blocks[j] if j < n else None
        over_contact = after is not None and bool(P.CONTACT_LINE.search(after.text))
        if 2 <= j - i <= CARD_MAX_LINES and (i == body_end or over_contact):
            found.extend(range(i, j))
        i = j
    return found


def _own_closing_list(blocks: list[Block], body_end: int, menus: set[int]) -> list[int]:
    """The menu-like run right after the release's last paragraph, where it is the
    release's own list (own_lists). Asked only of a page copied as text whose site
    chrome was found (web_chrome): a site's footer is what the run is told apart from,
    and a PDF's or a letter's closing lines are neither."""
    from briefing.ingest.web_chrome import is_chrome_label

    run = []
    for i in range(body_end, len(blocks)):
        if i not in menus:
            break
        run.append(i)
    if not run:
        return []
    texts = [block.text for block in blocks]
    return own_list(texts, run, lambda t: is_boilerplate(t) or is_chrome_label(t), _norm)


def _followed_by_list(blocks: list[Block], i: int) -> bool:
    """The next block is a list entry that is not a contact detail ("• E-mail: ...")."""
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        after is not None
        and (
            after.style == "list-item"
            or (after.label is not None and after.label.family.startswith("bullet"))
        )
        and not P.CONTACT_LINE.search(after.text)
    )


def _ends_contacts(blocks: list[Block], i: int, contact_rank: int) -> bool:
    """Whether block ``i`` ends a contact block: a heading of the contacts' own rank or
    above (a contact's name set one rank below is still a contact), or a short line
    heading a list of links ("Further information" / "• Procedure file"): press
    officers' details are names, titles and numbers, never a list of documents."""
    rank = heading_rank(blocks[i])
    if rank and rank <= contact_rank:
        # A name styled like the caption over only a card's lines ("Jane Example" /
        # "Head of Office" / "+1 ...") is the first card under the caption, not the
        # next section (styled_cards).
        return not heads_card(blocks, i)
    text = blocks[i].text
    return is_short_line(text) and not P.CONTACT_LINE.search(text) and _followed_by_list(blocks, i)


def _tail_heading(blocks: list[Block], i: int) -> bool:
    """A short line after the body that heads what follows it: styled as a heading by
    the format, heading a list, or a "Further information" line over its links."""
    block = blocks[i]
    text = block.text.strip()
    if i + 1 >= len(blocks) or not is_short_line(text) or words(text, 8) > 6:
        return False
    if P.CONTACT_LINE.search(text) or block.label is not None or never_heading(text):
        return False
    following = blocks[i + 1].text.strip()
    if not following or is_boilerplate(following):
        return False
    return bool(
        heading_rank(block) or _followed_by_list(blocks, i) or P.FURTHER_INFORMATION.match(text)
    )


def _tail_role(text: str) -> Role:
    if _END_MARK.match(text):
        return Role("boilerplate")  # the newsroom's end mark ("###", "-30-"): no content
    if (words(text) >= 6 and not is_short_line(text)) or words(text) >= 13:
        # Prose after the last full paragraph: often a text cut off mid-word; kept as is.
        return Role("paragraph")
    if is_symbol(text):
        return Role("note", attrs={"role": "symbol"})
    if is_date_line(text):
        return Role("dateline")
    if P.CONTACT_LINE.search(text):
        return Role("contact")
    if P.NOTE_LINE.match(text):
        return Role("note")
    return Role("note", attrs={"role": "trailing"})


_CAPTION = lazy(r"(?:table|figure|chart|graph|box|tableau|cuadro)\s+\d", re.I)
_ANNEX = lazy(
    r"^\s*(?:annex|annexe|anexo|appendix)(?:\s+(?:[IVXLC]{1,6}|\d{1,3}|[A-Z]))?\.?\s*$", re.I
)


def _part_title(block: Block) -> bool:
    """The title under a part's designation: a short line that is not a sentence."""
    text = block.text.strip()
    return (
        bool(text)
        and block.label is None
        and not block.style
        and not P.DESIGNATION.match(text)
        and words(text, 25) <= 24
        and not P.ends_sentence(text)
    )


TOPIC_LINE_MAX_WORDS = 25
SERIES_LOOKBACK = 200  # blocks: a briefing's announcements are a few, long text is not rescanned


def _series_under_head(blocks: list[Block], i: int) -> bool:
    """Whether the numbered series block ``i`` belongs to starts right under a short
    lettered or Roman heading ("I. THÔNG BÁO" / "1. ...")."""
    family = blocks[i].label.family if blocks[i].label else ""
    j = i
    for k in range(i - 1, max(-1, i - SERIES_LOOKBACK), -1):  # to the series' first entry
        label = blocks[k].label
        if label is not None and label.family == family:
            j = k
        elif label is not None and label.family in ("ROMAN.", "ALPHA."):
            break
    if j == 0:
        return False
    head = blocks[j - 1]
    return (
        head.label is not None
        and head.label.family in ("ROMAN.", "ALPHA.")
        and is_short_line(head.text)
        and P.label_number(blocks[j].label.label) == 1
    )


def _numbered_crosshead(blocks: list[Block], i: int) -> bool:
    """A short numbered line starting with a capital, with unnumbered prose under it
    (an agenda's items follow each other; a heading's section follows it)."""
    block, label = blocks[i], blocks[i].label
    assert label is not None
    body = block.text[label.body_offset :].strip()
    # (Kana and Han have no capitals: "(1)海外出張について" starts as a heading does.)
    capital = body[:1].isupper() or "\u3040" <= body[:1] <= "\u9fff"
    if not capital:
        return False  # (checked first: most numbered paragraphs are long sentences)
    # A briefing's announcement is headed by a long numbered line naming the event
    # ("1. President X and his wife pay an official visit to Laos from 9 to 10 August
    # 2021"): no sentence (no end mark), its paragraphs under it.
    # Only in a series opened right under a section's own heading ("I. THÔNG BÁO"): a
    # long numbered line elsewhere is a paragraph or a list's entry.
    # (is_short_line, its sentence end first: most numbered paragraphs are sentences.)
    # A section numbered "1.1." may be titled as a question ("1.1. Why revise the
    # plan?"): the numbering, not the question mark, says what the line is.
    question = body.endswith(("?", "？")) and label.family == "decimal-sub"
    short = (question or not P.ends_sentence(body)) and words(body, 13) <= 12
    topic = (
        not short
        and body[-1:].isalnum()
        and words(body, TOPIC_LINE_MAX_WORDS + 1) <= TOPIC_LINE_MAX_WORDS
        and _series_under_head(blocks, i)
    )
    if not (short or topic):
        return False
    if (
        unbalanced_brackets(body)
        or body.endswith((" -", " –", " —"))
        or cut_mid_phrase(body)
        or answer_alone(body)  # "4.2 Not applicable": a clause's answer (heading_words)
    ):
        # "1. By amending the decision of 8 May (ref. no." or "4. NAME (STATE) -": a
        # bracket left open, a dash joining on what follows: the first line of a numbered
        # paragraph whose wrap was lost, never a whole heading (sentence_pieces); so is
        # one stopping mid-phrase, "1. Act No. 36 of 1999 on the" (cut_lines, session 42).
        return False
    before = blocks[i - 1] if i > 0 else None
    if (
        before is not None
        and before.label is not None
        and before.label.family == label.family
        and is_short_line(before.text)
        and not is_leader_entry(before.text)  # (the contents list's last entry)
    ):
        return False  # in a run of short numbered lines: an agenda, a list
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if after is None or (after.style and not marked_point(after)):
        return False
    if after.label is None and after.text.lstrip()[:1].islower():
        # A section's text opens a sentence under its heading; a line in lower case goes
        # on the sentence of the numbered line above it ("12. In the event of any
        # inconsistency between the two" / "texts, the first shall prevail.").
        return False
    if after.label is not None:
        if heads_numbered_section(label, after.text, after.label):
            return True  # "2. Authorities" / "2.1 This directive is issued ...": its section
        if heads_points(block, after):
            return True  # "1. Secure Networks" / "- Networks that are ...": its points
        # A sub-heading numbered another way under it ("2. Domestic" / "(1) Prices").
        return (
            after.label.family != label.family
            and after.label.family in ("decimal.", "decimal-sub", "(decimal)", "alpha.")
            and _numbered_crosshead(blocks, i + 1)
        )
    return is_prose(after) or _table_under(blocks, i)


TABLE_HEAD_BLOCKS = 3  # a table's header lines between its caption and its first row


def _table_under(blocks: list[Block], i: int) -> bool:
    """A table laid out in columns right under block ``i`` (its header lines aside): a
    short numbered line over a table is the table's numbered title ("1. Cooperation with
    treaty bodies" over its rows), as a heading is over its paragraphs."""
    from briefing.ingest.text_tables import is_layout_row

    return any(
        is_layout_row(line)
        for block in blocks[i + 1 : i + 1 + TABLE_HEAD_BLOCKS]
        for line in block.text.split("\n")[:2]
    )


# (The first letter before the regex: asked of every block and of the one before it,
# the case-blind regexes cost ~1 us a block. "ſ" is an "s" to re.IGNORECASE.)
def _annex(text: str) -> bool:
    return text.lstrip()[:1] in "aA" and _ANNEX.match(text) is not None


def _designation(text: str) -> bool:
    return text[:1] in "aAbBcClLpPsStTſ" and P.DESIGNATION.match(text) is not None


def _body_role(
    blocks: list[Block],
    i: int,
    shapes: HeadingShapes,
    roles: list[Role | None],
) -> Role:
    block = blocks[i]
    text = block.text.strip()
    heading = block.style.startswith("heading")  # (asked once: most blocks have no style)
    if block.style in ("title", "subtitle"):
        return Role(block.style)
    if block.style == "table":
        # A table row or cell the format marked: content, but never a paragraph, a
        # heading or a label (figures in cells are not paragraph numbers).
        return Role("note", attrs={"role": "table"})
    if block.style == "caption" and block.label is None:
        # A picture's caption the format marked: a line of the text, never a crosshead.
        return Role("paragraph")
    if heading and is_symbol(text):
        return Role("note", attrs={"role": "symbol"})  # "Press Release: 2024-2025/539"
    if heading and text.startswith("(") and text.endswith(")"):
        return Role("note")  # a bracketed line set in bold: a signature, an aside
    if heading and enacting_verb(text):
        return Role("paragraph")  # "DECRETA" set in bold: the act's verb (heading_words)
    if heading and heads_card(blocks, i):
        # A name or an office set in bold over a phone and an e-mail line: the first
        # line of a contact card, not a section of the release (styled_cards).
        return Role("contact")
    if heading and _heads_nothing(blocks, i):
        # A heading names the text under it; set last, with no text under it, it is a
        # leftover label ("Share this page:", an office set in bold under the signature),
        # or an agenda's last items, numbered: never a section.
        return Role("paragraph", label=block.label) if block.label else Role("note")
    if (
        heading
        and _NUMBER_ONLY.match(text)
        and i + 1 < len(blocks)
        and blocks[i + 1].style.startswith("heading")
    ):
        # "1" set as a heading right over the heading "Introduction": a number names
        # nothing; it is the number of the heading under it, set apart by the converter.
        return Role("note", attrs={"role": "designation"})
    if heading and (next_to_sibling(blocks, i) or in_capitals_run(blocks, i)):
        # "I. Call to Order" set in bold right over "II. Review of the Minutes": a line
        # printed over its own next number heads nothing, an agenda's entry (agenda_entries).
        return Role("paragraph", label=block.label)
    if heading:
        level = block.style.removeprefix("heading") or "1"
        # A numbered heading ("I. Introduction", "A. Background") keeps its label apart.
        label = block.label if block.label and not block.label.family.startswith("bullet") else None
        return Role("heading", label=label, attrs={"level": level})
    # (A part's title is unlabelled: a labelled block, most of them, asks nothing of the
    # block above it.)
    unlabelled = block.label is None
    if _annex(text) or (
        i > 0
        and unlabelled
        and _annex(blocks[i - 1].text)
        and _part_title(block)
        and not _CAPTION.match(text)
    ):
        # "Annex", "Annex II" over "Financing for 2026 of ...": an annex is a document of
        # its own appended to the act or report, so its designation heads it (level 1)
        # and the line printed under it is the annex's title (level 2), unless that line
        # is a table's or figure's caption ("Table 1  Growth forecasts").
        level = "1" if _annex(text) else "2"
        return Role("heading", attrs={"level": level, "family": "designation:annex"})
    if _designation(text):
        # "TITRE I", "Article 4": the designation of a part. Its title, when printed on
        # the next line, is the heading; else the designation itself is.
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        family = "designation:" + text.split()[0].lower()
        if following is not None and _part_title(following):
            return Role("note", attrs={"role": "designation"})
        return Role("heading", attrs={"level": "1", "relative": "1", "family": family})
    if i > 0 and unlabelled and _designation(blocks[i - 1].text.strip()) and _part_title(block):
        family = "designation:" + blocks[i - 1].text.split()[0].lower()
        return Role("heading", attrs={"level": "1", "relative": "1", "family": family})
    if part := roman_section_part(blocks, i):
        # "II" alone over "Capacity-building": a section's numeral and its title.
        if part == "numeral":
            return Role("note", attrs={"role": "designation"})
        return Role("heading", attrs={"level": "1", "relative": "1", "family": "designation:roman"})
    label = block.label
    if (
        label
        and label.family in ("ROMAN.", "ALPHA.", "ALPHA)")
        and credits_person(blocks, i, text[label.body_offset :])
    ):
        # "A. Jane Doe, Managing Director, ...": an initial, or a letter the signature
        # prints, before a person's credit: no list's item and no section (office_lines).
        return Role("note", attrs={"role": "short"})
    if (
        label
        and label.family in ("ROMAN.", "ALPHA.", "ALPHA)")
        # "c. the harbour's hours of opening; and": an entry of a lettered list
        # going on past its line, never a crosshead (cut_lines, session 42)
        and not cut_mid_phrase(text[label.body_offset :])
        # "B. Joe Doe" right over "C. Remarks by members": an entry heading nothing
        and not next_to_sibling(blocks, i)
        # "D. APPROVAL OF AGENDA" over the chair's note, in a run of such items
        and not in_capitals_run(blocks, i)
        and (
            is_short_line(text)
            or _wrapped_crosshead(blocks, i, labelled=True)
            or long_section_line(blocks, i)
        )
    ):
        # "II. Background", "A. Maritime security": a lettered or Roman crosshead.
        level = "1" if label.family == "ROMAN." else "2"
        return Role("heading", label=label, attrs={"level": level})
    if label and label.family in ("cjk、", "(cjk)") and _cjk_numbered_crosshead(blocks, i):
        # "一、关于管辖区域调整" over its paragraphs: Chinese official documents rank their
        # parts "一、" over "（一）" over "1." over "（1）"; a part's title is a phrase
        # alone on its line, a numbered paragraph a sentence that ends on its stop.
        level = "1" if label.family == "cjk、" else "2"
        return Role("heading", label=label, attrs={"level": level})
    if (
        label
        and label.family
        in ("decimal.", "decimal-", "decimal-sub", "(decimal)", "(wide)", "wide.", "alpha.")
        and _numbered_crosshead(blocks, i)
        and not numbers_list_paragraph(blocks, i)
    ):
        # "1. International Economic Conditions" over unnumbered paragraphs: the
        # numbered heading of a section, not a numbered paragraph. Its level follows
        # from the headings around it (tree.py). Minutes letter their sub-sections so
        # ("a. Recent Developments in Inflation"): a lettered list's entries follow
        # each other, a section's paragraphs follow its heading. Japanese records number
        # their parts with the figure set against the part's name, "1.発言要旨", "1.はじめに"
        # ("wide."): the same numbered part as "(1)海外出張" ("(wide)"), over its prose
        # (Japan's environment ministry, Gunma Prefecture; session 42).
        return Role("heading", label=label, attrs={"level": "1", "relative": "1"})
    # (Only a bullet can rank a symbol crosshead: numbered blocks ask no more.)
    if label and label.family.startswith("bullet:") and _symbol_crosshead(blocks, i):
        return Role("heading", attrs={"level": "1"})
    if label and label.family != "bullet:-" and block.word_count > 2:
        return Role("paragraph", label=label)
    if P.NOTE_LINE.match(text):
        return Role("note")
    footnote = block.footnote_label
    if footnote or block.style == "footnote":
        return Role("footnote", label=footnote)
    if label:
        return Role("paragraph", label=label)
    if not block.style and is_scan_speck(text):
        return Role("note", attrs={"role": "speck"})  # "i 2 .", "." (scan_specks)
    if block.style == "list-item":
        return Role("item")
    if block.style == "quote" or _is_quote_block(text):
        return Role("quote")
    if is_symbol(text):
        return Role("note", attrs={"role": "symbol"})
    if is_date_line(text):
        return Role("dateline")
    if P.CONTACT_START.match(text):
        return Role("contact")
    if roster_heading(blocks, i):
        return Role("heading")  # "Reporting Staff" over "Mr. ..." lines (roster_heads)
    if dash_topic(blocks, i):
        return Role("heading", attrs={"level": "1"})  # "1 - Espagne - ..." (dash_topics)
    if block.ends_sentence and block.word_count >= 8:
        return Role("paragraph")
    if text.endswith((",", ";")) or is_organ_opening(text) or _CLAUSE_NOTE_END.search(text):
        # A clause to be continued ("Recalling its resolution 77/35,", "Mr President,"),
        # perhaps with a note number flattened after its comma (",1"): headings never
        # end with a comma.
        return Role("paragraph")
    if (
        is_short_line(text)
        and i > 0
        and _is_quote_block(blocks[i - 1].text.strip())
        and not crosshead_under_quote(  # "Risks of the plan" after a quote (quote_crossheads)
            blocks[i - 1].text,
            text,
            i + 1 < len(blocks) and blocks[i + 1].text.lstrip()[:1] in _OPENERS,
        )
    ):
        return Role("note", attrs={"role": "short"})  # the speaker under a pull-quote
    if is_rule(text) or _END_MARK.match(text):
        # A printed rule: decoration, no words. "###" or "-30-" under a release is the
        # newsroom's end mark (Markdown pasted as text escapes it: "\###"), no content.
        return Role("boilerplate")
    if is_short_line(text) and (text.rstrip("*_ ").endswith(":") or ends_on_lead_dash(text)):
        # A lead-in ("WE HEREBY COMMIT TO:", in Markdown "**WE HEREBY COMMIT TO:**";
        # "She is accompanied by the—") introduces the list under it: the text's own
        # sentence, never a heading (sentence_pieces).
        return Role("paragraph")
    if is_short_line(text):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            following is not None
            and i > 0
            and heads_clauses(blocks[i - 1].text, text, following.text, PREAMBLE_OPENING)
            and not never_heading(text)
        ):
            return Role("heading")  # over a resolution's clauses (resolution_crossheads)
        if (
            following is not None
            and (P.match_label(following.text) or opens_content(blocks, i + 1))
            and not continues_in_lower_case(following)
            and not opens_on_trailing_mark(following)  # "Meg Reiss" / ", most recently ..."
            and not never_heading(text)
            and not credits_person(blocks, i, text)  # a signature's office (office_lines)
            and not _roster_end(blocks, i)
            and not between_entries(blocks, i)  # an agenda item's detail (agenda_entries)
            and _heading_evidence(blocks, i)
            and not heads_link_list(blocks, i)  # "Share" over "- Facebook" (link_menus)
            and not heads_only_blurb(blocks, i)  # a site box's title (teaser_blurbs)
            and not alternates_with_numbered(blocks, i)  # a table's cell (column_pairs)
            # a short line among short lines, in a shape none of the document's clear
            # crossheads has: a form's field, a greeting, a cell (heading_shapes)
            and not shapes.lone_in_run(blocks, roles, i)
        ):
            return Role("heading")
        if stacked_heading(blocks, i) and not _roster_end(blocks, i):
            return Role("heading")  # over the heading of its first part (stacked_heads)
        if capitals_over_heading(blocks, i) and not never_heading(text):
            return Role("heading")  # "SUMMARY OF THE DATA" over "Inflation" (heading_words)
        if part_over_heading(blocks, i):
            return Role("heading")  # "Chapter II. - Powers" over "Section 1. ..." (part_stacks)
        return Role("note", attrs={"role": "short"})
    if _wrapped_crosshead(blocks, i) or long_headline(blocks, i):
        return Role("heading")  # (headline_heads: a long crosshead in headline case)
    if (
        0 < i < len(blocks) - 1
        and blocks[i + 1].label is not None
        and crosshead_over_number(
            _clause_above(blocks, i), text, blocks[i + 1].label.family, PREAMBLE_OPENING
        )
        and not never_heading(text)
    ):
        return Role("heading")  # between a resolution's clauses (resolution_crossheads)
    return Role("paragraph")


# A heading's number alone: "1", "1.1", "IV", "B", "b" (with or without its point).
_NUMBER_ONLY = lazy(r"^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Za-z])\.?$")

HEADS_NOTHING_REACH = 4  # blocks left to the end, all headings, that a heading may head


def _heads_nothing(blocks: list[Block], i: int) -> bool:
    """Whether only lines the format also styles as headings (or nothing) follow block
    ``i`` to the end of the text."""
    if len(blocks) - i - 1 > HEADS_NOTHING_REACH:
        return False
    return all(b.style.startswith("heading") for b in blocks[i + 1 :])


def _clause_above(blocks: list[Block], i: int) -> str:
    """The text of the block above ``i``, a page's notes and its rule passed over (the
    clause a crosshead follows may end at the foot of the page before)."""
    k = i - 1
    while k > 0 and (
        blocks[k].note_of is not None
        or blocks[k].footnote_label is not None
        or is_rule(blocks[k].text)
    ):
        k -= 1
    return blocks[k].text


ROSTER_RUN = 2  # name lines right above a name line that make it a list's entry


def _roster_end(blocks: list[Block], i: int) -> bool:
    """A name line closing a run of name lines ("The following members were present:"
    / "Andrew Bailey, Chair" / ... / "Huw Pill" / "Dave Ramsden" over "Sam Beckett was
    present as ...") is the run's last entry, not a heading over the prose after it.
    A list's entries share one type and one spacing; a heading after a list is set
    apart from it, by its type (a PDF reader marks bold or larger type as a heading
    style, handled before this) or by space. So an unstyled line printed at the
    list's spacing (no blank line before it, as none parts the entries) in the
    entries' shape belongs to the list. Blank-separated text, where every line is set
    apart alike, is left to the other rules."""
    block = blocks[i]
    if i < ROSTER_RUN or block.blank_before or block.label is not None:
        return False
    if not person_names(block.text.strip()):  # (the last entry: "X and Y")
        return False
    for above in blocks[i - ROSTER_RUN : i]:
        if above.style or above.label is not None or not is_short_line(above.text):
            return False
        if not person_name(above.text.strip()):
            return False
    # The entries above sit together too: a run, not lines set apart.
    return not any(above.blank_before for above in blocks[i - ROSTER_RUN + 1 : i])


WRAPPED_HEADING_MAX_WORDS = 20


def _wrapped_crosshead(blocks: list[Block], i: int, labelled: bool = False) -> bool:
    """A crosshead too long for one line of a PDF's column, so its text keeps the wrap:
    two lines set apart above a numbered paragraph, with no punctuation at the end
    ("Accepted recommendations that Slovenia considers already" / "implemented or in the
    process of implementation" over "4. The Government ..."). A paragraph ends with a
    full stop, or a comma before its continuation; a line stopping on a word like "of"
    is a fragment, not a heading."""
    block = blocks[i]
    if block.line_count != 2 or not block.blank_before or (block.label is not None) != labelled:
        return False
    text = block.text.strip()
    if text[-1:] in '.,;:!?)"”’' or words(text) > WRAPPED_HEADING_MAX_WORDS:
        return False
    if text.rsplit(None, 1)[-1].lower() in P.FUNCTION_WORDS or never_heading(text):
        return False
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    label = following.label if following is not None else None
    if label is None or label.family.startswith("bullet"):
        return False
    return _heading_evidence(blocks, i)


SYMBOL_CROSSHEAD_MAX_WORDS = 4


def _symbol_crosshead(blocks: list[Block], i: int) -> bool:
    """ "□ 모두 발언", "□ 질의응답", "■ 행사 개요": a top symbol over a few words, no
    sentence, with the points or the talk of its part below. Korean briefings and
    releases head their parts so; a "□" point is a sentence ("□ 양 장관은 ...다.")."""
    block = blocks[i]
    label = block.label
    if label is None or P.BULLET_RANK.get(label.family.removeprefix("bullet:")) != 0:
        return False
    body = block.text[label.body_offset :].strip()
    if not body or words(body, 6) > SYMBOL_CROSSHEAD_MAX_WORDS or block.ends_sentence:
        return False
    if body[-1:] in ".。:：,，" or i + 1 >= len(blocks):
        return False
    after = blocks[i + 1]
    below = after.label
    if below is not None and below.family.startswith("bullet:"):
        return P.bullet_outranks(label.family, below.family)
    return is_prose(after) or speaker_of(after.text) is not None


_CLAUSE_NOTE_END = lazy(r"[a-z)”’][,;] ?\d{1,2}$")
_RULE = lazy(r"^\s*(?:[-_=~*•·]\s*){3,}$")
_END_MARK = lazy(r"^\s*(?:\\?#{3,}|-\s?30\s?-)\s*$")
_PAGE_NUMBER = lazy(
    r"^(?>\s*)(?:(?:page|p\.|página|seite)\s*)?[-–—]?\s*\d{1,4}(?>\s*)(?:(?:/|of|de|sur)\s*\d{1,4})?(?>\s*)[-–—]?\s*$",
    re.I,
)


def is_rule(text: str) -> bool:
    return bool(_RULE.match(text))


_TITLED_PERSON = lazy(
    rf"^(?:{P.COURTESY_TITLES})\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,3}(?:,|$)"
)


def never_heading(text: str) -> bool:
    """Lines that look short and bare like a heading but never are one: a dateline, a
    time stamp, a printed rule, a page number."""
    return (
        is_rule(text)
        or bool(_PAGE_NUMBER.match(text))
        or ends_on_page_number(text)  # "..., 95-3689 Page 2": a page's head or foot
        or is_time_line(text)
        or is_date_line(text)
        or bool(_PLACE_LINE.match(text.strip()))  # "Lima, Peru": where, not what
        # (A clause's comma or semicolon in Chinese and Japanese script: "状況は、".)
        or text.rstrip().endswith((",", ";", "、", "，", "；"))
        or bool(P.CONTACT_LINE.search(text))  # an address, a telephone number
        # A line about the text ("E & O E - PROOF ONLY", "ENDS"): it heads nothing.
        or any(p.match(text.strip()) for p in P.TRANSCRIPT_NOTES)
        # "Mr. Leonardo Villar", "Prof. Zvi Hercowitz, Bank of Israel": a person named
        # with a title is an entry of a list of members or participants, never a heading.
        or bool(_TITLED_PERSON.match(text.strip()))
        # "Original: English", "Distr.: General": a UN masthead's fields, which text taken
        # without layout may print after the cover's other lines.
        or bool(_MASTHEAD_FIELD.search(text))
        # "Unit: %", "Units: NT$ million": the unit a statistical table states over its
        # columns, part of the table, heading no section.
        or bool(_TABLE_UNIT.match(text))
        # OCR debris ("Ij", "D -") and a conjunction between alternatives ("OR").
        or never_a_heading_word(text)
        # "... the equivalent of the", "... the cement of anti-": a sentence cut short.
        or cut_mid_phrase(text)
        # "Download the full Statement here", "Cliquez ici": a link's call to the
        # reader, printed where the page links a file; it heads nothing under it.
        or bool(_LINK_CALL.match(text.strip()))
        # "Total   356   316   310   (46)": a table's row of figures (text_tables).
        or figures_row(text)
        # "Foto: Name Surname", "Photo credit: Agency": a picture's credit, the picture's
        # line, never the head of the paragraphs under it.
        or picture_credit(text)
        # "Jane Example, photo: Office of Examplia", "... ; © CC BY-SA": a picture's
        # caption closed by its credit (picture_captions).
        or closes_on_credit(text)
        # "157 80 Athens", "Our ref.: 26/2371": an address's postal line, a field holding
        # a reference number or a link; they record a fact, no topic (record_lines).
        or postal_line(text)
        or reference_field(text)
        or code_line(text)  # "CG-DL-E-12072023-247236": a page's print code
        # "Picture 2 of 10", "Image (jpeg, 1MB)", "Written by ...": the page's label of
        # a picture, a file or its author (record_lines).
        or page_label(text)
        # "FIGURA 11 – INCIDENZA ...", "Table 2": a graphic's title (graphic_captions).
        or is_graphic_caption(text)
    )


# A credit's field word and its colon, in the languages of the corpus, then a name.
_PICTURE_CREDIT = lazy(
    rf"^\(?\s*(?:{CREDIT_WORDS})"
    r"(?:\s+(?:credits?|cr[ée]dits?|photos?))?\s*:\s*\S",
    re.I,
)
CREDIT_MAX_WORDS = 10


def picture_credit(text: str) -> bool:
    """ "Foto: Oscar Pérez", "Photo credit: Agency / Name": a short line naming who took
    a picture."""
    stripped = text.strip()
    return (
        bool(_PICTURE_CREDIT.match(stripped))
        and words(stripped, CREDIT_MAX_WORDS) <= CREDIT_MAX_WORDS
    )


_LINK_CALL = lazy(
    r"^(?:(?:please\s+)?(?:download|click|read|see|view|watch|listen\s+to|find)|"
    r"t[ée]l[ée]charge[rz]?|cliquez|consultez|lire|lisez|descargue|descargar|haga\s+clic|"
    r"consulte|lea|leer|baixe|clique|herunterladen|lesen\s+sie)\b.{0,80}"
    r"\b(?:here|ici|aqu[íi]|hier)\W*$",
    re.I,
)


_TABLE_UNIT = lazy(r"^\s*(?:Units?|Unidad(?:es)?|Unité|Einheit)\s*:\s*\S.{0,30}$", re.I)
_MASTHEAD_FIELD = lazy(r"\bDistr\.\s*:|^\s*Original\s*:\s*[A-Z]")
_ACT_REFERENCE = lazy(
    r"^\s*\[(?:on the (?:report|recommendation|proposal)|without reference to)\b[^\]]*\]\s*$",
    re.I,
)
_DISTRIBUTION_FIELD = lazy(r"^\s*Distr\.\s*:\s*[A-Za-z]+\s*$")


# Japanese and Chinese speeches and reports set a crosshead in parentheses on its own line,
# "(「わかり易い」外交の実践)", "（国際協力の強化）": a phrase of six characters or more in
# the script, no sentence's stop, no note's colon ("(外務省注:...)"); a stage note is
# shorter ("(笑)", "（拍手）", "(以上)").
_CJK_CROSSHEAD = lazy(r"^[(（](?=[^)）]*[\u3040-\u30ff\u3400-\u9fff])[^)）()（。:：]{6,40}[)）]$")


CJK_PART_TITLE_MAX_CHARS = 40  # "关于外商投资企业改征增值税、消费税、营业税后增加的税负处理问题"
_CJK_SENTENCE_MARKS = frozenset("。；;：:，,！!？?")


def _cjk_numbered_crosshead(blocks: list[Block], i: int) -> bool:
    """ "一、关于管辖区域调整": a part's title after its Chinese number, a phrase in the
    script with no sentence's mark, alone on its line, with the part's text under it."""
    block = blocks[i]
    if block.label is None or i + 1 >= len(blocks):
        return False
    under = blocks[i + 1]
    if under.label is None and len(under.text) <= len(block.text):
        return False  # a part's text under its title, not another short line
    rest = block.text.strip()[block.label.body_offset :].strip()
    return (
        0 < len(rest) <= CJK_PART_TITLE_MAX_CHARS
        and "\n" not in rest
        and _CJK_SENTENCE_MARKS.isdisjoint(rest)
        and any("\u3400" <= ch <= "\u9fff" for ch in rest)
    )


def _heading_evidence(blocks: list[Block], i: int) -> bool:
    """Some sign beyond shortness that a line is a heading: it starts like a title (a
    capital, not a bracket or a lower-case word) and content follows it. A sentence
    fragment left alone by a bad line break ("and then the delegations") and an
    editorial note in brackets ("(As delivered)", "(2025/2691(RSP))") have none."""
    text = blocks[i].text.strip()
    first = text[:1]
    if _CJK_CROSSHEAD.match(text):
        first = text[1:2]  # "(「わかり易い」外交の実践)": a Japanese speech's crosshead
    if not first or first.islower() or first in "([{<":
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    if "→" in text:
        return False  # a flow's steps ("Work package lead → Secretary-General → ..."): a cell
    label = blocks[i].label
    if unbalanced_brackets(text[label.body_offset :] if label is not None else text):
        return False  # a parenthesis cut by a line break: a sentence's piece (sentence_pieces)
    # A capital (or a script without capitals) and a paragraph or list under it.
    after = blocks[i + 1 : i + 2]
    if after and P.NOTES_SECTION.match(text):
        return True  # "Notes" over a report's endnotes heads them, whatever they are
    if not after:
        return False
    k = i + 1
    if after[0].note_of is not None or after[0].footnote_label is not None:
        k = _past_page_notes(blocks, i)
        if k is None or blocks[k].label is not None:
            # Footnotes printed under a line are no section of it. (Past the page's
            # notes, a crosshead's section goes on as a paragraph, not a new part.)
            return False
    if runs_into_list(blocks[k]):
        return False  # "The data must be" over "1. readable by ...": a lead-in (sentence_pieces)
    # (A section may open on one short sentence: stacked_heads.opens_content.)
    return opens_content(blocks, k)


def _past_page_notes(blocks: list[Block], i: int) -> int | None:
    """The block after the notes printed under line ``i``, when they are the page's notes
    of the text above it: a crosshead at a page's foot has the page's notes under it and
    its section on the next page. Notes whose marker the line itself holds ("Report*" /
    "* Issued without editing") are its own, and it is no section over them."""
    k = i + 1
    text = blocks[i].text
    while k < len(blocks) and (blocks[k].note_of is not None or blocks[k].footnote_label):
        note = blocks[k]
        if note.note_of is not None and note.note_of >= i:
            return None
        label = note.footnote_label
        marker = note.text[: label.body_offset].strip() if label is not None else ""
        if note.note_of is None and (not marker or marker.strip("[]().") in text):
            return None
        k += 1
    return k if k < len(blocks) else None


_OPENERS = "\"“‘«„'"
_CLOSERS = "\"”’»“'"


def _is_quote_block(text: str) -> bool:
    """A block that is one quotation: starts with an opening quote mark and either ends
    with a closing one or is long prose (a quotation continued in the next paragraph)."""
    if len(text) < 2 or text[0] not in _OPENERS:
        return False
    tail = text.rstrip()
    return tail[-1] in _CLOSERS or tail.endswith(("”.", '".', "’.")) or text.count(text[0]) == 1
