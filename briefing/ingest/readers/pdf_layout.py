"""Pages of printed lines -> the reader's Lines: furniture out, notes tied to markers,
paragraphs joined and styled."""

from __future__ import annotations

import re

from briefing.ingest.extracted import Line
from briefing.ingest.readers.pdf_columns import document_columns
from briefing.ingest.readers.pdf_edge_numbers import take_edge_numbers
from briefing.ingest.readers.pdf_forms import form_rows
from briefing.ingest.readers.pdf_furniture import strip_furniture
from briefing.ingest.readers.pdf_grid import Grid, grid_rows
from briefing.ingest.readers.pdf_hanging import mark_bare_numbers, mark_hanging_labels
from briefing.ingest.readers.pdf_head import cut_title_marker, join_title_wrap, split_head
from briefing.ingest.readers.pdf_line_numbers import strip_line_numbers
from briefing.ingest.readers.pdf_lines import PdfLine, weight_relative_to_body
from briefing.ingest.readers.pdf_notes import Note, split_notes
from briefing.ingest.readers.pdf_paragraphs import Paragraph, body_size, build_paragraphs
from briefing.ingest.readers.pdf_styles import paragraph_styles
from briefing.ingest.readers.pdf_tables import table_rows


def layout_lines(
    pages: list[list[PdfLine]],
    boxes: list[tuple[float, float]],
    rules: list[float | None] | None = None,
    grids: list[list[Grid]] | None = None,
) -> tuple[list[Line], list[str]]:
    """The Lines of the document and the furniture removed from it."""
    pages, numbers = strip_line_numbers(pages)
    kept, removed = strip_furniture(pages, boxes)
    kept, edge_numbers = take_edge_numbers(kept)  # (a page set smaller than its sheet)
    removed = numbers + removed + edge_numbers
    if grids is not None:
        kept = [grid_rows(page, grids[n]) if grids[n] else page for n, page in enumerate(kept)]
    kept = [form_rows(page) for page in kept]
    kept = [table_rows(page) for page in document_columns(kept)]
    size = body_size(kept)
    weight_relative_to_body(kept, size)
    body_pages: list[list[PdfLine]] = []
    notes: list[Note] = []
    for number, page in enumerate(kept):
        open_note = notes[-1].text if notes and notes[-1].page == number - 1 else None
        rule = rules[number] if rules is not None and number < len(rules) else None
        # A table's rows are never notes, however small their type and low on the page
        # they sit (a box of forecasts at the foot of a page): the notes are looked for
        # among the other lines, and the rows go back to the body where they stood.
        rows = [line for line in page if line.table]
        rest = [line for line in page if not line.table] if rows else page
        body, page_notes, continued = split_notes(rest, size, number, removed, open_note, rule)
        if rows:
            order = {id(line): i for i, line in enumerate(page)}
            body = sorted([*body, *rows], key=lambda line: order.get(id(line), len(order)))
        if continued and notes:
            # A note run over from the page before: the note area opens without a marker.
            notes[-1].text = f"{notes[-1].text} {page_notes.pop(0).text}"
        notes.extend(page_notes)
        body_pages.append(body)
    _take_catchwords(body_pages, removed)
    paragraphs = split_head(build_paragraphs(body_pages, size), size)
    mark_hanging_labels(paragraphs)
    mark_bare_numbers(paragraphs)
    styles = paragraph_styles(paragraphs, size)
    styles = [
        "table" if par.first.table else style for par, style in zip(paragraphs, styles, strict=True)
    ]
    join_title_wrap(paragraphs, styles)
    for par, style in zip(paragraphs, styles, strict=True):
        if style == "title":
            cut_title_marker(par, notes)
    return _emit(paragraphs, styles, notes, body_pages), removed


def _emit(
    paragraphs: list[Paragraph],
    styles: list[str],
    notes: list[Note],
    body_pages: list[list[PdfLine]],
) -> list[Line]:
    """Paragraphs in order; a page's notes follow the paragraph that holds the page's
    last body line, so a paragraph running over the page break stays whole."""
    closing: dict[int, int] = {}  # page -> index of the paragraph its body ends in
    last_of_line = {id(line): i for i, par in enumerate(paragraphs) for line in par.lines}
    before = -1
    for number, body in enumerate(body_pages):
        if body:
            before = last_of_line.get(id(body[-1]), before)
        closing[number] = before
    notes_after: dict[int, list[Note]] = {}
    for note in notes:
        notes_after.setdefault(closing.get(note.page, -1), []).append(note)

    raised: dict[str, list[tuple[int, int]]] = {}
    for i, par in enumerate(paragraphs):
        for marker, page in par.markers:
            raised.setdefault(marker, []).append((i, page))
    lines: list[Line] = []
    index_of: dict[int, int] = {}
    pending = notes_after.get(-1, [])
    for note in pending:
        lines.append(Line(note.text, style="footnote", label=note.marker))
    for i, (par, style) in enumerate(zip(paragraphs, styles, strict=True)):
        index_of[i] = len(lines)
        lines.append(Line(par.text, style=style))
        for note in notes_after.get(i, []):
            holder = _holder(paragraphs, note, i, raised)
            lines.append(
                Line(
                    note.text,
                    style="footnote",
                    label=note.marker,
                    note_of=index_of.get(holder) if holder is not None else None,
                )
            )
    return lines


def _holder(
    paragraphs: list[Paragraph],
    note: Note,
    upto: int,
    raised: dict[str, list[tuple[int, int]]],
) -> int | None:
    """The paragraph printing the note's marker: a raised marker on the note's page,
    else the nearest earlier one, else (for "*", "†") the sign printed after a word.
    ``raised`` maps a marker to its (paragraph, page) places in reading order."""
    if not note.marker:
        return None
    found = [
        (i, page) for i, page in raised.get(note.marker, []) if i <= upto and page <= note.page
    ]
    same_page = [i for i, page in found if page == note.page]
    if same_page:
        return same_page[0]
    if found:
        return found[-1][0]
    if not note.marker.isdigit():
        sign = re.compile(rf"[\w.,;:)”’\"]{re.escape(note.marker)}(?![\w*])")
        for i in range(upto + 1):
            if paragraphs[i].first.page <= note.page and sign.search(paragraphs[i].text):
                return i
    return None


def _take_catchwords(body_pages: list[list[PdfLine]], removed: list[str]) -> None:
    """A page's last line of text that is the next page's opening words and an ellipsis
    ("1.5. Jumlah...", "Agar . . ."): a catchword, printed for the reader turning the page
    (Indonesian legislation is set so). The next page opens on the same words, so the
    foot's copy is furniture; left in, it reads as a stray line or a list item printed
    twice. The page's end is the reader's own knowledge here: no form feed or page
    number need be left in the text to show it (see catchwords)."""
    from briefing.ingest.catchwords import is_catchword

    for number, page in enumerate(body_pages[:-1]):
        following = next((p for p in body_pages[number + 1 :] if p), None)
        if page and following and is_catchword(page[-1].text, following[0].text):
            removed.append(" ".join(page.pop().text.split()))
