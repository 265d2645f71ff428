"""Group a reader's lines into blocks: one block per printed paragraph, list item or line.

Plain text and PDF text arrive as physical lines. Consecutive lines belong to one block
when they are hard wraps of one paragraph; other line breaks (menus, agenda items, a
statement whose paragraphs are single lines) start a new block. HTML and DOCX readers
already deliver one line per block.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, count
from operator import and_, gt
from typing import Generic, TypeVar

from briefing.ingest.abbreviation_stops import initialism_goes_on, stops_on_abbreviation
from briefing.ingest.capitals_prose import capitals_prose_cut
from briefing.ingest.cjk_wraps import full_measure, wraps
from briefing.ingest.closing_meeting import MEETING_ENDS, is_meeting_line, meeting_dated
from briefing.ingest.comma_runs import comma_run_goes_on
from briefing.ingest.dash_topics import topic_line
from briefing.ingest.date_alone import date_alone
from briefing.ingest.dates import find_date
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.field_openings import opens_field
from briefing.ingest.headline_breaks import headline_over_sentence
from briefing.ingest.indent_starts import small_first_line_indent
from briefing.ingest.indent_wraps import (
    margin_line_goes_on,
    opens_under_single_line,
    text_first_line_indent,
)
from briefing.ingest.inline_pieces import goes_on_after_piece, inline_piece, opens_on_punctuation
from briefing.ingest.label_runs import initial_wrapped, pair_label_column, sequence_starts
from briefing.ingest.lead_in_colons import colon_lead_in
from briefing.ingest.lettered_sections import is_section_line
from briefing.ingest.line_measure import LineMeasure, line_measure
from briefing.ingest.marked_starts import mark_after_stop
from briefing.ingest.marker_cuts import clause_marker_end, word_broken_after_cut
from briefing.ingest.numbered_wraps import (
    heading_over_number,
    numbered_run,
    wraps_in_numbered,
)
from briefing.ingest.page_matter import ends_on_page_number, page_number_line
from briefing.ingest.patterns import (
    _NOTE_MARK_FIRST,
    FUNCTION_WORDS,
    LabelMatch,
    closing_quote_end,
    label_number,
    match_footnote_label,
    match_label,
)
from briefing.ingest.patterns import (
    ends_sentence as sentence_ends,
)
from briefing.ingest.place_datelines import is_place_dateline, lead_under_dateline, may_head_lead
from briefing.ingest.raised_cuts import printed_line, raised_cut
from briefing.ingest.resolution_crossheads import crosshead_between_clauses
from briefing.ingest.roman_heads import section_numerals
from briefing.ingest.roman_sections import numeral_after_clause, section_title_ends
from briefing.ingest.roster_heads import entry_ends
from briefing.ingest.roster_lines import roster_break
from briefing.ingest.run_in_labels import opens_run_in, runs_in
from briefing.ingest.semicolon_items import semicolon_item_end
from briefing.ingest.short_cuts import short_prose_cut
from briefing.ingest.side_keys import opens_keyed_list
from briefing.ingest.stranded_heads import stranded_heading
from briefing.ingest.text_fragments import (
    COLUMN_GAP,
    LONG_LINE,
    block_a_line,
    grid_row_goes_on,
    is_table_row,
    paragraph_per_line,
)
from briefing.ingest.text_tables import layout_rows, link_table_notes, read_row, row_break
from briefing.ingest.titled_labels import titled_section_line
from briefing.ingest.unmarked import (
    blank_lines_are_page_breaks,
    blank_runs_rare,
    margin,
    possessive_cut,
    wrapped_dash,
    year_wraps,
)
from briefing.ingest.unwrapped_heads import unwrapped_first_line
from briefing.ingest.wrap_cuts import (
    bracket_closed_by_figure,
    bracket_goes_on,
    caps_heading_cut,
    cut_at_note_mark,
    label_wrapped,
)
from briefing.lazyre import lazy


# (slots: ~30,000 Blocks in a 5 MB text, their features read again and again by the
# role rules; quicker without a per-instance dict. Nothing adds attributes to a Block.)
@dataclass(slots=True)
class Block:
    """A unit of the source before it gets a role.

    ``text`` is the block as it will appear in the release text (label included).
    ``wraps`` are offsets in ``text`` of newlines left by joined hard wraps (plain text
    keeps them and suggests joining; PDF text is joined with spaces and has none).
    """

    text: str
    style: str = ""
    level: int = 0
    blank_before: int = 0
    line_count: int = 1
    wraps: list[int] = field(default_factory=list)
    # A note whose marker's place the format recorded: index of the block holding it.
    note_of: int | None = None
    # A key cut from the list item it shared a line with ("Menimbang :"; side_keys).
    side_key: bool = False
    # A form feed stands before the block's first line: it opens a page (page_break_marks).
    after_page_break: bool = False
    # Features asked for many times while giving roles: computed once per block.
    label: LabelMatch | None = field(init=False)
    footnote_label: LabelMatch | None = field(init=False)
    word_count: int = field(init=False)
    ends_sentence: bool = field(init=False)

    def __post_init__(self) -> None:
        self.label = match_label(self.text)
        first = self.text[:1]
        self.footnote_label = (
            match_footnote_label(self.text) if first in "*※[0123456789¹²³⁰⁴⁵⁶⁷⁸⁹" else None
        )
        if first == "*" and self.footnote_label is not None and opens_emphasis(self.text):
            self.footnote_label = None
        # Capped at 9: only ever compared with thresholds of 8 or less (roles.py).
        self.word_count = len(self.text.split(None, 8))
        if self.word_count < 9:
            self.word_count = min(9, self.word_count + unspaced_words(self.text))
        self.ends_sentence = sentence_ends(self.text)


def heading_rank(block: Block) -> int | None:
    """The rank of a line the format styles as a heading: "heading1" 1, "heading3" 3
    ("heading" alone is 1); None for a line in no heading style."""
    if not block.style.startswith("heading"):
        return None
    digits = block.style.removeprefix("heading")
    return int(digits) if digits.isdigit() else 1


_CJK = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def opens_emphasis(text: str) -> bool:
    """Whether ``text`` opens with Markdown emphasis ("**AFFIRMING** our support ...",
    "*ad valorem* rate"), not with a note's "*" marker. In Markdown pasted as text the
    stars stay; CommonMark reads a run of stars as emphasis only when it is glued to the
    word it opens and closed by the same run after a word on the line, whereas a note's
    marker stands apart from its text ("** Excluding ...") or is never closed."""
    run = len(text) - len(text.lstrip("*"))
    if not 1 <= run <= 3 or text[run : run + 1].isspace() or not text[run:]:
        return False
    close = text.find("*" * run, run + 1)
    return close > run and not text[close - 1].isspace()


def _bold_line(line: str) -> bool:
    """A line set all in Markdown bold: "**...**" (or "__...__") with no other mark."""
    bare = line.strip()
    for mark in ("**", "__"):
        if len(bare) > 4 and bare.startswith(mark) and bare.endswith(mark):
            return mark not in bare[2:-2]
    return False


def _note_mark(line: str) -> LabelMatch | None:
    """A note's marker opening ``line`` (never Markdown emphasis: "*ad valorem* rate"
    opening a wrapped line goes on with its sentence)."""
    found = match_footnote_label(line)
    if found is not None and line[:1] == "*" and opens_emphasis(line):
        return None
    return found


_HANGUL_RUN = lazy(r"[\uac00-\ud7a3]+")


def cjk_words(text: str) -> int:
    """Words to add to the count of spaced words in Chinese, Japanese or Korean text
    (only the first 400 characters are looked at; counts are compared with small
    thresholds).

    Chinese and Japanese write no spaces: about two characters a word. Korean spaces its
    words, but each spaced word carries its endings and particles ("정례브리핑을",
    "시작하겠습니다"): a six-word Korean sentence says what English says in ten or more,
    so thresholds set for English words never saw a Korean opening line as a sentence.
    A Hangul syllable counts as half a word, as a Chinese character does: the spaced
    words already counted are taken off that, never below them."""
    extra = len(_CJK.findall(text, 0, 400)) // 2
    runs = _HANGUL_RUN.findall(text, 0, 400)
    if runs:
        extra += max(0, sum(map(len, runs)) // 2 - len(runs))
    return extra


# Thai, Lao, Burmese and Khmer: alphabets (vowel and tone marks are code points of their
# own) written without spaces between words; a space parts phrases or clauses.
_UNSPACED_RUN = lazy(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
# Those scripts, kana, Han, Hangul and whatever else lies above U+3040 (full-width forms):
# a line with none of them is counted by its spaces alone.
_UNSPACED_OR_WIDE = lazy(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\U0010ffff]")
# Letters (marks included) to a word: about five, as in English; a whole Thai headline
# ("สรุปข่าวการประชุมคณะรัฐมนตรี", a summary of the Cabinet's meeting) is one spaced word.
UNSPACED_LETTERS_PER_WORD = 5


def unspaced_words(text: str) -> int:
    """Words to add to the count of spaced words for scripts that write none, or few,
    spaces: a gate on a line's length measures how much it says, whatever the script.
    Chinese, Japanese, Korean: ``cjk_words``. Thai, Lao, Burmese, Khmer: a run of
    letters counts one word per five letters, never below the one word it was counted
    as. Cheap for Latin text: isascii is a flag read in C, then one failed scan of a
    character class over the first 200 characters (a dash's or a curly quote's line)."""
    if text.isascii() or _UNSPACED_OR_WIDE.search(text, 0, 200) is None:
        return 0
    extra = cjk_words(text)
    runs = _UNSPACED_RUN.findall(text, 0, 400)
    if runs:
        extra += max(0, sum(map(len, runs)) // UNSPACED_LETTERS_PER_WORD - len(runs))
    return extra


def segment(extracted: Extracted) -> list[Block]:
    """Blocks of ``extracted`` in reading order (empty lines only separate blocks)."""
    from briefing.ingest.bare_numbers import label_bare_numbers, label_cjk_item_lines
    from briefing.ingest.block_scan import texts_of
    from briefing.ingest.close_paren_notes import label_close_paren_notes
    from briefing.ingest.dash_numbers import (
        keep_counted_dash_numbers,
        label_glued_dash_runs,
        label_roman_dash_runs,
        openings,
    )
    from briefing.ingest.indent_levels import nest_by_indent
    from briefing.ingest.lost_bullets import label_lost_bullets, lost_bullet
    from briefing.ingest.mend import (
        join_cut_paragraphs,
        link_numbered_notes,
        link_recorded_markers,
        mend_page_breaks,
        split_glued,
    )
    from briefing.ingest.page_break_marks import mark_page_breaks
    from briefing.ingest.printed_line_blocks import join_printed_lines
    from briefing.ingest.run_in_bullets import split_run_in_bullets
    from briefing.ingest.side_keys import split_side_keys

    block_of: list[int] = []  # line index -> index of the block it went into
    if extracted.blocks_are_paragraphs:
        blocks = _blocks_from_paragraphs(extracted.lines, block_of)
    else:
        # (The table rows laid out in columns, found once: "a" notes under them first.)
        rows = link_table_notes(extracted.lines)
        blocks = _blocks_from_lines(extracted.lines, extracted.join_wraps, block_of, rows)
    blocks, moved = split_glued(blocks)
    blocks, pieces = split_run_in_bullets(blocks)  # "...: • one; • two" on one line
    moved = [pieces[m] if m < len(pieces) else len(blocks) for m in moved]
    blocks, pieces = split_side_keys(blocks)  # "Menimbang : a. bahwa ..." / "b. ..."
    moved = [pieces[m] if m < len(pieces) else len(blocks) for m in moved]
    _star_bullets(blocks)
    block_of = _moved(block_of, moved, len(blocks))
    if not extracted.blocks_are_paragraphs:
        if extracted.page_starts:  # (text with form feeds: for mend_page_breaks)
            mark_page_breaks(extracted.page_starts, extracted.lines, blocks, block_of)
        # (Whether the text sets a paragraph a line, asked only of a block ending on a
        # semicolon over a lower-case block: most texts never ask.)
        blocks, moved = mend_page_breaks(
            blocks, extracted.join_wraps, _Once(_block_a_line, extracted.lines)
        )
    else:
        if extracted.format == "md":
            # A PDF's printed lines written a Markdown paragraph each (printed_line_blocks).
            blocks, moved = join_printed_lines(blocks)
            block_of = _moved(block_of, moved, len(blocks))
        blocks, moved = join_cut_paragraphs(blocks, extracted.format)
    block_of = _moved(block_of, moved, len(blocks))
    if not extracted.blocks_are_paragraphs or extracted.format == "md":
        # (Before notes are linked: "2 In 2023 ..." is a paragraph, not a note.) Markdown
        # too: "1 Text" is no list there, so a text numbered so keeps its numbers as text.
        label_bare_numbers(blocks)
    if not extracted.blocks_are_paragraphs:
        label_cjk_item_lines(blocks)  # "1 日時", "2 場所": a Japanese list's items
    keep_counted_dash_numbers(blocks)  # "1- ...", "2- ...": a list only where they count
    # (The blocks' first characters, joined once: the two passes below change labels
    # only, and each runs only where its run shows in them.)
    opened = openings(blocks)
    label_glued_dash_runs(blocks, opened)  # "–op welk ...", "–waarvoor ...": a list's lost tab
    label_roman_dash_runs(blocks, opened)  # "I - Plenário;", "II - Presidência;": incisos
    if "?" in opened or "!" in opened:  # "? The ...", "! Title II": bullets lost to "?"
        glyph = lost_bullet(texts_of(blocks), blocks=True)
        if glyph:  # (the blocks whose mark stood alone on its line over their text)
            lone = [i for i, line in enumerate(extracted.lines) if line.text.strip() == glyph]
            alone = {block_of[i] for i in lone}
            label_lost_bullets(blocks, glyph, alone)
    if extracted.format in ("txt", "paste") and not extracted.blocks_are_paragraphs:
        nest_by_indent(extracted, blocks, block_of)  # "- Item" / "  - Sub-item"
    _link_notes(extracted.lines, blocks, block_of)
    link_recorded_markers(blocks, extracted.dropped)
    # ("1) This ..." under "Minutes1)": a note, not a list's item; close_paren_notes.)
    label_close_paren_notes(blocks, extracted.dropped)
    link_numbered_notes(blocks, extracted.dropped)
    return blocks


def _moved(block_of: list[int], moved: list[int], count: int) -> list[int]:
    """``block_of`` (line -> block) after the blocks moved (old block -> new index; past
    the end: ``count``). Most texts have nothing to split or join: every block stays
    where it was, and a line's block index is left as it is (no pass over every line)."""
    if len(moved) == count and moved == list(range(count)) and max(block_of, default=0) <= count:
        return block_of
    return [moved[b] if b < len(moved) else count for b in block_of]


def _star_bullets(blocks: list[Block]) -> None:
    """A star ("* ") opening two or more items of one list is a bullet, not a note's mark:
    a release marks its notes "*", "**", "***" (or "†"), one mark a note, so the same
    single star twice over items is a list, as in Markdown saved as text ("* Item" lines,
    perhaps with "  - sub-item" lines between). Two starred lines in a row may still be
    annotations (a Korean table's "* source" and "* base year"), so a pair is a list only
    under a lead-in (":") or with sub-items; three or more always are."""
    run: list[int] = []
    nested = False
    for i, block in enumerate(blocks):
        if block.footnote_label is not None and block.text.startswith("* "):
            run.append(i)
            continue
        if run and block.label is not None and block.label.family.startswith("bullet"):
            nested = True  # a sub-item under the star's item
            continue
        _label_star_run(blocks, run, nested)
        run, nested = [], False
    _label_star_run(blocks, run, nested)


def _label_star_run(blocks: list[Block], run: list[int], nested: bool) -> None:
    if len(run) < 2:
        return
    lead_in = run[0] > 0 and blocks[run[0] - 1].text.rstrip().endswith(":")
    if len(run) == 2 and not (nested or lead_in):
        return
    for i in run:
        found = blocks[i].footnote_label
        blocks[i].label = LabelMatch("*", "bullet:*", found.body_offset if found else 2)
        blocks[i].footnote_label = None


def _link_notes(lines: list[Line], blocks: list[Block], block_of: list[int]) -> None:
    """Turn each note's ``note_of`` line index into the index of its marker's block."""
    for index, line in enumerate(lines):
        target = line.note_of
        if target is None or not 0 <= target < len(block_of) or index >= len(block_of):
            continue
        note, holder = block_of[index], block_of[target]
        if 0 <= note < len(blocks) and 0 <= holder < len(blocks) and note != holder:
            blocks[note].note_of = holder


def _blocks_from_paragraphs(lines: list[Line], block_of: list[int]) -> list[Block]:
    blocks: list[Block] = []
    blanks = 0
    pending_label = ""
    for line in lines:
        text = " ".join(line.text.split("\n")).strip()
        if pending_label and text and not line.label:
            # A label printed alone (a PDF's number column) and its paragraph: one unit.
            if not (match_label(text) or is_lone_label(text) or line.style.startswith("heading")):
                text = f"{pending_label} {text}"
                blocks.pop()
            pending_label = ""
        elif not line.label and not line.style and is_lone_label(text):
            pending_label = text
        if not text and not line.label:
            blanks += 1
            block_of.append(len(blocks))  # a blank line: the next block
            continue
        if line.label:
            text = f"{line.label} {text}".strip()
        block_of.append(len(blocks))
        blocks.append(Block(text, line.style, line.level, blank_before=blanks))
        blanks = 0
    return blocks


def _blocks_from_lines(
    lines: list[Line],
    join_with_space: bool,
    block_of: list[int] | None = None,
    rows: list[int] | None = None,
) -> list[Block]:
    if block_of is None:
        block_of = []
    # A label the format generated (a PDF note's marker) is printed before its text.
    texts = [
        f"{line.label} {line.text.strip()}" if line.label else line.text.rstrip() for line in lines
    ]
    # The measure is the printed lines': a column of lone labels joined to its texts
    # (label_runs.pair_label_column) makes lines as long as whole items.
    printed = texts[:]
    alias = _join_lone_labels(texts, lines)
    width = _wrap_width(printed)
    reach = margin(printed, width)  # where full lines end (unmarked.margin)
    # How full the document's own wrapped lines run (line_measure).
    measure = line_measure(printed, width)
    # Hard-wrapped CJK text, whose measure shows only in display cells (cjk_wraps).
    cjk_measure = full_measure(texts) if not width and _mostly_cjk(texts) else 0
    # (A lone label's text line, moved up to it, is no blank line of the page.)
    kept = [t for i, t in enumerate(texts) if i not in alias] if alias else texts
    # Each line stripped once, for the passes below that ask only what a line holds.
    bare = list(map(str.strip, texts))
    filled = list(map(bool, bare))
    blank_separated = _blank_separated(texts, filled) and not blank_lines_are_page_breaks(
        kept, width
    )
    # How full a line ending a sentence must be, in text set apart by blank lines, to be
    # read as a wrap when no blank line follows it (see ``blank_runs_rare``).
    wrap_fill = (
        (RARE_BLANKS_WRAP_FILL if blank_runs_rare(texts) else BLANK_SEPARATED_WRAP_FILL)
        if blank_separated
        else 0.0
    )
    double_spaced = _double_spaced(filled)
    # A paragraph a line, set apart by blank lines (a web page or Word file copied as text).
    # (Asked only for a short line with no comma before a blank line, on the lines as they
    # are here: a text of long paragraphs may never ask, and is spared the scan.)
    whole_lines = _Once(paragraph_per_line, texts[:]) if double_spaced else _never
    # The same question asked of any text with no measure, only when a lower-case line
    # would be joined to a bare word above it (``_cut_at_bare_word``).
    one_a_line = whole_lines if double_spaced else _Once(block_a_line, texts[:])
    if rows is None:
        rows = layout_rows(texts)  # table rows laid out in columns (text_tables)
    # (Asked only when a line would join the one above: texts whose lines never join, a
    # paragraph a line between blank lines, are spared these two scans of every line.
    # Each is given the lines as they are here.)
    resolution = _Once(_in_a_resolution, texts[:])
    # Hard-wrapped, no blank lines, paragraphs numbered 1, 2, 3 ... (numbered_wraps).
    numbered = bool(width) and not blank_separated and numbered_run(texts)
    # Paragraphs marked only by a first line set in two or three spaces (indent_starts).
    small_indent = small_first_line_indent(texts) if width and not double_spaced else None
    # Paragraphs marked by a first-line indent and nothing else (indent_wraps).
    marked_indent = (
        text_first_line_indent(texts)
        if width and not double_spaced and not blank_separated
        else None
    )
    next_numbers = _Once(sequence_starts, texts[:])
    # The text's first line: a headline left unwrapped over a wrapped body (unwrapped_heads).
    first_filled = filled.index(True) if True in filled else -1
    blocks: list[Block] = []
    current: list[str] = []
    current_style = ""
    blanks = 0
    pending_blanks = 0

    previous = first = 0  # index of the last and of the first line put in ``current``
    append = blocks.append
    mark = block_of.append
    for index, raw in enumerate(texts):
        stripped = bare[index]
        if not stripped:
            if index not in alias:  # (a lone label's text, moved up to it, is no blank)
                pending_blanks += 1
            mark(len(blocks) + (1 if current else 0))
            continue
        style = lines[index].style
        if current and not style and not current_style:
            if double_spaced and pending_blanks:
                # Every line has a blank line after it (OCR, some scans): blank lines
                # say nothing, so only how a line ends and the next begins count.
                joined = _continues_double_spaced(current[-1], stripped, whole_lines) and not (
                    # Page furniture taken out leaves a wider gap: a page break. What
                    # follows a page's note goes on the paragraph before the note.
                    pending_blanks >= PAGE_GAP_BLANKS and _NOTE_START.match(current[0])
                )
            elif width:
                joined = _continues(
                    printed_line(current, width, reach),
                    stripped,
                    width,
                    pending_blanks,
                    join_with_space,
                    reach,
                    measure,
                )
                if (
                    joined
                    and not pending_blanks
                    and semicolon_item_end(current, stripped)
                    and not _no_room(current[-1], stripped, width, reach, measure)
                ):
                    joined = False  # an item set one a line ends on its semicolon
                # Paragraphs set apart by blank lines: a break without one is a wrap,
                # even after a full line that happens to end with a full stop.
                joined = (
                    joined
                    or bool(
                        blank_separated
                        and not pending_blanks
                        and (
                            (
                                len(current[-1]) >= width * wrap_fill
                                # (Not a sentence ended with room for a mark: "✓ ...")
                                and not mark_after_stop(current[-1], stripped, reach or width)
                            )
                            # A heading or short paragraph wrapped early: "... considers
                            # already" / "implemented or in the process ...".
                            or (stripped[:1].islower() and not sentence_ends(current[-1]))
                        )
                        and not _starts_unit(stripped)
                    )
                )
                if (
                    joined
                    and not pending_blanks
                    and stranded_heading(
                        current[-1], stripped, _next_text(texts, index), reach or width
                    )
                ):
                    joined = False  # a heading alone between two paragraphs
                if joined and colon_lead_in(current[-1], stripped, reach or width):
                    joined = False  # "... dealt with these matters:" / "Most members ..."
                if (
                    joined
                    and len(current) == 1
                    and not pending_blanks
                    and titled_section_line(current[0], stripped, width)
                ):
                    joined = False  # "II. Review of the Examplian Economy" over its first line
                if (
                    joined
                    and not pending_blanks
                    and headline_over_sentence(current, stripped, reach or width)
                ):
                    joined = False  # a crosshead in headline case over its first sentence
                if (
                    not joined
                    and not pending_blanks
                    and marked_indent
                    and margin_line_goes_on(
                        texts[first],
                        sentence_ends(current[-1]),
                        raw,
                        texts[index + 1] if index + 1 < len(texts) else "",
                        marked_indent,
                        width,
                    )
                    and not _starts_unit(stripped)
                ):
                    joined = True  # the paragraph's next sentence, back at the margin
                if (
                    joined
                    and not pending_blanks
                    and (
                        _indented_start(texts[previous], raw, small_indent)
                        or (
                            marked_indent
                            and opens_under_single_line(
                                len(current), texts[previous], raw, marked_indent
                            )
                        )
                    )
                    and not _hanging(texts[first], raw)
                ):
                    joined = False
                if (
                    joined
                    and first == first_filled
                    and len(current) == 1
                    and not pending_blanks
                    and unwrapped_first_line(current[0], width, stripped)
                ):
                    joined = False  # a headline copied as one line over the wrapped body
                if joined and _field_entries(current[-1], stripped):
                    joined = False  # "North Award: Team A" / "South Award: ...": entries
            else:
                joined = not pending_blanks and (
                    _continues_unwrapped(current[-1], stripped, one_a_line)
                    or _short_line_cut(current, stripped, one_a_line)
                    or _sentence_broken_at_markup(current, texts, index, one_a_line)
                    or (blank_separated and _continues_tight(current[-1], stripped, one_a_line))
                    or (
                        bool(cjk_measure)
                        and wraps(current[-1], cjk_measure)
                        and not (_starts_unit(stripped) or _speaker_label(stripped))
                    )
                )
            if (
                not joined
                and not pending_blanks
                and not width
                and not raw[:1].isspace()
                and _inline_piece_joins(current, stripped, _next_text(texts, index))
            ):
                # A page's link or bold name copied onto a line of its own: in a web
                # page's copy, set a paragraph a line, at the margin (a printed page's
                # short lines are a stamp's, a letterhead's, a table's or centred).
                joined = True
            if not joined and not pending_blanks and _continues_with_date(current[-1], stripped):
                joined = True
            if (
                not joined
                and not pending_blanks
                and stripped[:1].isupper()
                and is_place_dateline(current[-1])
                and not _starts_unit(stripped)
            ):
                joined = True  # "CHICAGO –" / "The Office today ...": the lead's first words
            if (
                not joined
                and len(current) == 1
                and pending_blanks <= 1
                # (The line after the lead is found only for a block that may be a
                # dateline: most are long prose.)
                and may_head_lead(current[0])
                and lead_under_dateline(current[0], stripped, _next_filled(bare, index))
            ):
                # "AUBURN, Wash. —" and "AFP, MANILA" set apart by a blank line, "CHICAGO"
                # over "– Cook County ...": the lead's first words (place_datelines).
                joined = True
            if not joined and not pending_blanks and current[-1].endswith(FLOW_ARROWS):
                # "Work package lead →" / "Secretary-General →": an arrow leads on to the
                # next step; a flow printed a step a line (a table's cell, text without
                # layout) never ends on one.
                joined = True
            if not (joined or pending_blanks) and _bold_line(current[-1]) and _bold_line(stripped):
                # Lines set all in Markdown bold ("**Director Jane Example**" over
                # "**Office of Examples**") with no blank line between are one bold block,
                # a byline or a heading over two lines (CommonMark: one paragraph).
                joined = True
            if (
                not joined
                and not pending_blanks
                and numbered
                and not _starts_unit(stripped)
                and wraps_in_numbered(current, stripped, _next_text(texts, index), reach)
            ):
                joined = True  # a sentence's end at the margin of a numbered paragraph
            if (
                joined
                and numbered
                and sentence_ends(current[-1])
                and heading_over_number(stripped, _next_text(texts, index), reach)
            ):
                joined = False  # a section's heading between numbered paragraphs
            if not joined and not pending_blanks and _continues_after_marker(current, stripped):
                joined = True
            if not joined and not pending_blanks and initial_wrapped(current[-1], stripped):
                joined = True  # "... Mr." / "H. Haru, Mr. T. Fukuma": a name (label_runs)
            if not joined and not pending_blanks and runs_in(current, stripped):
                joined = True  # "...: (i) ...; (ii) ...;" / "(iii) ..." (run_in_labels)
            if not joined and not pending_blanks and wrapped_dash(current, stripped, width):
                joined = True  # a sentence's dash the wrap carried to the line start
            if (
                not joined
                and not pending_blanks
                and raised_cut(current[-1], stripped, width, reach)
                and not _starts_unit(stripped)
            ):
                joined = True  # "... from the 7th" / "Pay Commission ...": one line (raised_cuts)
            if not joined and not pending_blanks and year_wraps(current[-1], stripped):
                joined = True  # a date's year carried to the next line
            if not joined and not pending_blanks and possessive_cut(current[-1], stripped):
                joined = True  # "the Government’" / "s plans": a word's possessive cut off
            if (
                not joined
                and not pending_blanks
                and not width
                and current[-1][-1:] == ","
                and comma_run_goes_on(texts, index, current)
            ):
                # "JANE EXAMPLE," / "Minister of Examples." (comma_runs): in text set a
                # paragraph a line, where no line's length tells a wrap.
                joined = True
            if (
                not joined
                and not pending_blanks
                and bracket_goes_on(current[-1], stripped)
                and (not _starts_unit(stripped) or bracket_closed_by_figure(current[-1], stripped))
            ):
                joined = True  # "(to be notified on 5" / "November 2025 ...)" (wrap_cuts)
            if joined and stripped[:1].isdigit() and _next_note(current, stripped):
                joined = False
            if joined and stripped.endswith(MEETING_ENDS) and is_meeting_line(stripped):
                joined = False  # "43rd plenary meeting": the act's close (closing_meeting)
            if joined and opens_field(current[-1], stripped):
                joined = False  # "... at 1.75%." / "Publication date: ..." (field_openings)
            if joined and date_alone(stripped) and not _dangling(current[-1]):
                joined = False  # a headline's dateline, not its wrap (date_alone)
            if joined and len(current) == 1 and stripped[:1].isupper() and topic_line(current[0]):
                joined = False  # "1 - Espagne - ..." over its statement (dash_topics)
            if joined and (FOOTNOTE_RULE.match(stripped) or FOOTNOTE_RULE.match(current[-1])):
                # A footnote rule ("__________") parts the page's text from its notes:
                # it ends the paragraph above, whatever that paragraph's last line.
                joined = False
            if joined and (
                section_title_ends(texts, first, current, stripped)
                or numeral_after_clause(current[-1], stripped)
            ):
                joined = False  # a Roman-numbered section's numeral, its title's end
            if joined and (
                _opens_block(current[-1], stripped, resolution())
                or is_table_row(current[-1])
                or is_table_row(stripped)
            ):
                joined = False
            if (
                joined
                and resolution()
                and crosshead_between_clauses(
                    current[-1], stripped, _next_text(texts, index), PREAMBLE_OPENING
                )
            ):
                joined = False  # "Countries in special situations" (resolution_crossheads)
            if joined and index in next_numbers():
                joined = False  # "69. ..." ... / "70. Recalls": the next paragraph (label_runs)
            if joined and stripped[:1].isupper() and opens_keyed_list(texts, index):
                joined = False  # "Mengingat : 1. ..." after a clause: a key and its list
            if joined and stripped == current[-1].strip():
                # A line printed again word for word is no wrap of the line above: a
                # wrap goes on with the sentence. A page copied from a browser repeats
                # its headline so (the breadcrumb's last step, then the heading).
                joined = False
            if joined and roster_break(current, stripped, width):
                joined = False  # the next person of a list set a person a line
            if joined and (page_number_line(raw) or ends_on_page_number(current[-1])):
                joined = False  # a page's number: the sentence goes on after it (mend)
            if (
                not joined
                and not pending_blanks
                and len(current) == 1
                and caps_heading_cut(current[0], stripped)
                and not (texts[index + 1].strip() if index + 1 < len(texts) else "")
            ):
                # "REPORT OF THE COMMITTEE ON THE" / "ELIMINATION OF ...": one heading,
                # set apart by a blank line under its two lines (wrap_cuts). (Capitals
                # run on with no blank line are a letterhead's lines, each its own.)
                current[0] = f"{current[0]} {stripped}"
                previous = index
                mark(len(blocks))
                continue
            if (
                not joined
                and not pending_blanks
                and len(current) == 1
                and label_wrapped(current[0], stripped)
            ):
                # "TIM" / "FISCHER - DEPUTY PRIME MINISTER:": one speaker label, read as
                # one line (wrap_cuts)
                current[0] = f"{current[0]} {stripped}"
                previous = index
                mark(len(blocks))
                continue
            if not pending_blanks and grid_row_goes_on(texts, index):
                joined = True  # a grid table's row wrapped inside its cells
            if rows and (verdict := row_break(texts, rows, first, previous, index)) is not None:
                joined = verdict and not pending_blanks  # a table laid out in columns
            if (
                len(current) == 1
                and current[0].endswith(MEETING_ENDS)
                and pending_blanks <= 1
                and meeting_dated(current[0], stripped)
            ):
                joined = True  # "43rd plenary meeting" / "2 December 2024" (closing_meeting)
            if joined:
                current.append(stripped)
                pending_blanks = 0
                previous = index
                mark(len(blocks))
                continue
        if current:
            if len(current) == 1:
                # A tab-separated row copied from a table is the table's (_table_style).
                append(Block(current[0], _table_style(current, current_style), blank_before=blanks))
            else:
                joined_style = _table_style(current, current_style)
                if rows:
                    current = _read_row(current, texts, rows, first, previous)
                append(_join(current, joined_style, blanks, join_with_space))
        blanks = pending_blanks
        pending_blanks = 0
        current = [stripped]
        current_style = style
        previous = first = index
        mark(len(blocks))
    if current:
        style = _table_style(current, current_style)
        if rows:
            current = _read_row(current, texts, rows, first, previous)
        append(_join(current, style, blanks, join_with_space))
    for index, target in alias.items():
        block_of[index] = block_of[target]
    return blocks


# A label printed alone on its line ("1.", "(a)") with its text on the next line, as
# PDF-to-text tools leave numbered paragraphs whose number sits in its own column.
_LONE_LABEL = lazy(
    r"^(?:\d{1,3}\.|\d{1,3}\.\d{1,3}\.?|\([a-z]{1,4}\)|\(\d{1,3}\)|[a-z][.)]|[A-Z]\.|[IVX]{1,5}\.|[ivx]{1,5}\.)$"
)


# A date in figures with dots: a part padded with a zero or a year of four figures
# ("8.5.06", "08.05.2006"). Section numbers are never written so ("8.5.6", "140.11").
_DOTTED_DATE = lazy(r"^\d{1,2}\.(?:\d{1,2}\.(?:0\d|(?:19|20)\d\d)|0\d\.\d\d)$")


_LONE_BULLETS = frozenset("•▪◦○□■●◆❍ㅇ–") | frozenset(map(chr, range(0xF000, 0xF100)))


def _word_o_wrapped(prev: str) -> bool:
    """A line opening "o Comitê" under a full line left hanging on a comma or a word:
    Portuguese's article, Spanish's and Italian's "or", carried to the line start by the
    wrap. A typed "o" bullet opens after a lead-in or an item that ended, and the
    line above it is never cut mid-clause (unless it is itself such an item)."""
    if prev.lstrip().startswith(("o ", "o\t")):
        return False
    last = (prev.rsplit(None, 1) or [""])[-1]
    # (A lower-case word closing a full line: "Entretanto, para", a clause cut mid-way.)
    return _dangling(prev) or (last.isalpha() and last.islower())


def _next_filled(bare: list[str], index: int) -> str:
    """The next line after ``index`` with text on it, or ""."""
    for line in bare[index + 1 : index + 4]:
        if line:
            return line
    return ""


def _next_text(texts: list[str], index: int) -> str:
    return texts[index + 1].strip() if index + 1 < len(texts) else ""


def is_lone_label(text: str) -> bool:
    """ "1.", "(a)", "140.11-14" alone: a number label whose text is on the next line."""
    if len(text) == 1 and text in _LONE_BULLETS:
        return True  # a bullet in its own column: text copied out of a PDF without layout
    # ("a)" alone too: the label cell of a list laid out as a table, in an EU act or a
    # French text, copied from a web page or a PDF — its text is in the next cell. And
    # "a.", "b." alone: a lettered list's label column read apart from its text by
    # pdftotext, as "1." and "A." are; a letter and a stop make no line of prose.)
    if len(text) > 16 or (
        not text[:1].isdigit()
        and not ("A" <= text[:1] <= "Z" or text[:1] in "(ivx")
        and not (len(text) == 2 and "a" <= text[0] <= "z" and text[1] in ").")
    ):
        return False
    if _LONE_LABEL.match(text):
        return True
    if _DOTTED_DATE.match(text) and find_date(text) is not None:
        return False  # "8.5.06": a date set alone (a number label never pads a part)
    # ("Section 1." / "Sec. 2." alone: the Federal Register's site prints an order's
    # section number in an element of its own, its caption and text on the next line.)
    found = match_label(text + " A")
    return bool(found and found.label == text and found.family in ("decimal-sub", "section"))


# Lines (blank ones: a page's foot taken out) between a lone label and its text: a label
# printed last on a page has its text on the next one ("140.46" / foot / head / text).
LONE_LABEL_REACH = 12


def _join_lone_labels(texts: list[str], lines: list[Line]) -> dict[int, int]:
    """Join each lone label to the next non-blank line (two blank lines at most).
    Returns {index of the emptied line: index of the line now holding its text}."""
    from briefing.ingest.lost_bullets import lost_bullet

    alias: dict[int, int] = {}
    sections = section_numerals(texts)  # "I." / "II." alone: section marks (roman_heads)
    lost = lost_bullet(texts)  # "?" alone over an item: a bullet the encoding lost
    for i, raw in enumerate(texts):
        if len(raw) > 40 or not raw or i in sections:
            # (Most lines: no strip, no match; indented labels are longer than 16. A blank
            # line, "" once rstripped, is no label: skipping it saves 10 ms on 5 MB.)
            continue
        stripped = raw.strip()
        if lines[i].style or not (is_lone_label(stripped) or stripped == lost):
            continue
        column = pair_label_column(texts, i, is_lone_label, lambda j: bool(lines[j].style))
        if column:  # "i." / "ii." / "iii." and then their texts (label_runs)
            alias.update(column)
            continue
        for j in range(i + 1, min(len(texts), i + LONE_LABEL_REACH)):
            following = texts[j].strip()
            if not following:
                continue
            if match_label(following) or is_lone_label(following) or lines[j].style:
                break
            if stripped == lost and following[:1].islower():
                break  # (a lower-case line is words spread apart; an item opens on a
                # capital, a figure, a quotation mark or a letter of a script with no case)
            # (The label's indentation is kept: it is where the paragraph starts.)
            texts[i] = f"{raw[: len(raw) - len(raw.lstrip())]}{stripped} {following}"
            texts[j] = ""
            alias[j] = i
            break
    return alias


# A line ending a sentence this full (of the text's width), with no blank line under it, is a
# wrap in text whose paragraphs are set apart by blank lines; where blank lines are rare
# (justified prose copied out of a PDF) a paragraph's last line often fills this much, and
# only a line at the margin is read as a wrap.
BLANK_SEPARATED_WRAP_FILL = 0.8
RARE_BLANKS_WRAP_FILL = 0.9


def _blank_separated(texts: list[str], filled: list[bool]) -> bool:
    """Whether the text sets its paragraphs apart with blank lines (many blank runs
    between long lines), so that a line break with no blank line is only a wrap.
    (``filled``: whether each line holds more than white space.)"""
    runs = 0
    # Lines after a blank line (filled after not filled: True > False), found in C.
    for index in compress(count(1), map(gt, filled[1:], filled)):
        if len(texts[index]) >= 40:
            runs += 1
            if runs >= 3:  # (three tell: the rest need not be counted)
                return True
    return False


def _double_spaced(filled: list[bool]) -> bool:
    """Whether (nearly) every line is followed by a blank line (``filled``: whether each
    line holds more than white space)."""
    lines = sum(filled)
    # A tight line: a filled line right after another (counted in C, no bytecode a line).
    tight = sum(map(and_, filled, filled[1:]))
    return lines >= 10 and tight <= lines * 0.05


FIRST_LINE_INDENT = 4  # spaces a paragraph's first line is set in beyond its wraps


def _indented_start(prev_raw: str, raw: str, small: int | None = None) -> bool:
    """In text laid out like its printed page, a line set further in than the line above,
    after a sentence or clause ended there, is a paragraph's indented first line
    ("...resolution 5/1," / "        Adopts the outcome ..."); set in by ``small`` spaces
    only, where the text marks its paragraphs so (indent_starts)."""
    if not raw[:1].isspace() or raw.lstrip()[:1].islower():
        return False  # (no paragraph starts in lower case: "including the ..." goes on)
    prev = prev_raw.rstrip()
    if not prev.endswith((".", ",", ";", ":", "!", "?", "”", '"', ")")) and not closing_quote_end(
        prev
    ):
        return False
    indent = len(raw) - len(raw.lstrip())
    prev_indent = len(prev) - len(prev.lstrip())
    if small and indent == small and prev_indent in (0, small):
        # Wraps go back to the margin: a line at the first-line indent opens a paragraph,
        # also after a one-line paragraph set in the same way ("  Officer A, died ...;").
        return True
    return indent >= prev_indent + FIRST_LINE_INDENT


def _hanging(first_raw: str, raw: str) -> bool:
    """A labelled paragraph's wrapped lines set under its text, not under its label
    ("(a)   To consider ...," / "      including ..."): a hanging indent, not a new
    paragraph."""
    text = first_raw.lstrip()
    label = match_label(text)
    if label is None:
        return False
    column = len(first_raw) - len(text) + label.body_offset
    return len(raw) - len(raw.lstrip()) <= column + 1


def _heading_like(line: str) -> bool:
    if len(line) < 40:
        return True
    if line.isascii():
        # (ASCII letters counted as bytes left after deleting the others: one C pass,
        # where a map over the characters calls a method for each.)
        raw = line.encode()
        letters = len(raw.translate(None, _NOT_LETTERS))
        return not letters or len(raw.translate(None, _NOT_UPPER)) > letters * 0.6
    # (Counted in C: a long line's characters one by one in Python cost a 5 MB text ~50 ms.)
    letters = sum(map(str.isalpha, line))
    return not letters or sum(map(str.isupper, line)) > letters * 0.6


_NOT_UPPER = bytes(b for b in range(256) if not 65 <= b <= 90)
_NOT_LETTERS = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))


PAGE_GAP_BLANKS = 3


def _ends_mid_clause(line: str) -> bool:
    """ "..., " or ";" at the end, perhaps with a flattened note number: ",1"."""
    bare = line.rstrip("0123456789")
    return bare[-1:] in (",", ";") and len(line) - len(bare) <= 3


# A page's note: "1 Official Records ...", or one citing a document by its symbol alone
# ("2 A/79/552-S/2024/767.", "3 E/CN.6/2024/3"), as UN documents' notes mostly do.
_NOTE_START = lazy(r"^\d{1,3} (?:[A-Z][a-z]|[A-Z]{1,2}/(?:[A-Z]{2,5}[./]|\d))")


_Answer = TypeVar("_Answer")


class _Once(Generic[_Answer]):
    """``test(lines)``, worked out on the first call and remembered."""

    __slots__ = ("_answer", "_lines", "_test")

    def __init__(self, test: Callable[[list], _Answer], lines: list) -> None:
        self._test, self._lines = test, lines
        self._answer: _Answer | None = None

    def __call__(self) -> _Answer:
        if self._answer is None:
            self._answer = self._test(self._lines)
        return self._answer


def _block_a_line(lines: list[Line]) -> bool:
    return block_a_line([line.text for line in lines])


def _never() -> bool:
    return False


def _continues_double_spaced(
    prev: str, line: str, whole_lines: Callable[[], bool] = _never
) -> bool:
    if _starts_unit(line):
        return False
    if _heading_like(prev):
        # (Prose typed in capitals is shaped like a heading: capitals_prose.)
        return capitals_prose_cut(prev)
    if _NOTE_START.match(line) and not _dangling(prev):
        return False  # (a figure going on a sentence follows "of", "to", a comma ...)
    # (A short line ending a clause, "Assembly for the year 2024,1", is no heading.)
    line_heading = _heading_like(line) and not _ends_mid_clause(line)
    if (
        unfinished_prose(prev)
        and not (line_heading and not sentence_ends(line))
        # In text with a paragraph a line, a short line stopping on a bare word before a
        # blank line, with no clause in it, is a title ("Article 2" / "Relations with
        # international law"), not a wrap (an OCR'd line cut short has its commas).
        and not (len(prev) < LONG_LINE and "," not in prev and whole_lines())
    ):
        # OCR breaks a paragraph anywhere, even before a capitalised word ("... with
        # the US" / "Administration in Washington."): a long line of prose that stops on
        # a bare word, with no punctuation, has not ended.
        return True
    if line_heading and line[:1].isupper():
        return False
    # Only sure signs: a sentence cannot stop on "of" or a hyphen, nor restart in lower
    # case (a comma may end a clause printed as its own paragraph: "Recalling ...,").
    last_word = (prev.rsplit(None, 1) or [""])[-1].lower()
    if line[:1] == "(" and len(prev) >= 60 and not sentence_ends(prev):
        # A bracket opened mid-sentence: "... 4–15 September 1995" / "(United Nations
        # publication, Sales No. ...)" in a note or a citation.
        return True
    return (
        last_word in FUNCTION_WORDS
        or prev.endswith(("-", "—", "–"))
        or (line[:1].islower() and not _item_after_lead_in(prev, whole_lines))
    )


def _item_after_lead_in(prev: str, whole_lines: Callable[[], bool]) -> bool:
    """In text set a paragraph a line (``whole_lines``: a web page copied as text), a
    block opening in lower case under one ending on a colon or a semicolon is a list's
    item under its lead-in or under the item before ("... the following:" / "an air
    ambulance"; "... à définir ;" / "les entreprises ..."), not a sentence going on: the
    page's list lost its bullets in the copy. (In OCR'd text a lower-case line after a
    blank is still a wrap: its lines are not paragraphs.)"""
    return prev.rstrip().endswith((":", ";")) and whole_lines()


UNFINISHED_MIN_WORDS = 8


def unfinished_prose(prev: str) -> bool:
    """A line of running prose (eight words or more, most of them in lower case) that
    ends on a bare word: no sentence, heading or list entry stops like that. (A name and
    title, "Jane Doe, High Representative for Foreign Affairs", capitalises most words.)"""
    if not prev[-1:].isalpha():
        return False
    tokens = prev.split()
    if len(tokens) < UNFINISHED_MIN_WORDS:
        return False
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    return capitalised < len(tokens) * 0.4


def _continues_tight(prev: str, line: str, whole_lines: Callable[[], bool] = _never) -> bool:
    """In text whose paragraphs are set apart by blank lines, a line printed directly
    under a long line that does not end a sentence continues it ("... NPT" /
    "(Vol. II) and ...", "... Sales No." / "E.86.IX.7)"). Not in text set a paragraph
    a line (``whole_lines``), where two lines with no blank between are a list's items,
    stopped on a bare word and opening on a word ("... the cost of the website" / "the
    agency may pay ..."), unless the line above visibly runs on (``_dangling``)."""
    if len(prev) < 60 or _starts_unit(line) or find_date(line[:30]) is not None:
        return False
    if entry_ends(prev, line) or (is_section_line(prev) and line[:1].isupper()):
        # An attendance list's entries and group headings (roster_heads); a lettered or
        # Roman section's heading over its text: lines of their own, not broken ones.
        return False
    if _field_entries(prev, line):
        return False
    if (
        prev[-1:].isalpha()
        and line[:1].isalpha()
        # (A line ending on a letter runs on only on a function word, which ``_dangling``
        # reads in any case: ``block_runs_on.runs_on`` would add nothing here.)
        and not _dangling(prev)
        # (A line holding columns side by side, a site's menu, says nothing of the next.)
        and COLUMN_GAP not in prev.strip()
        and whole_lines()
    ):
        return False
    return not sentence_ends(prev) or _dangling(prev)


# A list entry named by its label: a few capitalised words, a colon, a capitalised value.
_FIELD_ENTRY = lazy(r"^[A-Z][\w'’&/.-]*(?: [\w'’&/.-]+){0,6}: [A-Z0-9]")


def _field_entries(prev: str, line: str) -> bool:
    """ "Eastern Region Award: Homicide Unit" over "Western Region Award: ...": a list of
    names each after its label, an entry a line; a wrapped sentence does not open its
    next line on the same shape, so the second line is the next entry, not a wrap."""
    return bool(_FIELD_ENTRY.match(prev) and _FIELD_ENTRY.match(line))


# A resolution's or decision's preambular paragraph opens with a participle or adjective
# ("Recalling its resolution ...,", "Deeply concerned that ...,") and ends with a comma:
# the shape of every UN, IAEA, OAS, AU or HRC resolution. Mid-sentence, such a word is
# never capitalised, so after a line ending a clause it starts a new paragraph.
PREAMBLE_OPENING = re.compile(
    r"^(?:(?:Also|Further|Deeply|Gravely|Seriously|Strongly|Fully|Keenly|Profoundly|Firmly)"
    r"\s+)?(?:Recalling|Reaffirming|Recognizing|Recognising|Noting|Taking\s+note|"
    r"Taking\s+into|Welcoming|Acknowledging|Emphasizing|Emphasising|Stressing|Underlining|"
    r"Underscoring|Expressing|Considering|Bearing\s+in\s+mind|Having|Convinced|Concerned|"
    r"Alarmed|Aware|Mindful|Conscious|Determined|Guided|Desiring|Believing|Affirming|"
    r"Reiterating|Highlighting|Commending|Encouraged|Appreciating|Regretting|Deploring|"
    r"Condemning|Observing|Cognizant|Committed|Acting|Further\s+recalling|Also\s+recalling|"
    r"Rappelant|Réaffirmant|Reconnaissant|Notant|Prenant\s+note|Se\s+félicitant|"
    r"Considérant|Soulignant|Recordando|Reafirmando|Reconociendo|Observando|Tomando\s+nota|"
    r"Acogiendo|Considerando|Destacando|Subrayando|Expresando|Preocupad[ao])\b"
)
# The same opening with a participle no list can hold ("Honouring the memory of ...,",
# "Endorsing the ...,", "Dismayed by ...,"): a capitalised "-ing" or "-ed" word and then
# its object or preposition. After a line ending a clause, a capital there is no wrap:
# mid-sentence, an English participle is never capitalised (a place such as "Beijing"
# is followed by a name or "and", not by "the" or "by"). The "-ing" words that work as
# prepositions ("including", "regarding", "following") go on a clause, never open one.
_PARTICIPLE_OPENING = lazy(
    r"^(?:(?:Also|Further|Deeply|Gravely|Seriously|Strongly|Fully|Keenly|Profoundly|Firmly)"
    r"\s+)?(?!(?:Including|Excluding|Regarding|Concerning|Following|According|Pending|"
    r"Notwithstanding|Respecting|Touching|Barring|During|Considering)\s)"
    r"[A-Z][a-z]{2,}(?:ing|ed)\s+(?:the|a|an|its|their|his|her|that|all|to|by|with|at|"
    r"of|in|on|upon|further|also|this|these|those|once|again|fully)\s"
    # An adverb, capitalised, then its participle in lower case ("Deeply concerned
    # about ...", "Strongly deploring ...", "Gravely alarmed by ..."): mid-sentence such
    # an adverb is never capitalised, so it opens the clause.
    r"|^(?:Deeply|Gravely|Seriously|Strongly|Fully|Keenly|Profoundly|Firmly|Further|Also|"
    r"Greatly|Particularly|Expressing)\s+[a-z]{3,}(?:ing|ed)\b"
)
# In a resolution (a text whose clauses open with the known words above), a capitalised
# "-ing" participle followed by any word but "and" or "or" opens a clause too
# ("Encouraging enhanced exchanges ...,", "Urging Member States ..."): its clauses are
# the only lines that open so. ("-ed" words open names as well, "United States", and
# the places that end in "-ing", "Beijing", are names too.)
_ANY_PARTICIPLE = lazy(
    r"^(?!(?:Including|Excluding|Regarding|Concerning|Following|According|Pending|"
    r"Notwithstanding|Respecting|Touching|Barring|During|Beijing|Nanjing|Chongqing|"
    r"Kunming|Liaoning|Xining|Reading|Woking|Ealing|Epping|Kettering|Wyoming|Sterling|"
    r"Viking|Spring|String)\b)"
    r"[A-Z][a-z]{2,}ing\s+(?!(?:and|or|&)\b)[\w“\"‘(]"
)
RESOLUTION_MIN_OPENINGS = 3  # lines opening with a known clause word: a resolution


def _in_a_resolution(texts: list[str]) -> bool:
    found = 0
    for raw in texts:
        if raw[:1].isspace():
            raw = raw.lstrip()
        if raw[:1].isupper() and PREAMBLE_OPENING.match(raw):
            found += 1
            if found >= RESOLUTION_MIN_OPENINGS:
                return True
    return False


# A resolution's heading lines, each printed on its own line under the masthead:
# "Resolution adopted by the General Assembly on ...", "[on the report of ...]",
# "80/98. International Day of ...".
_RESOLUTION_HEAD = lazy(
    r"^(?:\[(?:on|without)\s|\d{1,3}/\d{1,4}(?:\s*[A-Z])?\.\s+[A-Z]|"
    r"(?:Resolution|Decision)\s+adopted\s+by\s)"
)


# "on 4 December 2023", "on June 5, 2024" at a line start: the date of what the line above
# names ("Resolution adopted by the General Assembly" / "on 4 December 2023"). A phrase
# opening with a lower-case "on" never starts a paragraph, so however short the line
# above (a heading-like line a PDF's column set apart), this line goes on with it.
_ON_DATE = lazy(
    r"^on\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}\b"
)


def _continues_with_date(prev: str, line: str) -> bool:
    return (
        line[:3] == "on "
        and bool(_ON_DATE.match(line))
        and not sentence_ends(prev)
        and (prev[-1:] not in ":;")
    )


FLOW_ARROWS = ("→", "⟶", "➔")
# "Algeria, Austria and Brazil: draft resolution": the sponsors of a draft, over its title;
# "Examplia: amendment to draft resolution A/C.6/80/L.14": a proposed amendment names its
# sponsor and the draft it amends the same way, over the title of that draft.
SPONSORS_LINE = lazy(
    # (A sponsor's footnote mark may follow the colon: "Iraq:* draft resolution", the
    # star's note saying on whose behalf, "on behalf of the Group of 77 and China".)
    r":\*{0,3}\s*(?:(?:revised\s+)?draft\s+(?:resolution|decision)s?\s*(?:[IVX]{1,4}|[A-Z])?|"
    r"amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+(?:resolution|decision)\s+\S{3,40})"
    r"\s*$",
    re.I,
)
FOOTNOTE_RULE = re.compile(r"^(?:_{5,}|[\u2014\u2015]{3,}|-{10,})$")


# A note marker flattened onto the end of a line: "Human Rights,2", "Peace Initiative6"
# (a letter or a comma, then one or two digits, nothing after).
def _run_in_enumeration(label: LabelMatch, line: str) -> bool:
    """ "1. Accepted recommendations; 2. Accepted ..." at a wrapped line's start: the
    next number follows on the same line, after a semicolon or comma, so the numbers
    run in a sentence (a list set as paragraphs puts each number on its own line)."""
    number = label.label.rstrip(".")
    if label.family != "decimal." or not number.isdigit():
        return False
    return re.search(rf"[;,]\s+{int(number) + 1}\.\s", line) is not None


# A clause's end carrying a note marker: "... concerned, 2", "... session,1".
_MARKED_CLAUSE_END = lazy(r"[,;:.!?]\s?\d{1,2}$")
# (A note opens on a word, a symbol or a quote: "3 – 14 June 1992" is a wrapped date.)
_NOTE_NUMBER = lazy(r"(\d{1,3}) (?=[^\s\d–—-])")
_STAR_NOTE = lazy(r"[*†‡]{1,3} \S")


def _next_note(current: list[str], line: str) -> bool:
    """Whether ``line`` ("2 See resolution 70/1.") is the note after the one ``current``
    holds ("1 Official Records ..."): notes are numbered in sequence, one after another
    at the page's foot, and a wrap that happens to start with that number does not follow
    a note's own number."""
    first = _NOTE_NUMBER.match(current[0])
    found = _NOTE_NUMBER.match(line)
    if found is not None and first is None and _STAR_NOTE.match(current[0]):
        # A page's star note (on whose behalf a draft is tabled, "reissued for technical
        # reasons") is printed above its numbered notes: note 1 follows a finished one.
        return found.group(1) == "1" and current[-1].endswith(".") and bool(_NOTE_START.match(line))
    if first is None or found is None:
        return False
    last = int(first.group(1))
    for text in current[1:]:
        m = _NOTE_NUMBER.match(text)
        if m and int(m.group(1)) == last + 1:
            last += 1
    return int(found.group(1)) == last + 1


_SPACED_MARKER_END = lazy(r"[a-z] \d{1,2}$")
_CUT_AT_MARKER = lazy(r"(?<![\d/])(?:[a-z]|[a-z][,;”’)])\d{1,2}$")
_YEAR_MARKER = lazy(r"(?<![\d/.,])(?:19|20)\d\d\d{1,2}$")


def _continues_after_marker(current: list[str], line: str) -> bool:
    """Text taken from a PDF without its layout (``pdftotext -raw``) breaks the line after
    each raised note number, mid-sentence: "... on Human Rights,1" / "the Universal" /
    "Declaration of Human Rights,2" / "the Declaration on ...". Inside a paragraph cut at
    such a marker, a line that did not end a sentence goes on, however short it is: a
    marker is raised above a word, it ends no sentence by itself. What opens a unit of
    its own (a label, a note, "Recalling ...," after a clause) still does."""
    prev = current[-1]
    if word_broken_after_cut(current, line, _CUT_AT_MARKER):
        return not _starts_unit(line)  # "and the high-" / "level political forum ..."
    # A colon ends no sentence when what follows opens in lower case ("... the Space
    # Agenda:" / "space as a driver of ..."): the line is the tail a cut at the marker
    # above left short, as after a comma.
    colon = prev.endswith(":") and line[:1].islower()
    if not prev[-1:].isalnum() and prev[-1:] not in ",”’)" and not colon:
        return False
    # (A year and its note's number run together, "for 20248": a year of four figures
    # and one or two more, which no figure written in a text has.)
    marked = _CUT_AT_MARKER.search(prev) or clause_marker_end(prev) or _YEAR_MARKER.search(prev)
    if not marked:
        if not any(_CUT_AT_MARKER.search(c) or clause_marker_end(c) for c in current[:-1]):
            return False
        # Some extractions space the marker off its word ("and Peoples 3"): one in a
        # paragraph already cut at a glued marker is one too.
        marked = _SPACED_MARKER_END.search(prev)
    bare = prev.rstrip("0123456789")
    if (bare[-1:] in ".!?:;" and not colon) or _starts_unit(line):
        return False
    if line[:1].islower() and bare[-1:] not in ",":
        # In a paragraph cut at its markers, a line going on in lower case finishes the
        # sentence whatever cut the line above ("... dated 20 October 20256", the year
        # and its note's number run together, / "and the Special Committee ..."): no
        # paragraph opens in lower case.
        return True
    # After the marker the sentence goes on in lower case ("the Universal"); a fragment
    # cut out so (it starts in lower case and stops on a word) goes on whatever comes
    # next ("Declaration of Human Rights,2"). A list of names under a line with a marker
    # ("... of the Bank of Japan2" / "Ms. M. Suda") starts each entry with a capital.
    if marked:
        return line[:1].islower()
    return prev[:1].islower() and prev[-1:].isalpha()


ORGAN_OPENING_MAX_CHARS = 80  # "The Conference of the Parties to the ... Convention,"


def _opens_block(prev: str, line: str, resolution: bool = False) -> bool:
    """Whether ``line`` opens a paragraph of a resolution even though a hard wrap could
    carry ``prev`` on: a preambular clause after a clause ended, or a heading line."""
    first = line[:1]
    if first >= "\u3000" or first in "【<‹〈《＜" or (first == "(" and line[1:2] >= "\u3000"):
        # A speaker's label opens a turn even where the line above looks wrapped: "【記者】",
        # "问：", "<질문>" (Chinese and Japanese lines need no full stop to end).
        return _speaker_label(line)
    if not first.isupper() and first != "[" and not first.isdigit():
        return False
    if first.isupper() and line[1:2].isupper() and _speaker_label(line):
        return True  # "MINISTER RUDD: ..." after a line that did not end
    if (first in "[RD" or first.isdigit()) and _RESOLUTION_HEAD.match(line):
        return not _dangling(prev) or prev.endswith(",")
    if ("raft " in prev or "RAFT " in prev) and SPONSORS_LINE.search(prev):
        return True  # "...: draft resolution" ends the sponsors' line; the title follows
    if line[-1:] == "," and len(line) <= ORGAN_OPENING_MAX_CHARS and not _dangling(prev):
        # "The General Assembly," under the title's last line: the enacting formula is
        # printed on its own line in every resolution and decision, so a PDF's text
        # running it straight after the title's wrap never means it carries the title on.
        from briefing.ingest.roles import is_organ_opening

        if is_organ_opening(line):
            return True
    # (Checked without a regex scan of ``prev``: this runs for every wrapped line.)
    bare = prev.rstrip("0123456789")
    if bare != prev and bare[-1:] == " ":
        bare = bare[:-1]  # a marker spaced off the clause's comma: "... session, 1"
    if bare[-1:] not in (",", ";", ":") or len(prev) - len(bare) > 3:
        return False
    # (After a colon, a participle may open a title's second part, "...Decade 2024–2034:"
    # / "Addressing the Special Needs of ...": only the known openings count there.)
    return bool(PREAMBLE_OPENING.match(line)) or (
        bare[-1:] != ":"
        and bool(_PARTICIPLE_OPENING.match(line) or (resolution and _ANY_PARTICIPLE.match(line)))
    )


def _speaker_label(line: str) -> bool:
    """A speaker label in capitals or in CJK script (never a name in ordinary case,
    which a wrapped line may start with: "Council: the ...")."""
    from briefing.ingest.speakers import speaker_of

    found = speaker_of(line)
    if found is None:
        return False
    who = found[0]
    return who.isupper() or not who[:1].isascii()


def _starts_unit(line: str) -> bool:
    """A line that opens a new unit of its own: a label, a note, a speaker."""
    if match_label(line):
        return True
    # (The note marker's first test made here: asked of every line, most open on a word.)
    if (line[:1] in _NOTE_MARK_FIRST or ")" in line[1:3]) and _note_mark(line):
        return True
    return _SPEAKER_START.match(line) is not None


# "MODERATOR:", "Q:", "SENIOR OFFICIAL:" at a line start: a speaker's turn begins.
_SPEAKER_START = lazy(r"^(?:[A-Z][A-Z .'’-]{0,40}[A-Z]|Q|A|R)\s*[:：]|^(?:Q|R|A)\s+[-–]\s")


def _dangling(prev: str) -> bool:
    """``prev`` stops where no sentence can stop: a function word, a comma, a hyphen or
    an abbreviation."""
    last_word = (prev.rsplit(None, 1) or [""])[-1].lower()
    return (
        last_word in FUNCTION_WORDS
        or stops_on_abbreviation(prev)
        or prev.endswith((",", "-", "—", "–", "/", "("))
    )


def _ends_on_function_word(prev: str) -> bool:
    last_word = (prev.rsplit(None, 1) or [""])[-1]
    return last_word.islower() and last_word in FUNCTION_WORDS


_STARTS_CONTINUATION = lazy(r"^(?:[a-zà-ÿ]|\d[\d,./]*\s+(?:of|and|to|in|on|at)\b)")


def _continues_unwrapped(prev: str, line: str, whole_lines: Callable[[], bool] = _never) -> bool:
    """In text that is not hard-wrapped, a line directly under ``prev`` (no blank line)
    still continues it when ``prev`` cannot end there and the line cannot start a unit:
    a list of resolutions broken after "1999," and continued "56/14 of ...", a page
    break after "and that"; or when ``prev``, running prose, stops on a bare word and
    the line opens in lower case (``_cut_at_bare_word``), unless the text sets a
    paragraph a line (``whole_lines``: a browser's copy, where a list's items are a line
    each and may open in lower case and end on a bare word: "you must register" /
    "you must pay")."""
    if not _dangling(prev):
        return _cut_at_bare_word(prev, line) and not _starts_unit(line) and not whole_lines()
    if _starts_unit(line):
        return False
    return (
        bool(_STARTS_CONTINUATION.match(line))
        or (prev.endswith(",") and len(prev) >= 60)
        or stops_on_abbreviation(prev)  # "Sales No." / "E.86.IX.7)"
        # No paragraph, heading, list entry or menu label ends on an article, preposition
        # or conjunction in lower case ("She also thanked the" / "Example Police
        # Department" / "for the ..."): in text set a paragraph a line, such a line end is
        # where a link or a bold name began, put on a line of its own by the copy, and the
        # sentence goes on whatever the case of the next line (as a short hard-wrapped
        # line ending so goes on: ``_continues``). (A numbered entry's own lines are left
        # to the list rules: a roster's entry sets its person and office a line each. A
        # line holding two columns side by side, parted by a gap of spaces, ends on the
        # right column's word, which says nothing of the next line.)
        or (
            _ends_on_function_word(prev)
            and match_label(prev) is None
            and COLUMN_GAP not in prev.strip()
        )
    )


def _short_line_cut(current: list[str], line: str, whole_lines: Callable[[], bool]) -> bool:
    """A short line of prose (five words or more) stopping on a bare word, in a block
    opened as a paragraph is, over a lower-case line opening no unit: one sentence cut
    at a narrow line end (short_cuts). Not in text set a paragraph a line, where such
    lines are a list's items."""
    return (
        short_prose_cut(current[0], current[-1])
        and _STARTS_LOWER.match(line) is not None
        and not _BARE_NUMERAL.match(line)
        and not _starts_unit(line)
        and not whole_lines()
    )


def _cut_at_bare_word(prev: str, line: str) -> bool:
    """A line of running prose stopping on a bare word (``unfinished_prose``), with the
    next line opening in lower case: one sentence cut at a line end, in text where no
    measure tells a wrap (a PDF's lines copied with a column of side notes, a numbered
    paragraph's lines, a list item's). No paragraph, heading or list entry opens in lower
    case, and no sentence stops on a bare word, whatever opens the paragraph and however
    many lines the sentence runs on (``_sentence_broken_at_markup`` asks for a capital
    and a stop within a few lines: a page's links). A name and title over the line that
    qualifies it capitalises most of its words, and is left alone; so is a line holding
    two columns side by side, whose last word is the right column's (a side note)."""
    # (The cheap tests first: most lines end on a stop or open in capitals.)
    return (
        prev[-1:].isalpha()
        and _STARTS_LOWER.match(line) is not None
        and not _BARE_NUMERAL.match(line)
        and unfinished_prose(prev)
        and COLUMN_GAP not in prev.strip()
    )


def _inline_piece_joins(current: list[str], line: str, after: str) -> bool:
    """A page's link, bold name or figure copied onto a line of its own (inline_pieces):
    ``line`` is that piece under a sentence stopping on a bare word, or the sentence's
    next words under it, or the stop or comma that followed the link."""
    if opens_on_punctuation(line):
        return True  # no paragraph opens on a comma or a full stop
    if _starts_unit(line):
        return False
    return inline_piece(current[-1], line, after) or (
        len(current) >= 2 and goes_on_after_piece(current[-2], current[-1], line)
    )


SENTENCE_PIECES = 4  # pieces a first sentence's links and bold words break it into


def _sentence_broken_at_markup(
    current: list[str], texts: list[str], index: int, whole_lines: Callable[[], bool] = _never
) -> bool:
    """A page copied as text breaks a sentence where a link or a bold phrase began
    ("On 16 June the Board decided to maintain" / "the key rate" / "at 7.5 per cent."):
    a paragraph that opened in capitals stops on a lower-case word with no stop, and
    the lines under it, no blank between, start in lower case until one ends the
    sentence. A list's items under a lead-in end on a colon or a semicolon, or start
    their own block in lower case, so they are not joined. Nor, in text set a paragraph a
    line (``whole_lines``), is a line of running prose under it (eight words or more): a
    link or a bold phrase is a few words, and such a line is a list's item of its own
    ("Ministers may keep a site that must" / "not hold party material, although ...")."""
    prev = current[-1].rstrip()
    if not (current[0][:1].isupper() and prev[-1:].isalpha() and prev[-1:].islower()):
        return False
    if (
        len(texts[index].split(None, UNFINISHED_MIN_WORDS)) >= UNFINISHED_MIN_WORDS
        and whole_lines()
    ):
        return False
    for j in range(index, min(len(texts), index + SENTENCE_PIECES)):
        line = texts[j].strip()
        if not line[:1].islower() or _starts_unit(line):
            return False
        if sentence_ends(line):
            return True
        if not line[-1:].isalpha():
            return False
    return False


def _read_row(
    current: list[str], texts: list[str], rows: list[int], first: int, previous: int
) -> list[str]:
    """A block holding one table row laid out in columns whose cells wrap over its lines,
    as one line read cell by cell (text_tables.read_row); else ``current`` as it is."""
    if len(current) < 2 or previous - first + 1 != len(current):
        return current
    if bisect_right(rows, previous) - bisect_left(rows, first) != 1:
        return current  # no row line in the block, or two: two rows (or two columns of prose)
    text = read_row(texts[first : previous + 1])
    if text is None or sorted(text.split()) != sorted(" ".join(current).split()):
        return current  # (every word kept, only their order changes)
    return [text]


def _table_style(current: list[str], style: str = "") -> str:
    """``style``, or "table" for a lone line whose cells are separated by tabs: a table's
    row copied as text, content of the table wherever it stands (its first cell's number
    is a row's, not a paragraph's)."""
    return style or ("table" if is_table_row(current[0]) else "")


def _join(lines: list[str], style: str, blanks: int, join_with_space: bool) -> Block:
    if len(lines) == 1:
        return Block(lines[0], style, blank_before=blanks)
    if join_with_space:
        text = lines[0]
        for line in lines[1:]:
            # A word broken with a hyphen at the line end keeps its hyphen, unspaced:
            # "Secretary-\nGeneral" is far more common in releases than "peace-\nkeeping".
            text = text + line if text.endswith("-") else f"{text} {line}"
        return Block(text, style, blank_before=blanks, line_count=len(lines))
    wraps: list[int] = []
    text = lines[0]
    for line in lines[1:]:
        wraps.append(len(text))
        text = f"{text}\n{line}"
    return Block(text, style, blank_before=blanks, line_count=len(lines), wraps=wraps)


def _wrap_width(texts: list[str]) -> int:
    """The typical width of a full line, or 0 when the text is not hard-wrapped."""
    lengths = [n for n in map(len, map(str.strip, texts)) if n >= 30]
    lengths.sort()
    if len(lengths) < 4:
        return 0
    width = lengths[int(len(lengths) * 0.8)]
    if width > 160:
        return 0
    # Single-line paragraphs are long and varied; wrapped text clusters under a width.
    # (Counted by bisection: the lengths are sorted.)
    near = bisect_right(lengths, width * 1.05) - bisect_left(lengths, width * 0.8)
    if near < max(3, len(lengths) // 3):
        return 0
    if _mostly_cjk(texts):
        # Chinese, Japanese and Korean characters are all one width: a wrapped text's full
        # lines hold the same count of them, within a character or two. A page copied
        # from a browser, one paragraph a line, only has long lines of many lengths.
        tight = bisect_right(lengths, width * CJK_FULL_SPREAD) - bisect_left(
            lengths, width / CJK_FULL_SPREAD
        )
        if tight < max(3, len(lengths) // 4):
            return 0
    return width


CJK_FULL_SPREAD = 1.05
CJK_SAMPLE_LINES = 60


def _mostly_cjk(texts: list[str]) -> bool:
    """Whether most letters of the text's first lines are Chinese, Japanese or Korean."""
    cjk = other = 0
    for text in texts[:CJK_SAMPLE_LINES]:
        if text.isascii():
            other += len(text)
            continue
        for ch in text:
            if ch >= "\u3040":
                cjk += 1
            elif ch.isalpha():
                other += 1
    return cjk > other


_STARTS_LOWER = lazy(r"^[a-zà-ÿ(‘“\"']?[a-zà-ÿ]")


def _next_number(prev: str, label: LabelMatch) -> bool:
    """Whether ``label`` is the number after the one ``prev`` opens on ("2." under "1.")."""
    above = match_label(prev)
    if above is None or above.family != label.family:
        return False
    before, number = label_number(above.label), label_number(label.label)
    return before is not None and number == before + 1


def _continues(
    prev: str,
    line: str,
    width: int,
    blanks: int,
    join_with_space: bool,
    reach: int = 0,
    measure: LineMeasure | None = None,
) -> bool:
    """Whether ``line`` is the hard-wrapped continuation of ``prev``."""
    if not width or _note_mark(line):
        return False
    full = len(prev) >= width * 0.7
    label = match_label(line)
    if label is not None:
        # A number at the start of a wrapped line inside a sentence ("... rose to\n
        # 74. ...") is a figure: numbered paragraphs start after a sentence ends.
        last_word = (prev.rsplit(None, 1) or [""])[-1].lower()
        if label.label == "o" and full and not blanks and _word_o_wrapped(prev):
            return True  # "... Entretanto, para" / "o Comitê ...": the word, not a bullet
        if label.family == "decimal." and is_section_line(prev):
            return False  # "A) Title" / "1. ...": a section's heading (lettered_sections)
        if _MARKED_CLAUSE_END.search(prev):
            return False  # "... concerned, 2" / "1. Decides": a clause and its note ended
        if not blanks and (_run_in_enumeration(label, line) or opens_run_in(label, line)):
            return True
        if not blanks and full and _parenthetical_dash(label, prev):
            return True
        if not blanks and full and _bracketed_figure(label, line, prev, last_word):
            return True
        if label.family == "decimal." and (label.label[:1] == "0" or _next_number(prev, label)):
            # "02." under "01. ...": the next point of the list the line above opens, and
            # a zero-padded number is a list's ("01.", "02."), never a figure in a sentence.
            return False
        return (
            label.family in ("decimal.", "decimal-sub")
            and full
            and not blanks
            # (A sentence's end may carry a flattened note marker: "differences.7".)
            and not sentence_ends(prev)
            and not prev.rstrip().endswith((".", ":", ";", "!", "?", ","))
            and last_word not in ("and", "or", "et", "ou", "y", "o")
        )
    dangling = _dangling(prev)
    lower_next = bool(_STARTS_LOWER.match(line))
    # ("... the view that the U.S." / "economy was ...": an initialism's stop, with the
    # sentence's next word under it: abbreviation_stops.)
    ends_sentence = sentence_ends(prev) and not dangling and not initialism_goes_on(prev, line)
    if blanks:
        # Blank lines inside a paragraph are a PDF artefact; only join when the previous
        # line clearly cannot end there.
        return full and not ends_sentence and (dangling or lower_next)
    if join_with_space and full:
        return True
    if not full and cut_at_note_mark(prev, line, width, reach) and not _starts_unit(line):
        return True  # "... the trend.7" / "Inflation is ...": one line cut at its note
    if not full and _ends_on_function_word(prev) and not _starts_unit(line):
        # A short line stopping on "for", "of", "and": a title or heading set in a narrow
        # measure ("Financing of the ... Mechanism for" / "Criminal Tribunals"); no title,
        # heading or list entry ends on a function word, so the next line goes on with it.
        return True
    if not full and lower_next and len(line) >= width * 0.7 and _short_line_goes_on(prev, line):
        return True
    return full and (
        not ends_sentence or lower_next or _no_room(prev, line, width, reach, measure)
    )


SHORT_LINE_MIN_WORDS = 4  # a clause's start, more than a heading's two or three words


def _short_line_goes_on(prev: str, line: str) -> bool:
    """A short line of prose stopping on a bare word, with a lower-case word under it:
    a paragraph's first line set short (indented, or beside a paragraph number or a
    drop capital the extraction left out: "The extent of the impact on oil" / "prices
    of a possible war ...") or a narrow column's line cut early, never a paragraph's
    end. No paragraph opens in lower case, and a sentence never stops on a bare word;
    what opens a unit of its own (a label, a note, a speaker) still does. (The caller
    asks for a full line under it: the paragraph runs on at the full measure, where a
    title page's short centred lines, "El Presidente de la República" / "don ...", do
    not.)"""
    if not prev[-1:].isalpha() or len(prev.split()) < SHORT_LINE_MIN_WORDS:
        return False
    if _BARE_NUMERAL.match(line):
        return False  # "ii The considerable ...": a list's numeral, its bracket lost
    return not _starts_unit(line) and bool(_STARTS_LOWER.match(line))


_BARE_NUMERAL = lazy(r"^[ivxl]{1,5}\s+[A-Z]")


def _parenthetical_dash(label: LabelMatch, prev: str) -> bool:
    """An em or en dash opening a wrapped line under a full line that stops mid-clause
    ("... excuse me" / "— three more — are going to"): the sentence's dash, carried to
    the line start by the wrap. A dash list's items open after a lead-in or an item
    that ended (":", ";", ".") or under a line of their own list; a line stopping on a
    word opens none. (Markdown knows no "—" bullet at all; a hyphen, its bullet, is
    left alone.)"""
    if label.family != "bullet:-" or label.label not in ("—", "–"):
        return False
    tail = prev.rstrip()[-1:]
    if not (tail.isalnum() or tail in ")]"):
        return False
    opened = match_label(prev.lstrip())
    return opened is None or not opened.family.startswith("bullet")


# "and"/"or" closing a line before a "(1)" list's last item ("(2) ...; and" / "(3) ..."):
# a number in brackets after it opens that item, no figure repeating a count's words.
LAST_ITEM_CONJUNCTIONS = ("and", "or", "et", "ou", "y", "o", "e", "und", "oder")


def _bracketed_figure(label: LabelMatch, line: str, prev: str, last_word: str) -> bool:
    """A number in brackets opening a wrapped line, in lower case after it, under a full
    line that stops on a word ("... un délai de trois" / "(03) mois à compter ..."): the
    figure legal drafting repeats after a number spelled out (French, Greek, English
    contracts and acts alike: "eight (8) points"), carried to the line start by the wrap.
    A "(1)" list's items follow a lead-in or an item that ended (":", ";", "."), or an
    "and"/"or" before the last one: none opens in the middle of a sentence."""
    if label.family != "(decimal)" or not prev[-1:].isalpha():
        return False
    if last_word in LAST_ITEM_CONJUNCTIONS:
        return False
    return line[label.body_offset : label.body_offset + 1].islower()


NO_ROOM_FULL = 0.95  # a line this full, of the text's width, was filled by the wrap


def _no_room(
    prev: str, line: str, width: int, reach: int = 0, measure: LineMeasure | None = None
) -> bool:
    """A line ending a sentence at the right margin with no room for the next line's first
    word: a wrap, not a paragraph's end. Wrapping fills a line as far as the next word
    fits, so a paragraph's last line ends short far more often than it ends at the margin
    (and a paragraph set apart with no blank line leaves nothing else to tell)."""
    first = line.split(None, 1)[0] if line.strip() else ""
    if not first or first[0].isdigit() or not first[0].isalpha() or _starts_unit(line):
        return False  # (a bare paragraph number, a bullet, a label: a unit's start)
    if measure is not None:
        # The band the document's own wrapped lines fill, in characters or, for a copy
        # of a page set in a proportional font, in the letters' printed widths.
        return measure.no_room(prev, first)
    # (With the margin the document's full lines reach: in a proportional font's text
    # a line's characters are no measure of its fullness within a tenth.)
    return len(prev) >= width * NO_ROOM_FULL and len(prev) + 1 + len(first) > (reach or width)
