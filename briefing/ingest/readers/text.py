"""Plain text: one Line per physical line, blank lines kept (Markdown: markdown.py)."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.char_refs import shown_characters
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.readers.decode import decode_bytes
from briefing.ingest.readers.limits import read_bytes
from briefing.ingest.text_scan import holds
from briefing.lazyre import lazy
from briefing.perf import no_gc_pauses

_NEWLINES = lazy(r"\r\n|\r|\u2028|\u2029|\x85")
_NEWLINE_MARKS = ("\r", "\u2028", "\u2029", "\x85")
# A carriage return with a space or tab beside it, inside a line ("Sua\t\r \xa0Excelência").
_STRAY_CR = lazy(r"[\t ]\r+[\t \xa0]*|\r+[\t \xa0]+")  # (one fixed char first: linear)
_ODD_SPACES = [chr(code) for code in [*range(0x2000, 0x200B), 0x202F, 0x205F]]
_TO_SPACE = {ord(space): " " for space in _ODD_SPACES}


def split_lines(text: str) -> list[str]:
    """Normalise newlines and return the physical lines (trailing whitespace and NBSPs
    tidied, nothing else touched). A final newline does not make an extra empty line."""
    text = text.lstrip("\ufeff")
    if "\r" in text and "\n" in text:
        # A carriage return alone between spaces, inside text whose lines end in "\n" (or
        # "\r\n"), is no line break: PDF-to-text tools leave it in the space drawn between
        # words ("Sua\t\r \xa0Excelência"), and read as one it puts every word on a line
        # of its own. (A bare "\r" between words, "two\rthree", still breaks the line.)
        text = _STRAY_CR.sub(" ", text)
    if any(mark in text for mark in _NEWLINE_MARKS):  # a C scan, far quicker than sub
        text = _NEWLINES.sub("\n", text)
    text = text.replace("\xa0", " ")
    if not text.isascii() and any(space in text for space in _ODD_SPACES):  # (C scans)
        # En, em, thin and narrow no-break spaces, as text copied from a PDF or a web page
        # carries them between a paragraph's number and its text: plain spaces.
        text = text.translate(_TO_SPACE)
    if text.endswith("\n"):
        text = text[:-1]
    return list(map(str.rstrip, text.split("\n")))  # (map: no bytecode a line)


def lines_from_text(text: str, dropped: list[tuple[str, str]] | None = None) -> list[Line]:
    """Turn decoded text into Lines, one per physical line (a note number that a PDF
    extraction left alone on its line joined to its note: ``text_notes``; Markdown
    footnote definitions, notes printed inside their superscript and a web page's
    numbered note list as numbered notes: ``text_md_notes``, ``text_sup_notes``,
    ``text_note_list``; a scraped page's inline elements joined back
    into their paragraph: ``text_fragments``)."""
    from briefing.ingest.mail_quotes import unquote_mail
    from briefing.ingest.page_comments import pages_from_comments
    from briefing.ingest.text_fragments import join_inline_breaks
    from briefing.ingest.text_html_notes import convert_html_notes
    from briefing.ingest.text_md_notes import convert_markdown_notes
    from briefing.ingest.text_note_list import holds_notes_word, number_note_list
    from briefing.ingest.text_notes import join_note_markers
    from briefing.ingest.text_paren_notes import link_bracketed_notes
    from briefing.ingest.text_sup_notes import move_inline_notes
    from briefing.ingest.title_translation_notes import find_title_notice, mark_title_notice

    dropped = dropped if dropped is not None else []
    split = split_lines(text)
    if holds(text, "\n>") or text[:1] == ">":  # (a C scan: few texts quote lines as mail does)
        split = unquote_mail(split)  # "> ..." on every line: a forwarded release
    if holds(text, "<!--"):  # (a C scan: most texts hold no comment)
        split = pages_from_comments(split, dropped)  # "<!-- page 2 -->": a page break
    # (One joined copy of a 5 MB text for the note passes' whole-text looks, made again
    # only when Markdown notes changed the lines, as they do in few texts.)
    whole = "\n".join(split)
    # "a&nbsp;word", "&#34;": a page's character references shown as the page shows them
    # (char_refs), before the note passes read the lines.
    shown = shown_characters(split, whole, dropped)
    if shown is not split:
        split, whole = shown, "\n".join(shown)
    # (A definition opens its line "[^1]:": where the text holds no "[^", no line does.)
    raw = convert_markdown_notes(split, dropped) if holds(whole, "[^") else split
    if holds(whole, "<li") and holds(whole, "<sup"):  # (a C scan: a raw HTML notes list)
        raw = convert_html_notes(raw, dropped)
    if raw is not split:
        whole = "\n".join(raw)
    # A translation notice whose mark the title carries, its number lifted off or lost:
    # the title's note, set on one line (title_translation_notes).
    raw, notice = find_title_notice(raw, whole, dropped)
    if notice is not None:
        whole = "\n".join(raw)
    notes_word = holds_notes_word(whole)
    listed = number_note_list(raw, dropped, whole, notes_word)
    if listed is raw:
        noted = join_note_markers(raw, whole, notes_word)
    else:
        noted = join_note_markers(listed)
    lines = list(map(Line, join_inline_breaks(noted)))
    if notice is not None:
        mark_title_notice(lines, notice)
    if holds(whole, "<sup") or holds(whole, "<SUP"):  # (a C scan: notes inside their superscript)
        lines = move_inline_notes(lines, dropped)
    link_bracketed_notes(lines)  # (EU acts' "(1) JO C ..." notes, linked to "avis (1),")
    return lines


def extract_text(text: str, fmt: str, encoding: str = "") -> Extracted:
    """Build the Extracted for already-decoded text (files and pastes)."""
    from briefing.ingest.gpo_slugs import may_hold_gpo_slugs, take_gpo_slugs
    from briefing.ingest.web_chrome import take_web_chrome

    dropped: list[tuple[str, str]] = []
    # (A Line a physical line: 5 MB of text makes ~60,000 of them, and the collector,
    # set off again and again, walked them all for nothing: ~15 ms. See no_gc_pauses.)
    with no_gc_pauses():
        extracted = Extracted(
            lines=lines_from_text(text, dropped),
            format=fmt,
            blocks_are_paragraphs=False,
            join_wraps=False,
            encoding=encoding,
        )
        extracted.dropped.extend(dropped)
        if may_hold_gpo_slugs(text):
            # (Before the web chrome: a GPO print's slug repeats on every page as a site's
            # menu does, and taken as one it would leave its fields that differ behind.)
            take_gpo_slugs(extracted)
        take_web_chrome(extracted)  # (a web page copied as text: its menus and footer)
    return extracted


def read_text(path: Path) -> Extracted:
    """Read a .txt/.text file, detecting its encoding."""
    notes: list[tuple[str, str]] = []
    text, encoding = decode_bytes(read_bytes(path), path, notes=notes)
    extracted = extract_plain(text, "txt", encoding, path)
    extracted.dropped.extend(notes)
    return extracted


def extract_plain(text: str, fmt: str, encoding: str, source: Path | str) -> Extracted:
    """Plain text as ``fmt``, or, where the whole text proves itself Markdown
    (markdown_text), with the Markdown reader."""
    from briefing.ingest.readers.markdown_text import is_markdown

    if is_markdown(text):
        # Its marks are syntax, read by the Markdown reader. Where that refuses it (an
        # HTML page) or fails on input nobody foresaw, the text reader still reads it:
        # a .txt never opens worse than it did before Markdown was looked for.
        from briefing.ingest.readers.markdown import extract_markdown

        try:
            return extract_markdown(text, source, encoding)
        except Exception:  # (the text reader is the fallback for any failure)
            pass
    return extract_text(text, fmt, encoding)
