"""The head of a PDF release: lines set in the title's type that are not the title, and
footnote markers printed on the title."""

from __future__ import annotations

import re

from briefing.ingest.readers.pdf_lines import PdfLine, join_pieces
from briefing.ingest.readers.pdf_notes import Note
from briefing.ingest.readers.pdf_paragraphs import Paragraph, append_line

# "Resolution adopted by the General Assembly on 11 July 2024": an adoption line is the
# dateline of an intergovernmental text, printed large above its real title.
ADOPTION = re.compile(r"^(?:resolution|decision|report)s?\s+adopted\s+by\b", re.I)
# An issuing body named alone: "Bank of Thailand", "Ministry of Foreign Affairs",
# "Human Rights Council", "General Assembly". Releases print their issuer and, in UN
# mastheads, the organ as a line of their own; a document's title names what it is
# ("Minutes of ...", "Outcome of ...") and never is a body's bare name.
_CAP = r"[A-Z][\w'’.&-]*"
_BODY = (
    r"Bank|Ministry|Department|Office|Embassy|Mission|Government|Agency|Authority|"
    r"Secretariat|Commission|Council|Committee|Assembly|Board|Reserve|Organi[sz]ation|"
    r"Parliament|Court|Presidency|Chancellery|"
    # a state named by its logo caption or letterhead: "Republic of Korea", "KINGDOM OF
    # SPAIN", "The White House"
    r"Republic|Kingdom|Federation|Confederation|Principality|Emirates|House"
)
_ISSUER = re.compile(
    rf"^(?:The\s+|the\s+)?(?:{_CAP}\s+|and\s+){{0,4}}(?:{_BODY})"
    rf"(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:{_CAP}|and|of)){{1,5}})?$"
)
# A document number alone on its line: "14/105", "78/316.", "No. 12/2024".
_NUMBER = re.compile(r"^(?:No\.\s*)?\d{1,4}(?:/\d{1,4})+\.?$")
# A line ending in one of these runs on into the next: "... held on" / "10 June 2011".
_RUNS_ON = re.compile(
    r"(?:\b(?:of|on|for|in|at|from|to|and|by|the|held|dated|between)|[,–—-])$", re.I
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# A footnote marker: digits, asterisks or the printers' daggers.
_MARKER = re.compile(r"^(?:\d{1,3}|\*{1,3}|[†‡§])$")
_SMALLER = 0.85


def is_issuer(text: str) -> bool:
    """A line naming an issuing body (or a UN organ) and nothing else."""
    text = " ".join(text.split())
    if len(text.split()) > 9:
        return False
    # Set in capitals ("MINISTRY OF FOREIGN AFFAIRS", "SECURITY COUNCIL"), as mastheads
    # and logo captions are: read in title case.
    if not any(c.islower() for c in text):
        text = re.sub(r"\b(Of|For|The|And)\b", lambda m: m.group().lower(), text.title())
        text = text[:1].upper() + text[1:]
    return _ISSUER.match(text) is not None


# A UN cover's agenda block: "Eightieth session", "Agenda item 71 (a)" (one line or two),
# with the item's name set under it at the same left edge.
# (The session line is nothing but an ordinal and "session", perhaps with the agenda item
# run on: "The session opened ..." is prose.)
_AGENDA = re.compile(
    r"^(?:[A-Z][\w-]+(?:\s+(?:emergency\s+)?special)?\s+session(?:\s+agenda\s+items?\s+\d.*)?$"
    r"|(?:provisional\s+)?agenda\s+items?\s+\d)",
    re.I,
)
# Words a name may hold in lower case: "Iran (Islamic Republic of)", "State of Palestine",
# "Bosnia and Herzegovina", "Côte d'Ivoire".
_NAME_WORDS = frozenset("of the and de du da des del la le et d’ d'".split())
_MIN_NAMES = 4


def is_agenda_line(text: str) -> bool:
    """The session or agenda item a UN text is filed under: cover matter, not body."""
    return _AGENDA.match(text.strip()) is not None


def is_name_list(text: str) -> bool:
    """A run of names and nothing else ("Afghanistan, Algeria, Azerbaijan, ... Yemen and
    State of Palestine:* amendment to draft resolution 23 ..."): a draft's sponsors, a
    list of those present. Prose names things with verbs between; a list of four names
    or more, each a few capitalised words, is no sentence of the body."""
    from briefing.ingest.segment import SPONSORS_LINE

    head = re.split(r":\W*\s", text.strip(), maxsplit=1)[0]
    if SPONSORS_LINE.search(text.strip()):
        return True
    items = [i.strip(" *,") for i in re.split(r",|\band\b", head.strip(" ,*:"))]
    items = [i for i in items if i]
    if len(items) < _MIN_NAMES:
        return False
    named = sum(1 for item in items if _a_name(item))
    return named >= 0.85 * len(items)


def _a_name(item: str) -> bool:
    words = item.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    return all(
        w[:1].isupper() or w[:1] == "(" or w.lower() in _NAME_WORDS or w[:2] in ("d’", "d'")
        for w in words
    )


def is_dateline(text: str) -> bool:
    """A date alone or with a short label ("2 February 2023", "Geneva, 3 May 2024",
    "Publication date: 15 June 2011"): a dateline however large it is set."""
    from briefing.ingest.dates import find_date

    found = find_date(text)
    if found is None:
        return False
    rest = _WORD.findall(text[: found.start] + text[found.end :])
    return len(rest) <= 1 or (len(rest) <= 3 and text[: found.start].rstrip().endswith(":"))


def split_head(paragraphs: list[Paragraph], size: float) -> list[Paragraph]:
    """Paragraphs of the head (before the body begins) with their date, issuer,
    adoption and document-number lines set apart: a release sets these in the title's
    type right over or under it, and the page geometry then glues them to it."""
    out: list[Paragraph] = []
    head = True
    for par in paragraphs:
        if head and _body_begins(par, paragraphs[0], size):
            head = False
        if not head or len(par.lines) < 2:
            out.append(par)
            continue
        out.extend(_split(par))
    return out


def _body_begins(par: Paragraph, first: Paragraph, size: float) -> bool:
    bold = all(line.bold for line in par.lines)
    if len(par.lines) > 1 and is_dateline(par.first.text) and _date_only(par.first.text):
        # "8.5.06" set flush right, in body type, over a bold title: a date alone on its
        # line dates the release; it never opens a body paragraph, so the head goes on.
        return False
    if not bold and abs(par.first.size - size) <= 0.6 and len(par.text.split()) >= 8:
        return True
    return par.first.page > first.first.page + 1


def _date_only(text: str) -> bool:
    from briefing.ingest.dates import find_date

    found = find_date(text)
    return found is not None and not _WORD.findall(text[: found.start] + text[found.end :])


def _split(par: Paragraph) -> list[Paragraph]:
    lines = par.lines
    apart = [_apart(lines, i) for i in range(len(lines))]
    if not any(apart):
        return [par]
    groups: list[list[PdfLine]] = []
    group_apart = False
    for i, line in enumerate(lines):
        runs_on = i > 0 and _RUNS_ON.search(lines[i - 1].text.strip()) is not None
        if groups and (runs_on or line.text.strip()[:1].islower()):
            # A wrapped line stays with its start: "... adopted by the Assembly" /
            # "on 29 April 2025" is one adoption line, "... held on" / "1 June" one title.
            groups[-1].append(line)
        elif not groups or apart[i] or group_apart:
            # An apart line stands alone; what follows it starts afresh.
            groups.append([line])
            group_apart = apart[i]
        else:
            groups[-1].append(line)
    return [_paragraph(group) for group in groups]


def _apart(lines: list[PdfLine], i: int) -> bool:
    text = lines[i].text.strip()
    before = lines[i - 1].text.strip() if i else ""
    if i and _RUNS_ON.search(before):
        return False  # a title wrapped before its date: "... Meeting held on" / "1 June"
    if text[:1].islower():
        return False
    if ADOPTION.match(text) or _NUMBER.match(text) or is_category(text):
        return True
    return is_dateline(text) or is_issuer(text)


def is_category(text: str) -> bool:
    """What kind of release this is ("Press Release", "Communiqué", "Media release"),
    printed in the title's type right over the title: it says what the text is, never
    which; the title starts on the next line."""
    from briefing.ingest.patterns import CATEGORY_LINES

    return " ".join(text.strip(" :|-–—").split()).lower() in CATEGORY_LINES


def _paragraph(lines: list[PdfLine]) -> Paragraph:
    par = Paragraph([lines[0]], lines[0].text)
    for line in lines[1:]:
        append_line(par, line)
    par.markers = [(marker, line.page) for line in lines for marker in line.markers]
    return par


def cut_title_marker(par: Paragraph, notes: list[Note]) -> None:
    """Cut a footnote marker from the title paragraph, keeping it in ``par.markers`` so
    the note is tied to the title. Releases hang notes on their title ("... 2016¹",
    "Report of the Working Group*") to say who wrote it or where it stands; the
    marker is never a word of the title. A marker set raised or smaller goes whatever
    it is; one set in the title's own type goes only when a note with that marker
    opens on the title's page (a title may well end in a number: "Resolution 2231")."""
    marks = [
        (line, piece)
        for line in par.lines
        for piece in line.pieces[1:]
        if _MARKER.match(piece.text.strip()) and (piece.sup or piece.size < _SMALLER * line.size)
    ]
    if marks:
        texts = []
        for line in par.lines:
            kept = [p for p in line.pieces if not any(p is m for _, m in marks)]
            texts.append(join_pieces(kept) if kept else "")
        par.text = " ".join(t for t in texts if t)
        known = {m for m, _ in par.markers}
        for line, piece in marks:
            if piece.text.strip() not in known:
                par.markers.append((piece.text.strip(), line.page))
        return
    found = re.search(r"(?:\s(\d{1,3})|(?<=[^\W\d_])\s?(\*{1,3}|[†‡§]))$", par.text)
    if found is None:
        return
    marker = found.group(1) or found.group(2)
    page = par.last.page
    if any(note.marker == marker and note.page == page for note in notes):
        par.text = par.text[: found.start()].rstrip()
        par.markers.append((marker, page))


def join_title_wrap(paragraphs: list[Paragraph], styles: list[str]) -> None:
    """A title whose last line runs on ("ACCORD ON ... COOPERATION BETWEEN") takes the
    heading-type line right under it ("THE GOVERNMENT OF JAPAN AND UKRAINE") as its wrap,
    in place. No title ends on a preposition, an article or a conjunction; a cover that
    sets the title's second line a size smaller, or farther down, made two paragraphs
    of one title. Only a heading-styled line on the same page, never a date, is taken."""
    if "title" not in styles:
        return
    at = styles.index("title")
    if at + 1 >= len(paragraphs) or not styles[at + 1].startswith("heading"):
        return
    title, below = paragraphs[at], paragraphs[at + 1]
    if not _RUNS_ON.search(title.text.strip()) or title.text.strip().endswith((",", "-")):
        return  # a comma or hyphen may end a line of names; only a runaway word is sure
    if below.first.page != title.first.page or is_dateline(below.text):
        return
    for line in below.lines:
        append_line(title, line)
    title.markers = [*title.markers, *below.markers]
    del paragraphs[at + 1]
    del styles[at + 1]
