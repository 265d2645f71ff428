"""Which line of a release's head is its title, and which lines around it belong to it.

Split out of ``roles`` (which gives every block its role): choosing the title is its own
question, with its own rules for the shapes releases reach us in (a styled title, a page
copied from a browser under its menus, text taken from a PDF under its cover fields).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from briefing.ingest import patterns as P
from briefing.ingest.act_heads import subject_under_kind
from briefing.ingest.act_kind_lines import kind_over_subject
from briefing.ingest.board_fields import field_lines
from briefing.ingest.court_captions import is_court_caption
from briefing.ingest.crumb_trails import HOME_WORDS, stacked_trail_end, trail_steps
from briefing.ingest.dates import WEEKDAY_NAMES, find_date
from briefing.ingest.draft_titles import title_above_report_line, title_after_draft_line
from briefing.ingest.gazette_heads import below_masthead, masthead_end
from briefing.ingest.gazette_names import is_journal_name
from briefing.ingest.genre_labels import is_genre_label, title_by_genre_label
from briefing.ingest.handling_notices import is_handling_notice
from briefing.ingest.institution_names import is_institution_name
from briefing.ingest.invocations import is_invocation
from briefing.ingest.issuer_lines import (
    is_filing_fields,
    is_issuer_line,
    is_menu_bar,
    is_people_list,
)
from briefing.ingest.known_lines import BYLINE_OPENING
from briefing.ingest.lone_top_heading import lone_top_heading
from briefing.ingest.menu_headlines import headline_date_under_menu, set_in_menu
from briefing.ingest.notice_titles import is_notice_title
from briefing.ingest.paper_fields import describes_paper
from briefing.ingest.record_lines import address_line
from briefing.ingest.repeated_titles import title_repeated_below
from briefing.ingest.scan_garble import is_scan_garble
from briefing.ingest.segment import Block
from briefing.ingest.short_titles import short_title_over_body
from briefing.ingest.site_prompts import is_site_banner, names_site_section
from briefing.ingest.stacked_titles import stacked_caps_title
from briefing.ingest.text_fragments import is_markup_line
from briefing.ingest.title_datelines import is_dated_act_name
from briefing.ingest.web_chrome import MENU_ENTRY_MAX_WORDS, WIDE_GAP
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.roles import Role


# A site's menus run on for a dozen items; a document's cover prints a handful of short
# lines (organ, session, agenda item) around its title.
SITE_MENU_RUN = 10


def _crumb_title(blocks: list[Block], roles: list[Role | None]) -> str:
    """The last step of a breadcrumb trail: the page's own title."""
    last = max((i for i, r in enumerate(roles) if r is not None), default=None)
    if last is None or blocks[last].label is None:
        return ""
    step = blocks[last].text[blocks[last].label.body_offset :]
    # On one line, the last step follows the last number: "... / 3. <the title>".
    step = re.split(r"(?:^|\s|[/>›»|])\d{1,2}\.\s+", step)[-1]
    return R._norm(step.strip(" />›»|"))


_TRANSCRIPT_TITLE = lazy(
    r"^(?:(?:edited |unofficial )?transcript of\b|(?:joint )?(?:doorstop|press conference|"
    r"press briefing|media conference)\b|(?:joint )?(?:doorstop |radio |television |tv )?"
    r"interview (?:with|on)\b|remarks (?:by|at|to)\b|"
    # Other languages name the event first ("Regierungspressekonferenz vom 28. Februar",
    # "Conferencia de prensa del canciller") or, in Chinese, Japanese and Korean, last
    # ("外交部发言人耿爽主持例行记者会", "外務大臣会見記録", "대변인 정례브리핑").
    r"(?:regierungs)?pressekonferenz vom\b|conf[eé]rencia de prensa\b|"
    r"conférence de presse\b|point de presse\b|"
    # The event's name alone ("記者会見", "정례브리핑") is a site's section, not a title:
    # a letter comes before it, naming whose event it is.
    r".{0,59}[^\W\d_]\s?(?:记者会|記者会見|会見記録|会見録|会見概要|정례\s?브리핑|기자회견)"
    # (Japan's ministries bracket the record's day, hour and room after its name:
    # "外務大臣会見記録(令和2年7月3日(金曜日)10時30分 於:本省会見室)", the weekday in
    # brackets of its own.)
    r"(?:\s*[(（](?:[^()（）]|[(（][^()（）]{0,8}[)）]){0,60}[)）])?$)",
    re.I,
)


# "Part XIV", "Section 36", "Programme 25", "Income section 1": a part of a report or act
# designated by a word (or two) and its number, as cover pages print it over its name.
_COVER_DESIGNATION = lazy(r"^[A-Z][\w-]*(?: [a-z][\w-]*)? (?:\d{1,3}[A-Za-z]?|[IVXLC]{1,6})\.?$")


def _cover_designation(text: str) -> bool:
    text = text.strip()
    return bool(P.DESIGNATION.match(text) or _COVER_DESIGNATION.match(text))


def _lower_case_title_lines(
    blocks: list[Block], roles: list[Role | None], title_at: int, body_start: int
) -> None:
    """Lines right under the title that start in lower case go on with it: long titles
    of acts are set over several lines ("REGULATION (EU) 2017/2403 ..." / "of 12
    December 2017" / "on the sustainable management of ...")."""
    i = title_at + 1
    while (
        i < body_start
        and blocks[i].text[:1].islower()
        and blocks[i].label is None
        and not P.ends_sentence(blocks[i].text)
        and roles[i] is not None
        and roles[i].kind in ("title", "dateline", "paragraph", "note", "subtitle")
    ):
        roles[i] = R.Role("title", attrs={"continues": "1"})
        i += 1


_SESSION_LINE = lazy(r"^\s*[\w-]+ (?:regular |special |resumed )?session\s*$", re.I)


# The session run onto its organ's line, as a PDF's reader joins them: "Working Group on
# the Universal Periodic Review Seventh session" (capitalised, no "its" before it: a
# report's own title says "on its seventh session").
_SESSION_TAIL = lazy(
    r"\S\s+(?<!its )(?<!the )[A-Z][\w-]+ (?:[Rr]egular |[Ss]pecial |[Rr]esumed )?session\s*$"
)


TITLE_MAX_WORDS = 80  # treaty and resolution titles run to 40 words and more


def _names_itself(blocks: list[Block], i: int) -> bool:
    """A transcript's first line naming the event ("Press conference by the Minister ...,
    on the visit of ..., 18 March 2009."), or a legal act's naming the act (its kind,
    number and date: "Real Decreto 1095/1989, de 8 de septiembre, por el que ..."): a
    title, however long, even ending on a point."""
    block = blocks[i]
    text = block.text.strip()
    return (
        block.label is None
        and not block.style
        and R.words(block.text, TITLE_MAX_WORDS + 1) <= TITLE_MAX_WORDS
        # (or an archive's notice of the record: "Interview de Mme X, ..., à LCI le 11 mai
        # 2020, sur ... ." (notice_titles))
        and bool(_TRANSCRIPT_TITLE.match(text) or _ACT_TITLE.match(text) or is_notice_title(text))
    )


# A legal act's title opens on its kind and its number or date, as gazettes and the
# acts' own first lines print it: "Real Decreto 1095/1989, de 8 de septiembre, ...",
# "Loi n° 98-23 du 26 mars 1998 instituant ...", "Décret n° 2024-12 du ...", "Ley
# 4/1989, de 27 de marzo, ...", "Legge 2 dicembre 2025, n. 182", "Decreto-Lei n.º
# 12/2020", "Федеральный закон от 31 мая 2002 г. N 62-ФЗ". A sentence citing an act
# does not open on it ("La loi n° 98-23 du ..." has its article first).
_ACT_TITLE = lazy(
    r"^(?:Real[ \t]+Decreto(?:-ley|[ \t]+Legislativo)?|Decreto(?:-[Ll]e[iy]|-legge|[ \t]+"
    r"Legislativo|[ \t]+Supremo)?|Ley(?:[ \t]+Org[áa]nica)?|Orden[ \t]+[A-Z]{2,4}/|Loi"
    r"(?:[ \t]+organique|[ \t]+constitutionnelle)?|D[ée]cret|Arr[êe]t[ée]|Ordonnance|Legge"
    r"(?:[ \t]+costituzionale)?|Lei(?:[ \t]+Complementar|[ \t]+Org[âa]nica)?|Medida[ \t]+"
    r"Provis[óo]ria|Федеральный[ \t]+(?:конституционный[ \t]+)?закон|Указ|Постановление|"
    r"Распоряжение)\b[ \t]*(?:n[°º.]?|n\.º|no|nº|№|N|от)?[ \t]*\d"
    r"|^(?:Legge|Decreto(?:-legge)?|D[ée]cret|Loi)[ \t]+\d{1,2}[ \t]+\w+[ \t]+\d{4}"
)


HEADLINE_MAX_WORDS = 30
QUESTION_MAX_WORDS = 20


def _title_read_as_prose(blocks: list[Block], i: int) -> bool:
    """A title that reads as a sentence: a transcript naming itself, or a headline that
    ends on a question mark or a point ("Minister: What does the agreement mean for
    farmers?"), on one line set apart, in headline case or right over the dateline.
    A first paragraph is not set in headline case and is not dated on the next line."""
    if _names_itself(blocks, i):
        return True
    block = blocks[i]
    # A headline asking its question ("Has the Government put people smugglers back /
    # in business?") may be wrapped once; a first paragraph is no lone question.
    question = block.text.rstrip().endswith("?") and R.words(block.text, 21) <= QUESTION_MAX_WORDS
    if (
        block.label is not None
        or block.style
        or block.line_count > (2 if question else 1)
        or i + 1 >= len(blocks)
        or not blocks[i + 1].blank_before
        or R.words(block.text, HEADLINE_MAX_WORDS + 1) > HEADLINE_MAX_WORDS
    ):
        return False
    return (
        question or _headline_case(block.text.rstrip(".?!")) or _dated_below(blocks, i) is not None
    )


def _is_dateline(text: str) -> bool:
    return R.is_date_line(text) or R._is_dateline_with_issuer(text)


def _dated_below(blocks: list[Block], i: int) -> int | None:
    """The dateline printed right under block ``i``, or under the one short line (a
    second headline, a deck) set under it: news pages print headline, deck, date
    ("외교부 “...”" / "조 대변인 “...”" / "2017.05.11 외교부")."""
    if i + 1 < len(blocks) and _is_dateline(blocks[i + 1].text):
        return i + 1
    if (
        i + 2 < len(blocks)
        and blocks[i + 1].line_count == 1
        and blocks[i + 1].label is None
        and R.words(blocks[i + 1].text, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
        and _is_dateline(blocks[i + 2].text)
    ):
        return i + 2
    return None


def title_opens_body(blocks: list[Block], body_start: int, web_copy: bool = False) -> int:
    """Where the body starts, once a title read as its first paragraph is given back to
    the head. A page copied from a browser may print nothing above its transcript but
    the site's name and menus; the transcript's first line then names the event, and it
    reads as a sentence. Only when the head holds no title of its own: under a title,
    such a line is the text's own opening. (``web_copy``: the text is a page copied from a
    browser, its site's chrome taken.)"""
    act = _act_body_start(blocks, body_start)
    if act is not None:
        return act
    styled = _styled_title_below(blocks, body_start)
    if styled is not None:
        return styled + 1
    subject = _subject_line(blocks, body_start)
    if subject is not None:
        return subject + 1
    # (A page copied from a browser prints its title twice under the site's notices read
    # as prose: repeated_titles. Elsewhere a line printed twice is a running head, a
    # chart's label, a quote's speaker.)
    if web_copy:
        repeated = title_repeated_below(blocks, body_start, _page_title_shaped, R.is_prose)
        if repeated is not None:
            return repeated + 1
    if body_start + 1 >= len(blocks):
        return body_start
    head = [i for i in range(body_start) if _title_shaped(blocks[i])]
    # (A site's name over its menu ("Homepage" / "Mail" / "Suche") is its banner, not the
    # page's title: the page's own first line, a title-shaped line, not a sentence, is.)
    header_end = site_header_end(blocks, body_start)
    if (
        header_end is not None
        and all(i < header_end for i in head)
        and _title_shaped(blocks[body_start])
        and not P.ends_sentence(blocks[body_start].text)
        and blocks[body_start].label is None
    ):
        return body_start + 1
    # (A head that is all menu lines, the body opening on a headline over its date: the
    # page's own title and stamp, menu_headlines.)
    dated = headline_date_under_menu(blocks, body_start, _title_shaped, R.is_date_line, R.words)
    if dated is not None:
        return dated + 1
    # (An office's letterhead, its contact fields: no title of the head's own.)
    if any(not is_masthead(blocks[i].text) and not is_issuer_line(blocks[i].text) for i in head):
        return body_start
    if blocks[body_start].style == "title" and blocks[body_start + 1].style != "title":
        # A PDF sets its headline in the title's type even when it reads as a sentence
        # ("The Central Bank of Egypt decided to keep its overnight deposit rate ..."),
        # under nothing but the issuer's letterhead, the category and the date.
        return body_start + 1
    if not _title_read_as_prose(blocks, body_start):
        return body_start
    # (The deck and the dateline under the title belong to the head too.)
    dated = _dated_below(blocks, body_start)
    return dated + 1 if dated is not None else body_start + 1


def _page_title_shaped(block: Block) -> bool:
    """Title-shaped, and no tag or menu entry ("#Topic") nor the issuer's name."""
    return _title_shaped(block) and not LIST_MARK.match(block.text) and not is_masthead(block.text)


STYLED_TITLE_BELOW = 3  # cover lines read as prose between the body's guess and the title
COVER_LINE_WORDS = 40


def _styled_title_below(blocks: list[Block], body_start: int) -> int | None:
    """The one block set as the title (a PDF's largest, boldest type over its body; a
    Word title) a few blocks under what was read as the body's start, with only short
    unnumbered lines between: those are cover lines that read as prose ("Draft
    resolution submitted by the President of the General Assembly", an agenda item's
    long name). A text's body never opens above its own title."""
    titles = [i for i, b in enumerate(blocks) if b.style == "title"]
    if not titles:
        # A lone top-level heading set first over the body, though it ends on a question
        # mark or a full stop (lone_top_heading).
        lone = lone_top_heading(blocks, body_start)
        titles = [lone] if lone is not None else []
    if len(titles) != 1 or not body_start <= titles[0] <= body_start + STYLED_TITLE_BELOW:
        return None
    between = blocks[body_start : titles[0]]
    if any(b.label is not None or R.words(b.text) > COVER_LINE_WORDS for b in between):
        return None
    return titles[0]


ACT_HEAD_BLOCKS = 8  # cover lines a masthead's run-together fields may put before the title


def _act_body_start(blocks: list[Block], body_start: int) -> int | None:
    """Where an adopted act's body starts: at its organ's name ("The General Assembly,")
    under the act's numbered title ("80/19. Prevention of ..."), when what was read as
    the body's start comes before that title. Text extracted from a UN document may run
    a masthead's fields together ("General Assembly Distr.: General 3 December 2025",
    "Eightieth session Agenda item 97 (a) ...") into lines that read as prose; an act
    never has a paragraph above its own number and title."""
    end = min(len(blocks) - 2, body_start + ACT_HEAD_BLOCKS)
    for i in range(body_start, end):
        if not R.RESOLUTION_NUMBER.match(blocks[i].text) or blocks[i].label is not None:
            continue
        if R.is_organ_opening(blocks[i + 1].text):
            return i + 1
    return None


# A letter's subject line: "OGGETTO:", "Objet :", "Asunto:", "Subject:", "Betreff:".
# (Greek capitals drop the accent: "ΘΕΜΑ:" is "Θέμα:" set in capitals, as letterheads set it.)
_SUBJECT = lazy(
    r"^\s*(?:subject|subj|re|objet|obj|asunto|assunto|oggetto|betreff|onderwerp|temat"
    r"|predmet|ämne|emne|aihe|тема|θ[έε]μα)\s*[:：]\s*\S",
    re.I,
)
SUBJECT_AFTER_BODY = 3  # an address or a place and date may come between head and subject
# "For Immediate Release: DA's Office Seeks ...": a US release may run its handling notice
# into its headline on one line; the words after the notice are the headline, as a
# subject line's are (a date after it is the notice's own: "For release: May 5, 2031").
_NOTICE_HEADLINE = lazy(r"^\W*for\s+immediate\s+release\s*[:–—-]\s*(\S.*)$", re.I | re.S)
HEADLINE_MIN_NOTICE_WORDS = 4
SUBJECT_ADDRESS_WORDS = 40  # an addressee's lines, not a paragraph of the letter


def _subject_line(blocks: list[Block], body_start: int) -> int | None:
    """A letter's or circular's subject line, printed above its text under the sender,
    the place and date and the addressees ("OGGETTO: D.L. 16 luglio 2020 ..."): the
    writer's own name for what the letter is about, so it is its title. Only before the
    letter's first paragraph: the lines between (the addressees) are short."""
    end = min(len(blocks) - 1, body_start + SUBJECT_AFTER_BODY + 1)
    for i in range(end):
        block = blocks[i]
        if i >= body_start and R.words(block.text) > SUBJECT_ADDRESS_WORDS:
            return None
        if block.label is None and _SUBJECT.match(block.text) and R.words(block.text) >= 4:
            return i
        if block.label is None and _notice_headline(block.text):
            return i
    return None


def _notice_headline(text: str) -> bool:
    """A handling notice run into the release's headline ("For Immediate Release: ...")."""
    found = _NOTICE_HEADLINE.match(text)
    if found is None:
        return False
    headline = found.group(1)
    return (
        HEADLINE_MIN_NOTICE_WORDS <= R.words(headline, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
        and not P.ends_sentence(headline)
        and find_date(headline) is None
    )


def _plain(text: str) -> str:
    """A title's words alone: a library catalogue re-punctuates the printed title
    ("... of the United Nations : requests under ..."), its words stay."""
    return " ".join(re.sub(r"[\W_]+", " ", text).split()).lower()


def _choose_title(
    blocks: list[Block],
    body_start: int,
    hint: str = "",
    crumb: str = "",
    authoritative: bool = True,
) -> int | None:
    """The title's block (see ``_pick_title``), from its first printed line."""
    at = _pick_title(blocks, body_start, hint, crumb, authoritative)
    if at is not None and at > 0 and kind_over_subject(blocks[at - 1].text, blocks[at].text):
        return at - 1  # "AGREEMENT" / "ON SECURITY COOPERATION ..." (act_kind_lines)
    if at is not None and not hint and _title_goes_on_from_above(blocks, at):
        return at - 1
    if at is not None and not hint and _dangles_into(blocks, at):
        return at - 1
    if at is None and not hint:
        # A cover's name in capitals over a few short lines, none title-shaped alone
        # ("MINUTES OF" / "MONETARY POLICY" / "COMMITTEE MEETING"): stacked_titles.
        stacked = stacked_caps_title(blocks, body_start, _stack_line_fits)
        if stacked is not None:
            return stacked
        # "Pilotage rules" alone over the text: a two-word name (short_titles).
        return short_title_over_body(blocks, body_start, _short_title_fits, _under_headline)
    return at


def _under_headline(text: str) -> bool:
    """A line a page sets between its headline and its text, saying nothing of either:
    a handling notice, a control's label ("Share", "Print"), the day alone."""
    return is_handling_notice(text) or R.is_control_label(text) or R.is_date_line(text)


def _short_title_fits(text: str) -> bool:
    """Whether a two-word line may be a text's name: no head furniture (``_stack_line_fits``),
    no paper's kind ("Press Release"), and a title's shape but for its length."""
    return (
        _stack_line_fits(text)
        and not is_genre_label(text)
        and _title_shaped_text(text, min_words=2)
    )


def _stack_line_fits(text: str) -> bool:
    """Whether a short line in capitals may be one of a cover title's lines: not a date,
    a symbol, a letterhead's name, a menu's item or page furniture."""
    return not (
        R.is_date_line(text)
        or R.is_month_year_line(text)
        or R.is_symbol(text)
        or R.is_boilerplate(text)
        or is_masthead(text)
        or is_institution_name(text)
        or is_navigation(text)
        or R.is_control_label(text)
        or is_site_banner(text)
        or names_site_section(text)
        or is_handling_notice(text)
        or _furniture_line(text)
    )


DANGLING_START_MAX_WORDS = 12


def _dangles_into(blocks: list[Block], at: int) -> bool:
    """The title's first line is the one above it when that line stops on "of the", "for",
    "de": no title, heading or name ends on a function word, so it runs on into the line
    picked ("Minutes of the Meeting of the" / "Monetary Policy Committee", each in its own
    type on a PDF's cover)."""
    if at == 0:
        return False
    above = blocks[at - 1]
    text = above.text.strip()
    if not text or "\n" in text or above.label is not None or above.style == "table":
        return False
    last = text.split()[-1].lower()
    return (
        last in P.FUNCTION_WORDS
        and R.words(text, DANGLING_START_MAX_WORDS + 1) <= DANGLING_START_MAX_WORDS
        and not _furniture_line(text)
        and not R.is_prose(above)
    )


WRAPPED_START_MAX_WORDS = 8


def _title_goes_on_from_above(blocks: list[Block], at: int) -> bool:
    """A title set in capitals (or headline case) and broken over two lines, picked by its
    second line ("AUSTRALIA WELCOMES" / "NEW TRADE AGREEMENT WITH EXAMPLIA", right over
    the date): the first line has the same case, runs into it with no blank line, and
    the two are set apart from what is above. A letterhead's lines run on from each
    other (an issuer's name, its address), a category or a symbol has its own shape.
    Only in hard-wrapped text, where a long line is broken: a page copied from a browser
    prints each heading on one line."""
    if at == 0 or blocks[at].blank_before or blocks[at].style or blocks[at - 1].style:
        return False
    above, line = blocks[at - 1], blocks[at]
    if not (above.blank_before or at - 1 == 0) or above.label is not None:
        return False
    if not any(b.line_count > 1 for b in blocks):
        return False
    text = above.text.strip()
    same_case = (text.isupper() and line.text.isupper()) or (
        _headline_case(text) and _headline_case(line.text)
    )
    return (
        same_case
        and "\n" not in text
        and R.words(text, WRAPPED_START_MAX_WORDS + 1) <= WRAPPED_START_MAX_WORDS
        and not re.search(r"[.;,:!?]$", text)
        and not is_masthead(text)
        and not R._ORGANISATION.search(text)
        and not _furniture_line(text)
    )


# A section's number opening a line set in the title's type ("1.Cooperation with treaty
# bodies", "II. Background"): a PDF's largest type on a page with no styled title above
# it; a release's title is never numbered as a section (an act's "80/12." is its own).
_SECTION_NUMBER = lazy(r"^\s*(?:\d{1,2}|[IVX]{1,5})\.\s*[A-Z]")


# A mark that opens a list's entry or a menu's item, as a page copied as text keeps it,
# where the labeller takes no bullet ("+ Service", "* Presse", "☆ Topics"); "#Item" glued
# to its word is a menu's too (a Markdown heading's hash is followed by a space, and
# stays a heading).
LIST_MARK = lazy(r"^\s*(?:[+*☆★]\s+|#(?=[^\W\d_]))")
_BULLET_MARK = lazy(r"^\s*[•▪◦‣●■□➢➤✓]")


def _pick_title(
    blocks: list[Block],
    body_start: int,
    hint: str = "",
    crumb: str = "",
    authoritative: bool = True,
) -> int | None:
    """The title: a styled title; else the line the file's metadata names; else a
    heading-shaped line that the page repeats (its breadcrumb); else the line printed
    right before the dateline or document symbol (where issuers put it); else the first
    heading-shaped line of four words or more."""
    # "79/237. Open-ended working group on ...": an adopted act prints its own number and
    # title on one line; the cover's largest type above it names the agenda item.
    # (A title the file states as written still wins: see below.)
    for i in range(body_start if not (hint and authoritative) else 0):
        if R.RESOLUTION_NUMBER.match(blocks[i].text) and _title_shaped(blocks[i]):
            return i
    above_notice = _over_delivery_notice(blocks, body_start)
    if above_notice is not None and not (hint and authoritative):
        return above_notice
    # "PRESS RELEASE" printed at the paper's head: the headline is the title line under
    # it; the letterhead above it, though set in the largest type, is not (genre_labels).
    # Only on a paper whose type sizes were read (a PDF, a Word file): a web page copied
    # as text prints its section's name over the headline among menus and stamps, and
    # its title is found as a page's (repeated in the browser's title, under the trail).
    typeset = any(b.style for b in blocks[:body_start])
    if typeset and not (hint and authoritative):
        by_label = title_by_genre_label(
            [b.text for b in blocks[:body_start]],
            body_start,
            lambda i: (
                _title_shaped(blocks[i])
                and not is_masthead(blocks[i].text)
                # (a point of the summary under the headline: "• 9.2 million visited ...")
                and not LIST_MARK.match(blocks[i].text)
                and not _BULLET_MARK.match(blocks[i].text)
                and (blocks[i].label is None or not blocks[i].label.family.startswith("bullet"))
            ),
            lambda i: _headline_over_label(blocks[i], i),
            lambda i: blocks[i].style == "title",
        )
        if by_label is not None:
            return by_label
    # (A gazette's masthead is set in the largest type on the page; its act's title is
    # under it: gazette_heads.)
    gazette_end = masthead_end([b.text for b in blocks[:body_start]])
    for i in range(body_start):
        if blocks[i].style == "title" or blocks[i].style == "heading1":
            if gazette_end is not None and i <= gazette_end:
                continue
            if _SECTION_NUMBER.match(blocks[i].text):
                continue  # "1.Cooperation with treaty bodies": a section's, in big type
            if _ACT_PART.match(blocks[i].text):
                continue  # "EXPOSE DES MOTIFS": a bill's part, in big type
            if is_masthead(blocks[i].text):
                continue  # "Central Bank of Example": the letterhead, in big type
            if is_court_caption(blocks[i].text):
                continue  # "FOR THE TENTH CIRCUIT": a court paper's caption, in big type
            if blocks[i].text.rstrip().endswith(","):
                # "KEPALA BADAN ...,", "PRESIDEN REPUBLIK INDONESIA,": who enacts the act,
                # set in big type over its preamble; no title ends on a comma.
                continue
            return i
    # A line naming a record and its day that a line above ends on (the page's trail,
    # "Você está aqui: ... > DOUInforme 29.05.2019" over "DOUInforme 29.05.2019"): the
    # page's title, repeated, though it has a date line's shape.
    repeats_dated = _repeated_dated_title(blocks, body_start)
    if repeats_dated is not None and not (hint and authoritative):
        return repeats_dated
    subject = _subject_line(blocks, body_start)
    if subject is None:
        subject = subject_under_kind(blocks, body_start)  # "У К А З" ... "О ..." (act_heads)
    if subject is not None and not (hint and authoritative):
        return subject
    # An act's numbered title line saying the metadata's title is the title, though the
    # cover's agenda item above it may print the same words first.
    plain = _plain(R.RESOLUTION_NUMBER.sub("", hint))
    if plain:
        for i in range(min(body_start + 1, len(blocks))):
            if not R.RESOLUTION_NUMBER.match(blocks[i].text):
                continue
            printed = _plain(R.RESOLUTION_NUMBER.sub("", blocks[i].text))
            if printed == plain or (R.words(printed) >= 3 and plain.startswith(printed + " ")):
                return i
    hint = R._norm(R.RESOLUTION_NUMBER.sub("", hint))
    if hint:
        for i in range(min(body_start + 1, len(blocks))):
            norm = R._norm(R.RESOLUTION_NUMBER.sub("", blocks[i].text))
            if norm == hint or (R.words(norm) >= 3 and hint.startswith(norm)):
                return i
        if authoritative:
            # The file names its title and does not print it: another line would be a guess.
            return None
    if (
        body_start > 0
        and R.is_prose(blocks[body_start - 1])
        and _title_read_as_prose(blocks, body_start - 1)
    ):
        return body_start - 1  # a title read as the first paragraph, given back to the head
    if (
        body_start > 2
        and _dated_below(blocks, body_start - 3) == body_start - 1
        and R.is_prose(blocks[body_start - 3])
        and _title_read_as_prose(blocks, body_start - 3)
    ):
        return body_start - 3  # given back with its deck and dateline: the headline
    drafted = title_after_draft_line(blocks, body_start)
    if drafted is not None and not _furniture_line(blocks[drafted].text):
        return drafted  # "Draft resolution" / "Diplomatic protection" (draft_titles)
    reported = title_above_report_line(blocks, body_start)
    if reported is not None and not _furniture_line(blocks[reported].text):
        return reported  # "Budget performance ..." / "Report of the ..." (draft_titles)
    candidates = [i for i in range(body_start) if _title_shaped(blocks[i])]
    # The text's first sentence broken over lines (``_opens_wrapped_sentence``) is no
    # title: when the page lost its title, none is better than its first words.
    candidates = [i for i in candidates if not _opens_wrapped_sentence(blocks, i)]
    # An issuer's name printed as a letterhead ("Bank of Thailand", "Ministry of Foreign
    # Affairs") heads the page, it does not title the release: another line does.
    # (With nothing else, the letterhead is still no title: it names who speaks, never
    # what the release says; no title is better than the issuer's name.)
    candidates = [i for i in candidates if not is_masthead(blocks[i].text)]
    # (An official journal's name over the act it publishes: gazette_names.)
    candidates = [i for i in candidates if not is_journal_name(blocks[i].text)]
    candidates = _below_letterhead(blocks, candidates, body_start)
    # An official gazette's masthead ends on "(Published by Authority)"; the act's title
    # is printed under it, never in it (gazette_heads).
    candidates = below_masthead([b.text for b in blocks[:body_start]], candidates)
    # "CONCIUDADANOS DEL SENADO Y" / "DE LA CAMARA DE DIPUTADOS:": a line running on
    # into a colon leads into what follows (an address to the audience, a field's label),
    # as a line ending on one does (``_title_shaped``); a title does not end so.
    candidates = [i for i in candidates if not _leads_in(blocks, i, body_start)] or candidates
    # A page copied from a browser opens with its menus: runs of short lines, where a
    # title-shaped item ("Economic and Social Council") may even repeat. Menus are
    # never the title when something else can be.
    menus = R._menu_runs(blocks, 0, body_start, SITE_MENU_RUN)
    outside = [i for i in candidates if i not in menus]
    candidates = outside or candidates
    # (Above a site's short menu, "Homepage" / "Mail" / "Suche", stand its name and emblem.)
    header_end = site_header_end(blocks, body_start)
    if header_end is not None:
        candidates = [i for i in candidates if i > header_end] or candidates
    # A trail printed one step a line ("Home /" / "Press Service /" / ...): the page's
    # name, its headline, comes after the last step (crumb_trails.stacked_trail_end).
    trail_end = stacked_trail_end([b.text for b in blocks[:body_start]])
    if trail_end is not None:
        candidates = [i for i in candidates if i > trail_end] or candidates
    # A title is printed on its own, never as one point of a bulleted list (nor as an
    # entry a list mark opens that the labeller did not take: "☆ Covid-19: ...", "+ Service").
    # When every candidate is one, the page's title is none of them: no title is better
    # than a menu's item.
    unlisted = [
        i
        for i in candidates
        if (blocks[i].label is None or not blocks[i].label.family.startswith("bullet"))
        and not LIST_MARK.match(blocks[i].text)
    ]
    candidates = unlisted
    # "Work Package 23 | Lead: High Representative (ODA)": fields set side by side, one
    # named ("Lead:"), describe the document; its title is a line of its own.
    unfielded = [i for i in candidates if not _field_line(blocks[i].text)]
    if candidates and not unfielded and _names_fields(blocks, candidates[0]):
        return candidates[0] - 1  # "Disarmament" over "Work Package 23 | Lead: ..."
    candidates = unfielded or candidates
    # "Los Angeles, California" over "Friday, March 30, 1979": the dateline's place, set
    # on its own line over the date; it says where, not what.
    candidates = [i for i in candidates if not _place_over_date(blocks, i)] or candidates
    if not candidates:
        # Nothing else in the head can be the title: a line naming the record and the
        # day it records ("CONSIGLIO DEI MINISTRI – 15 GIUGNO 2023") is.
        return next((i for i in range(body_start) if _dated_title(blocks[i])), None)
    if _site_blurbs(blocks, candidates, body_start):
        return None
    # "Working Group on the Universal Periodic Review" over "Seventh session": a UN
    # cover names the body meeting, then its session; the title comes after that block.
    # (Text without blank lines, ``pdftotext -raw``, runs the two into one block.)
    organs = {
        i
        for i in candidates
        if (i + 1 < len(blocks) and _SESSION_LINE.match(blocks[i + 1].text))
        or ("\n" in blocks[i].text and _SESSION_LINE.match(blocks[i].text.rsplit("\n", 1)[1]))
        or bool(_SESSION_TAIL.search(blocks[i].text))
    }
    candidates = [i for i in candidates if i not in organs] or candidates
    # A breadcrumb on one line ("ホーム > 知事記者会見録 > <the page>"): its inner steps
    # name the site's sections, its last step the page, whose title the line repeating
    # it is (crumb_trails).
    steps = trail_steps([b.text for b in blocks[:body_start]])
    if steps:
        inner = set(steps[1:-1])
        candidates = [i for i in candidates if R._norm(blocks[i].text) not in inner] or candidates
        # (The trail itself, "Accueil > News > <the page>", is navigation, never the title.)
        candidates = [i for i in candidates if not trail_steps([blocks[i].text])] or candidates
        own = [i for i in candidates if R._norm(blocks[i].text) == steps[-1]]
        if own:
            return own[-1]

    # "80/12. Objective information on ...": resolutions print their number and title
    # on one line, under the symbol and the adoption line.
    numbered = [i for i in candidates if R.RESOLUTION_NUMBER.match(blocks[i].text)]
    if numbered:
        return numbered[0]
    # "79/286." alone on its line, the title on the next: text taken from a PDF keeps the
    # number in its own column, so the number is printed apart from the title it heads
    # (the agenda item's name above it is the session's business, not the title).
    after_number = [i for i in candidates if i > 0 and R._LONE_ACT_NUMBER.match(blocks[i - 1].text)]
    if after_number:
        return after_number[0]
    # "Armenia, China and Norway: draft resolution" over "The right of ...": a draft
    # names its sponsors and what it is on one line, its title on the next.
    after_sponsors = [
        i for i in candidates if i > 0 and R._SPONSORS_LINE.search(blocks[i - 1].text)
    ]
    if after_sponsors:
        return after_sponsors[0]
    # "Transcript of doorstop interview, Jakarta", "Joint press conference with ...": a
    # transcript names itself, above the speaker's name and office.
    named = [i for i in candidates if _TRANSCRIPT_TITLE.match(blocks[i].text)]
    if named:
        # A headline printed over its date comes first; a summary under the date that
        # calls the paper a press conference restates it ("Pre-ministerial press
        # conference" / date / "Press conference by the Secretary General ahead of ...").
        dated = [i for i in candidates if i < named[0] and _over_date(blocks, i, body_start)]
        return dated[0] if dated else named[0]
    # (A bulleted topic repeated as its section's heading is no title the page repeats.)
    unbulleted = [
        i
        for i in candidates
        if blocks[i].label is None or not blocks[i].label.family.startswith("bullet")
    ]
    counts = Counter(R._norm(blocks[i].text) for i in unbulleted)
    if crumb:
        counts[crumb] += 1
    repeated = [i for i in unbulleted if counts[R._norm(blocks[i].text)] > 1]
    if repeated:
        return repeated[-1]
    stamped = _under_stamp(blocks, candidates, body_start)
    if stamped is not None:
        return stamped
    for i in candidates:
        if _over_date(blocks, i, body_start):
            # "MINISTERO DELLA SALUTE" / "ORDINANZA 22 ottobre 2021": the line under the
            # issuer is the act's kind and date, its name, not a dateline (title_datelines).
            if i + 1 < body_start and is_dated_act_name(blocks[i + 1].text.strip()):
                return i + 1
            return i - 1 if _deck_under(blocks, candidates, i) else i
    return _first_heading_shaped(blocks, candidates)


# A letterhead names its office in a few words; a headline opening on the office's name
# ("MINISTRY OF LAW SETS UP NEW WILLS REGISTRY") runs on with what it did.
LETTERHEAD_MAX_WORDS = 5


def _headline_over_label(block: Block, i: int) -> bool:
    """Whether ``block``, printed right over the paper's kind label, is its headline: a
    title's shape, first on the page or in the title's type, and no bare office name."""
    if not _title_shaped(block) or not (i == 0 or block.style == "title"):
        return False
    return not is_masthead(block.text) or R.words(block.text) > LETTERHEAD_MAX_WORDS


def _first_heading_shaped(blocks: list[Block], candidates: list[int]) -> int | None:
    """The last resort: the first heading-shaped line of four words or more, past the
    banners a site sets over its pages (site_prompts). A site's section named there
    ("外務省・新着情報", "News & Events") says the head is the site's menu, the page's own
    title lost: no title is better than the next line, a heading of the text."""
    banners = _banner_lines(blocks, candidates)
    candidates = [i for i in candidates if i not in banners]
    if not candidates:
        return None  # (the site's sign-in form, nothing else: the page's title was lost)
    # (A teaser's or project's name among a site's menu entries: menu_headlines.)
    candidates = [
        i for i in candidates if not set_in_menu(blocks, i, R.is_date_line, R.words)
    ] or candidates
    long_enough = [i for i in candidates if R.words(blocks[i].text) >= 4]
    first = (long_enough or candidates)[0]
    return None if names_site_section(blocks[first].text) else first


def _banner_lines(blocks: list[Block], candidates: list[int]) -> set[int]:
    """The site's banners among the candidates, with the lines set under each with no
    blank line between: the sign-in form's fields and options ("Already have an account?
    Log in" / "Select occupation" / "Media (journalist, blogger)")."""
    banner: set[int] = set()
    if not candidates:
        return banner
    for i in range(candidates[-1] + 1):
        if is_site_banner(blocks[i].text) or (i - 1 in banner and not blocks[i].blank_before):
            banner.add(i)
    return banner


# What may stand between a record's name and the day it names, or before the name: a
# separator, a preposition or article ("Regierungspressekonferenz vom 28. Februar 2020",
# "Pressemøde den 14. august 2019", "Consiglio del 3 marzo"). A comma after a name is a
# dateline's ("Schengen, 3. Juli 2018"): a place, never a title.
_DATE_LEADS = frozenset(
    "of on dated de du del des vom am il dal em van den från fra dnia ze dne".split()
)
_NOT_A_NAME = lazy(
    r"(?i)\b(?:date|dated|updated|published|posted|publi|actuali|atuali|pubblicat|aggiornat|"
    r"veröffentlicht|aktualisiert|stand|as of)|[:/>|]|\d"
)
# A weekday's name before the date is a stamp's ("Miércoles 1 Julio 2015", "Donnerstag,
# 3. März"), in the languages releases are printed in.
_WEEKDAY = lazy(rf"(?i)\b(?:{WEEKDAY_NAMES})\b")
DATED_TITLE_NAME_MIN_CHARS = 10


def _dated_title(block: Block) -> bool:
    """A line that names a record and the day it records, and nothing else: a name of two
    words or more, or one long compound ("DOUInforme", "Pressemøde"), then the date at
    the line's end ("CONSIGLIO DEI MINISTRI – 15 GIUGNO 2023", "Regierungspressekonferenz
    vom 28. Februar 2020"). A place's dateline sets a comma after the place; a stamp
    prints a time, a weekday's name beside a time, or a label ("Published")."""
    text = block.text.strip()
    if block.line_count > 1 or block.label is not None or "\n" in text:
        return False
    found = find_date(text)
    if found is None or text[found.end :].strip(" .") or found.start == 0:
        return False
    name = text[: found.start].rstrip()
    if name.endswith(","):
        return False
    dashed = bool(re.search(r"\s[-–—]$", name))
    words = re.sub(r"[-–—]+", " ", name).split()
    while words and words[-1].lower() in _DATE_LEADS:
        words.pop()
    joined = " ".join(words)
    if not words or _NOT_A_NAME.search(joined) or _WEEKDAY.search(joined) or words[0][:1].islower():
        return False
    if dashed:
        # ("Examplia City – 3 March 2015": minutes set their place so, with a dash; a
        # record's name runs longer, "CONSIGLIO DEI MINISTRI – 15 GIUGNO 2023".)
        return len(words) >= 3
    return len(words) >= 2 or len(words[0]) >= DATED_TITLE_NAME_MIN_CHARS


def _repeated_dated_title(blocks: list[Block], body_start: int) -> int | None:
    dated = [i for i in range(1, body_start) if _dated_title(blocks[i])]
    for i in dated:
        norm = R._norm(blocks[i].text)
        for j in range(i):
            above = R._norm(blocks[j].text)
            if above != norm and above.endswith(" " + norm):
                return i
    return None


STAMP_MAX_WORDS = 6


def _under_stamp(blocks: list[Block], candidates: list[int], body_start: int) -> int | None:
    """The headline a web page sets between its publication stamp and its text: the
    last line of the head, right under a line that is only a date (perhaps with its
    time: "2022-04-21 às 14h20", "7. 2. 2024 19:56", "21.01.2022"). A site prints its
    section's name or a kicker over the stamp and the headline under it. When the line
    over the stamp could be a title too, the page may set the title over its date and a
    deck under it (``_over_date``); the line under the stamp is then the headline only
    if it names the stamp's own day ("Comunicado do Conselho de Ministros de 21 de abril
    de 2022" under "2022-04-21 às 14h20"): a record titled by the day it was issued."""
    if not candidates:
        return None
    i = candidates[-1]
    if i != body_start - 1 or i == 0 or blocks[i].style or blocks[i].line_count > 1:
        return None
    stamp = blocks[i - 1]
    text = stamp.text.strip()
    if stamp.line_count > 1 or stamp.label is not None or not text:
        return None
    if R.words(text, STAMP_MAX_WORDS + 1) > STAMP_MAX_WORDS or not R.is_date_line(text):
        return None
    if R._is_dateline_with_issuer(text):
        return None  # ("Schengen, 3. Juli 2018": a place's dateline, not a page's stamp)
    # A board's fields ("작성일" / "2031-04-02" / "주관부서 : 대변인실"): the value of a
    # field and the next field, not a stamp and a headline (board_fields).
    if field_lines([b.text for b in blocks[max(0, i - 2) : i + 1]]):
        return None
    over = i - 2
    while over >= 0 and R.is_date_line(blocks[over].text):
        over -= 1  # (the stamp printed twice, as a page's date and its heading's)
    if over >= 0 and over in candidates:
        day, named = find_date(text), find_date(blocks[i].text)
        if day is None or named is None or day.iso() != named.iso():
            return None
    return i


def _over_date(blocks: list[Block], i: int, body_start: int) -> bool:
    """Whether the next line of the head under block ``i`` (boilerplate aside) is a date
    line or a dateline: where issuers print the title."""
    after = next(
        (
            j
            for j in range(i + 1, body_start)
            if blocks[j].text.strip() and not R.is_boilerplate(blocks[j].text)
        ),
        None,
    )
    return after is not None and (
        R.is_date_line(blocks[after].text) or R._is_dateline_with_issuer(blocks[after].text)
    )


SITE_BLURB_RUN = 4  # a title has a kicker above it and a deck under it, no more


def _site_blurbs(blocks: list[Block], candidates: list[int], body_start: int) -> bool:
    """Every title-shaped line of the head is one of a run of four or more, one after
    another, with no date line anywhere in the head: the phrases a site's menus print
    under their sections ("Our monetary policy strategy, the tools we use ..." /
    "Insights into our work on financial stability ..." / "All you need to know about
    our common currency"), copied above a text whose own title and date were lost. A
    release's head sets its title apart from the lines around it (a date, an issuer,
    a symbol); a run of look-alike lines is a list, and none of them names the text."""
    if len(candidates) < SITE_BLURB_RUN:
        return False
    if candidates != list(range(candidates[0], candidates[0] + len(candidates))):
        return False
    # (A cover's title in capitals, or in headline case, is set over several lines;
    # menus describe their sections in a sentence's case.)
    if any(
        blocks[i].style
        or blocks[i].label is not None
        or blocks[i].text.isupper()
        or _headline_case(blocks[i].text)
        # (A table's rows repeat a label over figures: rows, not a menu's phrases.)
        or bool(re.search(r"\d|\s{3,}|\t", blocks[i].text))
        for i in candidates
    ):
        return False
    return not any(_is_dateline(blocks[i].text) for i in range(body_start))


SENTENCE_WRAPS = 4  # lines a first sentence broken at its links and bold words runs over


def _opens_wrapped_sentence(blocks: list[Block], i: int) -> bool:
    """Block ``i`` opens a sentence that goes on, with no blank line, in lines starting
    in lower case, the last ending on a point ("On 16 June 2014 the Board decided to
    maintain" / "the key rate" / "at 7.5 percent per annum."): a page copied from a
    browser breaks its first sentence where a link or a bold phrase began, and a title
    broken so would not end on a full stop. (Acts' titles set in capitals, or under
    their number, run on in lower case too, and end without one.)"""
    block = blocks[i]
    # (One line only: the break at a link is a page copy's; hard-wrapped text's lines
    # are joined, or not, by ``segment``.)
    if block.style or block.label is not None or block.text.isupper() or block.line_count > 1:
        return False
    if R.RESOLUTION_NUMBER.match(block.text) or P.ends_sentence(block.text):
        return False
    for j in range(i + 1, min(len(blocks), i + 1 + SENTENCE_WRAPS)):
        nxt = blocks[j]
        if nxt.blank_before or nxt.label is not None or nxt.style or not nxt.text[:1].islower():
            return False
        if P.ends_sentence(nxt.text.split("\n", 1)[0]):
            return True
    return False


LEAD_IN_WRAPS = 2  # lines a salutation or a label runs over before its colon


def _leads_in(blocks: list[Block], i: int, body_start: int) -> bool:
    j = i
    while j + 1 < body_start and j - i < LEAD_IN_WRAPS and not blocks[j + 1].blank_before:
        j += 1
        if blocks[j].text.rstrip().endswith((":", "：")):
            return not P.ends_sentence(blocks[j - 1].text)
    return False


_NAMED_BY_SPEAKER = lazy(
    r"^\W*(?:joint\s+)?(?:statement|message|address|remarks|speech|declaration)\s+(?:by|of|from)\b",
    re.I,
)


def _below_letterhead(blocks: list[Block], candidates: list[int], body_start: int) -> list[int]:
    """The candidates left once an office's letterhead is set aside: the office-holder's
    name and office, a letter-spaced masthead, contact fields (``issuer_lines``) are the
    same on every release the office issues, never its title. The letterhead is one
    block at the top of the page: a line among or above its lines (an address, a
    telephone number run together with the office) is part of it, and the title is
    printed under it, right over the text."""
    issuers = [i for i in range(body_start) if is_issuer_line(blocks[i].text)]
    # A site's menu bar ("Home  About  Media Centre") is printed over the page's own
    # head in the same way: what is above it is the site's, not the release's.
    menus = [i for i in range(body_start) if is_menu_bar(blocks[i].text)]
    # (Minutes list who attended where a release prints its title: names, never it.)
    filed = {
        i
        for i in candidates
        if is_filing_fields(blocks[i].text)
        or is_people_list(blocks[i].text)
        # (Names set over two lines, "R Example, ML Sample" over "DH Writer (Secretary),
        # AL Other (Deputy Secretary)": a list of names at both ends.)
        or (
            "," in blocks[i].text
            and i + 1 < body_start
            and is_people_list(f"{blocks[i].text}, {blocks[i + 1].text}")
        )
    }
    kept = [i for i in candidates if i not in issuers and i not in filed and i not in menus]
    if not issuers and not menus:
        return kept if filed else candidates
    below = [i for i in kept if i > max(issuers + menus)]
    if issuers and not any(
        _headline_case(blocks[i].text) and not find_date(blocks[i].text) for i in below
    ):
        # A speech's title over its speaker and office ("Con Example - Shadow Minister
        # for Immigration") over the occasion and date ("Address - Brisbane - 30 March
        # 2000"): the name line under a headline is a byline, not a letterhead, when
        # nothing under it reads as a headline (only where and when, and the text).
        above = [
            i
            for i in kept
            if i < min(issuers)
            and _headline_case(blocks[i].text)
            and R.words(blocks[i].text) >= 4
            # ("Example Party Press Releases": the letterhead's kind of paper.)
            and not _KIND_OF_PAPER.search(blocks[i].text)
        ]
        if above:
            return above
    # No other line: an office's name is still no title (the file may print none), but a
    # statement named by its speaker alone ("STATEMENT BY THE PRIME MINISTER, THE HON
    # ... MP" over its text) is titled so.
    named = [i for i in candidates if _NAMED_BY_SPEAKER.match(blocks[i].text)]
    return below or kept or named[:1]


DECK_HEADLINE_MIN_WORDS = 4  # a kicker over a title is shorter ("Press release")


def _deck_under(blocks: list[Block], candidates: list[int], i: int) -> bool:
    """Block ``i``, right over the dateline, is the deck of a headline printed over it:
    news pages set headline, deck and date one line each ("외교부 “...”" / "대변인 “...”"
    / "2017.05.11 외교부"). The line above is a headline of its own length; a kicker
    over a title is a few words naming a category or a series."""
    above = i - 1
    return (
        above in candidates
        and blocks[above].line_count == 1
        and blocks[i].line_count == 1
        and blocks[i].blank_before > 0
        and R.words(blocks[above].text) >= DECK_HEADLINE_MIN_WORDS
        and R.words(blocks[i].text) >= DECK_HEADLINE_MIN_WORDS
        and _same_shape(blocks[above].text, blocks[i].text)
        # A headline is one sentence; a line holding two is a blurb over it (a quote of
        # the day, a teaser), whatever its case.
        and not _SENTENCE_INSIDE.search(blocks[above].text)
    )


# A sentence ending inside a line and another starting ("qualité. Certaines"): a word in
# small letters before the stop, so "U.S. Announces" is none.
_SENTENCE_INSIDE = lazy(r"(?<![\w.])[a-zà-ÿ][^\W\d_]{2,}[.!?][”\"»’]?\s+[“\"«‘]?[A-ZÀ-Ý]")


def _same_shape(a: str, b: str) -> bool:
    """Two headline lines set alike: both quoting a speaker, or both in the same case."""
    quotes = "“”\"'‘’「」"
    quoted = any(q in a for q in quotes) and any(q in b for q in quotes)
    return quoted or (a.isupper() == b.isupper() and _headline_case(a) == _headline_case(b))


# Lines a site prints around every page: never a release's title.
_NAVIGATION = lazy(
    r"^(?:other (?:available )?languages?|available (?:languages|in)\b|you are here\b"
    r"|select (?:a )?language|language selection|change language|skip to\b|"
    r"jump to\b|back to\b|read more\b|related (?:news|articles|documents)\b|more from\b"
    # A site's greeting over every page: "Welcome to the website of ...".
    r"|welcome to\b|willkommen auf\b|"
    # A site telling the reader how to use it: a search form's help, a link's prompt.
    r"please fill in\b|click here\b|use the search\b|dans cet espace vous pouvez\b|"
    r"en este espacio (?:puede|usted)\b|hier können sie\b|"
    r"bienvenue sur\b|bienvenid[oa]s? a (?:la|el|los)\b)",
    re.I,
)


# A site's search form, copied with the page: its label alone on a line.
_SEARCH_FORM = lazy(
    r"^(?:(?:advanced )?search|recherche(?: avancée)?|búsqueda(?: avanzada)?|"
    r"(?:erweiterte )?suche|ricerca(?: avanzata)?|pesquisa(?: avançada)?|"
    r"tìm kiếm(?: nâng cao)?|поиск|расширенный поиск|بحث(?: متقدم)?)\s*$",
    re.I,
)


# An accessible site's first link, "Skip to main content", in the site's language: every
# page of every such site prints it, alone on its line, above the menus; no release says
# only that.
_SKIP_LINK = lazy(
    r"^(?:(?:pular|saltar|ir|passar|avançar) (?:para|al|a|ao) (?:o |el )?"
    r"(?:conte[uú]do|contenido)|(?:aller|passer|accéder) (?:directement )?au contenu|"
    r"(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?|"
    r"(?:vai|passa|salta|vai direttamente) al contenuto|"
    r"перейти к (?:основному )?(?:содержанию|содержимому|контенту)|"
    r"(?:الانتقال|انتقل) إلى المحتوى(?: الرئيسي)?|"
    r"跳(?:转)?(?:到|至)(?:主要)?(?:内容|正文)|本文へ(?:スキップ|移動|ジャンプ))"
    r"(?:\s+(?:principal|principale|main))?\s*[.»›>]?$",
    re.I,
)


def is_navigation(text: str) -> bool:
    text = R._LEADING_BULLET.sub("", text.strip())
    return bool(
        _NAVIGATION.match(text) or _SEARCH_FORM.match(text) or _SKIP_LINK.match(text)
    ) or _arrow_trail(text)


# A site's own menu words, one a line, in the languages sites are written in: where the
# site's header ends (its name and emblem above them, the page's title below).
_MENU_WORDS = HOME_WORDS | frozenset(
    {
        "homepage", "sitemap", "site map", "kontakt", "contact", "contacts", "contactos",
        "contatti", "mail", "e-mail", "email", "search", "suche", "recherche", "búsqueda",
        "ricerca",
    }
)  # fmt: skip
SITE_NAV_MIN = 2  # menu lines: one alone may be a field's label


def site_header_end(blocks: list[Block], body_start: int) -> int | None:
    """The last line of a site's header copied above the page: a run of its menu words
    ("Homepage" / "Mail" / "Suche") at least SITE_NAV_MIN long, the lines above it being
    the site's name and emblem. None when the head shows no such menu."""
    nav = [
        i
        for i in range(body_start)
        if R._norm(blocks[i].text) in _MENU_WORDS or is_navigation(blocks[i].text)
    ]
    if len(nav) < SITE_NAV_MIN or nav[-1] - nav[-SITE_NAV_MIN] > SITE_NAV_MIN:
        return None
    return nav[-1]


# "Home → News → Press releases", "Start › Aktuelles › Reden": the steps of a breadcrumb
# joined by arrows. Arrows never join the words of a sentence or a headline, and a trail
# has three steps at least (two names with one arrow may be a title's "A → B").
_ARROWS = lazy(r"[→›»▸▶]|\s>\s")  # (no \s* around: linear on long blank runs)
TRAIL_MIN_STEPS = 3
TRAIL_STEP_MAX_WORDS = 5


def _arrow_trail(text: str) -> bool:
    steps = [s for s in _ARROWS.split(text) if s.strip()]
    return len(steps) >= TRAIL_MIN_STEPS and all(
        R.words(s, TRAIL_STEP_MAX_WORDS + 1) <= TRAIL_STEP_MAX_WORDS for s in steps
    )


# A menu bar copied from a page: entries side by side, apart by runs of spaces or tabs
# ("Home     Subscribe    Contact   English"), the gap and entry length web_chrome reads
# menu bars by. A title's words are set one space apart.


# A menu bar copied with its bars: "Home|News|Photos|Opinion|Sports", "首页|新闻|图片|评论".
# A browser title joins a headline and the site's name with one bar; four short names or
# more in a row, apart by bars, are the site's sections.
BAR_MENU_MIN_ENTRIES = 4
BAR_ENTRY_MAX_WORDS = 3


def _bar_menu(line: str) -> bool:
    if line.count("|") < BAR_MENU_MIN_ENTRIES - 1:
        return False
    # (A bar may open and close the row, "| Home | News | ... |": the ends are no entry.)
    entries = [e.strip() for e in line.strip().strip("|").split("|")]
    return len(entries) >= BAR_MENU_MIN_ENTRIES and all(
        e
        and R.words(e, BAR_ENTRY_MAX_WORDS + 1) <= BAR_ENTRY_MAX_WORDS
        and not any(ch.isdigit() for ch in e)
        for e in entries
    )


def _menu_row(text: str) -> bool:
    for line in text.splitlines():
        if _bar_menu(line):
            return True
        entries = WIDE_GAP.split(line.strip())
        # (A table's row has figures in its cells: "Core inflation      2.4"; menus name.)
        if len(entries) >= 2 and all(
            R.words(e, MENU_ENTRY_MAX_WORDS + 1) <= MENU_ENTRY_MAX_WORDS
            and not any(ch.isdigit() for ch in e)
            for e in entries
        ):
            return True
    return False


def _side_by_side(text: str) -> bool:
    """Lines each holding two columns parted by a wide gap ("MINISTRY OF EXAMPLES
    Example City, 3 May 2031" / "DIRECTORATE OF SAMPLES      Ref.: 12/345"): a
    letterhead's name and its fields, as ``pdftotext -layout`` sets them side by side.
    A title is set in one column, whether it is one line or wraps over several. (The
    name may run on a line or two longer than the fields beside it.)"""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    gapped = sum(1 for line in lines if WIDE_GAP.search(line))
    return gapped >= 2 and 2 * gapped >= len(lines)


# A picture's caption and credit, which pages print between the headline and the text
# ("... di Istana Merdeka, Jakarta (25/2). (Foto: Humas/Jay)"): it describes the photo.
# The credit may be bracketed as a source ("(Source: Photo Agency Name)") or close the
# caption's sentence ("... of the Committee. Photo: Agency"); a headline names no
# photographer, so the line is the picture's caption.
_PHOTO_CREDIT = lazy(
    r"\((?:foto|photo|fotó|credit|crédit|crédito)s?\s*(?:by|:|de|par)|^\s*(?:foto|photo)s?\s*:|©"
    r"|\(\s*(?:quelle|source|fuente|fonte)\s*:\s*(?:foto|photo|bild)"
    r"|[.!?]\s+(?:foto|photo)s?\s*:\s*\S"
    # ("... en Palacio Nacional. Foto Presidencia": the credit, colon left out, ends the
    # caption with the agency's name alone, its words capitalised: matched in capitals
    # only, as the pattern is case-blind and "Photo shows the ministers" is a sentence.)
    r"|[.!?]\s+(?:foto|photo|bild)s?\s+(?-i:[A-ZÀ-Þ])[\w.-]*(?:[ /](?-i:[A-ZÀ-Þ])[\w.-]*){0,2}\s*$",
    re.I,
)
# "Check against delivery" in the languages of the speeches it is printed on.
_DELIVERY_NOTICE = lazy(
    r"^\W*(?:check against delivery|(?:only )?the spoken word (?:is valid|prevails)|"
    r"seul le prononcé fait foi|es gilt das gesprochene wort|det talade ordet gäller|"
    r"det talte ord g[æj]ld?er|(?:alleen )?het gesproken woord geldt|"
    r"fa fede (?:solo )?il (?:testo|discorso) pronunciato)\W*$",
    re.I,
)
DELIVERY_NOTICE_REACH = 3  # blocks: the notice is printed right under the speech's title


def _over_delivery_notice(blocks: list[Block], body_start: int) -> int | None:
    """A speech's page prints "Check against delivery" right under its title ("Veterans'
    Day 29 May 2024 – Speech by the Prime Minister"), which may name the day as a
    dateline does: the line over the notice is the title."""
    for i in range(1, min(body_start + 1, DELIVERY_NOTICE_REACH, len(blocks))):
        if not _DELIVERY_NOTICE.match(blocks[i].text):
            continue
        above = blocks[i - 1]
        text = above.text.strip()
        if (
            above.label is None
            and "\n" not in text
            and 3 <= R.words(text, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS
            and not re.search(r"[.;,:]$", text)
        ):
            return i - 1
    return None


# "(English translation prepared by the Bank staff ...)", "This is a translation of a
# document originally written in Spanish ...": how the text came to be in this language,
# printed over or under the title (as a note's body, its "1/" marker left behind). It
# says what the text is a version of, never what the release is about: no title, and no
# first paragraph either.
_TRANSLATION_NOTE = lazy(
    r"^\W*(?:this is an? (?:unofficial |informal |courtesy )?translation\b|"
    r"(?:unofficial|informal|courtesy|english|provisional) translation\b)",
    re.I,
)


def is_translation_note(text: str) -> bool:
    return bool(_TRANSLATION_NOTE.match(text))


# "Tuesday, 20 December 2011   AUSTRALIAN GREENS MEDIA RELEASE": the kind of paper and its
# date on one line of the letterhead (an archive's text runs the head's cells together).
_KIND_OF_PAPER = lazy(r"\b(?:media|press|news)\s+(?:release|statement)s?\b", re.I)
DATED_KICKER_MAX_WORDS = 12


def _dated_kicker(text: str) -> bool:
    return (
        R.words(text, DATED_KICKER_MAX_WORDS + 1) <= DATED_KICKER_MAX_WORDS
        and bool(_KIND_OF_PAPER.search(text))
        and find_date(text) is not None
    ) or _stamped_section(text)


STAMP_NAME_MAX_WORDS = 4


def _stamped_section(text: str) -> bool:
    """ "Topic of the day // 02.11.2031", "News | 3 May 2031": a site's section and the
    day of the post, parted by a slash pair or a bar as a stamp sets its fields. It says
    where and when the page was filed, not what it says (a headline naming its day,
    "Monetary policy statement - May 2031", runs on with a dash)."""
    if "//" not in text and "|" not in text:
        return False
    parts = [part.strip() for part in text.strip().split("//" if "//" in text else "|")]
    if len(parts) != 2 or not parts[0] or R.words(parts[0]) > STAMP_NAME_MAX_WORDS:
        return False
    found = find_date(parts[1])
    return found is not None and found.start == 0 and found.end == len(parts[1].rstrip(". "))


# A ticker of other headlines, each ending on the separator before the next ("... -").
_DANGLING_SEPARATOR = lazy(r"\s[-–—|•·/]\s*$")


# Hangul, kana and Han: scripts that say in two spaced words what English says in five.
_CJK = lazy(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _min_title_words(text: str) -> int:
    """Three words, or two for an East Asian transcript's name ("대변인 정례브리핑", the
    spokesperson's regular briefing): a name in English that short ("Press briefing")
    is the page's category, but Korean packs the speaker and the event in two words."""
    if _CJK.search(text) and _TRANSCRIPT_TITLE.match(text.strip()):
        return 2
    return 3


# "TRANSCRIPT OF DOORSTOP - CLAYTON, VICTORIA, 20 DECEMBER 2001": a transcript's name
# for itself, with the place and day it was recorded. Cut into a date and short
# capitalised parts, it has a dateline's shape, but it says what the paper is.
_CALLS_ITSELF_TRANSCRIPT = lazy(r"^\s*(?:edited |unofficial )?transcript of\b", re.I)


def _dated_name(text: str) -> bool:
    return bool(_CALLS_ITSELF_TRANSCRIPT.match(text)) or _dated_phrase(text)


# A lower-case word of four letters or more that is no function word: "remarks",
# "briefing", "konference" (a phrase's content word; a name's words are capitalised).
_LOWER_CONTENT_WORD = lazy(r"(?<![\w'’-])[^\W\d_A-Z]{4,}(?![\w'’-])")
DATED_PHRASE_MIN_LOWER = 3


def _dated_phrase(text: str) -> bool:
    """ "Director-General's opening remarks at the media briefing – 3 April 2024": a phrase
    saying what the paper records, then the day, is its title (dated). A dateline's pieces
    beside the date are names, a place or an issuer ("Canberra, ACT – Department of
    Foreign Affairs and Trade"), whose content words are capitalised and which commas
    part; a phrase with three lower-case content words and no comma is no name.
    (Caseless scripts are not judged: their names have no capitals to tell them by.)"""
    found = find_date(text)
    if found is None or re.search(r"\w", text[found.end :]):
        return False  # (the date closes a dated title's line)
    name = text[: found.start].strip(" \t–—-|:(,")
    if "," in name or not name[:1].isupper():
        return False
    lower = [w for w in _LOWER_CONTENT_WORD.findall(name) if w not in P.FUNCTION_WORDS]
    return len(lower) >= DATED_PHRASE_MIN_LOWER


def _furniture_line(text: str) -> bool:
    """A line that is the page's, not the release's: boilerplate, a category, a symbol,
    a date line, a cover field or navigation (never a title, nor a title's first line)."""
    return bool(
        R.is_boilerplate(text)
        or R.is_category(text)
        or R.is_symbol(text)
        or (R.is_date_line(text) and not _dated_name(text))
        or R._COVER_FIELD.search(text)
        or is_navigation(text)
        # A transcript's disclaimer ("E & OE - PROOF ONLY") or closing word ("ENDS"):
        # what the office says of its text, never what the text is about.
        or any(note.match(text.strip()) for note in P.TRANSCRIPT_NOTES)
        # A court paper's caption (the court, its circuit, the term, the filing stamp):
        # where the paper was filed, never what it is (court_captions).
        or is_court_caption(text)
    )


# A scan's smudge read as a line ("ί « ■ < * > JV ED A REL 5ASE"): marks standing alone
# among letters. A title may set a dash, a bar or a colon apart, never three other marks.
_SEPARATORS = frozenset("-–—|/:•·&+")
SMUDGE_MARKS = 3


def _smudged(text: str) -> bool:
    marks = 0
    for piece in text.split():
        if len(piece) <= 2 and not any(ch.isalnum() for ch in piece) and piece not in _SEPARATORS:
            marks += 1
            if marks >= SMUDGE_MARKS:
                return True
    return False


def _worded(text: str) -> bool:
    """A title is words: more letters than digits. A line of figures ("3 1 2020*004
    956", a registry stamp read from a scan; "25-21098 (E) 291225", a job number) is
    a mark on the page, whatever else it looks like."""
    letters = digits = 0
    for ch in text:
        if ch.isdigit():
            digits += 1
        elif ch.isalpha():
            letters += 1
    return letters > digits


def _title_shaped(block: Block) -> bool:
    return _title_shaped_text(block.text)


def _title_shaped_text(text: str, min_words: int | None = None) -> bool:
    """A title's shape (see ``_title_shaped``); ``min_words`` in place of the usual least."""
    least = _min_title_words(text) if min_words is None else min_words
    return (
        least <= R.words(text, TITLE_MAX_WORDS) <= TITLE_MAX_WORDS
        and not _smudged(text)
        and not is_scan_garble(text)  # "opr i - 1.w ,i·/": a stamp read by OCR (scan_garble)
        and _worded(text)
        and not _furniture_line(text)
        and not R.is_time_line(text)
        and (not R._is_dateline_with_issuer(text) or _dated_name(text))
        and not R._dash_framed(text)
        and not P.CONTACT_LINE.search(text)
        # A title never stops on a comma, and a line ending on a colon is a field's
        # label ("Información para la Prensa N°:") or leads into what follows.
        # (But an archive's notice titles its record in one sentence, full stop and all:
        # "Interview de Mme X, ..., à LCI le 11 mai 2020, sur ... ." (notice_titles))
        and (not re.search(r"[.;,:]$", text.strip()) or is_notice_title(text))
        and not _menu_row(text)
        and not _side_by_side(text)
        and not _PHOTO_CREDIT.search(text)
        and not is_handling_notice(text)
        and not is_translation_note(text)
        and not _dated_kicker(text)
        and not _DANGLING_SEPARATOR.search(text)
        and not _GAZETTE_ISSUE.match(text)
        and not P.BRACKETED_ASIDE.match(text)
        # "Press Release (97)27", "Source: ASEAN Secretariat News" (paper_fields)
        and not describes_paper(text)
        # "Washington, D.C. 20503", "1309 S. Mary Avenue": where the issuer sits, printed
        # in its letterhead (record_lines.address_line)
        and not address_line(text)
        # "09:04 AM, Sunday 7 December 2031": the moment the page was posted
        and not _posting_stamp(text)
        # "<meta http-equiv=...>": a tag left in pasted Markdown (text_fragments)
        and not (text[:1] == "<" and is_markup_line(text))
    )


def _posting_stamp(text: str) -> bool:
    """A line printing a day and the time of day ("09:04 AM, Sunday 7 December 2031",
    "01/29/2031 | Press release | Posted on 01/29/2031 10:44"): the moment a page or a
    wire posted the release. A title says what happened, never to the minute when it was
    posted; a headline naming its event's hour ("Press conference at 10:00") names no
    day beside it."""
    if not P.TIME.search(text):
        return False  # (a quick test: most lines print no time of day)
    if _TRANSCRIPT_TITLE.match(text):
        # "小泉大臣記者会見録(令和2年7月3日(金)11:48 ~ 12:21 於:...)": a record of a press
        # conference names the event it records, then its day and hour; a stamp names none.
        return False
    return bool(_FIGURES_DATE.search(text)) or find_date(text) is not None


# A day in figures: "29/01/2031", "01/29/2031", "7.12.2031", "2031-01-29".
_FIGURES_DATE = lazy(r"\b(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})\b")


# The parts of a bill or an act that head its first pages, set in large type as a title
# is: "Exposé des motifs", "Exposición de motivos", "Preámbulo", "Relazione illustrativa",
# "Begründung", "Пояснительная записка". They name a part of the act, never the act.
_ACT_PART = lazy(
    r"^\W*(?:expos[ée] des motifs|exposici[óo]n de motivos|pre[áa]mbulo|pr[ée]ambule|"
    r"relazione(?: illustrativa)?|begr[üu]ndung|пояснительная записка|exposi[çc][ãa]o de motivos)"
    r"\W*$",
    re.I,
)


# The official gazette's issue that published an act, printed over it: "JO n° 5798 du
# 25 avril 1998", "BOE núm. 218, de 12 de septiembre de 1989", "Gazzetta Ufficiale n.
# 281 del 3 dicembre 2025", "Diário da República n.º 12". It says where the act was
# published, not what it is.
_GAZETTE_ISSUE = lazy(
    r"^\W*(?:J\.?O\.?(?:R\.?[A-Z]\.?)?|Journal[ \t]+officiel\b[^\n]{0,40}?|«?BOE»?|Bolet[íi]n"
    r"[ \t]+Oficial\b[^\n]{0,40}?|Gazzetta[ \t]+Ufficiale\b[^\n]{0,40}?|Di[áa]rio[ \t]+(?:da"
    r"[ \t]+Rep[úu]blica|Oficial)\b[^\n]{0,40}?)[ \t]*(?:n[°º.]?|n\.º|no|nº|núm\.?|num\.?)"
    r"[ \t]*\d",
    re.I,
)


# An institution's name alone: "Bank of Thailand", "Reserve Bank of India", "Swiss
# National Bank", "Office of the Spokesperson and Economic Information".
_MASTHEAD = lazy(
    r"^(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}(?:Bank|Ministry|Office|Department|Embassy|"
    r"Government|Agency|Secretariat|Presidency|Mission|Minist[èe]re|Ministerio|Banco|Banque|"
    # Councils, commissions and courts head their pages by name as ministries do
    # ("Council of the EU", "Département fédéral des affaires étrangères").
    # (French capitals are often set without their accents: "MINISTERE", "DEPARTEMENT".)
    r"Council|Commission|Court|D[ée]partement|Departamento|Conseil|Consejo|"
    # A house of parliament heads its members' releases ("Parliament of Australia",
    # "The Senate"), as an office does.
    r"Parliament|Senate)"
    r"(?:\s+(?:of|for|du|de|des|del|of the)\s+.*)?$"
    r"|^(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:Bank|Ministry|Office|Department|Embassy|"
    r"Government|Agency|Secretariat|Parliament)$"
)


# A state, its official gazette or a court named alone, as a letterhead printed in
# capitals over an act, a notice or a record: "REPUBBLICA ITALIANA", "HELLENIC REPUBLIC",
# "BERITA NEGARA REPUBLIK INDONESIA" (the state's gazette), "JOURNAL OFFICIEL DE LA
# RÉPUBLIQUE FRANÇAISE", "IN THE SUPREME COURT OF THE UNITED STATES" (a court's caption).
# The nouns name a state, its gazette or a court in the corpus's languages; a name so
# built, in capitals with no verb, says who publishes or hears, never what the act or the
# case is. (Only lines in capitals: a headline in title case may open "Republic Day".)
_STATE_OF = r"\s+(?:OF|FOR|DE|DI|DA|DO|DEL|DELLA|DES|DU|VAN|DER|ΤΗΣ|ΤΟΥ)\s+.*"  # "OF THE X"
_STATE_NAME_WORD = r"[^\W\d_][\w'’.-]*"
# (before the noun, only the words of a name, "SUPREME", "OFFICIAL": "LAW ON THE COURT"
# or "CONSTITUTION OF THE REPUBLIC" names an act, by its "ON", its "OF")
_STATE_NAME_WORDS = (
    r"(?:(?!(?:OF|THE|FOR|ON|TO|AND|DE|DI|DA|DO|DEL|DES|DU|LA|LE|DAN|TENTANG|ΤΗΣ|ΤΟΥ|ΚΑΙ|"
    r"О|ОБ|И)\s)" + _STATE_NAME_WORD + r"\s+)"
)
_STATE_REPUBLIC = (
    r"(?:REPUBLIC|REPUBLIK|R[ÉE]PUBLIQUE|REP[ÚU]BLICA|REPUBBLICA|REPUBLIEK|ΔΗΜΟΚΡΑΤ[ΙΊ]Α|"
    r"РЕСПУБЛИКА|РЕСПУБЛІКА)"
)
_STATE_MASTHEAD = lazy(
    # the state: "REPUBBLICA ITALIANA", "REPUBLIC OF KENYA", "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ" (one
    # word before it, nothing after: "PERATURAN PEMERINTAH REPUBLIK INDONESIA" titles an act)
    r"^(?:" + _STATE_REPUBLIC + r"(?:\s+" + _STATE_NAME_WORD + r"|" + _STATE_OF + r")?"
    r"|" + _STATE_NAME_WORD + r"\s+" + _STATE_REPUBLIC + r")$"
    # its gazette: "BERITA NEGARA REPUBLIK INDONESIA", "OFFICIAL GAZETTE OF ..."
    r"|^" + _STATE_NAME_WORDS + r"{0,2}(?:GAZETTE|GAZZETTA|BERITA\s+NEGARA|LEMBARAN\s+NEGARA|"
    r"JOURNAL\s+OFFICIEL|BOLET[ÍI]N\s+OFICIAL|DI[ÁA]RIO\s+OFICIAL|DI[ÁA]RIO\s+DA\s+REP[ÚU]BLICA)"
    r"(?:\s+" + _STATE_REPUBLIC + r")?(?:\s+" + _STATE_NAME_WORD + r"|" + _STATE_OF + r")?$"
    # a court: "IN THE SUPREME COURT OF ...", "CORTE COSTITUZIONALE"
    r"|^(?:IN\s+THE\s+)?" + _STATE_NAME_WORDS + r"{0,3}(?:COURT|TRIBUNAL|CORTE|COUR)"
    r"(?:\s+" + _STATE_NAME_WORD + r"|" + _STATE_OF + r")?$"
)


MASTHEAD_MAX_WORDS = 8


def is_masthead(text: str) -> bool:
    """A line that is only an institution's name, in title case (every word capitalised
    but the small ones): a letterhead. A title says what happened ("Bank of England
    raises Bank Rate"): it has a verb or a lower-case content word."""
    text = " ".join(text.split())
    if R.words(text) > MASTHEAD_MAX_WORDS or any(ch.isdigit() for ch in text):
        return False
    parts = [part.strip() for part in text.replace("•", "·").replace("|", "·").split(" · ")]
    if len(parts) > 1:
        # "PARLIAMENT OF AUSTRALIA · THE SENATE": names of the house set side by side.
        return all(part and is_masthead(part) for part in parts)
    if _spells_out_initials(text):
        return True  # "WHO - World Health Organization": the issuer's initials and name
    if text.isupper() and _STATE_MASTHEAD.match(text):
        return True  # "BERITA NEGARA REPUBLIK INDONESIA", "IN THE SUPREME COURT OF ..."
    if is_institution_name(text):
        return True  # "Banco Central do Brasil", "MINISTERO DELLA SALUTE" (institution_names)
    titled = re.sub(r"\b(Of|For|The|Du|De|Des|Del)\b", lambda m: m.group().lower(), text.title())
    if not _MASTHEAD.match(text) and not (text.isupper() and _MASTHEAD.match(titled)):
        return False
    # (P.FUNCTION_WORDS holds the small words of names: of, the, du, de, del, la ...)
    return all(w[:1].isupper() or w.lower() in P.FUNCTION_WORDS for w in text.split())


# "WHO - World Health Organization": initials, a dash, the words they stand for. (A name
# followed by its initials in brackets may be a title: a programme's, an act's,
# "Framework for Income Taxation (BEFIT)".)
_INITIALS_AND_NAME = lazy(r"^([A-Z]{2,8})\s+[-–—|]\s+(\S.*)$")


def _spells_out_initials(text: str) -> bool:
    """A line that is an institution's initials, then its name spelled out, each word's
    capital giving one letter: a body heads its pages so (and a news wire heads each
    release it carries with it). A title says what happened, not whose initials these
    are."""
    found = _INITIALS_AND_NAME.match(text.strip())
    if not found:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", found.group(2))
    if not all(w[:1].isupper() or w.lower() in P.FUNCTION_WORDS for w in words):
        return False
    return "".join(w[0] for w in words if w[:1].isupper()) == found.group(1)


SECTION_NAME_MAX_WORDS = 5


HEADLINE_MIN_WORDS = 2


def _headline_case(text: str) -> bool:
    """Every content word capitalised ("Top Peacebuilding Official Warns Council"), as
    English headlines are set; not capitals throughout (a heading or a letterhead)."""
    if text.isupper():
        return False
    content = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in P.FUNCTION_WORDS
    ]
    return len(content) >= HEADLINE_MIN_WORDS and all(w[:1].isupper() for w in content)


_BYLINE = BYLINE_OPENING


def _headline_wrap(above: str, line: str) -> bool:
    """A line set apart under a headline-case title line goes on with it when it has the
    same case and is no letterhead: text taken from a PDF may print a blank line between
    a title's lines, and a new paragraph is not set in headline case. An issuer's name
    under the title ("Bank of Thailand") is the letterhead, not the title's end."""
    return (
        _headline_case(above)
        and _headline_case(line)
        and not is_masthead(line)
        # "Con Example - Shadow Minister for Immigration": the speaker and office set
        # apart under a speech's title say who, not what (issuer_lines).
        and not is_issuer_line(line)
        # A by-line or a date under the headline ("By Press Office  Published on 25
        # February 2016") is set in capitals too; it says who and when, not what.
        and not _BYLINE.match(line)
        and find_date(line) is None
        and not _menu_row(line)
        and not P.ends_sentence(above)
        and not above.rstrip().endswith((":", ";"))
    )


# A place and its region on a line of their own ("Los Angeles, California", "Geneva,
# Switzerland"): two names parted by a comma, as a dateline's place is printed over it.
_PLACE_LINE = lazy(
    r"^[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3},[ \t]*[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}$"
)


def _place_over_date(blocks: list[Block], i: int) -> bool:
    return (
        i + 1 < len(blocks)
        and "\n" not in blocks[i].text.strip()
        and bool(_PLACE_LINE.match(blocks[i].text.strip()))
        and _is_dateline(blocks[i + 1].text)
    )


def _date_under_title(above: str, line: str) -> bool:
    """A line that is only a date (a day, month and year, or a month and year) under a
    title line says when the release was issued, not what it is about: a title's phrase
    does not end on a date set alone on its line, unless the line above leaves the date
    unfinished ("... held on 2-3" / "December 2008": a day or range wrapped off its
    month). The date line then stays as release text, its own unit."""
    if re.search(r"\d\W*$", above):
        return False
    return R.is_month_year_line(line) or R.is_date_line(line)


def _absorb_title_wraps(
    blocks: list[Block], roles: list[Role | None], title_at: int, body_start: int
) -> None:
    """In hard-wrapped text a long title is broken over lines; join them back."""
    i = title_at + 1
    if _TRANSCRIPT_TITLE.match(blocks[title_at].text):
        # A transcript's title is one line; the speaker's name and office set apart
        # under it are not part of it.
        while i < body_start and not blocks[i].blank_before and roles[i] is not None:
            if roles[i].kind not in ("note", "paragraph") or P.ends_sentence(blocks[i - 1].text):
                break
            roles[i] = R.Role("title", attrs={"continues": "1"})
            i += 1
        return
    before: dict[int, R.Role | None] = {}  # the roles of the lines taken as wraps
    while i < body_start and roles[i] is not None:
        previous = blocks[i - 1].text.split()
        dangling = bool(previous) and previous[-1].lower() in P.FUNCTION_WORDS
        # ("AGREEMENT" / "ON SECURITY COOPERATION ...": the kind runs on into its subject)
        dangling = dangling or kind_over_subject(blocks[i - 1].text, blocks[i].text)
        if roles[i].kind not in ("note", "paragraph") and not dangling:
            break
        if R.is_organ_opening(blocks[i].text):
            break  # "THE COUNCIL,": the enacting text begins
        if is_invocation(blocks[i].text):
            # "DENGAN RAHMAT TUHAN YANG MAHA ESA" under an act's title, in its capitals and
            # with no blank line: the formula opens the enactment; no title goes on past it.
            break
        if _salutation(blocks, i):
            break  # "Buon pomeriggio,": the speech begins
        if is_translation_note(blocks[i].text) or is_handling_notice(blocks[i].text):
            # "(English translation prepared by ...)", "Check Against Delivery": about
            # the text, not its title.
            break
        if _ACT_PART.match(blocks[i].text):
            break  # "Exposé des motifs": the bill's first part begins, under its title
        if blocks[i].text.lstrip().startswith("["):
            # "[Under Section 45ZL of the ... Act, 1934]", "[without reference to a Main
            # Committee]": a note set in brackets under the title, not its words.
            break
        if P.ends_sentence(blocks[i - 1].text):
            break
        if _field_label(blocks[i].text):
            break  # "Contact:" over a contact card: a label leading into a field's value
        if not dangling and _place_over_date(blocks, i):
            break  # "Los Angeles, California" over "Friday, March 30, 1979": where, not what
        if not dangling and _date_under_title(blocks[i - 1].text, blocks[i].text):
            break  # "January 2021" under a report's title: when, not what
        if not dangling and _not_a_wrap(blocks[i - 1].text, blocks[i].text):
            break
        if not dangling and _past_title_measure(blocks, title_at, i):
            break
        if (
            blocks[i].blank_before
            and not dangling
            and not blocks[i].text[:1].islower()
            and not _headline_wrap(blocks[i - 1].text, blocks[i].text)
        ):
            # A title broken over lines has no blank line inside it: what is set apart
            # under it (a summary, the lead, a second headline) is its own paragraph.
            break
        if (
            i == body_start - 1
            and blocks[i].blank_before
            and not dangling
            and R.words(blocks[i].text) <= SECTION_NAME_MAX_WORDS
        ):
            # A name set apart right over the body ("DENMARK" over its questions, "Media
            # Release" over the text) heads that body; a title's wrap is not set apart.
            break
        before[i] = roles[i]
        roles[i] = R.Role("title", attrs={"continues": "1"})
        i += 1
    while i - 1 in before and blocks[i - 1].text.rstrip().endswith(","):
        # No title ends on a comma: a last line that does, "PRESIDEN REPUBLIK INDONESIA,"
        # over the preamble's "Menimbang :", names who enacts the text, as it was read.
        i -= 1
        roles[i] = before.pop(i)


WIDER_THAN_SHORT_LINE = 1.3  # a centred title narrows line by line; a paragraph starts full
PARAGRAPH_LINE_MIN_CHARS = 40  # a wrapped paragraph's first line runs to the measure


def _past_title_measure(blocks: list[Block], title_at: int, i: int) -> bool:
    """The title ended on the line above ``i``, by the lines' widths, in text where no
    blank line parts the title from what follows (``pdftotext -raw``, a letter head, a
    web copy). A title is broken where its next word does not fit the measure: a title
    line that left room for the first word of the line under it was the title's last
    line, when that line under it is wider (a wrapped paragraph starts at the measure)
    and set in running case, not in the capitals of a centred title's lines."""
    if blocks[i].blank_before:
        return False
    line = blocks[i].text.strip().lstrip("\u200b").split("\n", 1)[0].strip()
    if not (line[:1].isupper() or line.startswith("(")) or line.isupper():
        return False
    if len(line) < PARAGRAPH_LINE_MIN_CHARS:
        return False
    lines = [
        text.strip() for k in range(title_at, i) for text in blocks[k].text.strip().split("\n")
    ]
    if len(lines) < 2 and R._ORGANISATION.search(lines[0]):
        # "Statement by the Ministry of ..." over the headline: a kicker naming the
        # issuer is no title alone; the headline under it is read with it.
        return False
    # The line under the title fits the measure too: a one-line title that left room for
    # that line's first word was not broken for want of room (a deck under a headline).
    widest = max(len(text) for text in [*lines, line])
    above = lines[-1]
    return len(above) + 1 + len(line.split()[0]) <= widest and len(
        line
    ) > WIDER_THAN_SHORT_LINE * len(above)


SALUTATION_MAX_WORDS = 5


def _salutation(blocks: list[Block], i: int) -> bool:
    """A speech's opening address ("Buon pomeriggio,", "Excellencies,", "Ladies and
    gentlemen,", "Chers collègues,"): a few words on a line of their own, ending with a
    comma, with the speech's first sentence opening in capitals on the next. A title's
    wrap carries on the title's words; it does not hail the audience."""
    text = blocks[i].text.strip()
    if "\n" in text or not text.endswith(",") or R.words(text) > SALUTATION_MAX_WORDS:
        return False
    if not text[:1].isupper() or i + 1 >= len(blocks):
        return False
    after = blocks[i + 1].text.strip()
    return after[:1].isupper() and R.words(after) >= 8


_NAMED_FIELD = lazy(r"^\s*[A-Z][\w ]{0,20}:\s+\S")


def _field_line(text: str) -> bool:
    """Fields printed side by side, parted by " | ", one of them named ("Lead: ...")."""
    parts = text.split(" | ")
    return len(parts) >= 2 and any(_NAMED_FIELD.match(part) for part in parts)


NAME_MAX_WORDS = 6


def _names_fields(blocks: list[Block], i: int) -> bool:
    """A short line right over a line of fields names what they describe (its title)."""
    if i == 0 or blocks[i].blank_before:
        return False
    text = blocks[i - 1].text.strip()
    return (
        0 < R.words(text, NAME_MAX_WORDS + 1) <= NAME_MAX_WORDS
        and text[-1:].isalnum()
        and not _furniture_line(text)
    )


_PART_LETTER = lazy(r"^\s*[A-Z]\.?\s*$")


def _not_a_wrap(above: str, line: str) -> bool:
    """A line that cannot be the wrap of the title line above it, in text whose lines are
    not set apart by blank lines (``pdftotext -raw``): fields set side by side ("Work
    Package 23 | Lead: High Representative"), or a line in capitals under one that is
    not ("Disarmament" / "OBJECTIVE"): a title keeps its case over its lines."""
    if " | " in line:
        return True
    if _PART_LETTER.match(line):
        # "A" alone under "United Nations common system": the first of an act's lettered
        # parts (A, B, ...), as a resolution in parts prints it; a wrap carries words.
        return True
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) >= 4 and line.isupper() and not above.isupper():
        return True
    # The converse: a line in running case under a title line in capitals ("BRIEF VAN
    # DE MINISTER" / "Aan de Voorzitter ..."), opening in a capital (a wrap of a title
    # in capitals that goes on in small letters opens in small letters).
    last = above.strip().rsplit("\n", 1)[-1]
    first = line.strip().split("\n", 1)[0]
    return (
        sum(ch.isalpha() for ch in last) >= CAPS_TITLE_MIN_LETTERS
        and last.isupper()
        and first[:1].isupper()
        and not first.isupper()
        and R.words(first) >= 3
    )


CAPS_TITLE_MIN_LETTERS = 12
FIELD_LABEL_MAX_WORDS = 3


def _field_label(text: str) -> bool:
    """A short line ending on a colon ("Contact:", "Media contact:", "Kontakt:") names the
    field printed under it; a title's line does not lead into another."""
    text = " ".join(text.split())
    words = R.words(text, FIELD_LABEL_MAX_WORDS + 1)
    return text.endswith(":") and 0 < words <= FIELD_LABEL_MAX_WORDS


# ``roles`` imports the functions above and this module uses its line predicates: the
# module (not its names) is bound last, so either module may be imported first.
from briefing.ingest import roles as R  # noqa: E402
