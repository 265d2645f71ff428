"""Walk a parsed page into block Lines; whatever is not release text goes to ``dropped``.

One pass over <body>: outside the release's element (see html_main.choose_root) and
inside furniture, text is collected per furniture element and listed as dropped;
inside, each paragraph, heading, list item, table row and note becomes a Line.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Line
from briefing.ingest.readers.html_author_boxes import author_box
from briefing.ingest.readers.html_blocks import kind_prose, release_block
from briefing.ingest.readers.html_captions import (
    bare_credit,
    caption_class,
    lone_caption,
    picture_caption,
)
from briefing.ingest.readers.html_comments import comment_box, writing_boxes
from briefing.ingest.readers.html_contacts import box_cards, contact_box
from briefing.ingest.readers.html_credits import picture_credit
from briefing.ingest.readers.html_datelines import box_dateline
from briefing.ingest.readers.html_file_labels import file_label
from briefing.ingest.readers.html_file_lists import file_lines, file_list
from briefing.ingest.readers.html_kickers import (
    KICKER_SEPARATOR,
    headline_kicker,
    title_with_kicker,
    visible_words,
)
from briefing.ingest.readers.html_main import (
    PROSE_SHARE,
    SILENT,
    furniture_kind,
    layout_table,
    link_box,
    link_list,
    page_header,
    prose_chars,
    screen_reader_only,
)
from briefing.ingest.readers.html_notes import Notes, key
from briefing.ingest.readers.html_read_more import read_more_cards
from briefing.ingest.readers.html_signup import signup_boxes
from briefing.ingest.readers.html_stamps import headline_stamp
from briefing.ingest.readers.html_teasers import teaser_card, teaser_list
from briefing.ingest.readers.html_text import BLOCKS, HEADINGS, is_inside, squash, tag_of, text_of
from briefing.ingest.readers.html_widgets import running_time
from briefing.ingest.segment import unspaced_words

_BOLD = frozenset(("b", "strong"))
# A printed label in the first cell of a layout table (EUR-Lex recitals and points).
_CELL_LABEL = re.compile(
    r"^(?:\(?\d{1,3}[a-z]?[.)]?|\(?[a-z]{1,2}\)|[a-z]\.|\(?[ivxlc]{1,6}[.)]|[—–\-•·▪◦*]|\d{1,3}(?:\.\d{1,3})+\.?)$",
    re.I,
)
_CROSSHEAD_WORDS = 15  # a bold block longer than this is a bold lead paragraph
# A paragraph typed as a rule ("________", "-----", "* * *"): word processors print one
# above a table's or a page's notes; it is a separator, never text or a heading.
_TYPED_RULE = re.compile(r"^[\s_\-–—=*·.•~]{5,}$")
# Bold lines that are datelines or symbols, not crossheads: a day and a year
# ("Brussels, 5 October 2023", "28.12.2017") or a document symbol ("SG/SM/21982").
_NOT_A_CROSSHEAD = re.compile(
    r"(?:^|(?<=\n))(?>.*?\b\d{1,2}\b).*\b(?:19|20)\d\d\b"
    r"|(?:^|(?<=\n))(?>.*?\b(?:19|20)\d\d\b).*\b\d{1,2}\b|\b[A-Z]+/[A-Z0-9/.-]*\d"
)
_BULLET = "•"
_FIELD_LABEL_WORDS = 4
_GROUPS = frozenset(("nav", "header", "footer", "aside", "ul", "ol", "form", "section", "table"))


# A sentence: eight words or more ending on a full stop (a crosshead names its section
# in a few words and stops on no full stop; a question or an exclamation may be one).
_SENTENCE_WORDS = 8
_FULL_STOP = re.compile(r"[.…][\"'”’»)]*$")


def _sentence_in_heading(text: str) -> bool:
    """A sub-heading element holding a sentence: the standfirst or a summary a site sets
    in heading type ("<h2>Only radical action can redress the crisis.</h2>" under the
    headline), a paragraph of the text, not the head of the ones below it."""
    stripped = text.strip()
    return len(stripped.split()) >= _SENTENCE_WORDS and bool(_FULL_STOP.search(stripped))


def body_paragraph(line: Line) -> bool:
    """A paragraph of the release's body: unstyled and as long as a sentence or two.
    Chinese and Japanese set no spaces between words: their characters are counted as
    words are (segment.unspaced_words), or no paragraph of theirs would ever be one."""
    if line.style:
        return False
    spaced = len(line.text.split())
    return spaced >= _BODY_WORDS or spaced + unspaced_words(line.text) >= _BODY_WORDS


_BODY_WORDS = 20  # a paragraph of the text, not a dateline, byline or kicker
MOST_TEXT = 0.5  # share of the release element's text no comment box reaches


def _roman(n: int) -> str:
    vals = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"))
    vals += ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _alpha(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(97 + r) + out
    return out


def list_label(n: int, kind: str) -> str:
    """An <ol> number as the browser prints it: type "1", "a", "A", "i", "I"."""
    if n <= 0 and kind not in ("1", ""):
        kind = "1"  # browsers fall back to decimal where letters/numerals cannot count
    if kind in ("a", "A"):
        text = _alpha(n)
    elif kind in ("i", "I"):
        text = _roman(n)
    else:
        return f"{n}."
    return (text.upper() if kind.isupper() else text) + "."


_CSS_TYPES = {
    "lower-alpha": "a",
    "lower-latin": "a",
    "upper-alpha": "A",
    "upper-latin": "A",
    "lower-roman": "i",
    "upper-roman": "I",
    "decimal": "1",
}


def _list_type(el) -> str:
    style = (el.get("style") or "").lower()
    for css, kind in _CSS_TYPES.items():
        if css in style:
            return kind
    kind = el.get("type") or "1"
    return kind if kind in ("1", "a", "A", "i", "I") else "1"


def _unbulleted(el) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    cls = (el.get("class") or "").lower()
    return "list-style:none" in style or "list-style-type:none" in style or "unstyled" in cls


def _css_bold(el) -> bool:
    style = el.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "font-weight:bold" in style or "font-weight:700" in style


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


# A content box states something in sentences of its own: "Background", "Key facts".
_BOX_SENTENCE_WORDS = 8


def _content_box(aside) -> bool:
    """An <aside> inside the release that carries the release's own prose (a
    "Background" or "Key facts" box set beside the text) is content; a box of links,
    share buttons or related-news teasers (mostly link words) is the site's. A box
    with no paragraph of a full sentence is the site's too."""
    text = squash(text_of(aside))
    words = len(text.split())
    if not words:
        return False
    linked = sum(len(text_of(a).split()) for a in aside.iter("a"))
    if linked > 0.2 * words:
        return False
    return any(
        len(piece.split()) >= _BOX_SENTENCE_WORDS and re.search(r"[.!?;:][\"”’)]*$", piece)
        for piece in (squash(t) for t in _paragraph_texts(aside))
    )


def _paragraph_texts(el) -> list[str]:
    blocks = [b for b in el.iter("p", "li", "dd") if b is not el]
    return [text_of(b) for b in blocks] if blocks else [text_of(el)]


class Walker:
    def __init__(self, root, notes: Notes) -> None:
        self.root = root
        self.release_prose: int | None = None
        # (tag, classes) -> prose of those blocks; tag -> its boxes (html_blocks.kind_prose)
        self.kind_prose: dict = {}
        self.notes = notes
        self.lines: list[Line] = []
        self.dropped: list[tuple[str, str]] = []
        self.marker_line: dict = {}  # marker element -> index of the line printing it
        self.note_at: list[tuple[int, object]] = []  # (line index, note block)
        self.title_h1: str = ""
        self.last_heading = 1
        self.crosshead_at = -1  # the line made a crosshead by the bold rule, if last
        # The Line being collected.
        self.buf: list[str] = []
        self.plain = 0  # non-blank parts of buf outside <b>/<strong>
        self.strong = 0  # non-blank parts of buf inside them
        self.pending: list = []  # markers in buf
        # While a table row of the release is read into cell sinks: that sink depth,
        # and the note markers met in the row (they point at the row's line).
        self.row_sinks = -1
        self.file_parents: dict = {}  # parent -> its teasers' kinds (html_file_lists)
        self.row_markers: list = []
        self.kept_published = False  # a datePublished stamp was kept from furniture
        self.body_checked = 0  # lines looked at for a body paragraph (_above_body)
        self.body_seen = False
        self.lifted: set = set()  # <time> stamps taken out of a headline (html_stamps)
        self.in_bold = 0
        self.in_heading = 0
        self.label: str | None = None  # label for the next line (a list item's number)
        self.prefix = ""  # printed label from a layout table's first cell
        # Where flushed text goes: None = release lines; else a dropped-text sink.
        self.sinks: list[list] = []
        self.deferred: list = []  # notes met outside the release text
        self.root_read = False  # the release's element has been walked
        # Elements holding a field to type in: only they may be a comment box.
        self.writing_boxes = writing_boxes(root)
        self.read_more_cards = read_more_cards(root)
        self.signup_boxes = signup_boxes(root)
        self.root_chars: int | None = None  # the release element's text (once asked)
        # Kept lines when the site's last box inside the release went out (a caption
        # left over it: html_tail_captions).
        self.nav_drop_at = -1

    # -- collecting ------------------------------------------------------------------
    def add(self, text: str) -> None:
        if not text:
            return
        bold = self.in_bold > 0
        if (
            not bold
            and self.strong
            and not self.plain
            and not self.sinks
            and self.label is None
            and not self.in_heading
            and not self.buf[-1][-1:].isspace()
            and text[:1].isupper()
        ):
            # "<strong>Next steps</strong>The vote…": a run-in crosshead printed glued
            # to the paragraph it heads; no word starts mid-word with a capital.
            self.flush("", -1)
        self.buf.append(text)
        if text.strip():
            if bold:
                self.strong += 1
            else:
                self.plain += 1

    def _text(self) -> str:
        return squash("".join(self.buf))

    def flush(self, style: str, depth: int) -> None:
        text = self._text()
        bold = self.strong > 0 and self.plain == 0
        self.buf, self.plain, self.strong = [], 0, 0
        markers, self.pending = self.pending, []
        if not text:
            return
        if self.sinks:
            if len(self.sinks) == self.row_sinks:
                self.row_markers.extend(markers)
            self.sinks[-1].append(text)
            return
        if self.prefix:
            text, self.prefix = f"{self.prefix} {text}", ""
        if _TYPED_RULE.match(text) and self.label is None:
            self.dropped.append(("rule", text))
            return
        label = ""
        if self.label is not None:
            label, self.label = self.label, None
            style = "list-item"
        elif style == "list-item":
            style = ""  # a list item's second paragraph
        if (
            bold
            and style == ""
            and len(text.split()) <= _CROSSHEAD_WORDS
            and text[-1:] not in ".;,"
            and not _NOT_A_CROSSHEAD.search(text)
            # A heading names something: figures alone ("14 0") or a symbol's key
            # ("+ : in favour") set in bold are table text, not crossheads.
            and any(ch.isalpha() for ch in text)
            and text[0] not in "+-–=:<>|/"
        ):
            # A paragraph that is all bold and short is a crosshead ("Next steps"). Bold
            # lines set right under a crosshead are its block's further lines (the text
            # an amendment amends, a rule reference), not headings of their own with
            # nothing under them: they are read as text of the crosshead's section.
            if self.crosshead_at != len(self.lines) - 1:
                style = f"heading{min(self.last_heading + 1, 6)}"
            self.crosshead_at = len(self.lines)
        for marker in markers:
            self.marker_line.setdefault(marker, len(self.lines))
        self.lines.append(Line(text, style=style, level=max(depth, 0), label=label))

    # -- sinks (dropped text) ---------------------------------------------------------
    def sink(self, el, kind: str, style: str, depth: int) -> bool:
        """List ``el``'s text as dropped ``kind``; True when it had any."""
        inline = tag_of(el) not in BLOCKS
        if inline:
            # Hidden words inside a sentence ("<span class=sr-only>Phone:</span>")
            # must not split the paragraph around them.
            saved = (self.buf, self.plain, self.strong, self.pending)
            self.buf, self.plain, self.strong, self.pending = [], 0, 0, []
        else:
            self.flush(style, depth)
        self.sinks.append([])
        dropped_before = len(self.dropped)
        self.children(el, "", depth)
        self.flush("", depth)
        texts = self.sinks.pop()
        if inline:
            self.buf, self.plain, self.strong, self.pending = saved
        if texts:
            self.dropped.append((kind, "\n".join(texts)))
        went_out = bool(texts) or len(self.dropped) > dropped_before
        if kind == "navigation" and not self.sinks and went_out:
            # (A box whose words all went out in boxes of its own inside it, a gallery's
            # list of slides, still ended the text here: html_tail_captions.)
            self.nav_drop_at = len(self.lines)
        return bool(texts)

    # -- walking ----------------------------------------------------------------------
    def walk_body(self, body) -> None:
        if body is self.root:
            self.block(body, "", -1)
        else:
            self.sinks.append([])
            self.children(body, "", -1)
            self.flush("", -1)
            if texts := self.sinks.pop():
                self.dropped.append(("navigation", "\n".join(texts)))
        for block in self.deferred:
            self.note(block)

    def children(self, el, style: str, depth: int) -> None:
        self.add(el.text or "")
        for child in el:
            self.node(child, style, depth)
            self.add(child.tail or "")

    def node(self, el, style: str, depth: int) -> None:
        tag = tag_of(el)
        if not tag or tag in SILENT or el in self.lifted:
            return
        if (
            tag == "time"
            and self.sinks
            and self.row_sinks == -1
            and el.get("itemprop") == "datePublished"
            and not self.kept_published
            and (stamp := squash(text_of(el)))
        ):
            # The page's own publication stamp (schema.org datePublished) is the
            # release's dateline, even where the site prints it in a header strip.
            self.kept_published = True
            self.lines.append(Line(stamp))
            return
        if el is self.root:
            self._flush_sink(depth)
            saved, self.sinks = self.sinks, []
            self.block(el, "", -1)
            self.sinks = saved
            self.root_read = True
            return
        if el in self.notes.blocks:
            if self.sinks:
                self.deferred.append(el)
            else:
                self.flush(style, depth)
                self.note(el)
            return
        if el in self.notes.strip:
            kind = self.notes.strip[el]
            if kind == "navigation":
                self.dropped.append(("navigation", squash(text_of(el))))
            return
        if el in self.notes.markers and (not self.sinks or len(self.sinks) == self.row_sinks):
            self.pending.append(el)
            self.add(
                " " + self.notes.markers[el]
                if text_of(el)[:1].isspace()
                else self.notes.markers[el]
            )
            return
        # Inside dropped text only the site's own boxes matter (one entry each).
        kind = (
            ("navigation" if tag in _GROUPS else None) if self.sinks else self._furniture(el, tag)
        )
        if (
            (self.sinks or kind == "navigation")
            and self.row_sinks == -1
            and contact_box(el)
            and (self.root_read or not self._above_body())
        ):
            self._keep_contact_box(el, depth)
            return
        if (
            (self.sinks or kind == "navigation")
            and self.row_sinks == -1
            and (self.root_read or not self._above_body())
            and file_list(el, self.file_parents)
        ):
            self._keep_file_list(el, depth)
            return
        if kind == "markup" and not self.sinks and self._field_label(el, tag):
            kind = None
        if kind is not None and not self._holds_root(el):
            if not self.sinks and not self.kept_published and self._above_body():
                self._keep_box_date(el)
            if self.sink(el, kind, style, depth) and kind == "navigation" and not self.sinks:
                self._drop_heading_of(el)
            return
        if tag == "br":
            if self.in_heading:
                self.add(" ")  # a headline broken over two lines is one headline
            else:
                self.flush(style, depth)
        elif tag == "img":
            if alt := squash(el.get("alt") or ""):
                self.dropped.append(("image", alt))
        elif not self.sinks and lone_caption(el) and not "".join(self.buf).strip():
            # An <em class="caption"> alone on its line: the picture's caption (html_captions).
            self.children(el, "caption", depth)
            self.flush("caption", depth)
        elif tag in BLOCKS:
            self.flush(style, depth)
            self.block(el, style, depth)
            self.flush(style, depth)
        elif tag in _BOLD or _css_bold(el):
            self.in_bold += 1
            self.children(el, style, depth)
            self.in_bold -= 1
        else:
            self.children(el, style, depth)

    def _furniture(self, el, tag: str) -> str | None:
        """The kind of dropped text ``el`` is inside the release element, or None."""
        kind = furniture_kind(el, tag)
        if kind == "navigation" and self._carries_release(el):
            kind = furniture_kind(el, tag, names=False)
        if kind is None and tag in ("ul", "ol") and link_list(el):
            kind = "navigation"
        if kind is None and tag in ("div", "section", "p", "td") and link_box(el):
            kind = "navigation"
        if kind is None and tag in ("div", "section", "ul", "ol") and teaser_list(el):
            kind = "navigation"  # the site's latest items: headlines linking elsewhere
        if kind is None and el in self.read_more_cards:
            kind = "navigation"  # the site's cards, each closed by "read more" (html_read_more)
        if kind is None and el in self.signup_boxes:
            kind = "navigation"  # the site's invitation to subscribe (html_signup)
        if kind is None and not self._above_body() and author_box(el):
            kind = "navigation"  # the writer's presentation under the text (html_author_boxes)
        if kind is None and not self._above_body() and teaser_card(el):
            # One such item alone, between or under the paragraphs. Above the body a
            # box of a linked headline and a picture is the release's own head (a
            # blog's title linking to its own page, over the lead picture).
            kind = "navigation"
        if kind is None and tag in ("footer", "form"):
            kind = "navigation"
        if kind is None and running_time(el):
            kind = "navigation"  # a player's counter or a clip's length (html_widgets)
        if kind is None and file_label(el):
            kind = "navigation"  # a download's format and size: "PDF | 85,3 KB"
        if kind is None and picture_credit(el):
            kind = "image"  # a picture's credit in a box of its own (html_credits)
        if (
            kind is None
            and el in self.writing_boxes
            and tag in ("div", "section")
            and comment_box(el, prose_chars(el))
            and not self._holds_most_text(el)
        ):
            kind = "navigation"  # readers' comments: a box to write in, not the release
        if kind is None and tag == "aside" and not _content_box(el):
            kind = "navigation"
        if kind is None and tag == "header" and page_header(el) and not self._in_release(el):
            kind = "navigation"
        return kind

    def _above_body(self) -> bool:
        """No paragraph of the release's body read yet (checked once per new line)."""
        while self.body_checked < len(self.lines):
            if body_paragraph(self.lines[self.body_checked]):
                self.body_seen = True
            self.body_checked += 1
        return not self.body_seen

    def _keep_contact_box(self, el, depth: int) -> None:
        """Read a press-contact box after the release's text (html_contacts) as the
        release's own lines, out of the dropped text it sits in."""
        self.flush("", depth)
        for text, caption in box_cards(el):
            # A caption set as a heading element heads the cards; one set as a line
            # of text is read as the caption roles make of it ("Contacts:").
            style = f"heading{min(self.last_heading + 1, 6)}" if caption else ""
            self.lines.append(Line(text, style=style, level=max(depth, 0)))

    def _keep_file_list(self, el, depth: int) -> None:
        """Read a list of the release's own files after its text (html_file_lists) as
        the release's lines, one per file, out of the dropped text it sits in; the
        heading right over it ("Downloads") comes back with it."""
        self.flush("", depth)
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None and tag_of(prev) in HEADINGS and self.sinks and self.sinks[-1]:
            heading = squash(text_of(prev))
            if heading and self.sinks[-1][-1] == heading:
                self.sinks[-1].pop()
                level = min(self.last_heading + 1, 6)
                self.lines.append(Line(heading, style=f"heading{level}", level=max(depth, 0)))
        for text in file_lines(el):
            # (An entry of a list, as the page sets it: the release's text runs on to it.)
            self.lines.append(Line(text, style="list-item", level=max(depth, 0)))

    def _keep_box_date(self, el) -> None:
        """The release's date set in a strip of the site's (html_datelines): kept as the
        dateline, the strip's other words dropped with it."""
        stamp = box_dateline(el)
        if stamp is None:
            return
        self.flush("", 0)
        self.lines.append(Line(squash(text_of(stamp)).rstrip(" ,;|·")))
        self.kept_published = True
        self.lifted.add(stamp)

    def _field_label(self, el, tag: str) -> bool:
        """A screen-reader label opening a line ("Phone number:" before a number the
        page marks with an icon) names what the line holds: it is read out, so it is
        kept. Hidden words inside a sentence ("opens in a new window") are not."""
        if tag in BLOCKS or "".join(self.buf).strip() or not screen_reader_only(el):
            return False
        if self.in_heading:
            return False  # a headline's hidden "Headline:" or ":" names no field
        text = squash(text_of(el))
        if not text.endswith(":") or len(text.split()) > _FIELD_LABEL_WORDS:
            return False
        parent = el.getparent()
        return parent is not None and len(squash(text_of(parent))) > len(text)

    def _drop_heading_of(self, el) -> None:
        """A heading whose whole section was a link list ("Further information") goes
        with it: left alone it would head the next section's text."""
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is None or tag_of(prev) not in HEADINGS or not self.lines:
            return
        last = self.lines[-1]
        nxt = el.getnext()
        if (
            last.style.startswith("heading")
            and last.text == squash(text_of(prev))
            and (nxt is None or tag_of(nxt) in HEADINGS)
        ):
            self.lines.pop()
            kind, text = self.dropped[-1]
            self.dropped[-1] = (kind, f"{last.text}\n{text}")

    def _table_of_tables(self, table) -> bool:
        """A table inside the release whose cells hold tables lays out the page (old
        sites set header, article and sidebar as tables in one outer table's cells);
        a table of data holds no table in a cell."""
        return not self.sinks and any(t is not table for t in table.iter("table"))

    def _in_release(self, el) -> bool:
        """A <header> holding a heading inside the release's element (not the whole
        page) heads a section of the release ("<section><header><h3>Part two</h3>
        </header>": HTML scopes a header to its section), not the site's banner, which
        stands outside it. So does one holding neither a heading nor a link there: the
        caption of a box of the release ("Contact" over its press officer's card); a
        site's banner always carries the site's links (its logo's, its menu's)."""
        return (
            tag_of(self.root) != "body"
            and (next(el.iter(*HEADINGS), None) is not None or next(el.iter("a"), None) is None)
            and is_inside(el, self.root)
        )

    def _carries_release(self, el) -> bool:
        """True when ``el`` holds most of the release element's prose. Class and id
        words name a box as its template's author saw it, and templates give the column
        that prints the text names taken from what sits beside or inside it (a main
        column named after the menu it shares a grid with, an article body named after
        its share bar): a box holding most of the release's paragraphs is the release,
        whatever it is called. Its menus, share bars and link lists are still dropped
        on their own evidence; a box of names or links holds no paragraphs."""
        if self.release_prose is None:
            self.release_prose = prose_chars(self.root)
        if self.release_prose <= 0:
            return False
        own = prose_chars(el)
        if own >= PROSE_SHARE * self.release_prose:
            return True
        # A column built of blocks of one kind, ads and pictures between them: the
        # blocks together carry the release (html_blocks).
        if not release_block(el):
            return False
        return kind_prose(el, self.root, self.kind_prose) >= PROSE_SHARE * self.release_prose

    def _holds_most_text(self, el) -> bool:
        """``el`` holds most of the release element's text: a column laid out with the
        release in <div>s and <br>s (no <p> to count as prose) and a form under it."""
        if self.root_chars is None:
            self.root_chars = len(squash(text_of(self.root)))
        return len(squash(text_of(el))) >= MOST_TEXT * self.root_chars

    def _holds_root(self, el) -> bool:
        return any(anc is el for anc in self.root.iterancestors())

    def _flush_sink(self, depth: int) -> None:
        """Close the dropped text collected before the release element starts."""
        self.flush("", depth)
        if self.sinks and self.sinks[-1]:
            self.dropped.append(("navigation", "\n".join(self.sinks[-1])))
            self.sinks[-1].clear()

    def block(self, el, style: str, depth: int) -> None:
        tag = tag_of(el)
        if not self.sinks and self._caption(el, tag):
            # A picture's caption: the release's line, never its heading (html_captions).
            before = len(self.lines)
            self.children(el, "caption", depth)
            self.flush("caption", depth)
            if tag == "figcaption":
                self._drop_credits(before)
        elif tag in HEADINGS:
            self.heading(el, int(tag[1]), depth)
        elif tag in ("ul", "ol", "menu"):
            self.list(el, depth + 1)
        elif (
            tag == "table"
            and not self._holds_root(el)
            and not ((el is self.root or self._table_of_tables(el)) and layout_table(el))
        ):
            self.table(el, style, depth)
        elif tag == "dl":
            self.definitions(el, style, depth)
        elif tag == "blockquote":
            self.children(el, "quote", depth)
            self.flush("quote", depth)
        elif tag == "figcaption":
            self.children(el, "caption", depth)
            self.flush("caption", depth)
        elif tag == "pre":
            for part in text_of(el).split("\n"):
                self.add(part)
                self.flush(style, depth)
        else:
            self.children(el, style, depth)
            self.flush(style, depth)

    def _drop_credits(self, start: int) -> None:
        """A figure's credit printed on a line of its own ("Quelle: Name / Agency")
        goes with the picture; the caption's description stays."""
        for line in [line for line in self.lines[start:] if bare_credit(line.text)]:
            self.lines.remove(line)
            self.dropped.append(("image", line.text))

    @staticmethod
    def _caption(el, tag: str) -> bool:
        if tag == "figcaption":
            return True
        if tag in HEADINGS:
            return caption_class(el)  # an <h5 class="bilduntertitel">
        return tag in ("p", "div") and (caption_class(el) or picture_caption(el))

    def definitions(self, el, style: str, depth: int) -> None:
        """A <dl>: a short term printed beside its one-line definition is one line
        ("From: Home Office", "Published 4 March 2019")."""
        self.add(el.text or "")
        skip = None
        for child in el:
            if child is not skip:
                nxt = child.getnext()
                if (
                    tag_of(child) == "dt"
                    and nxt is not None
                    and tag_of(nxt) == "dd"
                    and len(text_of(child).split()) <= 6
                    and not any(tag_of(d) in BLOCKS for d in nxt.iter() if d is not nxt)
                    and child not in self.notes.blocks
                    and nxt not in self.notes.blocks
                ):
                    self.flush(style, depth)
                    self.children(child, style, depth)
                    self.add(" ")
                    self.children(nxt, style, depth)
                    self.flush(style, depth)
                    skip = nxt
                else:
                    self.node(child, style, depth)
            self.add(child.tail or "")
        self.flush(style, depth)

    def heading(self, el, level: int, depth: int) -> None:
        if self.sinks:
            self.children(el, "", depth)
            self.flush("", depth)
            return
        stamp = headline_stamp(el)
        stamp_first = stamp is not None and squash(text_of(el)).startswith(squash(text_of(stamp)))
        if stamp is not None:
            # A date printed in the headline is the release's dateline (html_stamps).
            self.lifted.add(stamp)
            if stamp_first:
                self.flush("", depth)
                self.lines.append(Line(squash(text_of(stamp))))
        kicker = headline_kicker(el) if stamp is None else None
        joined = title_with_kicker(el, kicker) if kicker is not None else None
        if kicker is not None and joined is None:
            # The topic line set over the headline inside it is the site's label of
            # the story (html_kickers): neither the title's first words nor a paragraph.
            self.lifted.add(kicker)
            self.dropped.append(("kicker", visible_words(kicker)))
        before = len(self.lines)
        self.in_heading += 1
        self.children(el, f"heading{level}", depth)
        self.flush(f"heading{level}", depth)
        self.in_heading -= 1
        if (
            joined is not None
            and len(self.lines) > before
            and all(at <= before for at in self.marker_line.values())
        ):
            # The page's title joins kicker and headline: one line, in its words.
            self.lines[before].text = joined
            del self.lines[before + 1 :]
        elif kicker is not None and joined is None and len(self.lines) > before:
            # The separator the template hides after the kicker ("is-hidden", "hideme")
            # goes with it.
            first = self.lines[before]
            first.text = KICKER_SEPARATOR.sub("", first.text)
        for line in self.lines[before:]:
            line.style, line.label, line.level = f"heading{level}", "", 0
            # A soft hyphen only says where a long word may break (LTO's headlines).
            line.text = line.text.replace("\xad", "")
        if (
            level >= 2
            and len(self.lines) == before + 1
            and _sentence_in_heading(self.lines[-1].text)
            and not any(body_paragraph(line) for line in self.lines[:before])
        ):
            # A standfirst set in a heading's type above the text: a paragraph. (Within
            # the text, a sentence set so is the site's crosshead and stays one.)
            self.lines[-1].style = ""
            return
        if len(self.lines) > before:
            if level == 1 and not self.title_h1:
                self.title_h1 = " ".join(line.text for line in self.lines[before:])
            self.last_heading = level
        if stamp is not None and not stamp_first:
            self.lines.append(Line(squash(text_of(stamp))))

    def list(self, el, depth: int) -> None:
        ordered = tag_of(el) == "ol"
        kind = _list_type(el)
        reverse = el.get("reversed") is not None
        items = [c for c in el if tag_of(c) == "li"]
        start = _int(el.get("start"))
        n = start if start is not None else (len(items) if reverse else 1)
        bullet = "" if _unbulleted(el) else _BULLET
        self.add(el.text or "")
        for child in el:
            tag = tag_of(child)
            if tag == "li" and child not in self.notes.blocks:
                if (value := _int(child.get("value"))) is not None:
                    n = value
                self.flush("", depth)
                kind_of = furniture_kind(child, tag)
                if kind_of is not None:
                    self.sink(child, kind_of, "", depth)
                else:
                    if not self.sinks:
                        self.label = list_label(n, kind) if ordered else bullet
                    self.children(child, "list-item", depth)
                    self.flush("list-item", depth)
                    self.label = None
                n += -1 if reverse else 1
            elif tag in ("ul", "ol"):  # invalid but common: <ul><ul>..</ul></ul>
                self.flush("", depth)
                self.list(child, depth + 1)
            else:
                self.node(child, "", depth)
            self.add(child.tail or "")
        self.flush("", depth)

    def table(self, el, style: str, depth: int) -> None:
        rows = [tr for tr in el.iter("tr") if next(tr.iterancestors("table"), None) is el]
        cells = [[c for c in tr if tag_of(c) in ("td", "th")] for tr in rows]
        if all(len(row) <= 1 for row in cells):  # a layout wrapper
            for row in cells:
                for cell in row:
                    self.block(cell, style, depth)
            return
        labelled = all(
            len(row) == 2 and _CELL_LABEL.match(squash(text_of(row[0])) or "-")
            for row in cells
            if row
        )
        if labelled and not self.sinks:
            # EUR-Lex prints numbered recitals and points as two-cell tables.
            for row in cells:
                self.flush(style, depth)
                self.prefix = squash(text_of(row[0]))
                self.block(row[1], style, depth + 1)
                self.prefix = ""
            return
        for row in cells:
            filled = [cell for cell in row if squash(text_of(cell))]
            if len(row) > 1 and len(filled) == 1 and not self.sinks:
                # A row with one filled cell is that cell's text read on its own: the
                # grid says nothing about it (an amendment set beside an empty "present
                # text" cell, a section row). Its paragraphs keep their labels ("(a)").
                self.flush(style, depth)
                self.block(filled[0], style, depth)
                continue
            parts = []
            in_release = not self.sinks  # a row of the release, not of dropped text
            saved = self.row_sinks
            for cell in row:
                self.sinks.append([])
                if in_release:
                    self.row_sinks = len(self.sinks)
                self.children(cell, "", depth)
                self.flush("", depth)
                parts.append(" ".join(self.sinks.pop()))
            self.row_sinks = saved
            markers, self.row_markers = self.row_markers, []
            if any(parts):
                if self.sinks:
                    self.sinks[-1].append(" | ".join(parts))
                else:
                    self.lines.append(Line(" | ".join(parts), style="table"))
                    for marker in markers:  # a note marker in a cell points at its row
                        self.marker_line.setdefault(marker, len(self.lines) - 1)

    def note(self, block) -> None:
        label, _ = self.notes.blocks[block]
        start = len(self.lines)
        saved_label = self.label
        self.label = None
        self.children(block, "", 0)
        self.flush("", 0)
        self.label = saved_label
        new = self.lines[start:]
        if not new:
            return
        text = " ".join(line.text for line in new)
        # A note printed with its number as text ("1. See …") loses it to the label.
        m = re.match(r"^[\[(]?\s*" + re.escape(key(label)) + r"\s*[\]).]?\s+", text)
        if m and key(label):
            text = text[m.end() :]
        del self.lines[start:]
        self.lines.append(Line(text, style="footnote", label=label))
        for marker, line in self.marker_line.items():
            if line > start:  # a marker printed inside this note's own text
                self.marker_line[marker] = start
        self.note_at.append((start, block))

    def resolve_notes(self) -> None:
        for index, block in self.note_at:
            _, markers = self.notes.blocks[block]
            for marker in markers:
                if (line := self.marker_line.get(marker)) is not None and line != index:
                    self.lines[index].note_of = line
                    break
