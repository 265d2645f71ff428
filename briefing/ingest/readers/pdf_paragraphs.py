"""Printed lines -> paragraphs, decided from the geometry of the page.

A paragraph starts where the type changes (size or weight), where the space above a
line is wider than the line pitch, where a line leaves the paragraph's left edge
(first-line indents, hanging labels), where the line before ended short of the right
margin, or where a list label opens a line after a finished sentence. A line that
merely ends in "." is not a paragraph end: in justified text most sentence ends fall
mid-paragraph. A paragraph runs on over a page break unless one of these says it ends.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from briefing.ingest.closing_meeting import meeting_dated
from briefing.ingest.patterns import COURTESY_TITLES
from briefing.ingest.readers.pdf_item_ends import item_cuts
from briefing.ingest.readers.pdf_lines import LABEL, PdfLine
from briefing.ingest.readers.pdf_spacing import SENTENCE_END, spaces_paragraphs

# A list label opening a line, followed by its text.
_LABEL_START = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*\.|\(\w{1,4}\)|[a-z]\)|[ivx]{1,5}\.|[IVX]{1,6}\.|[A-Z]\.|[•▪◦·–—-])\s"
)
# A sentence end at a line's end; a title before a name ("... Ms. M. Suda, Mr." /
# "T. Noda") ends no sentence, so the next line's initial is no label.
_ENDS = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bProf)(?<!\bSt)[.:;!?][\"'”’)\]]?$")
_EXTRA_SPACE = 1.3  # a gap this many line pitches wide separates paragraphs
# A lower-case letter label ("a. The Consumer Price Index ...", "b. For overnight
# deposits"): central banks, ministries and courts letter their sub-points so. It is
# not in _LABEL_START, whose other users (headings, blocks) would read "a." in prose
# as a label; here it only opens an item after a finished sentence or a wide gap, and
# a capital must follow ("p. 12", "c. 1900" and "v. Smith" are no items).
_LETTER_ITEM = re.compile(r"^[a-z][.)]\s+[A-Z]")


@dataclass
class Paragraph:
    lines: list[PdfLine]
    text: str
    cont_x: float | None = None  # left edge of its continuation lines
    markers: list[tuple[str, int]] = field(default_factory=list)  # (marker, page)
    hyphens: list[int] = field(default_factory=list)  # offsets of line-end hyphens

    @property
    def first(self) -> PdfLine:
        return self.lines[0]

    @property
    def last(self) -> PdfLine:
        return self.lines[-1]


@dataclass
class _Page:
    left: float
    right: float
    width: float
    justified: bool = False  # most body lines end flush at the right margin


def body_size(pages: list[list[PdfLine]]) -> float:
    """The size most of the text is set in."""
    weights = Counter[float]()
    for page in pages:
        for line in page:
            weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def build_paragraphs(pages: list[list[PdfLine]], size: float) -> list[Paragraph]:
    """The paragraphs of the pages' body lines, in reading order (``size``: the body's)."""
    geometry: dict[tuple[int, int], _Page] = {}
    for page in pages:
        for column in {line.column for line in page}:
            lines = [line for line in page if line.column == column]
            geometry[(lines[0].page, column)] = _page_geometry(lines)
    _widen_ragged_pages(geometry)
    pitch = _pitches(pages)
    spaced = spaces_paragraphs(
        pages,
        size,
        lambda line: geometry.get((line.page, line.column)),
        lambda line: _step(pitch, line),
    )
    paragraphs: list[Paragraph] = []
    for page in pages:
        for line in page:
            current = paragraphs[-1] if paragraphs else None
            before = paragraphs[-2] if len(paragraphs) > 1 else None
            if current is None or _starts_new(current, line, geometry, pitch, size, before, spaced):
                paragraphs.append(Paragraph([line], line.text))
            else:
                append_line(current, line)
            for marker in line.markers:
                paragraphs[-1].markers.append((marker, line.page))
    paragraphs = _split_inner_lists(paragraphs)
    paragraphs = _split_semicolon_items(paragraphs, geometry)
    unhyphenate(paragraphs)
    return paragraphs


def _split_inner_lists(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Items of a list printed inside a paragraph's lines: "35. ... I vote" / "i. to keep
    ..." / "ii. to remain ... that inflation" / "   progressively aligns ...". A line
    opening with a label is an item when the line under it hangs at the label's text
    (the item wraps under its own first word) or when a later line of the paragraph
    opens with the next label at the same x. A run-in enumeration that merely wraps
    ("... as follows: (a) the budget,") has neither."""
    out: list[Paragraph] = []
    item_x: float | None = None  # text x of the item that closed the paragraph before
    for par in paragraphs:
        first = par.first
        if item_x is not None and abs(first.x0 - item_x) <= 1.5 and first.text[:1].islower():
            # The item's own wrap, read apart because it hangs right of the paragraph's
            # continuation edge: it goes back to its item.
            for line in par.lines:
                append_line(out[-1], line)
                out[-1].markers += [(m, line.page) for m in line.markers]
            item_x = None
            continue
        item_x = None
        cuts = [j for j in range(1, len(par.lines)) if _item_line(par.lines, j)]
        if not cuts:
            out.append(par)
            continue
        last = par.lines[cuts[-1]]
        if cuts[-1] == len(par.lines) - 1 and not _ENDS.search(last.text):
            item_x = last.pieces[1].x0
        out.extend(_cut_at(par, cuts))
    return out


def _cut_at(par: Paragraph, cuts: list[int]) -> list[Paragraph]:
    """``par`` cut before each of its lines numbered in ``cuts``, each piece with its
    own lines' note markers."""
    pieces = []
    for begin, end in zip([0, *cuts], [*cuts, len(par.lines)], strict=True):
        lines = par.lines[begin:end]
        piece = Paragraph([lines[0]], lines[0].text)
        for line in lines[1:]:
            append_line(piece, line)
        piece.markers = [(m, line.page) for line in lines for m in line.markers]
        pieces.append(piece)
    return pieces


def _split_semicolon_items(
    paragraphs: list[Paragraph], geometry: dict[tuple[int, int], _Page]
) -> list[Paragraph]:
    """An unlabelled list's items set one a line, each closing on a semicolon, run
    together because each opens in lower case: cut where ``pdf_item_ends`` reads them."""

    def room(prev: PdfLine, line: PdfLine) -> bool:
        page = geometry.get((prev.page, prev.column))
        return page is not None and line.page == prev.page and _room_for_next(prev, line, page)

    out: list[Paragraph] = []
    for at, par in enumerate(paragraphs):
        after = paragraphs[at + 1].first if at + 1 < len(paragraphs) else None
        before = paragraphs[at - 1].last if at else None
        cuts = item_cuts(par.lines, room, after, before) if len(par.lines) > 1 else []
        if not cuts:
            out.append(par)
            continue
        out.extend(_cut_at(par, cuts))
    return out


def _item_line(lines: list[PdfLine], j: int) -> bool:
    from briefing.ingest.patterns import label_number, match_label

    line = lines[j]
    label = match_label(line.text) if _LABEL_START.match(line.text) else None
    if label is None or len(line.pieces) < 2 or line.shared:
        return False
    number = label_number(label.label)
    if number is None:
        return False
    text_x = line.pieces[1].x0
    below = lines[j + 1] if j + 1 < len(lines) else None
    if below is not None and below.page == line.page and abs(below.x0 - text_x) <= 1.5:
        return text_x - line.x0 < 4 * line.size
    for other in lines[j + 1 :]:
        found = match_label(other.text) if abs(other.x0 - line.x0) <= 1.5 else None
        if found is not None and found.family == label.family:
            return label_number(found.label) == number + 1
    for other in reversed(lines[:j]):
        found = match_label(other.text) if abs(other.x0 - line.x0) <= 1.5 else None
        if found is not None and found.family == label.family:
            return label_number(found.label) == number - 1
    return False


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def unhyphenate(paragraphs: list[Paragraph]) -> None:
    """Drop a line-end hyphen where the document spells the word whole elsewhere and
    never with the hyphen ("imple-" + "mentation"); keep it otherwise: most line-end
    hyphens in releases are compounds ("Secretary-General", "high-level")."""
    if not any(par.hyphens for par in paragraphs):
        return
    vocabulary: Counter[str] = Counter()
    for par in paragraphs:
        vocabulary.update(word.casefold() for word in _WORDS.findall(par.text))
    for par in paragraphs:
        for at in reversed(par.hyphens):
            before = re.search(r"[^\W\d_]+$", par.text[:at])
            after = re.match(r"[^\W\d_]+", par.text[at + 1 :])
            if before is None or after is None or not after.group()[:1].islower():
                continue
            whole = (before.group() + after.group()).casefold()
            hyphenated = f"{before.group()}-{after.group()}".casefold()
            # The hyphenated form counts this very line break once.
            if vocabulary[whole] and vocabulary[hyphenated] <= 1:
                par.text = par.text[:at] + par.text[at + 1 :]


def append_line(par: Paragraph, line: PdfLine) -> None:
    if par.cont_x is None and not LABEL.fullmatch(par.text):
        par.cont_x = line.x0
    elif line.column != par.last.column:
        par.cont_x = line.x0  # run on into the next column: its own left edge
    text = par.text
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha():
        # "Secretary-" + "General": no space; whether the hyphen stays is decided
        # once the document's vocabulary is known (unhyphenate).
        par.hyphens.append(len(text) - 1)
        par.text = text + line.text
    else:
        par.text = f"{text} {line.text}"
    par.lines.append(line)


def _starts_new(
    par: Paragraph,
    line: PdfLine,
    geometry: dict[tuple[int, int], _Page],
    pitch: dict[tuple[int, float], float],
    size: float,
    before: Paragraph | None = None,
    spaced: bool = False,
) -> bool:
    prev = par.last
    if line.table or prev.table:
        return True  # a table row is a unit of its own
    if len(par.lines) == 1 and line.page == prev.page and meeting_dated(prev.text, line.text):
        return False  # "55th plenary meeting" / "24 December 2024": one closing line
    if LABEL.fullmatch(par.text) and not line.shared:
        return False  # "1." alone on its line: its text follows
    if line.shared or prev.shared:
        return True
    if abs(line.size - prev.size) > 0.6:
        return True
    if (
        _weight_break(prev, line)
        and not _bold_lead_runs_on(prev, line, geometry)
        and not (spaced and _spaced_bold_lead(par, line, geometry, pitch))
    ):
        return True
    # From the foot of one column to the head of the next is like a page break.
    same_page = line.page == prev.page and line.column == prev.column
    if same_page:
        gap = prev.y - line.y
        if gap <= 0:
            return True
        step = _step(pitch, prev)
        if gap > _EXTRA_SPACE * step:
            # Extra space inside a sentence is an artefact of the layout: a line in
            # lower case under one that cannot end a paragraph continues it; a list
            # label in lower case ("Thus," / "a. For direct repo ...") is no such line:
            # a lead-in's items are set off by the same space as paragraphs.
            lower = line.text[:1].islower() and not _item_start(line.text)
            return bool(_ENDS.search(prev.text)) or not lower
    if line.bold or line.size > size + 0.6:
        if same_page and line.size <= size + 0.6 and _bold_rows(par, line):
            return True
        if not same_page and _prose_runs_over(par, line, geometry):
            return False
        # Display type is broken by hand: its ragged lines are one heading, unless a
        # page break or a label ("I.", "A.") comes between.
        return not same_page or bool(_LABEL_START.match(line.text))
    if len(par.lines) == 1 and PERSON.match(prev.text) and _ROSTER.match(line.text):
        # "Prof. A. Yaron, Governor of the Bank and Chairperson" / "Mr. A. Abir, Deputy
        # Governor": a roster names one person with an office a line; prose does not
        # open two lines running with a titled name and a comma.
        return True
    if not PERSON.match(prev.text) and _name_entry(prev.text) and _bare_name(line.text):
        # "Mervyn King, Deputy Governor responsible for monetary policy" / "David
        # Clementi, Deputy Governor ..." / "Alan Budd": members listed without titles,
        # one a line. A wrapped sentence opening with a name and a comma goes on with
        # more than a name on its next line (or ends it with a full stop). A roster
        # writing titles ("Ms. N. Eitan, Director of the Communications, Public Affairs
        # & Community" / "Relations Department") writes one on every entry: an untitled
        # line under a titled entry is that entry's office carried over (the rule above).
        return True
    if _surname_first(prev.text) and _surname_first(line.text):
        # "Kim, Min-Ho, Director General of ..." / "Ryoo, Sangdai, Director General ...":
        # a roster writing surnames first (East Asian minutes, UN lists of
        # participants) names one person a line; prose never opens two lines running
        # with "Word, Word," (a wrapped entry's second line is its office: "Department").
        return True
    tolerance = 0.8 * prev.size
    page = geometry.get((prev.page, prev.column))
    if same_page and page is not None and _line_group(par, line, page, before):
        return False
    if same_page and page is not None and _block_wrap(par, line, page):
        return False
    if page is not None and min(line.x0, prev.x0) > page.left + 0.3 * page.width:
        # Lines right of the text column's left part: set flush right or centred when
        # they start at different places (a signature, "25th meeting" over its date),
        # a narrow block (an address) when the line before stops short. Each such line
        # is its own, unless they fill the measure like a column of text.
        moved = same_page and abs(line.x0 - prev.x0) > 1.5
        if moved or prev.x1 < page.right - 2 * prev.size:
            return True
    # Across a column break, x is compared relative to each column's left edge.
    shift = 0.0
    here = geometry.get((line.page, line.column))
    if page is not None and here is not None and line.column != prev.column:
        shift = here.left - page.left
    if par.cont_x is not None and abs(line.x0 - shift - par.cont_x) > tolerance:
        return True
    ends = bool(_ENDS.search(prev.text))
    lower = line.text[:1].islower()
    if par.cont_x is None and line.x0 > prev.x0 + tolerance:
        # Indented under a first line: text aligned under the first line's second word
        # is a hanging label's ("1.  The Board ..."); anything else is a new paragraph.
        hanging = any(abs(p.x0 - line.x0) <= 1.5 for p in prev.pieces[1:])
        if not (hanging or LABEL.fullmatch(par.text) or lower or _turnover(prev, line, page)):
            return True
    if spaced and same_page and page is not None and _spaced_wrap(par, line, size, page):
        # The document sets its paragraphs apart with space (pdf_spacing) and this line
        # follows at the plain pitch under an unfinished sentence: the same paragraph
        # goes on, however short the line before stops (a long word carried over).
        return False
    if prev.text.endswith("-") and prev.text[-2:-1].isalpha():
        return False  # a word broken at the line end goes on
    if page is not None and not ends and not lower and _no_room(prev, line, page):
        # Ragged type wraps a line where the next word does not fit: a line that stops
        # short by less than the width of the word opening the next ("... since the" /
        # "Committee's June meeting") was wrapped, not ended. A paragraph's last line
        # leaves room for more words, or ends its sentence.
        return False
    body = abs(prev.size - size) <= 0.6
    if page is not None and ends and not lower and body and _room_for_next(prev, line, page):
        # Word processors fill a line greedily: a line of body text that ends a sentence
        # and leaves room for the next line's first word was ended by hand, so its
        # paragraph ended ("... to award rural business grants." / "Clean energy ..."),
        # in ragged type as in justified, and on a page's last line as elsewhere. (Small
        # print, notes and table cells, is set in narrower measures than the page's.)
        return True
    if page is not None and prev.x1 < page.right - max(4 * prev.size, 0.12 * page.width):
        if not ends and _open_ended(prev.text) and not _item_start(line.text):
            # "... for these exposures as of" / "30 September 2022, and will ...":
            # a line stopping on "of", "the" or "and" has not said its piece, however
            # short ragged type leaves it; a paragraph never ends on such a word.
            return False
        return ends or not lower  # the line before stopped short: its paragraph ended
    short = page is not None and page.justified and prev.x1 < page.right - 1.5 * prev.size
    if short and ends and line.text[:1].isupper():
        # Justified type fills every line of a paragraph but its last: a sentence end
        # that stops short of the margin, with a capital after it, ends the paragraph
        # even when only a word's width is left (ragged type needs the wider gap above).
        return True
    return ends and (_item_start(line.text) or _designation_start(line.text))


# Label families that designate a part of an act run into its text.
_DESIGNATIONS = ("article", "§", "section")


def _designation_start(text: str) -> bool:
    """``text`` opens with an act's designation run into its text ("Art. 16. - Le ...",
    "Artigo 2º Esta ...", "Sec. 3. ..."): laws, decrees and orders print each article
    as a paragraph of its own, its designation the first words, and the line before
    may be filled to the margin by the last article's final sentence. A sentence
    citing one ("Article 5 of the Convention") has no separator after the number, so
    it is no label (patterns.LABELS)."""
    from briefing.ingest.patterns import match_label

    if not text[:1].isupper() and text[:1] != "§":
        return False
    found = match_label(text)
    return found is not None and found.family in _DESIGNATIONS


def _prose_runs_over(par: Paragraph, line: PdfLine, geometry: dict[tuple[int, int], _Page]) -> bool:
    """A paragraph in type a little larger than the body's runs over the page break: a
    release pasted together from two sources sets some paragraphs in 12 point over an
    11-point body, and they are prose, not display type. Its lines fill the measure,
    the last one on the page has not ended its sentence and the next page goes on in
    lower case; a heading is neither set full out over two lines nor continued so."""
    prev = par.last
    page = geometry.get((prev.page, prev.column))
    return (
        page is not None
        and len(par.lines) >= 2
        and line.page == prev.page + 1
        and line.text[:1].islower()
        and not _ENDS.search(prev.text)
        and prev.x1 >= page.right - 2 * prev.size
    )


def _open_ended(text: str) -> bool:
    """``text`` stops on a word that cannot end a sentence ("of", "the", "and")."""
    from briefing.ingest.patterns import FUNCTION_WORDS

    words = text.split()
    return bool(words) and words[-1].lower() in FUNCTION_WORDS


def _turnover(prev: PdfLine, line: PdfLine, page: _Page | None) -> bool:
    """``line`` is the turnover of an entry set with a hanging indent: "Dr. M. S., Head
    of Macroeconomic and Policy Division and Acting" (filling the measure, no sentence
    end) / "    Director of the Research Department". Rosters, lists of documents and
    bibliographies indent an entry's later lines a little so the entries' first words
    stand out; a new paragraph indented under a full line is not possible without the
    line above ending its sentence (or a label opening the new one)."""
    if page is None or line.page != prev.page or line.column != prev.column:
        return False
    if _ENDS.search(prev.text) or _item_start(line.text):
        return False
    full = prev.x1 >= page.right - 2 * prev.size
    return full and line.x0 - prev.x0 <= 3 * prev.size


_LIST_COMMAS = 4
_SURNAME_FIRST = re.compile(
    r"^[A-Z][\w’'-]+,\s+[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?(?:,\s+[A-Z]|\s*\(|$)"
)


def _surname_first(text: str) -> bool:
    """A roster line naming a person surname first: "Lim, Seungtae", "Park, Won Shik
    (Senior Deputy Governor)", "Kim, Min-Ho, Director General of ..."."""
    from briefing.ingest.patterns import FUNCTION_WORDS

    if _ENDS.search(text) or not _SURNAME_FIRST.match(text):
        return False
    if text.rstrip().endswith(",") or text.count(",") >= _LIST_COMMAS:
        # "Afghanistan, Algeria, Azerbaijan, ..., Brunei" / "Darussalam, Burkina Faso,":
        # a list of names wrapped over lines (a draft's sponsors); an entry names one
        # person, and its office holds a comma or two at most.
        return False
    return text.split(",", 1)[0].lower() not in FUNCTION_WORDS


def _item_start(text: str) -> bool:
    """``text`` opens with a list label."""
    return bool(_LABEL_START.match(text) or _LETTER_ITEM.match(text))


def _no_room(prev: PdfLine, line: PdfLine, page: _Page) -> bool:
    """The first word of ``line`` (and the space before it) would not have fitted at
    the end of ``prev``, and ``prev`` reads as prose. Pieces are runs without spaces:
    the first is the first word. A list of names and offices ("Tzong-yau Lin, Director
    General, Department of Economic Research") is read one entry a line whatever its
    lengths: prose is mostly lower-case words, such entries mostly capitalised ones."""
    word = line.pieces[0]
    if word.sup or len(word.text) < 2:
        return False
    words = [w for w in prev.text.split() if w[:1].isalpha()]
    if sum(1 for w in words if w[:1].islower()) < 0.5 * len(words):
        return False
    return page.right - prev.x1 < (word.x1 - word.x0) + 0.25 * line.size


def _room_for_next(prev: PdfLine, line: PdfLine, page: _Page) -> bool:
    """The first word of ``line``, with a space before it, would have fitted at the end
    of ``prev`` with half a font size to spare (the converse of ``_no_room``)."""
    word = line.pieces[0]
    if word.sup or not word.text[:1].isalnum():
        return False
    return page.right - prev.x1 > (word.x1 - word.x0) + 0.5 * max(prev.size, line.size)


def _bold_rows(par: Paragraph, line: PdfLine) -> bool:
    """Bold lines of body size that are rows, not the wrap of one heading: a line set
    at another left edge than the one above that is neither the hanging indent of a
    labelled heading ("D.  Political rights" / "(Recommendations 73-76)") nor centred
    under it (a list of names indented under "Members Present"), or stacked lines
    opening with a person's title ("Mr. T. Noda" / "Ms. M. Suda"). A heading wraps at
    one edge, and a roster names one person per line."""
    prev = par.last
    if abs(line.x0 - prev.x0) > 0.8 * prev.size:
        hanging = any(abs(p.x0 - line.x0) <= 1.5 for p in par.first.pieces[1:])
        centred = abs((line.x0 + line.x1) - (prev.x0 + prev.x1)) <= prev.size
        return not (hanging or centred)
    return bool(PERSON.match(line.text) and PERSON.match(prev.text))


def _weight_break(prev: PdfLine, line: PdfLine) -> bool:
    """A change of weight where the lines meet: a bold heading line ends or starts, or a
    bold run-in head opens a line after a finished sentence ("Vote. The Committee ...").
    A bold word at the end of a line whose sentence runs on ("tasked to **resolve**" /
    "housing problems") is emphasis: releases bold key words inside paragraphs, and a
    sentence does not end without its full stop."""
    if _edge_bold(prev, last=True) == _edge_bold(line):
        return False
    if line.bold and not prev.bold and line.text[:1].islower() and not _ENDS.search(prev.text):
        # The same emphasis a line further on: "... the effective rate would be" /
        # "**the weighted average of the interbank rates, or 7.5 percent**": a heading
        # never opens in lower case in the middle of a sentence.
        return False
    return prev.bold or line.bold or bool(_ENDS.search(prev.text))


def _bold_lead_runs_on(
    prev: PdfLine, line: PdfLine, geometry: dict[tuple[int, int], _Page]
) -> bool:
    """A bold lead sentence running on into the paragraph's regular text: "Most members
    noted that inflation had eased. Some" (bold, filling the measure) / "members pointed
    out that ..." (regular). Minutes and reports open paragraphs with a bold summary
    sentence; the next one starts on the same line. A heading neither fills the line to
    the right margin nor has its sentence carried on in lower case below it."""
    if not prev.bold or line.bold or _ENDS.search(prev.text) or not line.text[:1].islower():
        return False
    page = geometry.get((prev.page, prev.column))
    return page is not None and prev.x1 >= page.right - 2 * prev.size


def _spaced_bold_lead(
    par: Paragraph,
    line: PdfLine,
    geometry: dict[tuple[int, int], _Page],
    pitch: dict[tuple[int, float], float],
) -> bool:
    """In a document that sets its paragraphs apart with space (pdf_spacing), a bold
    sentence filling the measure with regular text under it at the plain line pitch:
    "Trading partners were projected to grow by 2.7 percent." (bold, full) / "Services
    remained the main driver ..." (regular, no space between). A heading in such a
    document has space under it like every paragraph; a bold lead sentence is the
    first line of its paragraph. A heading is also rarely as long as the measure."""
    prev = par.last
    if len(par.lines) != 1 or not prev.bold or line.bold or prev.size != line.size:
        return False
    if line.page != prev.page or line.column != prev.column or not line.text[:1].isupper():
        return False
    if not SENTENCE_END.search(prev.text) or _item_start(prev.text):
        return False  # a labelled heading ("H. Comparison ..."), a lead-in ("...:")
    page = geometry.get((prev.page, prev.column))
    gap = prev.y - line.y
    return (
        page is not None
        and prev.x1 >= page.right - 2 * prev.size
        and 0 < gap <= 1.15 * _step(pitch, prev)
    )


def _block_wrap(par: Paragraph, line: PdfLine, page: _Page) -> bool:
    """``line`` wraps the text of a block set narrower than the page: a centred title
    ("RESTORATION OF THE LAWFUL RIGHTS OF THE" / "PEOPLE'S REPUBLIC"), a cover's list of
    sponsors indented on both sides. Such a block leaves room at both margins and its
    lines, starting at different places, share a centre. A sentence end or a label
    still opens a new paragraph."""
    prev = par.last
    if _ENDS.search(prev.text) or _LABEL_START.match(line.text) or not line.text.split():
        return False
    room = 2 * prev.size
    if min(prev.x0, line.x0) < page.left + room or max(prev.x1, line.x1) > page.right - room:
        return False
    # Lines at one left edge are left to the other rules: from two lines alone a wrap
    # cannot be told from a list of names (the block's right edge is unknown).
    moved = abs(line.x0 - prev.x0) > 1.5
    return moved and abs((line.x0 + line.x1) - (prev.x0 + prev.x1)) <= 1.2 * prev.size


def _short(line: PdfLine, page: _Page) -> bool:
    return line.x1 - line.x0 < 0.6 * page.width


# A person named with a title; with an office after a comma, a roster entry
# ("Mr. K. Ido, Executive Director").
PERSON = re.compile(rf"^(?:{COURTESY_TITLES})\.?\s")
_ROSTER = re.compile(PERSON.pattern + r"[^,]{1,40},\s")


_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|der|da|di|del))*?\s+[A-Z][\w’'-]+"
_NAME_ENTRY = re.compile(rf"^{_NAME},\s+[A-Z]")
_BARE_NAME = re.compile(rf"^{_NAME}(?:,\s+[A-Z][^.;:]*)?$")


def _entry_shape(text: str) -> bool:
    """A name of 2-4 words before any comma, and an office, not a clause, after it: no
    semicolon or bracket (prose enumerating people: "...; Dr." / "Rajiv Ranjan, Executive
    Director (the officer of the"), not stopping on a word like "the" or "of"."""
    from briefing.ingest.patterns import FUNCTION_WORDS

    if len(text.split(",", 1)[0].split()) > 4 or any(ch in text for ch in ";()"):
        return False
    return text.rsplit(None, 1)[-1].lower() not in FUNCTION_WORDS


def _name_entry(text: str) -> bool:
    """A line opening with a person's name and an office after a comma, ending no
    sentence ("Charles Bean, Deputy Governor responsible for monetary policy")."""
    # (A line ending on a comma is a run of names wrapped: "A Lin, B Chen," / "C Wu".)
    if text.rstrip().endswith(",") or _ENDS.search(text):
        return False
    return bool(_NAME_ENTRY.match(text)) and _entry_shape(text)


def _bare_name(text: str) -> bool:
    """A whole line that is a person's name (2-4 capitalised words), perhaps with an
    office after a comma: a roster's entry, not a wrapped sentence's next line."""
    return bool(_BARE_NAME.match(text)) and _entry_shape(text)


def _line_group(par: Paragraph, line: PdfLine, page: _Page, before: Paragraph | None) -> bool:
    """An address, a signature or a letterhead: short lines of body type stacked at one
    left edge at the line pitch, none ending a sentence ("His Excellency" / "Mr. X" /
    "Secretary-General" / "New York"; "(Signed) A. Berg" / "Ambassador"). Letters, notes
    verbales and contact cards print such blocks in every release family; a reader
    takes each as one unit, and a prose paragraph never consists of short lines
    without a full stop. A line ending in "." or ":" or a label still opens its own
    paragraph (a one-line paragraph under a heading set in body type)."""
    if not all(_short(p, page) and abs(p.x0 - line.x0) <= 1.5 for p in par.lines):
        return False
    if not _short(line, page) or line.bold or _edge_bold(par.last, last=True):
        return False
    if any(_ENDS.search(p.text) or p.text.endswith(",") for p in (par.last, line)):
        return False  # a sentence, a salutation ("Excellency,") or a close ("Yours,")
    if _LABEL_START.match(line.text):
        return False
    # A list of people is read one per line, unlike an address: lines announced by a
    # colon ("The following members were present:"), lines opening alike ("Mr. ..." /
    # "Mr. ..."), several titled names, a name followed by an office.
    if before is not None and before.text.rstrip().endswith(":"):
        return False
    if before is not None and _stacked(before.last, par.first, page):
        return False  # the line above was read on its own: so is the rest of its list
    group = [*par.lines, line]
    firsts = [p.text.split(maxsplit=1)[0] for p in group if p.text.split()]
    if len(set(firsts)) < len(firsts):
        return False
    if sum(1 for p in group if PERSON.match(p.text)) > 1:
        return False  # several people: an address names one
    return not any(_ROSTER.match(p.text) for p in group)


def _stacked(above: PdfLine, line: PdfLine, page: _Page) -> bool:
    """``line`` sits right under the short line ``above`` at its left edge (or heads
    the next page under it). A list entry naming an office can run past the short
    measure ("Paul Tucker, Deputy Governor responsible for financial stability"): a
    line that stops a fifth of the measure short of the margin, without a sentence's
    end, or names a person and an office, is still a list's line, not prose."""
    same = above.page == line.page and above.column == line.column
    close = 0 < above.y - line.y <= 2 * above.size if same else above.page + 1 == line.page
    listed = above.x1 < page.right - 0.2 * page.width and not _ENDS.search(above.text)
    # A name with an office after a comma is a list's line whatever its length.
    listed = listed or _name_entry(above.text)
    return close and abs(above.x0 - line.x0) <= 1.5 and (_short(above, page) or listed)


def _edge_bold(line: PdfLine, last: bool = False) -> bool:
    pieces = [p for p in line.pieces if not p.sup and any(c.isalnum() for c in p.text)]
    pieces = pieces or line.pieces
    return (pieces[-1] if last else pieces[0]).bold


def _page_geometry(page: list[PdfLine]) -> _Page:
    size = body_size([page])
    ends = sorted(line.x1 for line in page if abs(line.size - size) <= 0.6 and not line.shared)
    starts = sorted(line.x0 for line in page if abs(line.size - size) <= 0.6 and not line.shared)
    if not ends:
        return _Page(min(line.x0 for line in page), max(line.x1 for line in page), 1.0)
    right = ends[int(0.9 * (len(ends) - 1))] if len(ends) >= 5 else ends[-1]
    flush = sum(1 for x in ends if abs(x - right) <= 1.5)
    justified = len(ends) >= 8 and flush >= 0.6 * len(ends)
    return _Page(starts[0], right, max(right - starts[0], 1.0), justified)


def _widen_ragged_pages(geometry: dict[tuple[int, int], _Page]) -> None:
    """A page of short lines (a cover's roster, an agenda, a list of participants)
    gives a right margin far left of the real one, and its longest line then reads as
    a full one. A document keeps one measure from page to page: where the pages whose
    lines fill it (justified) agree on a wider measure, the narrow page takes it. A page
    whose lines already reach the right margin those pages keep is not narrow: its text
    starts further right (an act's articles indented under their captions), and the
    measure added to its left edge would put its margin beyond the page's."""
    for column in {key[1] for key in geometry}:
        filled = [page for key, page in geometry.items() if key[1] == column and page.justified]
        if not filled:
            continue
        measure = sorted(page.width for page in filled)[len(filled) // 2]
        margin = sorted(page.right for page in filled)[len(filled) // 2]
        for key, page in geometry.items():
            if key[1] != column or page.justified or page.width >= 0.95 * measure:
                continue
            if page.right >= margin - 0.03 * measure:
                continue  # (glyph boxes stop short of the advance by a few points)
            page.right = page.left + measure
            page.width = measure


def _step(pitch: dict[tuple[int, float], float], line: PdfLine) -> float:
    """The line pitch of ``line``'s page and size (the document's where the page has too
    few lines to say)."""
    return pitch.get((line.page, line.size)) or pitch.get((-1, line.size), 1.25 * line.size)


def _body_pair(prev: PdfLine, line: PdfLine, size: float) -> bool:
    """Both lines are set in the body's type."""
    return abs(prev.size - size) <= 0.6 and abs(line.size - size) <= 0.6


def _spaced_wrap(par: Paragraph, line: PdfLine, size: float, page: _Page) -> bool:
    """``line`` carries on a sentence of body type that ``par`` has not finished: the
    line before stops with no sentence end inside a wrapped paragraph of prose (or is
    one line stopping on "of", "het", "the", or on a comma: "Director General," /
    "Research Department"), and ``line`` opens with a word, not a label, bullet or
    titled name, nor turns to capitals under mixed case (a signature's office under its
    place and date). A list of one-line entries (a roster, a table of contents) and a
    heading in title case are no such paragraph."""
    prev = par.last
    return (
        _body_pair(prev, line, size)
        and not _ENDS.search(prev.text)
        and (
            (_wrapped_prose(par, page) and not _item_after_room(prev, line, page))
            or _open_ended(prev.text)
            or prev.text.endswith(",")
        )
        and line.text[:1].isalnum()
        and not _item_start(line.text)
        and not PERSON.match(line.text)
        and (prev.text.isupper() or not line.text.isupper())
    )


def _item_after_room(prev: PdfLine, line: PdfLine, page: _Page) -> bool:
    """``prev`` stops on a word in lower case (or a figure) with room left for ``line``'s
    first word, a capital: the wrap would have carried that word up, so ``line`` opens
    the next entry of a list set without space or printed bullets ("... to audit" /
    "their own accounts" / "Improving the reports"). A line broken by hand inside a name
    ("its Data" / "Board.") stops on a capitalised word and still goes on."""
    last = prev.text.split()[-1:]
    return (
        bool(last)
        and not last[0][:1].isupper()
        and line.text[:1].isupper()
        and _room_for_next(prev, line, page)
    )


def _wrapped_prose(par: Paragraph, page: _Page) -> bool:
    """``par`` is prose wrapped over lines: the line before its last reaches the right
    margin, and most of its words are in lower case."""
    if len(par.lines) < 2:
        return False
    before = par.lines[-2]
    if before.x1 < page.right - 2 * before.size:
        return False
    words = [w for w in par.text.split() if w[:1].isalpha()]
    return sum(1 for w in words if w[:1].islower()) >= 0.5 * len(words)


def _pitches(pages: list[list[PdfLine]]) -> dict[tuple[int, float], float]:
    """The usual distance between baselines of consecutive lines, per font size: keyed
    (-1, size) for the document and (page, size) where a page holds enough lines to
    say. Documents change spacing from page to page (a single-spaced cover or roster,
    a double-spaced body; a 1.5-spaced annex): a gap is wide or not against the line
    pitch of its own page."""
    steps: dict[tuple[int, float], Counter[float]] = {}
    for page in pages:
        for before, line in itertools.pairwise(page):
            if before.size == line.size and before.row != line.row:
                gap = round(before.y - line.y, 1)
                if 0 < gap < 2.5 * line.size:
                    steps.setdefault((-1, line.size), Counter())[gap] += 1
                    steps.setdefault((line.page, line.size), Counter())[gap] += 1
    out: dict[tuple[int, float], float] = {}
    for key, counts in steps.items():
        top = counts.most_common(1)[0][1]
        if key[0] == -1:
            # The smallest common step is the line pitch; wider ones are paragraph spacing.
            common = [gap for gap, n in counts.items() if n >= max(2, top // 4)]
        elif counts.total() >= 6:
            # On one page a stray single-spaced block among double-spaced lines does
            # not set the pitch: the step half the page's lines keep does.
            common = [gap for gap, n in counts.items() if n >= max(3, top // 2)]
        else:
            continue
        out[key] = min(common) if common else counts.most_common(1)[0][0]
    return out
