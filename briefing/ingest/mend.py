"""Repairs on blocks that text extraction broke: paragraphs glued together, paragraphs
split by a page break (and the footnotes printed at its foot), and numbered footnotes
whose superscript marker was flattened into the text ("in 2024,1")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter

from briefing.ingest import patterns as P
from briefing.ingest.abbreviation_stops import abbreviation_goes_on
from briefing.ingest.block_scan import text_of
from briefing.ingest.clause_breaks import clause_unfinished
from briefing.ingest.dates import find_date
from briefing.ingest.page_cut_dates import date_goes_on, opens_on_date
from briefing.ingest.page_matter import is_page_matter, is_running_head
from briefing.ingest.segment import FOOTNOTE_RULE, PREAMBLE_OPENING, Block, unfinished_prose
from briefing.ingest.wrap_cuts import caps_heading_cut, goes_on_after_hyphen
from briefing.lazyre import lazy

# "...closed the year at 9.28%.Most future..." — a sentence end touching a capitalised
# word. Paragraph breaks lost by a scraper leave exactly this; inside a paragraph,
# sentences are always followed by a space. The character before the full stop is
# lower case, a digit, "%" or ")" so abbreviations ("U.S.A.") and decimals never match.
GLUED = lazy(r"(?<=[a-zà-ÿ%)\d][.!?])(?=[A-Z][a-zà-ÿ]+[\s,])")
# (The quick look for "[.!?][A-Z]" in two parts: a regex opening on a character class
# tries the class at every position, one opening on a literal scans for it in C; "!" and
# "?" are rare, looked for by "in" first. ~3x fewer instructions on long blocks.)
_QUICK_GLUE = re.compile(r"\.[A-Z]")
_QUICK_GLUE_MARKS = lazy(r"[!?][A-Z]")
GLUED_MIN_CHARS = 200  # only long blocks: a short line with "e.g.The" is a typo, not two paragraphs
GLUED_MIN_PIECE = 30
GLUED_SHARE = 0.5  # of the text's characters: a block holding more is a page run together
_wraps_of = attrgetter("wraps")


def split_glued(blocks: list[Block]) -> tuple[list[Block], list[int]]:
    """Split paragraphs glued with no break; returns the new blocks and, for each old
    block, the index of its first piece."""
    out: list[Block] = []
    moved: list[int] = []
    # Sentences glued with no space ("... 9%.Most ...") mark paragraphs run together only
    # where the text lost its breaks wholesale: a page copied onto one line, the block
    # holding most of the text. In a text whose paragraphs are set apart, a block's
    # missing space after a full stop is a slip inside the writer's paragraph.
    lengths = list(map(len, map(text_of, blocks)))
    most_of_text = sum(lengths) * GLUED_SHARE
    if max(lengths, default=0) < max(GLUED_MIN_CHARS, most_of_text) and not any(
        map(_wraps_of, blocks)
    ):
        # (Only a wrapped block or one holding most of the text is ever cut: in text with
        # neither, every block stays, found in C with no bytecode a block.)
        return list(blocks), list(range(len(blocks)))
    for i, block in enumerate(blocks):
        moved.append(len(out))
        text = block.text
        organ = _organ_pieces(block) if block.wraps else None
        if organ is None and block.wraps and i + 1 < len(blocks):
            organ = _note_run_pieces(block, blocks[i + 1])
        if organ:
            out.extend(organ)
            continue
        if (
            len(text) < GLUED_MIN_CHARS
            or block.wraps
            or block.note_of is not None
            or len(text) < most_of_text
        ):
            out.append(block)
            continue
        if not _QUICK_GLUE.search(text) and not (
            ("!" in text or "?" in text) and _QUICK_GLUE_MARKS.search(text)
        ):
            out.append(block)  # (C scans; the full pattern is slow on every position)
            continue
        cuts = [m.start() for m in GLUED.finditer(text)]
        pieces: list[str] = []
        at = 0
        for cut in cuts:
            if cut - at >= GLUED_MIN_PIECE and len(text) - cut >= GLUED_MIN_PIECE:
                pieces.append(text[at:cut])
                at = cut
        pieces.append(text[at:])
        if len(pieces) == 1:
            out.append(block)
            continue
        for n, piece in enumerate(pieces):
            blanks = block.blank_before if n == 0 else 1
            out.append(Block(piece, block.style, block.level, blank_before=blanks))
    return out, moved


_NOTE_LINE = lazy(r"^(\d{1,3}) [A-Z]")


def _note_run_pieces(block: Block, after: Block) -> list[Block] | None:
    """A page's first note run into the paragraph above it ("... and of the" / "1 United
    Nations, Treaty Series, ...": a figure going on a sentence after "of the"), when the
    next block is the next note ("2 Resolution ..."): a page foot's notes follow each
    other in order, a sentence's figure is not followed by the next number's note."""
    following = _note_number(after)
    if following is None or block.style or block.note_of is not None:
        return None
    lines = block.text.split("\n")
    for k in range(1, len(lines)):
        m = _NOTE_LINE.match(lines[k])
        if m and int(m.group(1)) + 1 == int(following):
            return _pieces(block, ["\n".join(lines[:k]), "\n".join(lines[k:])])
    return None


def _pieces(block: Block, parts: list[str]) -> list[Block]:
    """``block`` cut into ``parts`` (its wraps kept in each)."""
    pieces: list[Block] = []
    for n, part in enumerate(p for p in parts if p):
        wraps = [k for k, ch in enumerate(part) if ch == "\n"]
        blanks = block.blank_before if n == 0 else 1
        pieces.append(Block(part, block.style, block.level, blanks, len(wraps) + 1, wraps=wraps))
    return pieces


def _organ_pieces(block: Block) -> list[Block] | None:
    """A block whose wrapped lines hold an act's organ line ("The General Assembly,")
    after its first, cut around that line: the organ opens the act's body as a paragraph
    of its own, never as a wrap (text that lost its blank lines, or a title line ending
    on "of" read as running on, runs it into the title above or the preamble below)."""
    from briefing.ingest.roles import is_organ_opening

    if block.style or block.note_of is not None:
        return None
    lines = block.text.split("\n")
    at = next((k for k in range(1, len(lines)) if is_organ_opening(lines[k])), None)
    if at is None:
        return None
    return _pieces(block, ["\n".join(lines[:at]), lines[at], "\n".join(lines[at + 1 :])])


# A footnote printed at a page foot in extracted text: "1 See resolution 169 (II).",
# "12 A/80/225." — a number, a space and the note. Not "25 April ..." (a date).
_NUMBERED_NOTE = re.compile(r"^(\d{1,3})/?\s+(?=\S)")


def _note_number(block: Block) -> str | None:
    if block.label is not None:
        return None  # (asked of every block near a page break: no regex for a labelled one)
    m = _NUMBERED_NOTE.match(block.text)
    if not m or block.style not in ("", "footnote"):
        return None
    found = find_date(block.text[:40])
    if found is not None and found.start == 0:
        return None
    rest = block.text[m.end() :]
    if rest.startswith(("http://", "https://", "www.")):
        return m.group(1)  # a note citing a web address opens with it, in lower case
    if rest[:1].islower() or P.MONTHS.get(rest.split(None, 1)[0].lower().strip(".,")):
        return None
    return m.group(1)


def _is_note_like(block: Block) -> bool:
    return (
        block.note_of is not None or block.footnote_label is not None or bool(_note_number(block))
    )


PAGE_BREAK_LOOKBACK = 16  # footnotes and furniture a page break can put between halves


def mend_page_breaks(
    blocks: list[Block], join_with_space: bool, whole_lines: Callable[[], bool] | None = None
) -> tuple[list[Block], list[int]]:
    """Join a paragraph that a page break split ("... and that" / "flow of ..."), moving
    the footnotes printed at the page foot after it. A block starting in lower case
    after a block that cannot end there is the same sentence going on."""
    order = list(range(len(blocks)))  # old index -> position, rebuilt below
    out: list[Block | None] = list(blocks)
    host_of: dict[int, int] = {}
    repeated: set[str] | None = None  # short lines printed more than once (built if asked)
    for i, block in enumerate(blocks):
        if block.label is not None and block.label.label not in _DASHES:
            continue  # (a numbered or bulleted block: of the starts below, only a dash's)
        capital = dash = dated = False
        if not _continuation_start(block):
            if _dash_continuation_start(blocks, i):
                dash = True
            elif _dated_start(block):
                dated = True  # "from 3 to" / notes / "7 October 2021, ..." (page_cut_dates)
            elif not _capital_continuation_start(block):
                continue
            else:
                capital = True
        k = i - 1
        while (
            k >= 0
            and i - k <= PAGE_BREAK_LOOKBACK
            and out[k] is not None
            and _between_halves(blocks, k, i, capital)
        ):
            k -= 1
        if not capital and k >= 0 and out[k] is None and k in host_of:
            # The block above was itself a page's continuation, joined to its host: a
            # paragraph running over two breaks (archive text cuts one at every page,
            # "... over a long" / "period of time.") goes on that host again.
            k = host_of[k]
        if (
            k < 0
            or out[k] is None
            or (k == i - 1 and block.blank_before == 0 and not (capital and block.after_page_break))
        ):
            continue
        host = out[k]
        if (
            host is not None
            and any(_page_line(blocks[j]) for j in range(k + 1, i))
            and len(host.text.split()) < PAGE_HOST_MIN_WORDS
        ):
            # Over a page number, only running prose goes on: a table's cell or a list
            # entry ("Nom de l'opérateur" / "12" / "courriel") sits beside a row number.
            continue
        # (A semicolon ends a clause, not the sentence: "...; and" / "women are ..." after
        # a page break goes on; only a full stop, question or colon closes the host.)
        # In text set a paragraph a line (``whole_lines``: a web page copied as text) there
        # are no pages to break: a block ending on a semicolon is a list's item, and the
        # lower-case block under it the next item ("... à définir ;" / "les entreprises").
        ended = P.ends_sentence(host.text) and not (
            # ("... the view that the U.S." / "economy was ...": an abbreviation's stop,
            # the sentence going on in lower case over the gap: abbreviation_stops.)
            (not capital and abbreviation_goes_on(host.text.rstrip(), block.text))
            or (
                host.text.rstrip().endswith(";")
                and not (
                    # (Right under it, one blank line between: a PDF's page break leaves its
                    # furniture or a wider gap, and is mended still.)
                    k == i - 1
                    and block.blank_before == 1
                    and whole_lines is not None
                    and whole_lines()
                )
            )
        )
        if host is None or host.style or ended:
            continue
        if _is_note_like(host) and not _bare_numbered_prose(host):
            continue
        if dated and not date_goes_on(host.text):
            continue
        if dash and not (_stopped_on_a_word(host.text) and not _bulleted(host)):
            continue  # (a dash list's item follows a lead-in or an item, not a bare word)
        # A word broken at its hyphen ("... the cement of anti-" / "Sovietism, ...") goes
        # on whatever the gap: the page or the archive's blank line cut a word, not a
        # sentence (wrap_cuts).
        # So does a line in capitals stopped on "OF THE" ("NEWS RELEASE FROM" / "" /
        # "SHADOW MINISTER FOR ..."): a title cut in two, never two headings (wrap_cuts).
        cut = goes_on_after_hyphen(host.text, block.text) or caps_heading_cut(host.text, block.text)
        if not (capital or dash or dated or cut) and _line_set_apart(host, block):
            if repeated is None:
                repeated = _repeated_lines(blocks)
            # (Above the first sentence, short lines are the head's: a title set on
            # several lines goes on in lower case, "Address by the Minister" / "on the
            # occasion of ...", and stays one.)
            if host.text.strip() not in repeated and _after_prose(blocks, k):
                continue
        if (
            capital
            and not cut
            # (A clause stopped before its comma goes on, but never in the note right
            # under the page's rule: clause_breaks.)
            and not (
                clause_unfinished(host.text, PREAMBLE_OPENING)
                and not FOOTNOTE_RULE.match(blocks[i - 1].text)
            )
            and not (
                k < i - 1
                and (_ends_on_function_word(host.text) or _stopped_on_a_word(host.text))
                and block.blank_before
                and not FOOTNOTE_RULE.match(blocks[i - 1].text)
                # (A page's notes are short; a "note" of a long paragraph between is the
                # body's own paragraph numbered without a full stop, "19     The ...": the
                # line above it is a heading, not a sentence the capital carries on.)
                and all(len(blocks[j].text.split()) <= LONG_NOTE_WORDS for j in range(k + 1, i))
            )
            and not _carried_over_page(blocks, k, i, host)
        ):
            # A capital after a page's notes goes on only where the host stopped on a
            # word no sentence ends on ("... land for peace, the" / notes / "Arab Peace
            # Initiative ..."): a name carried over the break, on the next page (set
            # apart by the gap the page's foot left), never the note right under the rule.
            # So does a paragraph of running prose stopped on a bare word ("... the
            # Olympic and Paralympic Winter" / notes / "Games, as a defining ..."): no
            # sentence, heading or list entry ends so.
            continue
        out[k] = joined_blocks(host, block, join_with_space)
        out[i] = None
        host_of[i] = k
    if not host_of:
        return blocks, order
    kept = [b for b in out if b is not None]
    position = 0
    for i, block in enumerate(out):
        if block is not None:
            order[i] = position
            position += 1
    for i, k in host_of.items():
        order[i] = order[k]
    return kept, order


PAGE_HOST_MIN_WORDS = 8  # a host over a page number: a paragraph's line of prose
SET_APART_MAX_CHARS = 50  # fewer characters than any printed line of a release's body
TAIL_MIN_WORDS = 3  # the line under it goes on with a clause
PROSE_MIN_WORDS = 8  # a sentence of running prose, not a heading's line
HEAD_REACH = 40  # blocks a release's head may hold above its first sentence


def _repeated_lines(blocks: list[Block]) -> set[str]:
    """The short one-line blocks printed more than once: a page's running head or foot
    ("Monetary Policy Meeting", "Example Accountability Office"), which a page break
    puts between a sentence's halves like the page's number. Such a line over a lower-case
    line is left to the joins as before; a name or a heading set apart is printed once."""
    seen: set[str] = set()
    twice: set[str] = set()
    for block in blocks:
        if block.line_count == 1 and len(block.text) < 2 * SET_APART_MAX_CHARS:
            text = block.text.strip()
            (twice if text in seen else seen).add(text)
    return twice


def _after_prose(blocks: list[Block], k: int) -> bool:
    """Whether a sentence of prose (PROSE_MIN_WORDS words or more, ended) stands above
    block ``k``, or ``k`` lies past HEAD_REACH blocks: the release's head (title lines,
    datelines) is behind it."""
    if k > HEAD_REACH:
        return True
    return any(b.ends_sentence and b.word_count >= PROSE_MIN_WORDS for b in blocks[:k])


def _line_set_apart(host: Block, tail: Block) -> bool:
    """A host that is one short line of capitalised words: a name, a salutation, a
    heading or a total set on a line of its own ("Jane Example" / "judge at the ...",
    "Dear Editor," / "let me ..."). A page break falls at the end of a printed line, so
    the part of a paragraph it leaves above is at least one full line of the page's
    measure; a line this short ends where its writer ended it. (A line stopped on a
    function word, "... given the", is cut all the same, and a line opening on one, "of
    Ruritania" under a name, goes on with the phrase above: no sentence or name opens on
    "of"; a host opening in lower case is itself a sentence's piece.)"""
    text = host.text.strip()
    if (
        host.line_count != 1
        or len(text) >= SET_APART_MAX_CHARS
        or not text[:1].isupper()
        or _ends_on_function_word(text)
    ):
        return False
    named = [w for w in text.split() if w[:1].isalpha() and w.lower() not in P.FUNCTION_WORDS]
    if len(named) < 2 or not all(w[:1].isupper() for w in named):
        # (Running prose has lower-case words, and one capitalised word alone, "One" /
        # "member said ...", is as often a sentence's first cut off by a layout: only a
        # line capitalising every word is a name's, a heading's or a salutation's.)
        return False
    if find_date(text) is not None:
        # (A short line with a date is as often a page's running head, "Daily Briefing
        # 3 - 12 May 2031", that the reader did not know for one: the sentence going
        # on under it is left to the page's passes as before.)
        return False
    # (And only over a clause, three words or more: a lone word or two under a line,
    # "Example Apps" / "e-portal", is a label of its own, joined or not.)
    # (Nor over a line whose first word ends a sentence, "strategy. However ...": no
    # paragraph opens by closing one; that is a sentence carried over from elsewhere.)
    opening = tail.text.split(None, TAIL_MIN_WORDS)
    return (
        len(opening) >= TAIL_MIN_WORDS
        and opening[0].lower() not in P.FUNCTION_WORDS
        and not (opening[0][-1:] in ".!?" and opening[0][:-1].isalpha())
    )


LONG_NOTE_WORDS = 80  # a page foot's note is a citation or a remark, rarely longer


def _bare_numbered_prose(block: Block) -> bool:
    """A block opening on a bare number ("21     Another possibility ...") that stops
    mid-sentence on a bare word after a run of prose ("... Retail price"): a paragraph
    numbered without a full stop (minutes, reports) cut by the page, not a note at the
    page's foot. A note ends on its citation or a full stop, and one that does run on
    is joined to its own continuation just the same."""
    return (
        block.note_of is None
        and block.footnote_label is None
        and _note_number(block) is not None
        and unfinished_prose(block.text)
    )


def _page_line(block: Block) -> bool:
    return not block.style and block.label is None and is_page_matter(block.text)


def _between_halves(blocks: list[Block], k: int, i: int, capital: bool = False) -> bool:
    """Whether block ``k`` is what a page break prints between a paragraph and its
    continuation at ``i``: the page's notes and their rule, its page number or foot
    ("2", "25-16815   5/8"), or the running head printed beside that number ("PRIME
    MINISTER" over "2"). A heading never sits inside a sentence, so with the sentence
    going on after them, such lines are the page's, not the paragraph's end."""
    block = blocks[k]
    if _bare_numbered_prose(block):
        return False  # (the host: see _bare_numbered_prose)
    if _is_note_like(block) or FOOTNOTE_RULE.match(block.text):
        return True
    if capital and _page_line(block) and (block.after_page_break or blocks[k + 1].after_page_break):
        return True  # (the number of a page a form feed marks: page_break_marks)
    if capital or block.style or block.label is not None:
        # (A capital after a page number may open a row or entry of its own: only a
        # sentence going on in lower case shows the number was the page's.)
        return False
    if is_page_matter(block.text):
        return True
    # (Every word capitalised: a running head, not a host's short last line "... the".)
    return (
        is_running_head(block.text)
        and all(not w[:1].islower() for w in block.text.split())
        and any(
            0 <= j < i and not blocks[j].style and is_page_matter(blocks[j].text)
            for j in (k - 1, k + 1)
        )
    )


# A figure opening a block and followed by a comma or a slash goes on a list of figures
# that a page break cut ("... 51/17 of 12 November" / "1996, 52/10 of 5 November 1997,
# ..."): a paragraph of its own never opens on a bare year and a comma.
_FIGURE_GOING_ON = lazy(r"\d{1,4}(?:/\d+)?,\s")


def _continuation_start(block: Block) -> bool:
    if block.style or block.label is not None or block.footnote_label is not None:
        return False  # (most blocks: before any look at the text)
    # (An opening quote mark may come first: "... which is a" / "“global public good ...".)
    text = block.text.lstrip("“‘\"'«")
    return block.note_of is None and (text[:1].islower() or bool(_FIGURE_GOING_ON.match(text)))


_DASHES = ("-", "–", "—")


def _dash_continuation_start(blocks: list[Block], i: int) -> bool:
    """A block opening on a dash and a lower-case word ("- we left a formidable record
    ...", "— the gap slightly larger ..."), alone (no item of a dash list after it): the
    sentence's own dash, carried to the line start where the page or the archive's line
    broke, when the block above stopped on a bare word (checked by the caller). A dash
    list's items come two or more together, after a lead-in that ended."""
    block = blocks[i]
    label = block.label
    if block.style or label is None or label.label not in _DASHES:
        return False
    if not block.text[label.body_offset : label.body_offset + 1].islower():
        return False
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    return not (after is not None and after.label is not None and after.label.label in _DASHES)


def _dated_start(block: Block) -> bool:
    return (
        block.text[:1].isdigit()
        and not block.style
        and block.label is None
        and block.footnote_label is None
        and block.note_of is None
        and opens_on_date(block.text)
    )


def _bulleted(block: Block) -> bool:
    return block.label is not None and block.label.family.startswith("bullet")


def _capital_continuation_start(block: Block) -> bool:
    """A block that may carry a sentence over a page break though it starts with a
    capital (a name): unstyled, unlabelled, no note, and not opening a preambular or
    operative paragraph of its own."""
    text = block.text
    return (
        not block.style
        and block.label is None
        and block.footnote_label is None
        and block.note_of is None
        and text[:1].isupper()
        and not PREAMBLE_OPENING.match(text)
    )


def joined_blocks(
    host: Block, tail: Block, join_with_space: bool, style: str | None = None
) -> Block:
    """``host`` going on into ``tail``: with a space (a word cut at its hyphen unspaced),
    or across a kept newline recorded as a wrap; ``style`` replaces the host's."""
    style = host.style if style is None else style
    if join_with_space:
        # (A word broken at its hyphen keeps it, unspaced, as segment joins its lines.)
        glue = "" if goes_on_after_hyphen(host.text, tail.text) else " "
        return Block(
            f"{host.text}{glue}{tail.text}",
            style,
            host.level,
            blank_before=host.blank_before,
            line_count=host.line_count + tail.line_count,
            after_page_break=host.after_page_break,
        )
    offset = len(host.text) + 1
    return Block(
        f"{host.text}\n{tail.text}",
        style,
        host.level,
        blank_before=host.blank_before,
        line_count=host.line_count + tail.line_count,
        wraps=[*host.wraps, len(host.text), *(offset + w for w in tail.wraps)],
        after_page_break=host.after_page_break,
    )


def marker_pattern(number: str) -> re.Pattern[str]:
    # A flattened superscript: the number glued after a word or punctuation, not part of
    # a number, a symbol ("A/66/89") or a compound ("COVID-19"). A symbol's last part
    # is a number after a capital's or an abbreviation's point ("A/80/L.9)", "S/PV.9",
    # "A/58/874/Add.1"): no marker. Nor is a decimal's last digit ("warming of 1.5
    # degrees", "Goal 16.2"): a year takes a marker after its point, a figure of one or
    # two digits and a point is a decimal or a section number; so is one of three before
    # a word in lower case, an amount ("US$ 363.1 billion", "$759.4 million", as RBI, the
    # CBRT, WHO and Australia's ministers print them): a marker after a sentence's stop
    # is followed by the next sentence's capital ("363.1 billion" had taken RBI's note 1
    # from its paragraph's end; session 42, notes).
    # Nor a quarter, a half-year or a group's number: "2020 Q4", "H1", "the G20" (a
    # capital alone before a figure names a thing; a note's marker follows a word).
    # Any capital, at a word's start or after a figure: central banks name money "M1",
    # "M2", "M3" and quarters "2030Q3", others fuels, aircraft and groups, "P92", "F16",
    # "I2U2"; "M1" had taken a Word text's endnote 1 from the title's "Minutes1" (Taiwan's
    # CBC, BSP, the SNB, Sri Lanka's MoF, Norway-Ukraine; session 42, notes).
    # (A decimal may follow a currency's letter or sign, "P14.3 billion", "R2.5": no
    # digit before its one or two digits, as none is before a year's.)
    return re.compile(
        rf"(?<=[^\W\d_]|[,.;:)\]”’\"])(?<![A-Z]\.)(?<!Add\.)(?<!Rev\.)(?<!Corr\.)(?<!(?<![^\W\d_])[A-Z])"
        rf"(?<!(?<!\d)\d\.)(?<!(?<!\d)\d\d\.)(?!(?<=(?<!\d)\d\d\d\.){number}[ \n][a-z])"
        rf"{number}(?=[\s,.;:)”’]|$)"
    )


def link_numbered_notes(blocks: list[Block], dropped: list[tuple[str, str]]) -> None:
    """Give each numbered footnote ("1 See ...") the block holding its marker
    ("...in 2024,1 ...", "the SDGs12 and"), searching back from where the note is
    printed: notes sit at the page foot or the document's end, after their marker. A
    marker glued into a word is cut out of it (listed in ``dropped``)."""
    from briefing.ingest.note_sequence import repair_sequence

    claimed: set[tuple[int, int]] = set()
    glued: list[tuple[int, int, str]] = []  # (block, offset, marker) glued to a word
    after_year: list[tuple[int, int, str]] = []  # ... or to a date's year: "2024" + "2"
    holders: dict[str, list[int]] | None = None  # number -> blocks printing it, in order
    matches: dict[tuple[int, str], list[int]] = {}  # (block, marker pattern) -> starts
    links: dict[int, tuple[int, int, bool]] = {}  # note -> (holder, offset, after a year)
    notes: list[tuple[int, str]] = []  # the numbered notes this pass links, in order
    numbered: set[int] = set()  # blocks printed as a numbered note (each tested once)
    for i, block in enumerate(blocks):
        if block.note_of is not None:
            continue
        number = _note_number(block)
        if number is None:
            continue
        numbered.add(i)
        notes.append((i, number))
        if holders is None:
            holders = _numbers_printed(blocks)
        # (Only blocks above that print the number at all: one pass over the text, not
        # one per note, so a long text with many notes stays linear.)
        above = holders.get(number, [])
        candidates = above[max(0, bisect_left(above, i) - NOTE_LINK_REACH) : bisect_left(above, i)]
        patterns = (
            marker_pattern(number),
            spaced_marker_pattern(number),
            year_marker_pattern(number),
        )
        if block.text[len(number) : len(number) + 1] == "/":
            # A note numbered "1/" (as Latin American central banks and statistics
            # offices print them) answers only a marker printed so: "2021)1/", "Meeting1/".
            patterns = (slash_marker_pattern(number),)
            # Such a note is marked in every row of a table it explains: it belongs to
            # the first of them since the notes printed before its own run of notes
            # (searched first to last, as _link searches its candidates from the end).
            run_start = i
            while run_start > 0 and _NUMBERED_NOTE.match(blocks[run_start - 1].text):
                run_start -= 1
            earlier = [n for n, _ in notes if n < run_start]
            since = earlier[-1] if earlier else -1
            # (If that first block holds the markers of other such notes too, table rows
            # run together, it names none of them surely: the note is left unlinked.)
            first = next(
                (k for k in candidates if k > since and number in _slash_marks(blocks[k].text)),
                None,
            )
            candidates = (
                [first]
                if first is not None and _slash_marks(blocks[first].text) == {number}
                else []
            )
        for pattern in patterns:
            found = _link(blocks, i, pattern, claimed, candidates, matches, numbered)
            if found is not None:
                links[i] = (*found, len(patterns) == 3 and pattern is patterns[2])
                break
    if holders is not None:
        repair_sequence(blocks, notes, links, claimed, holders, numbered)
    number_of = dict(notes)
    for i, (k, at, year) in links.items():
        marker = number_of[i]
        if blocks[i].text[len(marker) : len(marker) + 1] == "/":
            marker += "/"  # (the slash is the marker's: "Meeting1/" reads "Meeting")
        if year:
            after_year.append((k, at, marker))
        elif blocks[k].text[at - 1 : at].isalpha():
            glued.append((k, at, marker))
    glued = [g for g in glued if not _names_a_thing(blocks, *g)]
    cut_markers(blocks, glued + after_year, dropped)


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)


def slash_marker_pattern(number: str) -> re.Pattern[str]:
    """A note marker printed with its slash, "1/", glued to the word, figure or bracket
    it explains ("Actual (16 March 2031)1/", "MEETING1/"), as notes numbered "1/" are
    marked. Never inside a fraction or a date ("1/2", "3/4/2031"): nothing but a space,
    a stop or the line's end follows the slash, and no figure stands before the number."""
    return re.compile(rf"(?<=[^\W\d_]|[,.;:)\]”’\"])(?<![A-Z]\.){number}/(?=[\s,.;:)]|$)")


_ANY_SLASH_MARK = lazy(r"(?<=[^\W\d_]|[,.;:)\]”’\"])(?<![A-Z]\.)(\d{1,2})/(?=[\s,.;:)]|$)")


def _slash_marks(text: str) -> set[str]:
    """The numbers printed as "N/" markers in ``text``."""
    return set(_ANY_SLASH_MARK.findall(text))


def year_marker_pattern(number: str) -> re.Pattern[str]:
    # A date closing a clause takes the marker straight after its year once flattened:
    # "report ... of 25 November 20242" is 2024 and note 2. Only after a month's name,
    # where a five-digit year cannot be meant, or closing a span of years ("Decade
    # 2014–20243": a span ends on a four-digit year). (The marker is group 1: _link's
    # offset.) A title or heading set in capitals prints its month so ("HELD ON 10
    # NOVEMBER 20161"): the month's name is matched in any case.
    # Or after a preposition, with a clause word or punctuation after it ("report ... for
    # 20244 and detailed in annex II"): a figure that size is written with separators in
    # official text ("20,244"), and a count is followed by what it counts.
    # A fiscal year written with its second year's last two digits ("achieved in
    # 2023-242." is 2023-24 and note 2) takes it there too: such a span never runs on
    # past two digits (a four-digit end year, "2023-2024", is not read so).
    return re.compile(
        rf"(?:(?i:{_MONTH_NAMES}) |(?:19|20)\d\d[–-])(?:19|20)\d\d({number})(?=[\s,.;:)”’]|$)"
        rf"|\b(?:19|20)\d\d[–-](?!(?:19|20)\d\d)\d\d({number})(?=[\s,.;:)”’]|$)"
        rf"|\b(?:for|in|of|since|until|by)[ \n](?:19|20)\d\d({number})"
        # (The clause word may open the next line: a line break is a space.)
        r"(?=[,.;:)”’]|$|[ \n](?:and|or|the|to|on|as|which|that|with)\b)"
    )


def _numbers_printed(blocks: list[Block]) -> dict[str, list[int]]:
    """For each run of digits (as a note numbers it: no leading zero), the blocks that
    print it, in order."""
    found: dict[str, list[int]] = {}
    for k, block in enumerate(blocks):
        numbers: set[str] = set()
        for run in set(_DIGITS.findall(block.text)):
            numbers.add(run.lstrip("0") or "0")
            if len(run) in (5, 6) and run[:2] in ("19", "20") and run[4] != "0":
                numbers.add(run[4:])  # a year and its marker: "20242"
            elif len(run) in (3, 4) and run[2] != "0":
                numbers.add(run[2:])  # a fiscal year's end and its marker: "2023-242"
        for number in numbers:
            found.setdefault(number, []).append(k)
    return found


_DIGITS = lazy(r"\d+")
# Blocks printing a note's number that are searched for its marker, nearest first: a
# report's endnotes are far below their markers, but never hundreds of mentions of that
# number away (the cap keeps a long text with unmatched notes linear).
NOTE_LINK_REACH = 100


def _link(
    blocks: list[Block],
    i: int,
    pattern: re.Pattern[str],
    claimed: set[tuple[int, int]],
    candidates: list[int] | None = None,
    matches: dict[tuple[int, str], list[int]] | None = None,
    numbered: set[int] | None = None,
) -> tuple[int, int] | None:
    """Link note ``i`` to the nearest block above holding an unclaimed marker; returns
    that block and the marker's offset in it. ``candidates``: the blocks above that print
    the number at all (all blocks above when None); ``numbered``: the blocks above known
    to be numbered notes (tested here when None: a date test per block is costly)."""
    for k in reversed(candidates) if candidates is not None else range(i - 1, -1, -1):
        holder = blocks[k]
        if holder.note_of is not None or holder.footnote_label is not None:
            continue
        if k in numbered if numbered is not None else _is_note_like(holder):
            continue
        key = (k, pattern.pattern)
        starts = matches.get(key) if matches is not None else None
        if starts is None:  # (each block is searched once per number, however many notes)
            starts = [m.start(m.lastindex or 0) for m in pattern.finditer(holder.text)]
            if matches is not None:
                matches[key] = starts
        found = [at for at in starts if (k, at) not in claimed]
        if found:
            claimed.add((k, found[-1]))
            blocks[i].note_of = k
            return k, found[-1]
    return None


def link_recorded_markers(blocks: list[Block], dropped: list[tuple[str, str]]) -> None:
    """Notes whose place the format recorded (a Word footnote reference, a PDF number
    set in the line's own size) may leave their number in the text, glued to the word it
    explains ("Minutes1 of the Meeting", "the SDGs12 and"): cut it out of the word, as a
    raised number is. Star marks stay: the tree reads them."""
    glued: list[tuple[int, int, str]] = []
    taken: set[tuple[int, int]] = set()
    for block in blocks:
        holder = block.note_of
        if holder is None or not 0 <= holder < len(blocks):
            continue
        marker = block.text.split(None, 1)[0] if block.text.strip() else ""
        if not marker.isdigit() or len(marker) > 3:
            continue
        pattern = re.compile(rf"(?<=[^\W\d_]){marker}(?=[\s,.;:)”’]|$)")
        for m in pattern.finditer(blocks[holder].text):
            if (holder, m.start()) not in taken and not _names_a_thing(
                blocks, holder, m.start(), marker
            ):
                taken.add((holder, m.start()))
                glued.append((holder, m.start(), marker))
                break
    cut_markers(blocks, glued, dropped)


_WORD_BEFORE = lazy(r"[^\W\d_]+$")


def _names_a_thing(blocks: list[Block], k: int, at: int, marker: str) -> bool:
    """Whether letters and digits glued together are a name rather than a word and its
    note: "G20", "F16" (one capital), or capitals with a number that the text uses more
    than once ("COP28"); a note is cited once, so "ICT22" printed once is a marker."""
    text = blocks[k].text
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return True
    letters = m.group()
    if len(letters) == 1 and letters.isupper():
        return True
    if not (letters.isupper() and len(letters) <= 5):
        return False  # "SDGs12", "Minutes1": a word with a number stuck on it
    name = letters + marker
    uses = 0
    for block in blocks:
        uses += block.text.count(name)
        if uses > 1:
            return True
    return False


def cut_markers(
    blocks: list[Block], glued: list[tuple[int, int, str]], dropped: list[tuple[str, str]]
) -> None:
    """Cut each (block, offset, marker) out of its block's text: a number glued to a word
    is a flattened superscript, and left in place it makes a new word ("SDGs12")."""
    by_block: dict[int, list[tuple[int, str]]] = {}
    for k, at, marker in glued:
        by_block.setdefault(k, []).append((at, marker))
    for k, cuts in by_block.items():
        block = blocks[k]
        text, wraps = block.text, list(block.wraps)
        for at, marker in sorted(cuts, reverse=True):
            if text[at : at + len(marker)] != marker:
                continue
            text = text[:at] + text[at + len(marker) :]
            wraps = [w - len(marker) if w > at else w for w in wraps]
            dropped.append(("footnote-marker", marker))
        blocks[k] = replace(block, text=text, wraps=wraps)


def spaced_marker_pattern(number: str) -> re.Pattern[str]:
    # Some extractions put a space before the superscript: "Rarotonga, 3 Bangkok". A
    # number between a comma and a capitalised word is not a count (a count is followed
    # by a plural noun in lower case).
    # Layout-preserving extraction also leaves " 1 the views" and "... Group. 2" (the
    # paragraph's end): no count is followed by "the", and no sentence ends on a bare
    # number after its full stop (nor after a bracket's or a quotation's end: "(Paris
    # Principles), 5" ending its line).
    # A year or a date may stand before the comma ("of 16 March 2022, 1", "of 12 August
    # 1949, 3 to which"), but not a short bare number: "paragraphs 1, 2" is a list. A
    # marker may end a wrapped line ("nuclear arsenals, 5" / next line).
    # Between a word and a clause word ("Weapons 9 acknowledges", "weapons, 7 in which",
    # "weapons, 4 and the"), a bare number is no count (a count is followed by what it
    # counts) — unless a reference word names it ("Article 2 and 3").
    # A raised number keeps its own box's space when the text is laid out as printed, so
    # the word after it follows two spaces ("Outcome, 1  sports can", "Child, 4  which",
    # "Countries 2  and the"): typed prose never doubles the space after a bare number
    # inside a sentence. (Only the first gap of its line: a justified line has many.)
    # After a comma or a plural noun, "with" and "that" open a clause too ("Weapons, 6
    # with a view", "States 7 that they"), and a plural noun's verb may follow ("Persons
    # 3 will be held"): a count stands before what it counts, never after a plural noun.
    # (A figure after a slash ends a symbol or a span, "for 2024/25; 4", not a list.)
    not_a_list = r"(?<![\s(]\d[.,;] )(?<![\s(]\d\d[.,;] )(?<![\s(]\d\d\d[.,;] )"
    spaced_not_a_list = r"(?<![\s(]\d [,;] )(?<![\s(]\d\d [,;] )(?<![\s(]\d\d\d [,;] )"
    # ("to" before a figure makes a span, "from 5 to 8 August": no marker.)
    clause = (
        r"(?:to(?! \d)|which|whereby|where|who|in which|and the|and that|and its|and[ \n]to|as"
        r"|acknowledg\w*|including)\b"
    )
    gap = r"(?:[ \n]|  (?=\S))"  # one space or a line break, or a raised number's gap
    lone_gap = r"  (?=[a-z])(?![^\n]*  )"  # the line's only double space
    # (A wrapped line may put the marker last and the clause word first on the next line:
    # "Colonial Countries and Peoples 3" / "and the Vienna Declaration ...".)
    return re.compile(
        rf"(?<=[^\W\d_][,;] ){number}(?= [A-Z])"
        rf"|(?<=[^\W\d_][,;.] ){number}(?={gap}the\b)"
        # (After a year and its comma too: "the budget for 2026, 1 the financial report".)
        rf"|(?<=(?:19|20)\d\d, ){number}(?={gap}the\b)"
        # After a document's symbol and its comma, before "of" or "and" ("pursuant to
        # resolution 72/55, 1 of the Group ...", "61/72, 2 and of the ..."): symbols are
        # listed with symbols, never with a bare count, and no count stands before "of".
        rf"|(?:(?<=\d/\d, )|(?<=\d/\d\d, )|(?<=\d/\d\d\d, )){number}(?={gap}(?:of|and)\b)"
        rf"|(?:(?<=[^\W_][.,;] )|(?<=[)”’][.,;] )){not_a_list}{number}(?=$|\n)"
        # (Justified text taken without layout may set the comma apart from its word,
        # where the raised number after it widened the gap: "held in Baku on 26 October
        # 2019 , 3" ending its line. A list's figures never stand so.)
        rf"|(?<=[^\W_] [,;] ){spaced_not_a_list}{number}(?=$|\n)"
        rf"|(?<=[^\W_][,;] ){not_a_list}{number}(?={gap}(?:{clause}|with\b|that\b))"
        rf"|(?<=[^\W\d_] ){_NOT_AFTER_REFERENCE}{number}(?={gap}{clause})"
        rf"|(?<=[a-z]s ){_NOT_AFTER_REFERENCE}{number}(?={gap}{_AFTER_PLURAL}\b)"
        rf"|(?<=[^\W\d_][,;] ){not_a_list}{number}(?={lone_gap})"
        rf"|(?<=[”’)][,;] ){number}(?={lone_gap})"
        # The raised number's space kept before it and lost after it ("Weapons 6and the
        # advisory opinion", "weapons, 7in which"): no figure is written glued to a
        # clause word (units and ordinals glue to their own: "6am", "3rd", "5km").
        rf"|(?:(?<=[^\W\d_] )|(?<=[^\W\d_][,;] )){number}(?=(?:and|the|which|in which)\b)"
        # A name, then the marker ending its line, and the sentence going on in lower
        # case on the next ("the Rome Statute of the Court 1" / "reaffirms ..."): a
        # count ends no line before what it counts, a reference word names a number.
        # (Consumed; the marker is the group: _link's offset.)
        rf"|\b(?!{_NAMED_NUMBERS}\b)[A-Z][a-z]+ ({number})(?= ?\n[a-z])"
        # ... or before "of a(n)" ("the Millennium Declaration 2 of an appeal"): a number
        # a name does not name is never followed so.
        rf"|\b(?!{_NAMED_NUMBERS}\b)[A-Z][a-z]+ ({number})(?= of an?\b)"
    )


# Words a marker after a plural noun may stand before ("States 7 that they", "Persons 3
# will be held"): a clause's opening or its verb, never what a count counts.
_AFTER_PLURAL = r"(?:that|with|will|shall|would|should|may|is|are|was|were|has|have)"


# Capitalised words printed before a number they name: a table, a phase, an article.
_NAMED_NUMBERS = (
    "(?:Article|Paragraph|Section|Chapter|Part|Annex|Appendix|Table|Figure|Box|Phase|"
    "Protocol|Principle|Goal|Target|Rule|Volume|Vol|Step|Level|Option|Stage|Session|"
    "Resolution|Decision|Item|Page|Committee|Group|Conference|Round|Year|No|Day|Week|"
    "Month|Series|Term|Lot|Clause|Schedule|Category|Grade|Type|Class|Tier|Pillar)"
)


# Words that name a numbered thing: the number after them is a reference, not a marker
# (one fixed-width look-behind each: Python's look-behinds cannot alternate widths).
_NOT_AFTER_REFERENCE = "".join(
    rf"(?<!\b{w} )"
    for w in (
        "Article",
        "article",
        "paragraph",
        "para",
        "section",
        "Section",
        "chapter",
        "Chapter",
        "resolution",
        "decision",
        "Part",
        "part",
        "item",
        "annex",
        "Annex",
        "page",
        "rule",
        "Rule",
        "No",
        "Principle",
        "principle",
        "Goal",
        "Target",
    )
)


# Formats that deliver one line per paragraph, whose paragraphs a page's markup or a
# Word line break may still cut in two ("... the Board of Directors and" / "the Board
# of Supervisors ..."). A PDF's reader joins a paragraph's lines, but not across what
# it cannot see through: a page break with furniture, a side note printed in the
# margin beside the paragraph, a column's end ("... shall form" / "part of the ...").
# Formats read a paragraph a block. Markdown is one: a block cut mid-sentence there is a
# page break of the PDF a converter read ("... checked by the" / "<!-- PageBreak -->" /
# "national audit office ..."), or a blank line left in a sentence, as in the others.
_PARAGRAPH_FORMATS = ("html", "docx", "pdf", "md")
# A list item cut the same way goes on too ("9. Prices ... potentially reflecting" /
# "of the global outlook ..."): a converter that leaves an item's wrapped lines
# unindented ends the item at the blank line, and its rest opens in lower case.
_CUT_HOST_STYLES = ("", "list-item")
# Under an item, a lower-case letter and its point glued to the text ("a.The Party
# ...") is the next item's label, not the item's words going on.
_GLUED_ITEM_LABEL = lazy(r"[a-z]{1,3}[.)]\S")
MIN_CUT_WORDS = 6  # a cut paragraph's first part is a line of prose, not a heading


def join_cut_paragraphs(blocks: list[Block], fmt: str) -> tuple[list[Block], list[int]]:
    """Join a paragraph-per-line format's unstyled block that starts in lower case to the
    paragraph or list item before it when that one stops mid-sentence: on a word like
    "and" or "of", or as running prose with no punctuation at all. No paragraph starts
    in lower case, and no sentence ends on a bare word; a comma or semicolon may end a
    clause printed as its own paragraph ("having regard to ...,"), and a list of names
    may stand over the line that qualifies it ("Jane Doe, John Roe" / "on behalf of the
    group"), so those are never joined."""
    order = list(range(len(blocks)))
    if fmt not in _PARAGRAPH_FORMATS:
        return blocks, order
    out: list[Block] = []
    for i, block in enumerate(blocks):
        host = out[-1] if out else None
        if (
            host is not None
            and _continuation_start(block)
            and host.style in _CUT_HOST_STYLES
            and not (host.style and _GLUED_ITEM_LABEL.match(block.text))
            and host.note_of is None
            and host.word_count >= MIN_CUT_WORDS
            and not host.text[:1].islower()  # (a cover page's fragments: "pursuant to ...")
            and host.text[-1:].isalpha()
            and (_ends_on_function_word(host.text) or unfinished_prose(host.text))
        ):
            out[-1] = joined_blocks(host, block, join_with_space=True)
            order[i] = len(out) - 1
            continue
        order[i] = len(out)
        out.append(block)
    return out, order


LONG_PARAGRAPH_WORDS = 30  # a paragraph this long is prose, however many names it cites


def _stopped_on_a_word(text: str) -> bool:
    """A paragraph of prose stopped on a bare word: mostly lower-case words (a name and
    title capitalise most of theirs), or long, though it cites many names ("... the Paris
    Agreement, the Sendai Framework ... and the Convention on Biological")."""
    if unfinished_prose(text):
        return True
    return (
        text[-1:].isalpha() and len(text.split(None, LONG_PARAGRAPH_WORDS)) > LONG_PARAGRAPH_WORDS
    )


def _carried_over_page(blocks: list[Block], k: int, i: int, host: Block) -> bool:
    """A paragraph of running prose stopped on a bare word at a page's end, going on in
    a capital on the next page ("... Congress approved the Red" / form feed / "River
    Compact ..."): the text marks the page break (a form feed: page_break_marks), and a
    page ends wherever its last printed line ends, mid-sentence as often as not, while no
    sentence, heading or list entry stops on a bare word after many words of prose. A
    capital after an ordinary blank line is left alone: there nothing says the writer did
    not end the paragraph there."""
    tail = blocks[i]
    return (
        any(blocks[j].after_page_break for j in range(k + 1, i + 1))
        and _stopped_on_a_word(host.text)
        and _full_last_line(host.text)
        # (Not a heading: one short line, "Monetary Policy Meeting", or one in capitals.)
        and (tail.line_count > 1 or tail.word_count >= PROSE_MIN_WORDS)
        and not tail.text.split("\n", 1)[0].isupper()
        # (Not a list set in one block whose last entry is that one line: an entry ends
        # without a stop, and a one-line entry may fill the measure by chance.)
        and not _opens_entry(host.text.rsplit("\n", 1)[-1])
    )


# A list entry's mark at a line's start, including those the label finder leaves to
# their context: a dingbat bullet ("❖", "➢", "■") and a bare roman number over a
# capital ("xiii Data on growth ..."); a roman number of one letter is left out ("v
# Smith" in a case name), and so is a dash (a wrapped sentence's aside opens on one).
_ENTRY_MARK = lazy(
    r"^\s*(?:[•·▪►\u25a0-\u25ff\u2700-\u27bf\u2b00-\u2bff\uf0a7\uf0b7]\s*\S|"
    r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s+\S|"
    r"(?=[ivx]{2,5}\s)x{0,3}(?:ix|iv|v?i{0,3})\s+[A-Z])"
)


def _opens_entry(line: str) -> bool:
    """Whether ``line`` opens on a list entry's mark (a bullet, "a)", "3.", "xiii")."""
    return bool(_ENTRY_MARK.match(line))


FULL_LINE_SHARE = 0.75  # of the host's median line: a line the page's measure filled


def _full_last_line(text: str) -> bool:
    """Whether the last printed line of a hard-wrapped paragraph fills the measure, as a
    page break leaves it (it falls after a full line); a paragraph's own last line,
    even one missing its full stop (an item of a list set without marks), stops short."""
    lines = text.split("\n")
    if len(lines) < 2:
        return False
    # (The median line, not the longest: an earlier join may have run two lines into one.)
    lengths = sorted(map(len, lines[:-1]))
    return len(lines[-1]) >= FULL_LINE_SHARE * lengths[len(lengths) // 2]


def _ends_on_function_word(text: str) -> bool:
    last = (text.rsplit(None, 1) or [""])[-1].lower()
    return last in P.FUNCTION_WORDS
