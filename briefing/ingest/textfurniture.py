"""Page furniture left in text extracted from paged documents (UN documents above all):
"2/5" page numbers, job numbers "25-15106 (E)", barcodes "*2515106*", and the running
head that repeats the document symbol on every page. Such lines are never content."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain, compress, pairwise
from operator import is_not

from briefing.ingest.archive_stamps import (
    take_archive_stamps,
    take_declassification_stamps,
    take_record_stamp,
)
from briefing.ingest.browser_print import take_browser_print_lines
from briefing.ingest.catchwords import may_hold_catchwords, take_catchwords
from briefing.ingest.closing_meeting import MEETING_DATE_REACH, under_meeting_line
from briefing.ingest.continuation_marks import take_continuation_marks
from briefing.ingest.email_headers import take_email_headers
from briefing.ingest.extracted import Extracted
from briefing.ingest.fax_headers import take_fax_headers
from briefing.ingest.file_path_lines import may_hold_file_paths, take_file_paths
from briefing.ingest.form_feet import take_form_feet
from briefing.ingest.gazette_heads import take_imprints
from briefing.ingest.gpo_marks import may_hold_gpo_marks, take_gpo_marks
from briefing.ingest.gpo_slugs import may_hold_gpo_slugs, take_gpo_slugs
from briefing.ingest.letterhead_feet import may_hold_contacts, take_letterhead_feet
from briefing.ingest.lone_page_numbers import (
    take_lone_page_numbers,
    take_page_number_runs,
    take_page_numbers_apart,
    take_page_ordinals,
)
from briefing.ingest.margin_lines import take_margin_lines
from briefing.ingest.numbered_edges import numbered_edge_lines
from briefing.ingest.page_counts import CANDIDATE_MAX, take_page_counts
from briefing.ingest.page_heads import (
    SPELT_PAGE_NUMBER,
    is_foot_with_page_count,
    page_reference,
    take_heads_over_page_numbers,
)
from briefing.ingest.page_repeats import take_cut_repeats
from briefing.ingest.page_separators import is_page_separator
from briefing.ingest.signature_stamps import BESIDE_NAME_HINTS, take_signature_stamps
from briefing.ingest.text_scan import holds, holds_any
from briefing.ingest.volume_page_runs import may_hold_volume_numbers, take_volume_page_runs
from briefing.lazyre import lazy

# "A/HRC/43/15/Add.1", "S/2024/12/Rev.1": a body's letters, then parts (Add., Rev., Corr.).
_SYMBOL = r"[A-Z]{1,6}(?:/(?:[A-Z0-9.]{1,12}|[A-Z][a-z]{2,4}\.\d{1,2})){1,6}"
# One token of a paged document's header or footer.
_TOKEN = lazy(
    r"(?:"
    r"\d{1,3}/\d{1,3}"  # page 2/5
    # A bare page number, printed beside the job number ("2   GE.16-03120"): furniture
    # only in a line that also holds a token never found in text (see _is_furniture).
    r"|\d{1,3}"
    # The job number: 25-15106, GE.20-02535(E), GE:09-17825.
    r"|(?:[A-Z]{2}[.:])?\d{2}-\d{5}(?:\([A-Z]\))?"
    r"|\([A-Z]\)"  # the language of the job: (E)
    r"|\d{6}"  # the date code after the job number: 051225
    r"|\*\d{6,9}\*"  # the barcode
    rf"|{_SYMBOL}"  # the running head: the symbol
    r")$"
)
_STRONG = lazy(
    r"^(?:\d{1,3}/\d{1,3}|(?:[A-Z]{2}[.:])?\d{2}-\d{5}(?:\([A-Z]\))?|\*\d{6,9}\*)$"
)
# A page number read by OCR with specks around it ("2 t  -Î±"): a number and glyphs
# that make no word.
_OCR_PAGE_NUMBER = lazy(r"^\d{1,3}(?:\s+(?![A-Za-z]{2})[^\s\d]{1,3}){1,3}$")
_RECYCLE = lazy(r"^(?:please recycle\s*♲?|♲)$", re.I)
_SYMBOL_LINE = lazy(rf"^{_SYMBOL}(?:\s*\([^)]{{1,20}}\))?$")
# A symbol at either edge of a line: a masthead ("United Nations    A/RES/80/99") or a
# running head with the document's short title ("A/RES/80/99    Report of the ...").
_EDGE_SYMBOL = lazy(rf"^({_SYMBOL})(?:\s|$)|\s({_SYMBOL})$")
RUNNING_TITLE_MAX_WORDS = 16  # a running head's short title; prose lines run longer
RUNNING_TITLE_MIN_WORDS = 3  # a running title's line repeating page 1's title


_SEPARATOR_MARKS = "=-*~_"  # what a converter's page separator opens with


def _is_furniture(text: str) -> bool:
    """A line made only of header/footer tokens, with at least one that is never text
    (a page "2/5", a job number, a barcode)."""
    if _RECYCLE.match(text) or _glyphs_only(text) or _FRAMED_PAGE_NUMBER.match(text):
        return True  # ("- 4 -", "Page 3 of 7" alone on a line: a page number, never text)
    if text[:1] in _SEPARATOR_MARKS and is_page_separator(text):
        return True  # "===== Page 12 =====": a converter's mark between pages
    if _OCR_PAGE_NUMBER.match(text) and re.search(r"[^\sA-Za-z\d]", text):
        return True  # (a glyph that is no letter: "3 A" may be a table's cell)
    tokens = text.split()
    if not tokens or len(tokens) > 5 or not all(_TOKEN.match(t) for t in tokens):
        return False
    return any(_STRONG.match(t) for t in tokens) and _page_ok(text)


def is_page_foot(text: str) -> bool:
    """A line of page furniture that is never text (a job number, a barcode, "2/5")."""
    return 0 < len(text) <= 60 and _is_furniture(" ".join(text.split()))


# Looks over the whole text (C scans) that let a pass over every line be skipped: a
# browser's print line carries an address or "Page N of M", an archive's stamp names a
# library, a lone page number is a line of a few digits.
# (Each pattern opens on a newline, which the regex engine looks for in C; "^" under
# re.M, or re.I, makes it try every position of a 5 MB text: 30-115 ms.)
_PAGE_LINE_START = lazy(r"\n[\f \t]*(?:page|Page|PAGE) \d")
# (Possessive: what each part takes, the next cannot, so giving back never helps; a
# numbered paragraph's line, "12. The ...", then fails at once, not after six tries.)
_LONE_NUMBER_LINE = lazy(r"\n[ \t\f]*+\d{1,3}+\.?+[ \t]*+(?:\n|$)")  # ("2." typed)


def may_hold_lone_numbers(whole: str) -> bool:
    """Whether any line of ``whole`` is a bare number of one to three digits (perhaps
    with a full stop after it, as typed pages are numbered)."""
    return _opens_some_line(_LONE_NUMBER_LINE, whole)


def _opens_some_line(pattern: re.Pattern[str], whole: str) -> bool:
    """``pattern.search("\\n" + whole) is not None``, for a pattern opening on a line
    break whose match never runs past the next one: the first line is read with a line
    break put before it, the others after their own, and the 5 MB text is not copied
    (a fresh copy of it costs more than the search)."""
    end = whole.find("\n")
    first = whole if end < 0 else whole[: end + 1]
    return pattern.match("\n" + first) is not None or pattern.search(whole) is not None


def _may_hold_print_lines(whole: str, spelt_page: bool = True) -> bool:
    """Whether ``whole`` carries a browser print line's address or "Page N".
    ``spelt_page``: False when ``whole`` holds neither "age " nor "AGE ", which a line
    opening "Page 2" holds: the regex, an attempt at every newline (~16 instructions a
    character of a long text), is then skipped."""
    if holds(whole, "http") or holds(whole, "www."):
        return True
    return spelt_page and _opens_some_line(_PAGE_LINE_START, whole)


STAMP_LOOK_CHARS = 3000


def take_page_furniture(extracted: Extracted, whole: str | None = None) -> None:
    """Blank page-furniture lines (indices stay valid) and list them in ``removed``.
    ``whole``: the lines' text joined, when the caller has it already."""
    lines = extracted.lines
    if whole is None:
        whole = "\n".join(line.text for line in lines)
    if may_hold_gpo_marks(whole):
        take_gpo_marks(extracted)  # govinfo text: "[[Page S5579]]", its bracketed head
    if may_hold_gpo_slugs(whole):
        take_gpo_slugs(extracted)  # a GPO print's "VerDate ... Jkt ..." slug, operator stamp
    if may_hold_catchwords(whole):
        # "Agar . . ." over the next page opening "Agar setiap": looked for while the
        # page numbers that show the break are still there.
        take_catchwords(extracted)
    before = list(lines)  # (to find, in C, the lines blanked below: see _blanked)
    breaks: list[int] = []  # lines opening a page (a form feed), before any is blanked
    symbols = _symbol_counts(lines, breaks, whole)
    take_heads_over_page_numbers(extracted, breaks)  # "UN80 INITIATIVE" / "PAGE 8"
    spelt_page = holds(whole, "age ") or holds(whole, "AGE ")  # ("Page 2", "PAGE 3 OF 7")
    if spelt_page:
        take_form_feet(extracted)  # "Form No. 3 * Version 1" over "Page 1 of 5"
    page_number: tuple[int, int] | None = None  # (line, number): the last "Page N" taken
    spelt_marks: list[tuple[int, int]] = []  # (line, number): every "Page N" taken
    references: set[int] = set()  # "Page 4" under a page's own number: content
    feet: list[int] = []  # lines in columns ending on "Page N of M"
    seen: set[str] = set()
    repeats: list[int] = []  # a symbol printed again: a later page's running head
    bracketed: list[int] = []  # short lines ending on ")"
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or (len(raw) > 60 and "/" not in raw and "    " not in raw):
            continue  # (most lines: prose, checked with two C scans and no copy)
        if line.style or line.label:
            continue
        if len(raw) > 80 and not raw[:1].isspace() and "    " not in raw and "/" not in raw:
            continue  # (heads may be indented)
        text = raw.strip()
        if not text or len(text) > 160:
            continue
        if text[-1] == ")" and len(text) <= CANDIDATE_MAX:
            bracketed.append(i)  # "2 (4)": page 2 of 4? (page_counts)
        # (Text laid out like its page spreads a foot's page and job numbers far apart.)
        spaced = " ".join(text.split()) if "  " in text else text
        furniture = (len(text) <= 60 or "    " in text) and _is_furniture(spaced)
        if not furniture and "    " in text and is_foot_with_page_count(text):
            feet.append(i)  # "Form No. 3      File No. 11      Page 1 of 5" (taken below)
        if furniture and _act_number(text, symbols):
            furniture = False
        spelt = SPELT_PAGE_NUMBER.match(spaced) if furniture and spaced[:1] in "pP" else None
        if spelt:
            number = int(spelt.group(1))
            furniture = not page_reference(page_number, i, number, breaks)
            page_number = (i, number) if furniture else page_number
            if furniture:
                spelt_marks.append(page_number)
            if not furniture:
                references.add(i)
        key = text if len(text) <= 60 and _SYMBOL_LINE.match(text) else _running_symbol(text)
        if not furniture and key and symbols.get(key, 0) >= 2:
            # The document's symbol is printed once at its head; repeats are running heads,
            # and so is one opening a page (after a form feed).
            furniture = key in seen or line.text.startswith("\f")
            if key in seen:
                repeats.append(i)
            seen.add(key)
        if furniture:
            extracted.removed.append(spaced)
            lines[i] = type(line)("")
            if key in seen:
                _take_page_number_near(extracted, i)  # printed next to a running head
            elif _STRONG_JOB.search(spaced):
                _take_date_codes_near(extracted, i)
    _take_masthead_symbol(extracted)
    take_continuation_marks(extracted)  # ". . . / 2", "- more -": a typed page's foot
    mail, signature = _line_openings(whole)
    if mail and holds_any(whole, _MAIL_HINTS):
        take_email_headers(extracted)  # a mailed release's header, its protective marking
    if (signature and holds_any(whole, _SIGNATURE_HINTS)) or holds_any(whole, BESIDE_NAME_HINTS):
        take_signature_stamps(extracted)  # "Firmato digitalmente da ..." / "C=IT" / "O=..."
    # (No whole-text look first: the machine's date may be "19,12,93", and its own per-line
    # checks cost ~4 ms on 5 MB.)
    take_fax_headers(extracted)  # "JUL 27 '89 17:27 FOREIGN AFFAIRS CANB ... P.2"
    if _may_hold_print_lines(whole, spelt_page):
        take_browser_print_lines(extracted)
    if holds(whole, "IBRAR") or holds(whole, "ibrar") or holds(whole, "I B R"):
        take_archive_stamps(extracted)
    if "RDP" in whole[:STAMP_LOOK_CHARS]:
        # "Approved For Release ... : CIA-RDP...": stamped at the head of every page, the
        # first one included (so the opening is enough to look at).
        take_declassification_stamps(extracted)
    take_record_stamp(extracted)  # "rw  1999-07-29  14:10" (one line looked at)
    if may_hold_file_paths(whole):
        take_file_paths(extracted)  # "H:\\Unit\\Minutes\\note.doc": a footer's filename field
    take_imprints(extracted)  # under a gazette's masthead: "PRINTED AT THE DEPARTMENT ..."
    _take_running_lines(extracted, breaks)
    _take_numbered_heads(extracted)
    for i in feet:  # (after the numbered heads: a head repeated on every page is theirs)
        if lines[i].text.strip():
            extracted.removed.append(" ".join(lines[i].text.split()))
            lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")
    # "2 (4)": page 2 of 4 (page_counts); the lines after them open pages, as form feeds do.
    counted = take_page_counts(extracted, bracketed) if not breaks and bracketed else []
    marked = spelt_page_breaks(spelt_marks) if not (breaks or counted) else []
    numbered = _take_page_tops(extracted, breaks or counted or marked, references)
    take_margin_lines(extracted, breaks)  # "Press release" up the margin, mid-page
    # Text copied out of a PDF without form feeds still shows where a page begins: the
    # symbol printed again as its running head. Those lines stand in for the breaks.
    _take_running_titles(extracted, before, breaks or repeats, numbered)
    _take_act_title_repeats(extracted)
    if extracted.format != "pdf" and may_hold_contacts(whole):
        # (After the page heads: a head taken under the foot leaves the sentence's halves.)
        take_letterhead_feet(extracted, whole)  # "Postal address ..." inside a page-cut sentence
    if extracted.format != "pdf" and may_hold_volume_numbers(whole):
        take_volume_page_runs(extracted)  # ("4778" beside the head: a volume's pages)
    if may_hold_lone_numbers(whole):
        if not breaks:
            take_page_numbers_apart(extracted)  # (pages without form feeds: "2" alone)
        if extracted.format != "pdf":  # (the PDF reader finds page numbers by position)
            take_lone_page_numbers(extracted)  # ("2" between a sentence's halves)
            # (-raw: "2", "3", "4" with no blank line; without form feeds, centred too)
            take_page_number_runs(extracted, centred=not breaks)
            if breaks:
                take_page_ordinals(extracted, breaks, before)  # ("2" on page 2, mid-page)
    if not breaks and not counted and extracted.format != "pdf":
        take_cut_repeats(extracted, whole)  # (pages without form feeds: a head mid-sentence)


# Words one of which every mail header or protective marking (email_headers) and every
# digital signature's stamp (signature_stamps) holds, in the cases they are printed in:
# a whole-text look in C spares most texts the per-line pass.
_MAIL_HINTS = ("From:", "FROM:", "From :", "CLASSIFIED", "OFFICIAL", "PROTECTED", "CONFIDENCE")
_SIGNATURE_HINTS = (
    "igital",
    "IGITAL",
    "igned",
    "IGNED",
    "umérique",
    "UMÉRIQUE",
    "lectronique",
    "LECTRONIQUE",
)

# How a line must open for either pass to take anything (after its indent, which both
# strip): a mail's "From:" field (email_headers._FROM) or a protective marking
# (_MARKING), and a signature's "Digitally signed by ..." (signature_stamps._SIGNED_BY:
# every one of its openings starts with one of these words). One regex scan finds
# both, and the fifteen C scans of the hints above are made only when it does.
_OPENING = (
    # (The look-ahead at the first letter lets most lines go after one class test, not
    # after trying every word: half the instructions.)
    r"[^\S\n]*(?=(?i:[fdsa])|[UOPIFS\[])"
    r"(?:(?P<mail>(?i:from)|\[?(?:SEC=)?(?:UNCLASSIFIED|OFFICIAL|PROTECTED|IN-CONFIDENCE"
    r"|FOR OFFICIAL|SENSITIVE BUT))|(?P<signature>(?i:digital|sign|firma|assinado)))"
)
_LINE_OPENING = lazy("\n" + _OPENING)  # (a literal first: the engine finds it in C)


def _line_openings(whole: str) -> tuple[bool, bool]:
    """Whether some line of ``whole`` opens as a mail header's or marking's line does, and
    whether some line opens as a signature stamp's: the only lines the passes take."""
    mail = signature = False
    end = whole.find("\n")  # (not partition: it copies the rest of a 5 MB text)
    first = _LINE_OPENING.match("\n" + (whole if end < 0 else whole[:end]))
    for m in chain([first], _LINE_OPENING.finditer(whole)):
        if m is None:
            continue
        mail = mail or m.group("mail") is not None
        signature = signature or m.group("signature") is not None
        if mail and signature:
            break
    return mail, signature


MASTHEAD_LINES = 20  # non-blank lines of a UN-style cover and its masthead (-raw prints it last)
_DISTRIBUTION = lazy(r"\bDistr\.\s*:")


def _take_masthead_symbol(extracted: Extracted) -> None:
    """A document symbol alone on its line in a UN-style masthead (one with its
    "Distr.: General" field) is the first page's running head, as every later page
    prints it: page furniture, kept as the release's symbol (as the PDF reader does with
    the page-head symbol). A press release's number is not set in such a masthead."""
    lines = extracted.lines
    head: list[int] = []
    for i, line in enumerate(lines):
        if line.text.strip():
            head.append(i)
            if len(head) >= MASTHEAD_LINES:
                break
    if not any(_DISTRIBUTION.search(lines[i].text) for i in head):
        return
    for i in head:
        text = " ".join(lines[i].text.split())
        if len(text) > 160 or lines[i].style or "/" not in text:
            continue
        # Alone, or at the edge of the masthead's first line ("United Nations   A/RES/..").
        symbol = text if len(text) <= 60 and _SYMBOL_LINE.match(text) else _running_symbol(text)
        if symbol and (symbol == text or len(text.replace(symbol, " ").split()) <= 2):
            extracted.removed.append(text)
            extracted.metadata.setdefault("symbol", symbol)
            lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")
            return


def _act_number(text: str, symbols: Counter[str]) -> bool:
    """ "14/105" alone, and the document's symbol ends in it (A/HRC/DEC/14/105): the
    decision's or resolution's own number, printed over its title, not a page 14 of 105."""
    number = text.rstrip(".")
    return "/" in number and any(symbol.endswith("/" + number) for symbol in symbols)


def _running_symbol(text: str) -> str:
    """The symbol a running head or masthead line carries at one edge, beside a few
    words without a sentence end (a short title, "United Nations"), else ""."""
    if "/" not in text or text[-1:] == ".":
        # (A symbol closing a sentence or a note's citation, "See A/80/505.", takes its full
        # stop; a running head or a masthead prints the symbol bare.)
        return ""
    m = _EDGE_SYMBOL.search(text)
    if not m:
        return ""
    symbol = m.group(1) or m.group(2)
    if text.count(symbol) > 1:
        # A running head prints its symbol once, beside a title; a line naming the same
        # symbol again is a note's or a paragraph's list of documents ("(Sect. 24),
        # A/78/6 (Sect. 25), ..., A/78/6" wrapped at a symbol): content, never a head.
        return ""
    rest = text.replace(symbol, " ", 1).split()
    if len(rest) > RUNNING_TITLE_MAX_WORDS or (rest and rest[-1][-1:] in ".;:!?,"):
        return ""
    return symbol


def _symbol_counts(lines: list, breaks: list[int], whole: str) -> Counter[str]:
    """How often each document symbol is printed alone on a line, or at the edge of a
    masthead or running head (one pass; lines without a "/" are skipped in C). Lines
    opening a page (after a form feed) are listed in ``breaks`` on the way. (``whole``:
    the lines joined; a text with neither a "/" nor a form feed, as many are, is not
    read line by line: two one-character finds tell.)"""
    found: Counter[str] = Counter()
    if "/" not in whole and "\f" not in whole:
        return found
    for i, line in enumerate(lines):
        raw = line.text
        if raw[:1] == "\f":
            breaks.append(i)
        if "/" not in raw or len(raw) > 160:
            continue
        text = raw.strip()
        if (len(raw) <= 60 or raw[:1].isspace()) and _SYMBOL_LINE.match(text):
            if text[:1].isupper():
                found[text] += 1
            continue
        if line.style or line.label:
            continue
        symbol = _running_symbol(text)
        if symbol and symbol[:1].isupper():
            found[symbol] += 1
    return found


def _glyphs_only(text: str) -> bool:
    """A line of a symbol font's private-use glyphs (a barcode set in a font): no text.
    (One glyph alone is a Symbol-font bullet in its own column: a label, kept.)"""
    return len(text.strip()) > 1 and all("\ue000" <= ch <= "\uf8ff" or ch.isspace() for ch in text)


# A running head or foot printed with its page number: "Inquiries: (02) 6277 7500 1".
_PAGE_NUMBER_AT_END = lazy(r"(?<!\s)\s+\d{1,3}$")
_BARE_PAGE_NUMBER = lazy(r"^\d{1,3}$")
RUNNING_MIN_DIGITS = 6  # phone numbers, job numbers: what running heads and feet carry
# (Possessive: a run of non-digits given back char by char never makes a digit; the
# plain form tried every line twice over, ~15 ms on 5 MB of text.)
_SIX_DIGITS = re.compile(rf"(?:\D*+\d){{{RUNNING_MIN_DIGITS}}}")
PAGE_NUMBER_REACH = 3  # lines (blank ones) between a running foot and its page number


def _take_running_lines(extracted: Extracted, breaks: list[int]) -> None:
    """Lines printed on every page of a paged text — the same line (perhaps with the
    page number after it) twice or more, carrying a telephone or job number — are its
    running head or foot; a bare number next to one is the page number. Body text never
    repeats a whole line of numbers word for word.

    Where form feeds mark the pages, a head or foot is at a page's edge: the same words
    in the middle of a page are the text the running head repeats (a UN document's title
    "... technologies 2021–2025" under its number on page 1, repeated as the head of
    every later page), and stay."""
    from briefing.ingest.dates import find_date

    lines = extracted.lines
    edges = _edge_lines(lines, breaks) if breaks else None
    keys: dict[int, str] = {}
    dated: set[str] = set()  # keys naming a date: a dateline printed twice, unless paged
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or len(raw) > 160 or line.style or line.label or not raw.strip():
            continue
        if not _SIX_DIGITS.match(raw):
            continue  # (most lines: one scan in C)
        text = " ".join(raw.split())
        key = _PAGE_NUMBER_AT_END.sub("", text)
        if len(key) < 12 or key[-1:] in ".!?":
            continue
        if find_date(key) is not None:
            dated.add(key)
        keys[i] = key
    counts = Counter(keys.values())
    running = sorted(
        i
        for i, key in keys.items()
        if counts[key] >= 2 and (edges is None or i in edges) and not _wraps_paragraph(lines, i)
    )
    if dated:
        # A dated line printed twice is a dateline repeated, unless its copies count the
        # pages ("15th October 2025 NATIONAL ASSEMBLY DEBATES 1" ... "2" ... "3": a
        # Hansard's or a gazette's running head names the sitting's or the day).
        paged = _page_counting_keys(lines, keys, dated)
        running = [i for i in running if keys[i] not in dated or keys[i] in paged]
    if edges is None:
        running = _paged_repeats(lines, running, keys)
    for i in running:
        extracted.removed.append(" ".join(lines[i].text.split()))
        lines[i] = type(lines[i])("")
        _take_page_number_near(extracted, i)


def _paged_repeats(lines: list, running: list[int], keys: dict[int, str]) -> list[int]:
    """Of the repeated lines of a text without form feeds, those that show a page: a page
    number printed after them, counting up from one to the next ("Inquiries: (02) 6100
    7500 1" ... "... 2"), or a bare number beside one of them; and a document reference
    alone on its line. Without such evidence a
    line printed twice is the text's own: a table's row repeated in a second table, a
    citation an amending act quotes twice ("... 1999, N 34, ст. 4224)")."""
    groups: dict[str, list[int]] = {}
    for i in running:
        groups.setdefault(keys[i], []).append(i)
    paged: list[int] = []
    for places in groups.values():
        numbers = [n for n in (_trailing_number(lines[i].text) for i in places) if n is not None]
        rising = len(numbers) >= 2 and all(0 < b - a <= 2 for a, b in pairwise(numbers))
        # (A document's reference alone on its line, "A9-0163/2024", printed again is
        # its head or foot wherever it stands: no paragraph is a bare reference.)
        reference = " " not in keys[places[0]] and "/" in keys[places[0]]
        if rising or reference or any(_page_number_beside(lines, i) for i in places):
            paged.extend(places)
    return sorted(paged)


def _page_counting_keys(lines: list, keys: dict[int, str], wanted: set[str]) -> set[str]:
    """Of the keys in ``wanted``, those whose copies end on page numbers rising one by
    one (each key's copies gathered in one pass over ``keys``)."""
    numbers: dict[str, list[int | None]] = {}
    for i, key in keys.items():
        if key in wanted:
            numbers.setdefault(key, []).append(_trailing_number(lines[i].text))
    return {
        key
        for key, found in numbers.items()
        if len(found) >= 2
        and None not in found
        and all(b - a == 1 for a, b in pairwise(found))  # type: ignore[operator]
    }


def _trailing_number(raw: str) -> int | None:
    """The page number printed at the end of a running line ("... 7500 2"), if any."""
    m = _PAGE_NUMBER_AT_END.search(" ".join(raw.split()))
    return int(m.group()) if m else None


def _page_number_beside(lines: list, at: int) -> bool:
    """A bare number is the first line above or below line ``at`` (blank lines aside)."""
    for step in (1, -1):
        j = at + step
        while 0 <= j < len(lines) and abs(j - at) <= PAGE_NUMBER_REACH:
            text = lines[j].text.strip()
            if text:
                if _BARE_PAGE_NUMBER.match(text) and not lines[j].style and not lines[j].label:
                    return True
                break
            j += step
    return False


def _wraps_paragraph(lines: list, i: int) -> bool:
    """Line ``i`` goes on with a numbered paragraph opening on the line right above it
    ("5.   Further decides to apportion the amount of 28,063,300 dollars gross" /
    "(25,634,100 dollars net) among Member States ..."): a page's head comes before the
    page's text, so a line under a paragraph's first line is that paragraph's, even where
    the next paragraph repeats its words near a page's top."""
    from briefing.ingest.patterns import ends_sentence, match_label

    above = lines[i - 1].text.strip() if i > 0 else ""
    label = match_label(above) if above else None
    return label is not None and not label.family.startswith("bullet") and not ends_sentence(above)


def _take_page_number_near(extracted: Extracted, at: int) -> None:
    """The page number printed next to a running line (the first line above or below it,
    blank lines aside), when it is a bare number."""
    lines = extracted.lines
    for step in (1, -1):
        j = at + step
        while (
            0 <= j < len(lines) and abs(j - at) <= PAGE_NUMBER_REACH and not lines[j].text.strip()
        ):
            j += step
        if not 0 <= j < len(lines) or abs(j - at) > PAGE_NUMBER_REACH:
            continue
        text = lines[j].text.strip()
        if _BARE_PAGE_NUMBER.match(text) and not lines[j].style and not lines[j].label:
            extracted.removed.append(text)
            lines[j] = type(lines[j])("")
            return


_STRONG_JOB = lazy(r"(?:^|\s)(?:[A-Z]{2}[.:])?\d{2}-\d{5}")
_DATE_CODES = lazy(r"^\d{6}(?:\s+\d{6}){0,2}$")


DATE_CODE_REACH = 3  # non-blank lines after the job number in which its date code is looked for


def _take_date_codes_near(extracted: Extracted, at: int) -> None:
    """The job's date codes ("140725 140725") that text without layout puts under the job
    number ("GE.25-11154 (E)"): six-digit codes alone on a line, near the job number, are
    the same foot; a figure in the text is never printed so. Plain ``pdftotext`` may set a
    page-foot note's text between the two (the note and the foot share the page's last
    lines), so the code is looked for a few lines on, up to the page's end."""
    lines = extracted.lines
    j, seen = at + 1, 0
    while j < len(lines) and seen < DATE_CODE_REACH:
        raw = lines[j].text
        if j > at + 1 and raw.startswith("\f"):
            return  # the next page: its lines are no foot of this one
        text = raw.strip()
        if text:
            if _DATE_CODES.match(text) and not lines[j].style and not lines[j].label:
                extracted.removed.append(" ".join(text.split()))
                lines[j] = type(lines[j])("\f" if raw.startswith("\f") else "")
                return
            seen += 1
        j += 1


def _page_ok(text: str) -> bool:
    """ "2/5" must read as page 2 of 5 (not a fraction or a date like "12/07")."""
    m = re.search(r"(?<![\w/])(\d{1,3})\s*/\s*(\d{1,3})(?![\w/])", text)
    if not m:
        return True
    page, pages = int(m.group(1)), int(m.group(2))
    return 1 <= page <= pages


PAGE_EDGE_REACH = 3  # non-blank lines between a page break and its head or foot
RUNNING_HEAD_MAX = 100  # characters: a running head is a short title, never a paragraph
# An official gazette's running head names the gazette in full, its part and the issue's
# date ("PART I : SEC. (I) - GAZETTE EXTRAORDINARY OF THE DEMOCRATIC SOCIALIST REPUBLIC OF
# SRI LANKA - 07.02.2020"): longer than a short title, so a longer line repeated at the
# page tops counts only with a date in it, which a table's repeated header row lacks.
DATED_RUNNING_HEAD_MAX = 160


def _edge_lines(lines: list, breaks: list[int]) -> set[int]:
    """The lines near a page's top or foot (PAGE_EDGE_REACH non-blank lines from each
    form feed, and from the text's start and end)."""
    edges: set[int] = set()
    for start in [0, *breaks]:
        edges.update(_near(lines, start, 1))
    for end in [*(b - 1 for b in breaks), len(lines) - 1]:
        edges.update(_near(lines, end, -1))
    return edges


def spelt_page_breaks(marks: list[tuple[int, int]]) -> list[int]:
    """Where pages start in text without form feeds whose pages are told by "Page N" lines
    alone, counting up by one ("Page 49", "Page 50"): a PDF converted to a web page or
    pasted keeps the page's number and drops the form feed. Such a line stands at a page's
    edge, so the line after it is one too (the head under it, or the next page's top):
    the running heads and page numbers beside it are then found as at a form feed.
    ``marks``: (line, number) of each "Page N" line taken, in order."""
    if len(marks) < 2:
        return []
    if any(b != a + 1 for (_, a), (_, b) in pairwise(marks)):
        return []  # (numbers not counting the pages: no page's marks)
    return [i + 1 for i, _ in marks]


MARKS_APART = 3  # lines between two "Page N" marks: a pager's links stand side by side


def paged_by_marks(lines: list, whole: str) -> bool:
    """Whether a text read as paragraphs (a web page, a Word file) is a PDF's pages
    converted: two "Page N" lines alone or more, counting up by one, each some lines after
    the last (a site's pager lists "Page 1", "Page 2" side by side). Its running heads
    and page numbers are then the PDF's, for the page-furniture passes to take."""
    if not holds(whole, "Page ") and not holds(whole, "PAGE "):
        return False
    marks: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if len(text) > 20 or text[:1] not in "pP":
            continue
        m = SPELT_PAGE_NUMBER.match(text)
        if m:
            marks.append((i, int(m.group(1))))
    if len(marks) < 2:
        return False
    return all(b == a + 1 and j - i > MARKS_APART for (i, a), (j, b) in pairwise(marks))


def _take_page_tops(extracted: Extracted, breaks: list[int], keep: set[int]) -> set[int]:
    """In text whose pages are marked by form feeds, a line printed at the top of two or
    more pages word for word is the running head (a short title, an issuer's name), and a
    bare number at a page's top or foot is its page number. Body text never repeats a
    line at the same place on every page. Returns the lines taken as a head printed with
    its page number (numbered_edges).

    A head may run past PAGE_EDGE_REACH lines (pdftotext -raw sets a head's pieces a
    line each: "264th" / "Meeting" / "COPOM" / "July 30-31" / "2 bcb.gov.br"): where
    every line looked at on a page's edge was taken, the lines after them are that
    page's edge now, and are looked at again, on those pages only (EDGE_ROUNDS)."""
    lines = extracted.lines
    if not breaks:
        return set()
    starts = [0, *breaks]
    ends = [*(b - 1 for b in breaks), len(lines) - 1]
    # (page, line the edge is counted from, step): a page's top and its foot
    sides = [(p, at, 1) for p, at in enumerate(starts, 1)]
    sides += [(p, at, -1) for p, at in enumerate(ends, 1)]
    numbered: set[int] = set()
    for round_ in range(EDGE_ROUNDS):
        near = {side: _near(lines, side[1], side[2]) for side in sides}
        taken, taken_numbered = _take_edge_lines(
            extracted, near, len(starts), keep, first=round_ == 0
        )
        numbered |= taken_numbered
        # (The next round: the edges whose every line looked at was taken.)
        sides = [side for side, at in near.items() if at and all(i in taken for i in at)]
        if not sides:
            break
    return numbered


EDGE_ROUNDS = 3  # PAGE_EDGE_REACH lines a round: a head of up to 9 lines


def _take_edge_lines(
    extracted: Extracted,
    near: dict[tuple[int, int, int], list[int]],
    pages: int,
    keep: set[int],
    first: bool = True,
) -> tuple[set[int], set[int]]:
    """Take the running heads and page numbers among the lines ``near`` the page edges
    (side -> line indices, from the edge inwards); return the lines taken, and those
    taken as a head printed with its page number. ``first``: the lines at the edge
    itself. Deeper in (a later round), a head goes on only as one block from the edge
    (the first line not taken ends it: the page's text, a title repeated on two pages,
    begins there), and a bare number alone may be a table's figure: not taken."""
    lines = extracted.lines
    edges: dict[int, str] = {}  # line index -> its text, for lines near a page's edge
    page_of: dict[int, int] = {}  # line index -> its page (from 1), for those lines
    for (page, _, _), at in sorted(near.items(), key=lambda item: item[0][2] < 0):
        for i in at:
            edges[i] = " ".join(lines[i].text.split())
            page_of.setdefault(i, page)
    counts = Counter(t for t in edges.values() if _may_run(t))
    # "Pagina 2 van 3", "JANUARY 2021 3": the same line but for a number counting the pages.
    numbered = numbered_edge_lines(edges, page_of, pages)
    # (Decided line by line, each taken before the next is looked at: whether a line
    # goes on with a paragraph over it reads the line above as it is by then.)
    order = sorted(edges) if first else [i for side in sorted(near) for i in near[side]]
    chosen: set[int] = set()
    stopped: set[tuple[int, int, int]] = set()
    side_of = {i: side for side, at in near.items() for i in at}
    for i in order:
        if not first and side_of[i] in stopped:
            continue
        if i in chosen or not _runs(lines, i, edges[i], counts, numbered, keep, first):
            stopped.add(side_of[i])
            continue
        line = lines[i]
        extracted.removed.append(edges[i])
        lines[i] = type(line)("\f" if line.text.startswith("\f") else "")
        chosen.add(i)
    return chosen, numbered & chosen


def _runs(
    lines: list, i: int, text: str, counts: Counter, numbered: set[int], keep: set[int], bare: bool
) -> bool:
    """Line ``i`` near a page's edge is a running head or foot: printed at two or more
    page edges word for word, or with the page's number (``numbered``), or (``bare``) a
    page number alone."""
    line = lines[i]
    if line.style or line.label or i in keep:
        return False
    if counts[text] >= 2 and _dates_a_meeting(lines, i):
        return False  # the adoption date under "58th plenary meeting" (closing_meeting)
    if not any(ch.isalnum() for ch in text):
        return False  # a footnote rule at the page's foot parts the notes off: kept
    repeated = counts[text] >= 2 and text[-1:] not in ".;,:" and not text.isdigit()
    # "(Thousands of United States dollars)": a table's unit under its caption, which
    # two tables opening two pages repeat at their tops; a running head is a title or
    # a symbol, never a line in brackets.
    repeated = repeated and not (text[:1] == "(" and text[-1:] == ")")
    repeated = repeated and not _wraps_paragraph(lines, i)
    number = bare and bool(_BARE_PAGE_NUMBER.match(text) or _FRAMED_PAGE_NUMBER.match(text))
    return repeated or i in numbered or number


def _may_run(text: str) -> bool:
    """A line short enough to be a running head: a short title, or a gazette's longer
    head naming the issue's date (see DATED_RUNNING_HEAD_MAX)."""
    if len(text) <= RUNNING_HEAD_MAX:
        return True
    if len(text) > DATED_RUNNING_HEAD_MAX:
        return False
    from briefing.ingest.dates import find_date

    return find_date(text) is not None


def _dates_a_meeting(lines: list, i: int) -> bool:
    """Line ``i`` is printed under an act's closing meeting line (its adoption date)."""
    window = [line.text for line in lines[max(0, i - MEETING_DATE_REACH - 1) : i + 1]]
    return under_meeting_line(window, len(window) - 1)


# "- 4 -", "— 12 —", "Page 3", "page 3 of 7": page numbers as printed on the page.
_FRAMED_PAGE_NUMBER = lazy(
    r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?)$", re.I
)


PAGE_MIN_LINES = 15  # a page of text holds more lines than this between its heads


def _take_numbered_heads(extracted: Extracted) -> None:
    """A running head printed with the page number ("Bank of England      Page 2"),
    differing on each page by that number only, and the numbers rising page by page, at
    least a page apart: furniture, with or without form feeds (text copied from a PDF
    viewer has none). A table repeating a row label has it lines apart, not pages, and
    its figures do not count up."""
    lines = extracted.lines
    found: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        raw = line.text
        if not raw or line.style or line.label:
            continue
        if len(raw) > RUNNING_HEAD_MAX + 40 and "          " not in raw:
            continue  # (prose; a layout's head may be padded wide: see _head_without_number)
        if "  " not in raw and "\f" not in raw:
            if "age" not in raw and "AGE" not in raw:
                continue  # (most lines: C scans, no regex)
            # Without a wide gap only a spelt "Page 2" at the end can be cut off, and
            # _PAGE_TOKEN's tail ends on a figure or a part's capital: a line that ends on
            # anything else ("... on the agenda.") has no such number.
            last = raw.rstrip()[-1:]
            if not (last.isdigit() or "A" <= last <= "Z"):
                continue
        head, number = _head_without_number(raw)
        if head:
            found.setdefault(head, []).append((i, number))
    for places in found.values():
        if len(places) < 2:
            continue
        numbers = [n for _, n in places]
        apart = all(b - a >= PAGE_MIN_LINES for (a, _), (b, _) in pairwise(places))
        rising = all(0 < b - a <= 2 for a, b in pairwise(numbers))
        if apart and rising:
            for i, _ in places:
                extracted.removed.append(" ".join(lines[i].text.split()))
                lines[i] = type(lines[i])("\f" if lines[i].text.startswith("\f") else "")


# A page number as a running head prints it: "12", "2/5", "Page 2", "page 3 of 7"; a
# gazette numbers each part's pages apart, the part's letter after the number ("1A",
# "2A": Part I of the Sri Lanka gazette), so the letter goes with the number.
_PAGE_TOKEN = lazy(r"(?:page\s*)?(\d{1,5})(?-i:[A-Z])?(?:\s*(?:of|/)\s*\d{1,3})?", re.I)
PAGE_TOKEN_MAX = 16  # characters: "Page 123 of 456"


def _head_without_number(raw: str) -> tuple[str, int]:
    """A line's running head without the page number printed beside it, and that number;
    ("", 0) when the line carries no such number or no head worth matching. The number
    must be set apart at the line's edge — after or before a wide gap (a text layout keeps
    the page's columns as runs of spaces) or spelt "Page 2" — and the head must not end
    like a sentence unless the number is spelt: prose never carries a number so placed."""
    text = raw.replace("\f", "").strip()
    # (pdftotext -layout pads the number out to the page's right edge: on a wide page,
    # a landscape table's, a short head runs past any length. Its words count, not the
    # padding.)
    if len(text) > RUNNING_HEAD_MAX + 40 and len(" ".join(text.split())) > RUNNING_HEAD_MAX:
        return "", 0
    # (Found with str.rfind/find and matched on a few characters: no scan of the line.)
    lower = text.lower()
    cuts = [lower.rfind("page"), text.rfind("  "), text.find("  ")]
    for k, cut in enumerate(cuts):
        if cut <= 0 and k < 2:
            continue
        if k < 2:
            head, tail = text[:cut], text[cut:].strip()
        else:
            if cut <= 0:
                continue
            head, tail = text[cut:], text[:cut].strip()
        match = _PAGE_TOKEN.fullmatch(tail) if len(tail) <= PAGE_TOKEN_MAX else None
        if match is None:
            continue
        head = " ".join(head.split())
        spelt = tail[:1] in "pP"
        if sum(ch.isalpha() for ch in head) < 4 or (head[-1:] in ".;,:" and not spelt):
            return "", 0
        return head, int(match.group(1))
    return "", 0


def _near(lines: list, start: int, step: int) -> list[int]:
    """The first PAGE_EDGE_REACH non-blank lines from ``start`` going ``step``."""
    found: list[int] = []
    i = start
    while 0 <= i < len(lines) and len(found) < PAGE_EDGE_REACH:
        if lines[i].text.strip():
            found.append(i)
        i += step
    return found


def _blanked(before: list, lines: list) -> list[int]:
    """Indices of the lines replaced since ``before`` was copied (only blanking replaces
    them here), found without a Python loop over a long text's lines."""
    return list(compress(range(len(lines)), map(is_not, before, lines)))


def _take_running_titles(
    extracted: Extracted,
    before: list,
    breaks: list[int],
    numbered: frozenset[int] | set[int] = frozenset(),
) -> None:
    """A line printed beside the page furniture just taken (the short title after the
    symbol, "A/RES/80/7" / "Report of the ...", an issuer's name over a page number), at
    two or more page breaks, word for word, is part of the running head or foot.

    Where form feeds mark the pages, one such line at a page's top that repeats words of
    the first page is too: a running head repeats the title page 1 prints (a two-page
    document has one running head only).

    A head taken with its page number at a page's edge (``numbered``, from
    _take_page_tops) is no evidence here: the lines beside it are that edge's lines,
    which _take_page_tops judged already, and the page's text ("Name" over a table's
    column, a sentence going on from the page before) stands next to it."""
    lines = extracted.lines
    # (Page tops: where a running head repeats the title, under or over the symbol.)
    tops = {i for b in breaks for i in _near(lines, b, 1)}
    taken = [i for i in _blanked(before, lines) if before[i].text.strip() and i not in numbered]
    if len(taken) < 2:
        return
    beside: dict[int, str] = {}
    for at in taken:
        for step in (1, -1):
            j, seen = at + step, 0
            while 0 <= j < len(lines) and seen < 2:
                text = lines[j].text
                if text.strip():
                    seen += 1
                    if len(text) <= 160 and not lines[j].style and not lines[j].label:
                        beside[j] = " ".join(text.split())
                    break
                j += step
    counts = Counter(beside.values())
    earlier = _printed_before(lines, {j: t for j, t in beside.items() if j in tops}, breaks)
    for j, text in sorted(beside.items()):
        if not lines[j].text.strip():
            continue  # (taken already, as the wrap of the running title above it)
        if _dates_a_meeting(lines, j):
            continue  # the adoption date under "58th plenary meeting", over the page foot
        if (
            (counts[text] >= 2 or j in earlier)
            and len(text) <= RUNNING_HEAD_MAX
            and text[-1:] not in ".;,:"
            and any(ch.isalpha() for ch in text)
        ):
            extracted.removed.append(text)
            lines[j] = type(lines[j])("\f" if lines[j].text.startswith("\f") else "")
            if j in earlier:
                _take_title_wrap(extracted, j, text, breaks)


def _take_title_wrap(extracted: Extracted, at: int, head: str, breaks: list[int]) -> None:
    """The line right under a running title just taken, when the two, run together, are
    printed in that order on the first page: a long short-title wraps over two lines in
    the running head as it does under the symbol ("Necessity of ending the economic,
    commercial and financial" / "embargo imposed by the United States ...")."""
    lines = extracted.lines
    j = at + 1
    if j >= len(lines) or lines[j].style or lines[j].label:
        return
    text = " ".join(lines[j].text.split())
    if not text or len(text) > RUNNING_HEAD_MAX or text[-1:] in ".;,:":
        return
    if _printed_before(lines, {j: f"{head} {text}"}, breaks):
        extracted.removed.append(text)
        lines[j] = type(lines[j])("")


def _printed_before(lines: list, wanted: dict[int, str], breaks: list[int]) -> set[int]:
    """The indices in ``wanted`` whose words, in order, are printed on the first page
    (before the first form feed), whatever the wraps there: the title a running head
    repeats ("Convening of the fourth special session of the" / "General Assembly
    devoted to disarmament" under "78/24. Convening of the fourth special session of the
    General Assembly" / "devoted to disarmament"). A running title is a phrase of some
    words; a shorter line is left to the repetition across pages."""
    wanted = {j: t for j, t in wanted.items() if len(t.split()) >= RUNNING_TITLE_MIN_WORDS}
    if not wanted or not breaks:
        return set()
    first_page = (
        " "
        + " ".join(" ".join(line.text.split()) for line in lines[: breaks[0]] if line.text.strip())
        + " "
    )
    return {j for j, text in wanted.items() if j >= breaks[0] and f" {text} " in first_page}


# "80/16. Open-ended working group on ...": an act's number and title, over its organ.
_ACT_TITLE = lazy(r"^\s*\d{1,3}/\d{1,4}(?:\s*[A-Z])?\.\s+(\S.*)$")
_ORGAN = lazy(r"^\s*The\s+(?:General Assembly|Security Council|[A-Z][\w ]{2,60}Council),\s*$")
ACT_HEAD_LINES = 60  # non-blank lines: the cover and the act's title come before this
ACT_TITLE_MIN_WORDS = 4  # a title's line worth matching: "Olympic ideal" may be prose


def _take_act_title_repeats(extracted: Extracted) -> None:
    """An adopted act's running head repeats its title (without the act's number) at the
    top of every later page; text copied out of the PDF may have lost the symbol, job
    and page numbers beside it, leaving the title alone between two halves of a
    paragraph ("Open-ended working group on security of and in the use of"), or its
    first line over the symbol ("Building a peaceful ... through sport and the" /
    "Olympic ideal" / "A/RES/80/8"). The body under the organ's name ("The General
    Assembly,") never prints the title's line alone, word for word: furniture."""
    lines = extracted.lines
    title_at = organ_at = -1
    seen = 0
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        seen += 1
        if seen > ACT_HEAD_LINES:
            break
        if line.style or line.label:
            continue
        if title_at < 0 and _ACT_TITLE.match(line.text):
            title_at = i
        elif title_at >= 0 and _ORGAN.match(line.text):
            organ_at = i
            break
    if organ_at < 0:
        return
    printed = [
        " ".join(line.text.split()) for line in lines[title_at:organ_at] if line.text.strip()
    ]
    first = _ACT_TITLE.match(printed[0]).group(1)  # type: ignore[union-attr]
    wanted = {first, " ".join([first, *printed[1:]])}
    wanted = {t for t in wanted if len(t.split()) >= ACT_TITLE_MIN_WORDS and t[-1:] not in ".;,:"}
    for i in range(organ_at + 1, len(lines)):
        line = lines[i]
        if line.style or line.label or len(line.text) > 200:
            continue
        text = " ".join(line.text.split())
        if text in wanted:
            extracted.removed.append(text)
            lines[i] = type(line)("\f" if line.text.startswith("\f") else "")
