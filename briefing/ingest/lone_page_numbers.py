"""Page numbers left alone on their line in text taken from a paged document.

A PDF saved as text, or a faxed release typed out again, keeps each page's number as a
line holding nothing but "2", "3", "4" ... between the last line of one page and the first
of the next. Left in, the number is glued to the next line ("2 bureaucratising the
situation ...") and cuts a paragraph continued over the page in two.

Two things tell a page number from a paragraph number printed alone on its line ("1" /
"The Council ..."): the numbers come one page apart, a page's worth of lines from each
other, and a page break falls anywhere, so some of them stand inside a sentence (the line
above unfinished, or the line below going on in lower case). A paragraph number always
stands between a finished sentence and a capitalised one.

Where the page broke between two sentences that sign is missing: such numbers are taken
by the run they make (2, 3, 4 ... once each, alone between blank lines, a page's text
apart; a paragraph's label alone on its line comes with "1" before it, a table's figures
come in rows): ``take_page_numbers_apart``.
"""

from __future__ import annotations

from bisect import insort
from itertools import accumulate, pairwise

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

MAX_DIGITS = 3
# A page holds more lines than this (blank ones included); paragraphs numbered alone on
# their line in one-paragraph-a-line text come every few lines.
MIN_LINES_APART = 8
NEAR = 3  # blank lines a page number may stand among
PROSE_CHARS = 30


def take_lone_page_numbers(extracted: Extracted) -> None:
    """Blank page numbers alone on their line (indices stay valid); list them in
    ``removed``."""
    lines = extracted.lines
    candidates = [
        (i, int(text))
        for i, line in enumerate(lines)
        if not line.style
        and not line.label
        and (text := line.text.strip())
        and len(text) <= MAX_DIGITS
        and text.isdigit()
        and text.isascii()
        and _alone(lines, i)
    ]
    for chain in _chains(candidates):
        # Paragraph numbers stand between sentences; page breaks fall anywhere, and
        # where one cuts a sentence the text goes on in lower case below the number. (A
        # line above without its full stop is no sign: table cells and headings have
        # none, and row numbers laid out a cell a line go up by one as well.) A number
        # met once is a page's only if it is 2: the first page goes unnumbered.
        if (len(chain) >= 2 or chain[0][1] == 2) and any(_text_goes_on(lines, i) for i, _ in chain):
            for i, _ in chain:
                extracted.removed.append(lines[i].text.strip())
                lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")


RUN_MIN = 3  # numbers in a run taken with nothing setting them apart
RUN_SPREAD = 3.0  # the run's longest page at most this many times its shortest


def take_page_number_runs(extracted: Extracted, centred: bool = False) -> None:
    """Page numbers in text that sets no line apart: ``pdftotext -raw`` prints no blank
    line at all, and text copied from a viewer drops the form feeds, so "2", "3", "4" sit
    alone on their lines between one page's last line and the next page's first, with
    nothing around them to show it. The run itself shows it: three or more numbers going
    up by one from the first or second page, each a page of text after the last, the
    pages alike in length (a printer's pages hold about as many lines each). Paragraph
    or row numbers alone on their lines come a paragraph or a row apart: far closer, or
    far less even. Blank the numbers (indices stay valid) and list them in ``removed``.
    ``centred``: numbers set far in count too (text without form feeds, where no other
    pass finds a laid-out page's foot numbers)."""
    lines = extracted.lines
    candidates = [
        (i, int(text))
        for i, line in enumerate(lines)
        # (Or centred under the text, as ``pdftotext -layout`` and a viewer's copy set a
        # page's foot number: a wide indent says page number more, not less.)
        if (
            len(line.text) <= MAX_DIGITS + 8
            or (centred and line.text[:8].isspace() and _CENTRED.match(line.text))
        )
        and not line.style
        and not line.label
        and (text := line.text.strip())
        and len(text) <= MAX_DIGITS
        and text.isdigit()
        and text.isascii()
    ]
    if len(candidates) < RUN_MIN:
        return
    chains = [c for c in _chains(candidates) if len(c) >= RUN_MIN and c[0][1] <= 2]
    if not chains:
        return
    # Characters before each line (one pass), so a page's length is one subtraction.
    before = [0, *accumulate(len(line.text) for line in lines)]
    for chain in chains:
        if _pages_alike(before, chain):
            _take_numbers_and_heads(extracted, [i for i, _ in chain])


def _take_numbers_and_heads(extracted: Extracted, numbers: list[int]) -> None:
    """Blank the page numbers at ``numbers`` and the running head printed beside them."""
    lines = extracted.lines
    for i in sorted(set(numbers) | heads_beside(lines, numbers)):
        extracted.removed.append(" ".join(lines[i].text.split()))
        lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")


HEAD_REACH = 2  # non-blank lines on either side of a page number a running head may be
HEAD_MAX_CHARS = 120


def heads_beside(lines: list, numbers: list[int]) -> set[int]:
    """The running head or foot printed with the page number: a line next to it (within
    ``HEAD_REACH`` lines) that is printed, digits aside, next to another of the run's
    page numbers too ("THE GAZETTE OF INDIA : EXTRAORDINARY" under "2" and under "4"; a
    book's heads alternate between left and right pages, so twice is enough), and that
    reads as a name, not as prose or a speaker's label (no closing stop, comma or colon,
    no lower-case start). Body text does not repeat a whole line at two page breaks."""
    from briefing.ingest.readers.pdf_running import line_key

    near: dict[str, list[tuple[int, int]]] = {}  # key -> (page number's place, line)
    for n, at in enumerate(numbers):
        for step in (-1, 1):
            j, seen = at + step, 0
            while 0 <= j < len(lines) and seen < HEAD_REACH:
                line = lines[j]
                text = line.text.strip()
                j += step
                if not text:
                    continue
                seen += 1
                if len(text) > HEAD_MAX_CHARS or line.style or line.label:
                    break
                if text[-1] in ".,;:!?" or text[0].islower():
                    continue  # a line of prose: a head names, it does not run on
                key = line_key(text)
                if len(key) >= 4 and any(c.isalpha() for c in key):
                    near.setdefault(key, []).append((n, j - step))
    heads: set[int] = set()
    for places in near.values():
        if len({n for n, _ in places}) >= 2:
            heads.update(i for _, i in places)
    return heads


def _pages_alike(before: list[int], chain: list[tuple[int, int]]) -> bool:
    """Each number a page of text after the last, the pages alike in length.
    ``before``: the characters before each line."""
    gaps = [b - a for (a, _), (b, _) in pairwise(chain)]
    if min(gaps) < MIN_LINES_APART or max(gaps) > RUN_SPREAD * min(gaps):
        return False
    return all(before[b] - before[a + 1] >= PAGE_MIN_CHARS for (a, _), (b, _) in pairwise(chain))


def _alone(lines: list, i: int) -> bool:
    """A blank line (or the text's edge) above or below: a number on a line of its own
    inside wrapped prose is a figure cut off by the wrap."""
    above = i == 0 or not lines[i - 1].text.strip()
    below = i + 1 >= len(lines) or not lines[i + 1].text.strip()
    return above or below


def _chains(candidates: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of numbers going up by one, each a page's worth of lines after the last: a
    number joins the first run (oldest first) that waits for it and ended far enough
    above. (Runs are kept by the number they wait for: linear in the candidates, where a
    table of lone figures would make a look through every run quadratic.)"""
    chains: list[list[tuple[int, int]]] = []
    waiting: dict[int, list[int]] = {}  # next number -> indices in ``chains``, oldest first
    for i, number in candidates:
        queue = waiting.get(number, [])
        found = next((c for c in queue if i - chains[c][-1][0] >= MIN_LINES_APART), None)
        if found is None:
            found = len(chains)
            chains.append([(i, number)])
        else:
            queue.remove(found)
            chains[found].append((i, number))
        insort(waiting.setdefault(number + 1, []), found)
    return chains


def _neighbour(lines: list, i: int, step: int) -> str:
    j = i + step
    for _ in range(NEAR + 1):
        if not 0 <= j < len(lines):
            return ""
        text = lines[j].text.strip()
        if text:
            return text
        j += step
    return ""


def _text_goes_on(lines: list, i: int) -> bool:
    """The line below goes on in lower case: the page broke inside a sentence."""
    return _neighbour(lines, i, 1)[:1].islower() and _prose(_neighbour(lines, i, -1))


def _prose(text: str) -> bool:
    """A page's last line is a line of prose; a short cell above a number is a table's
    (row numbers in a table laid out one cell a line also go up by one)."""
    return len(text) >= PROSE_CHARS and text.count(" ") >= PROSE_CHARS // 8


# (A typed page's number may carry a full stop: "2.". Paragraph labels "1.", "2." alone on
# their lines come with "1." before them, and the run then stops: see _LABEL_ONE.)
_NUMBER = lazy(r"^\s*([2-9]|[1-9]\d{1,2})\.?\s*$")
PAGE_MIN_CHARS = 600  # a page holds more text than this between two page numbers
_LABEL_ONE = lazy(r"^\s*1\.?\s*$")
_CENTRED = lazy(r"[ \t]{8,}+\d{1,3}+\.?+[ \t]*+$")  # a number set far in, alone


def take_page_numbers_apart(extracted: Extracted) -> None:
    """Blank lone page numbers (indices stay valid) and list them in ``removed``.

    The numbers set apart on their lines are taken when, all of them, they run 2, 3 ...
    a page of text apart: that run is what page numbers make, whether or not a page
    break cut a sentence, and figures wrapped alone would break it. Failing that, the
    numbers after a finished sentence are taken when they make the run (a figure or a
    speck of OCR standing alone elsewhere then does not stop it). Failing that too, the
    numbers after a finished sentence with a blank line on one side only are let into
    that run: ``pdftotext`` and a viewer's copy set a page's foot number right under the
    page's last line or right over the next page's first, a blank line on its other
    side. The run from 2, a page of text apart, and no "1" alone in the text, is what
    makes them page numbers; a paragraph's label alone on its line is preceded by "1"."""
    lines = extracted.lines
    found: list[tuple[int, int, int, bool]] = []  # (line, number, text before, after sentence)
    edged: list[tuple[int, int, int, bool]] = []  # after a sentence, a blank on one side
    chars = 0
    for i, line in enumerate(lines):
        text = line.text
        # (Text laid out like its page, pdftotext -layout, centres the number under the
        # text: a wide indent, which says more that it is a page's number, not less.)
        if (len(text) > 6 and not _CENTRED.match(text)) or line.style or line.label:
            chars += len(text)
            continue
        if _LABEL_ONE.match(text):
            return  # "1" alone: labels (or numbered pages from the first): not ours to guess
        m = _NUMBER.match(text)
        if m is None:
            chars += len(text)
            continue
        if _set_apart(lines, i):
            found.append((i, int(m.group(1)), chars, _after_sentence(lines, i)))
        elif _alone(lines, i) and _after_sentence(lines, i):
            edged.append((i, int(m.group(1)), chars, True))
    after = [f for f in found if f[3]]
    for run in (found, after, sorted(after + edged) if edged else []):
        if run and _page_run([n for _, n, _, _ in run], [c for _, _, c, _ in run], chars):
            for i, *_ in run:
                raw = lines[i].text
                extracted.removed.append(raw.strip())
                lines[i] = type(lines[i])("\f" if raw.startswith("\f") else "")
            return


def _page_run(numbers: list[int], at: list[int], total: int) -> bool:
    """Numbers 2, 3 ... each a page of text after the last (``at``: the characters of
    text before each; ``total``: in the whole text), with text after the last."""
    if numbers != list(range(2, 2 + len(numbers))):
        return False  # not a run of page numbers from 2
    since = [b - a for a, b in pairwise([0, *at])]
    if min(since) < PAGE_MIN_CHARS:
        return False  # too close together: a list's or a table's numbers
    # A lone "2" needs its page after it (a quarter page at least). Once two numbers or
    # more run a page apart, the run is the evidence: a release's last page may hold
    # only its closing lines and contact under its number ("- ends -", an address).
    tail = PAGE_MIN_CHARS // 4 if len(numbers) == 1 else 1
    return total - at[-1] >= tail


def _set_apart(lines: list, i: int) -> bool:
    """Blank (or no) lines on both sides: printed alone at a page's edge."""
    before = i == 0 or not lines[i - 1].text.strip()
    after = i + 1 >= len(lines) or not lines[i + 1].text.strip()
    return before and after


_SENTENCE_END = lazy(r"[.?!:;\"”’)\]]\s*$")


def _after_sentence(lines: list, i: int) -> bool:
    """The text before the number ends a sentence. (A sentence running on over the page
    break is joined across it by the segmenter only while the number stands between;
    taking the number out there is left undone rather than gluing two paragraphs.)"""
    for j in range(i - 1, -1, -1):
        text = lines[j].text.strip()
        if text:
            return bool(_SENTENCE_END.search(text))
    return False


MIN_ORDINAL_PAGES = 2  # pages whose own number stands alone on them


def take_page_ordinals(extracted: Extracted, breaks: list[int], before: list | None = None) -> None:
    """In text whose pages are marked by form feeds, a number alone on its line that is
    its own page's ordinal (the 2 on the second page, the 4 on the fourth) is the page's
    number, wherever on the page the extraction put it (``pdftotext`` sets a foot's
    number among a table's rows when the table runs to the page's foot). Taken when two
    pages or more show it, and only where a page holds one such line: a column of
    figures has many lone numbers, and matches its pages' ordinals by chance once at most.
    ``breaks``: the lines opening a page (a form feed). ``before``: the lines as they
    were before the other furniture passes ran: a page whose number stood at its edge,
    taken there already, still shows its number, and counts as one of the pages (a page's
    number is set mid-page on one page, at its foot on the others)."""
    from bisect import bisect_right

    lines = extracted.lines
    printed = lines if before is None else before
    found: dict[int, list[int]] = {}  # page -> lines holding its ordinal alone
    for i, line in enumerate(printed):
        raw = line.text
        if len(raw) > 8 or line.style or line.label:
            continue
        text = raw.strip()
        if not text or len(text) > MAX_DIGITS or not (text.isdigit() and text.isascii()):
            continue
        page = bisect_right(breaks, i) + 1
        if int(text) == page and _alone(printed, i):
            found.setdefault(page, []).append(i)
    pages = {page: at[0] for page, at in found.items() if len(at) == 1 and page >= 2}
    if len(pages) < MIN_ORDINAL_PAGES:
        return
    for i in sorted(pages.values()):
        if lines[i].text.strip():  # (not taken already by another pass)
            extracted.removed.append(lines[i].text.strip())
            lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")
