"""Notes numbered in brackets, copied as text: "... avis du Comité économique et social
européen (1)," in the body and "(1) JO C 303 du 19.8.2016, p. 116." at the end.

The European Union's acts (EUR-Lex, the Official Journal) and many parliaments' reports
print a note's marker as a bracketed number after the word it explains, and the notes
together after the text, each opening with that bracketed number. Copied from a web page
or a PDF into a text file, nothing marks them as notes but that order: a run of lines
"(1) ...", "(2) ...", ... closing the text, whose numbers the text above prints, in the
same order, as bracketed numbers after a word. Such a run is the text's notes; each is
linked to the line printing its marker, as the HTML reader links EUR-Lex's note pairs.

A run the text above does not cite in order is a list (points "(1)", "(2)" of an
article, recitals "(1)" alone on their lines), left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefing.ingest.extracted import Line
from briefing.lazyre import lazy

# A note: its bracketed number, then its text on the same line.
_NOTE = lazy(r"^[ \t]*\((\d{1,3})\)[ \t]+(?=\S)")
# A marker: a bracketed number after a word and a space ("européen (1),", "Conseil (3)
# (ci-après"); not at a line's start (a recital's or a point's label).
# (Or after a closing quote or bracket, "«Mieux légiférer» (12)", or a year: "la
# convention ... du 10 décembre 1982 (4) (CNUDM)".)
_MARKER = lazy(
    r"(?:(?<=[^\W\d_])|(?<=[»”’\")\]])|(?<=\b(?:1[89]|20)\d\d)) \((\d{1,3})\)(?=[\s,.;:)]|$)"
)
# Words after which a bracketed number is a reference, not a marker: "paragraph (1)",
# "point (2)", "Article 5 (1)" (a short number: an article's paragraph; not a year).
_REFERENCE_BEFORE = lazy(
    r"(?:(?<![\d.])\d{1,3}|\b(?:paragraphs?|points?|subparagraphs?|articles?|paragraphes?|alinéas?"
    r"|articolo|paragrafo|apartado|artigo|Absatz|Artikel|Nummer|letter|litera))$",
    re.I,
)
MIN_NOTES = 2
CITED_SHARE = 0.8  # of a run's numbers the text above must print in order
NOTE_GAP = 6  # lines between two notes of a run: a wrapped note's lines, blanks


def link_bracketed_notes(lines: list[Line]) -> None:
    """Mark the closing run of "(n) ..." notes as footnotes linked to their markers."""
    if not any(line.text.lstrip().startswith("(1) ") for line in lines):
        return  # (a prefix test per line: most texts have no such notes)
    run = _closing_run(lines)
    if len(run) < MIN_NOTES:
        return
    # A note is a citation or a remark, a sentence ending on its full stop ("p. 116.");
    # a closing run of headings ("(2) Discussion on the proposed policies") is none.
    ended = sum(1 for i, _ in run if lines[_note_end(lines, i)].text.rstrip().endswith((".", ".)")))
    if ended < CITED_SHARE * len(run):
        return
    first = run[0][0]
    allowed = int((1 - CITED_SHARE) * len(run))
    markers = _markers_in_order(lines[:first], [n for _, n in run], allowed)
    if sum(1 for m in markers if m is not None) < CITED_SHARE * len(run):
        return
    for (i, n), holder in zip(run, markers, strict=True):
        if holder is None:
            continue
        m = _NOTE.match(lines[i].text)
        assert m is not None
        # (A wrapped note's lines joined into it, their places left blank: the line
        # count, which ``note_of`` indexes, is kept.)
        end = _note_end(lines, i)
        parts = [lines[i].text[m.end() :].strip()]
        parts += [line.text.strip() for line in lines[i + 1 : end + 1]]
        for k in range(i + 1, end + 1):
            lines[k] = Line("")
        lines[i] = Line(" ".join(parts), "footnote", label=f"({n})", note_of=holder)


def _note_end(lines: list[Line], i: int) -> int:
    """The index of the last line of the note opening at ``lines[i]``: a wrapped note
    goes on on lines that carry its sentence on (not a capital: a new paragraph)."""
    end = i
    while end + 1 < len(lines):
        following = lines[end + 1].text.strip()
        if not following or following[:1].isupper() or _NOTE.match(following):
            break
        end += 1
    return end


def _closing_run(lines: list[Line]) -> list[tuple[int, int]]:
    """The last run of note lines numbered 1, 2, 3 ... (line index, number)."""
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.style or line.note_of is not None:
            continue
        m = _NOTE.match(line.text)
        if m is None:
            if run and i - run[-1][0] > NOTE_GAP:
                best, run = (run if len(run) >= MIN_NOTES else best), []
            continue
        n = int(m.group(1))
        if run and n == run[-1][1] + 1 and i - run[-1][0] <= NOTE_GAP:
            run.append((i, n))
        elif n == 1:
            if len(run) >= MIN_NOTES:
                best = run
            run = [(i, 1)]
        elif run:
            best, run = (run if len(run) >= MIN_NOTES else best), []
    return run if len(run) >= MIN_NOTES else best


def bracketed_marker_at(text: str, number: int) -> bool:
    """Whether ``text`` prints note ``number``'s marker in round brackets after a word
    ("européen (1),", "in 2031 (2)."), not as a reference ("paragraph (1)")."""
    for m in _MARKER.finditer(text):
        if int(m.group(1)) == number and not _REFERENCE_BEFORE.search(
            text[max(0, m.start() - 40) : m.start()]
        ):
            return True
    return False


def _markers_in_order(lines: list[Line], numbers: list[int], allowed: int) -> list[int | None]:
    """For each number, the line printing its marker after the previous one's. (Every
    marker is found in one pass over the text, then looked up: a long closing list over
    a long text costs one pass, not one per entry.)"""
    wanted = set(numbers)
    places: dict[int, list[tuple[int, int]]] = {}  # number -> (line, offset) in order
    for i, line in enumerate(lines):
        text = line.text
        if " (" not in text:
            continue
        for m in _MARKER.finditer(text):
            n = int(m.group(1))
            if n in wanted and not _REFERENCE_BEFORE.search(
                text[max(0, m.start() - 40) : m.start()]
            ):
                places.setdefault(n, []).append((i, m.end()))
    found: list[int | None] = []
    at = (0, 0)  # (line, offset) after the last marker found
    missed = 0
    for n in numbers:
        candidates = places.get(n, [])
        k = bisect_left(candidates, at)
        if k < len(candidates):
            at = candidates[k]
            found.append(at[0])
            continue
        found.append(None)
        missed += 1
        if missed > allowed:
            return found + [None] * (len(numbers) - len(found))
    return found
