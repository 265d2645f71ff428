"""A page's inline element copied onto a line of its own, in text set a paragraph a line.

A browser's or a scraper's text copy of a web page often puts a link, a bold name or a
figure of a sentence on a line of its own, splitting one paragraph into three lines:

    The District Attorney
    Jane Example
    announced today that ...

    ... the full report can be read
    HERE
    .

    As part of the operation, more than
    100
    agencies across the region took part.

The piece's own case says nothing (a name, an acronym, a figure), but the lines around it
do: the line above stops on a bare word with no stop, and the line below goes on the
sentence, opening in lower case or on the comma, semicolon or full stop that follows the
link. No paragraph, heading or list entry opens on a comma or a full stop, and a line
opening in lower case under a short capitalised piece is the same sentence's next words.
A list whose entries all open in lower case and stop on no mark ("your tenancy
agreement" / "your driving licence" / ...) is left alone: the piece must open otherwise
than in lower case unless the line after opens on punctuation.
"""

from __future__ import annotations

from briefing.lazyre import lazy

PIECE_MAX_WORDS = 6  # a link's, a name's or a bold phrase's words
PIECE_MAX_CHARS = 50
PROSE_MIN_WORDS = 4  # a sentence's words on the line above a piece ending the sentence

# The punctuation that follows a link or a bold word, left at the next line's start:
# ", formerly ...", ". The ...", "; Chief ...", or the mark alone.
_OPENS_ON_PUNCTUATION = lazy(r"[,;.](?:\s|$)(?!\.)")


def opens_on_punctuation(line: str) -> bool:
    """A line opening on the comma, semicolon or full stop of a sentence cut before it
    ("..." or ". . ." leaders are not: they start a line of a table of contents; nor is a
    colon, which a form's column of values opens on: "Telephone" / ": 555 0100")."""
    return (
        line[:1] in ",;."
        and not line.startswith(("..", ". ."))
        and _OPENS_ON_PUNCTUATION.match(line) is not None
    )


def _short_piece(piece: str) -> bool:
    return len(piece) <= PIECE_MAX_CHARS and len(piece.split()) <= PIECE_MAX_WORDS


def inline_piece(before: str, piece: str, after: str) -> bool:
    """Whether ``piece`` is a page's inline element put on a line of its own between
    ``before`` (a sentence stopping on a bare word) and ``after`` (the sentence going on):
    the three lines are one paragraph's."""
    before = before.rstrip()
    piece = piece.strip()
    after = after.strip()
    if not (
        before[-1:].isalpha()  # (a date or a figure ending the line above stands alone)
        and piece
        and _short_piece(piece)
    ):
        return False
    if piece[-1:] in ".!?":
        # The link and the stop after it, put back together by the reader ("can be
        # read" / "HERE."): a prose sentence of a few words stopping on a lower-case
        # word is finished by the piece.
        return (
            before[-1:].islower()
            and len(before.split()) >= PROSE_MIN_WORDS
            and not piece[:1].islower()
        )
    if not after or piece[-1:] in ":;":
        return False
    if opens_on_punctuation(after):
        return True
    # A sentence's next words in lower case under a name, a title or a figure; the line
    # above is a sentence's start, not a stamp's or a letterhead's short line
    # ("Approved by" / "Decree of the President" / "of 1 May 2002").
    return (
        after[:1].islower()
        and not piece[:1].islower()
        and len(before.split()) >= PROSE_MIN_WORDS - 1
        and not before.isupper()  # (a heading in capitals: "PART I — GENERAL")
    )


def goes_on_after_piece(before: str, piece: str, after: str) -> bool:
    """Whether ``after`` is the sentence's next words under an inline ``piece`` (one that
    ended the sentence with its stop, "HERE.", has nothing after it in the paragraph)."""
    return piece.rstrip()[-1:] not in ".!?" and inline_piece(before, piece, after)
