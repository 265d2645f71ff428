"""Plain text whose paragraph ends are not marked by blank lines (issue 11, item 5).

``pdftotext`` in its default or ``-raw`` mode writes a PDF's paragraphs one after another,
each hard-wrapped at the PDF's line ends, with no blank line between them; archives
(parliamentary collections, newspaper scans) keep a typist's hard wraps at ~70 columns.
There the text itself is the only evidence of a paragraph's end, and these helpers read it
from the document's own line lengths.
"""

from __future__ import annotations

from briefing.ingest.dates import find_date
from briefing.ingest.patterns import FUNCTION_WORDS, ends_sentence, match_label
from briefing.lazyre import lazy

# Share of a document's full lines that a line must outrun to count as "at the margin".
_MARGIN_SHARE = 0.95


def margin(texts: list[str], width: int) -> int:
    """How long the document's longest ordinary lines run: the right margin in characters.

    ``width`` (segment._wrap_width) is where most full lines end. Text copied out of a PDF
    set in a proportional font has no single margin in characters: a full line of wide
    letters ('m', capitals) holds fewer than one of narrow ones ('i', 'l', 't'), so full
    lines spread over a tenth or more of the width. A line has no room left for the next
    word only when the two together outrun what the document's full lines reach, which the
    95th percentile of its full lines measures (a monospaced wrap at 70 columns has no
    spread, and there this is ``width`` itself)."""
    if not width:
        return 0
    full = sorted(n for n in (len(t.strip()) for t in texts) if n >= width * 0.7)
    if len(full) < 10:
        return width
    # Never below the width, nor far past it (one long table row is no margin).
    return max(width, min(full[int(len(full) * _MARGIN_SHARE)], int(width * 1.15)))


def _words(text: str) -> int:
    return len(text.split())


def unmarked_ends(texts: list[str], width: int) -> int:
    """How many paragraphs visibly end with no blank line after them: a full line, then a
    line much shorter than the margin that ends a sentence, then a line opening with a
    capital. Wrapping fills every line of a paragraph but its last, so a short line ending
    a sentence under a full one is that paragraph's last line, and the capital after it
    opens the next paragraph on the very next line."""
    if not width:
        return 0
    count = 0
    for above, line, below in zip(texts, texts[1:], texts[2:], strict=False):
        above, line, below = above.strip(), line.strip(), below.strip()
        if not (above and line and below) or len(above) < width * 0.8:
            continue
        if len(line) > width * 0.7 or _words(line) < 2 or not ends_sentence(line):
            continue
        if above.endswith((".", ":", ";")):
            continue  # (a list or a run of one-sentence lines, not a wrapped paragraph)
        if below[:1].isupper() and _words(below) >= 4:
            count += 1
    return count


def _blank_runs(texts: list[str]) -> int:
    """Blank-line breaks followed by a long line of text (segment._blank_separated counts
    the line with its indent)."""
    runs = 0
    previous_blank = False
    for raw in texts:
        if not raw.strip():
            previous_blank = True
            continue
        # (The line's own length: a heading centred in text laid out like its page is
        # set in by spaces, and a letterhead's lines so are no paragraph after a blank.)
        runs += previous_blank and len(raw) >= 40 and len(raw.strip()) >= 40
        previous_blank = False
    return runs


def blank_lines_are_page_breaks(texts: list[str], width: int) -> bool:
    """Whether the text's few blank lines are page breaks, not paragraph breaks.

    Text copied out of a PDF by pdftotext keeps a blank line at each page break (and
    around the page number it took out) while its paragraphs follow each other with no
    blank line: a handful of blank runs then says nothing of paragraphs. When paragraph
    ends with no blank line after them are at least as many as the blank runs, the
    blanks are page breaks, and a full line ending a sentence may end its paragraph."""
    ends = unmarked_ends(texts, width)
    return ends >= 2 and ends >= _blank_runs(texts)


# Filled lines a blank run may stand for, on average, in text that sets its paragraphs
# apart with blank lines: a release's paragraphs run a few lines each, rarely fifteen.
LINES_PER_BLANK_RUN = 20
# Filled lines below which a text's blank runs are too few to tell anything by their rarity
# (a one- or two-page release may hold only three or four long paragraphs).
RARE_BLANKS_MIN_LINES = 100


def blank_runs_rare(texts: list[str]) -> bool:
    """Whether the text has too few blank lines for them to be its paragraph breaks: many
    hard-wrapped lines, a blank line only every twenty or more (justified prose copied out
    of a PDF keeps a blank line at a page break, a heading or a table, and none between
    its paragraphs). Its paragraph ends are then read from the lines, as in text with no
    blank line at all; a last line ending a sentence most of the way to the margin is one
    (the short-line count of ``unmarked_ends`` misses it)."""
    filled = sum(1 for text in texts if text.strip())
    if filled < RARE_BLANKS_MIN_LINES:
        return False
    return filled > LINES_PER_BLANK_RUN * max(_blank_runs(texts), 1)


def wrapped_dash(current: list[str], line: str, width: int) -> bool:
    """A line opening '- ' in lower case under a full line that stops on a word, in a
    paragraph that is no list item: the sentence's dash carried to the line's start by
    the wrap ("... our qualities as a people" / "- of our values."), not a bullet. A
    hyphen list opens after a lead-in that ends (":", ".") or under an item of its own;
    a line stopping mid-clause opens none, and an item rarely carries on a sentence in
    lower case."""
    if not width or not current or not line.startswith("- ") or not line[2:3].islower():
        return False
    prev = current[-1].rstrip()
    if len(prev) < width * 0.7 or not prev[-1:].isalpha():
        return False
    opened = match_label(current[0].lstrip())
    return opened is None or not opened.family.startswith("bullet")


def year_wraps(prev: str, line: str) -> bool:
    """A bare year under a line that stops on a day and month ("WEDNESDAY, 17 FEBRUARY" /
    "1999"): the date's year carried to the next line by the wrap, not a page number.
    A page number is no year, and a dateline is never printed without its year on the
    line above and the year alone under it unless the line was wrapped there."""
    year = line.strip()
    if len(year) != 4 or not year.isdigit() or year[:2] not in ("19", "20"):
        return False
    prev = prev.strip()
    return find_date(prev) is None and find_date(f"{prev} {year}") is not None


_POSSESSIVE_TAIL = lazy(r"^s(?:[\s,.;:!?)]|$)")


def possessive_cut(prev: str, line: str) -> bool:
    """A line ending on a word and its apostrophe ("... the introduction of the
    Government’") with the next line opening on a lone "s" ("s NMW, the tax ..."): a
    possessive the extraction cut at the apostrophe, which ``pdftotext -raw`` does where
    a PDF sets the apostrophe as a glyph of its own. A lone "s" opens no sentence, item or
    heading in any release, and a closing quotation mark ends with its sentence's stop
    ("... ‘talks’." / "s"), so a bare word with its apostrophe is the cut."""
    prev = prev.rstrip()
    if len(prev) < 2 or prev[-1] not in "’'" or not prev[-2].isalpha():
        return False
    return bool(_POSSESSIVE_TAIL.match(line))


_INITIALS = lazy(r"^(?:[A-Z]{2,4}\s*[/:]\s*)?[a-z]{2,3}$")


def typist_initials(text: str) -> bool:
    """The reference initials a typist puts under a letter or a transcript's last line
    ("jy", "AB/jy"): two or three lower-case letters alone, the release's last line. They
    say who typed it, not what it says (archives such as ParlInfo keep them)."""
    return bool(_INITIALS.match(text.strip()))


# A crosshead of a series: a few words, more than a salutation ("Mr President,").
SERIES_HEAD_MIN_WORDS = 4
SERIES_HEAD_MAX_WORDS = 16
SERIES_MIN = 3  # lines opening alike: fewer may be chance


def _series_key(text: str) -> str | None:
    """The first two words of a line that may head a part of a series ("Au titre du
    Ministère de l'Hydraulique :"), lower case; None when the line cannot."""
    found = text.split()
    if not SERIES_HEAD_MIN_WORDS <= len(found) <= SERIES_HEAD_MAX_WORDS:
        return None
    if not found[0][:1].isupper() or not text.endswith((":", ",")):
        return None
    last = found[-1].rstrip(":,").lower() or (found[-2].lower() if len(found) > 1 else "")
    if last in FUNCTION_WORDS or ends_sentence(text.rstrip(":,").rstrip()):
        # "WE HEREBY COMMIT TO:", "The Council decided that:": a sentence's start that
        # goes on in the list under it, a lead-in; a full sentence is no heading.
        return None
    return " ".join(found[:2]).lower()


def series_crossheads(texts: list[str]) -> dict[int, str]:
    """Crossheads that plain text marks by their wording alone: {block index: level}.

    Text with no blank lines and no styles (pdftotext's default mode) keeps no sign of a
    heading but its words. A release heading its parts as a series ("AU TITRE DES
    COMMUNICATIONS DES MINISTRES :", "AU TITRE DES MESURES INDIVIDUELLES,", "Au titre du
    Ministère de la Santé :" ...) names each part alike: three or more different short
    lines opening with the same two words, each ending on a colon or a comma (at least
    two on a colon: salutations repeated in a speech end on commas) with text under it,
    none right under another of its rank, are the parts' heads, not lead-in sentences,
    which differ from each other. A series set in capitals with one in ordinary case
    under it nests the ordinary-case heads (level 2) under the capitals (level 1).
    ``texts`` has "" for blocks that may not be heads (labelled, styled, a speaker's
    label)."""
    groups: dict[str, list[int]] = {}
    for i, raw in enumerate(texts[:-1]):  # (the last block has nothing under it)
        text = raw.strip()
        if text and len(text) <= 160 and (key := _series_key(text)) is not None:
            groups.setdefault(key, []).append(i)
    heads: dict[int, str] = {}
    for members in groups.values():
        lines = [texts[i].strip() for i in members]
        if len(set(lines)) < SERIES_MIN or sum(t.endswith(":") for t in lines) < 2:
            continue
        capitals = [t.upper() == t for t in lines]
        if any(
            b - a == 1 and up_a == up_b
            for a, b, up_a, up_b in zip(members, members[1:], capitals, capitals[1:], strict=False)
        ):
            # Two heads of one rank, one right under the other: the first heads nothing.
            # A release's parts each have text under them; a form's prompts
            # ("Description of ...:", "Description of ...:") stand in a row, left empty.
            continue
        both = any(capitals) and not all(capitals)
        for i, upper in zip(members, capitals, strict=True):
            heads[i] = "2" if both and not upper else "1"
    return heads
