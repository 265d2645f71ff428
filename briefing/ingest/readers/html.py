"""HTML pages: the release's element found and walked into one Line per block (lxml).

trafilatura was measured against this (benchmarks/bench_html.py): it is 2-9x slower
on the corpus pages, keeps no list numbers (``<ol start>``), drops asides (and the
notes in them), UN symbols and contact lines, and cannot say what it left out. The
plain lxml walk keeps the page's own structure and lists everything it leaves out in
``Extracted.dropped``.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.ingest.errors import ReleaseReadError
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.readers.decode import decode_bytes
from briefing.ingest.readers.limits import read_bytes

NO_TEXT = "no readable text found in the page"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HAS_ROOT = re.compile(r"<(?:html|body)[\s>]", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def read_html(path: Path) -> Extracted:
    """Read an .html/.htm file: decode it, then :func:`extract_html`."""
    data = read_bytes(path)
    notes: list[tuple[str, str]] = []
    text, encoding = decode_bytes(data, path, declared_charset(data), notes=notes)
    extracted = extract_html(text, path, encoding)
    extracted.dropped.extend(notes)
    return extracted


def extract_html(html: str, source: Path | str = "page", encoding: str = "") -> Extracted:
    """Main text of an HTML document as block Lines plus page metadata.

    Raises ReleaseReadError when the page holds no text.
    """
    from lxml import etree

    from briefing.ingest.readers.html_main import choose_root
    from briefing.ingest.readers.html_meta import head_title, page_metadata
    from briefing.ingest.readers.html_notes import find_notes
    from briefing.ingest.readers.html_walk import Walker

    # lxml refuses a str that declares its own encoding.
    html = _XML_DECL.sub("", html, count=1)
    if not html.strip():
        raise ReleaseReadError(source, NO_TEXT)
    if not _HAS_ROOT.search(html):
        html = f"<html><body>{html}</body></html>"  # a bare fragment is all content
    # The plain parser (not lxml.html's element classes) is several times faster;
    # comments and processing instructions print nothing and are left out here.
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        page = etree.fromstring(html, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ReleaseReadError(source, f"the page cannot be parsed ({exc})") from None
    if page is None:
        raise ReleaseReadError(source, NO_TEXT)
    body = page.find("body")
    if body is None:
        body = page
    root = choose_root(body)
    walker = Walker(root, find_notes(page))
    walker.walk_body(body)
    walker.resolve_notes()
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        # libxml2 stops at 256 levels (which also bounds the walk's recursion); what lies
        # deeper is not read, and the user is told rather than losing it silently.
        walker.dropped.append(
            ("nesting", "the page nests deeper than 256 levels: text below that depth was not read")
        )
    lines = walker.lines
    _cite_typed_markers(lines)
    if not any(line.text for line in lines):
        raise ReleaseReadError(source, NO_TEXT)
    metadata = page_metadata(page, root, walker.title_h1)
    _place_title(lines, metadata, "" if walker.title_h1 else head_title(page))
    _drop_title_repeat(lines, walker.dropped)
    _join_place_over_date(lines)
    # Notes numbered in brackets and typed as text, "(1) Afrobarometer (2021): ..." under
    # an "Anmerkungen" panel, cited "zufolge (1)" above: a page's closing run of them is
    # its notes, as in text copied from such a page.
    from briefing.ingest.text_paren_notes import link_bracketed_notes

    link_bracketed_notes(lines)
    return Extracted(
        lines=lines,
        format="html",
        blocks_are_paragraphs=True,
        join_wraps=False,
        encoding=encoding,
        metadata=metadata,
        dropped=walker.dropped,
    )


_TYPED_LABEL = re.compile(r"^[\[(]\d{1,3}[\])]$")


def _cite_typed_markers(lines: list[Line]) -> None:
    """Tie a printed note ("[2] Press release 14/2031.") that no link or superscript
    cites to the body line where its marker was typed as plain text ("...statement.[2]").
    Pages pasted from Word or typed in a CMS keep the brackets but lose the link; the
    typed marker is glued to the word or stop before it, which an ordinary bracketed
    number in a sentence ("paragraph [2] of") is not."""
    notes = [i for i, line in enumerate(lines) if line.style == "footnote"]
    if not notes:
        return
    from briefing.ingest.text_paren_notes import bracketed_marker_at

    body_end = notes[0]
    linked = {lines[i].label for i in notes if lines[i].note_of is not None}
    after = 0  # the body line of the last note's marker: markers come in the notes' order
    for i in notes:
        line = lines[i]
        if line.note_of is not None or not _TYPED_LABEL.match(line.label) or line.label in linked:
            continue
        glued = re.compile(r"\S" + re.escape(line.label) + r"(?!\w)")
        for j in range(body_end):
            if lines[j].style != "footnote" and glued.search(lines[j].text):
                line.note_of = after = j
                linked.add(line.label)
                break
        else:
            # Or typed in round brackets, spaced off the word ("network, (1) most"), as
            # EU acts and think tanks' pages print them: the first such after the last.
            number = int(line.label[1:-1])
            for j in range(after, body_end):
                if lines[j].style != "footnote" and bracketed_marker_at(lines[j].text, number):
                    line.note_of = after = j
                    linked.add(line.label)
                    break


def _norm_title(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _place_title(lines: list[Line], metadata: dict[str, str], head: str = "") -> None:
    """Make the page title the first title Line.

    The content's first <h1> is the title where it is printed (after a symbol or date
    line on UN pages); a <title> the body does not print is added as the first Line.
    Without an <h1>, a heading opening the content that the <title> starts with is the
    title (board-style ministry pages print the headline as an <h3>/<h4>).
    """
    title = metadata.get("title")
    if not title:
        if head:
            _heading_as_title(lines, metadata, _norm_title(head))
        return
    nt = _norm_title(title)
    for line in lines:
        if line.style in ("heading1", "title") and _norm_title(line.text) == nt:
            line.style = "title"
            return
    first = next((line for line in lines if line.text), None)
    if first is not None and _norm_title(first.text) == nt:
        first.style = "title"
        return
    if any(_norm_title(line.text) == nt for line in lines):
        return  # printed, only not as a heading: structure detection finds it
    lines.insert(0, Line(title, style="title"))
    for line in lines:  # every line moved down by one
        if line.note_of is not None:
            line.note_of += 1


# How far below the headline a CMS prints the pasted document's own title again.
_REPEAT_WINDOW = 4


def _drop_title_repeat(lines: list[Line], dropped: list[tuple[str, str]]) -> None:
    """Drop the headline printed a second time, broken over lines, right below it.

    Ministry sites print the CMS title field as the page's headline and then the body
    pasted from the signed document, which opens with the same title set in bold over
    two or three lines ("UNITED ARAB EMIRATES CONTRIBUTES ... OF" / "COVID-19 VACCINE
    ..."). Those lines are the headline again, not a section heading and its first
    paragraph; they go to ``dropped`` so the reader still sees them listed."""
    # The headline: the title, or (where the page's <title> is not found) the first
    # heading, which such pages print as an <h3> above the body.
    at = next((i for i, line in enumerate(lines) if line.style == "title"), None)
    if at is None:
        at = next((i for i, line in enumerate(lines[:5]) if line.style.startswith("heading")), None)
    if at is None:
        return
    target = _norm_title(lines[at].text)
    if not target:
        return
    for start in range(at + 1, min(at + 1 + _REPEAT_WINDOW, len(lines))):
        if not lines[start].style.startswith("heading"):
            continue  # the bold block opens as a crosshead (see Walker.flush)
        for end in range(start + 2, min(start + 4, len(lines)) + 1):
            run = lines[start:end]
            cited = {line.note_of for line in lines if line.note_of is not None}
            if any(line.note_of is not None or line.label for line in run) or cited & set(
                range(start, end)
            ):
                break
            joined = _norm_title(" ".join(line.text for line in run))
            if joined == target:
                dropped.append(("title-repeat", "\n".join(line.text for line in run)))
                _delete_lines(lines, start, end)
                return
            if not target.startswith(joined):
                break


# A place name over the closing date: a word or three ("PUTRAJAYA", "Wisma Putra").
_PLACE_WORDS = 3


def _join_place_over_date(lines: list[Line]) -> None:
    """Join a release's closing place, set in bold on a line of its own, with the date
    printed on the next line ("PUTRAJAYA" / "25 JANUARY 2022"): together they are the
    dateline. Releases close with where and when they were issued; a bold line there
    heads no text, so the bold rule's heading is undone. Only at the release's end
    (nothing but notes after the date)."""
    from briefing.ingest.roles import is_date_line

    body = [i for i, line in enumerate(lines) if line.style != "footnote" and line.text]
    if len(body) < 3:
        return
    place, date = body[-2], body[-1]
    if date != place + 1:
        return
    head, when = lines[place], lines[date]
    if not head.style.startswith("heading") or when.style not in ("", "heading"):
        return
    text = head.text.strip()
    if (
        not text
        or len(text.split()) > _PLACE_WORDS
        or any(ch.isdigit() for ch in text)
        or text[-1:] in ":."
        or head.label
        or when.label
    ):
        return
    if not is_date_line(when.text) or not is_date_line(f"{text} {when.text}"):
        return
    head.text, head.style = f"{text} {when.text.strip()}", ""
    _delete_lines(lines, date, date + 1)


def _delete_lines(lines: list[Line], start: int, end: int) -> None:
    """Remove ``lines[start:end]``, keeping every note's pointer on its line."""
    gone = end - start
    del lines[start:end]
    for line in lines:
        if line.note_of is not None and line.note_of >= end:
            line.note_of -= gone
        elif line.note_of is not None and line.note_of >= start:
            line.note_of = max(start - 1, 0)  # (joined into the line before)


def _heading_as_title(lines: list[Line], metadata: dict[str, str], head: str) -> None:
    for line in lines[:5]:
        if line.style.startswith("heading"):
            text = _norm_title(line.text)
            if text and head.startswith(text):
                line.style = "title"
                metadata["title"] = line.text
            return
        if line.style not in ("", "table") or len(line.text.split()) > 12:
            return  # the body has started
