"""A web page copied as text, a paragraph a line, with its links, bold names and figures
each put on a line of its own (a made-up release)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.inline_pieces import goes_on_after_piece, inline_piece, opens_on_punctuation

COPIED = """\
Example County Prosecutor Announces Results of Retail Theft Operation
June 3, 2031
The Example County Prosecutor’s Office today announced the results of a regional operation against organised retail theft carried out with several partner agencies over the spring, the largest such effort in the region so far, with stores, police and prosecutors working together.
As part of the operation, more than
120
police departments across
14
counties took part in the arrests made over the month, the office said, and the results will be shared with the state's other counties later in the year as a model.
Example County District Attorney
Jane Example
thanked the investigators for their months of work on the case, which began with a single report from a store owner and grew into a regional inquiry.
The office also congratulated
Deputy Prosecutor John Sample
, who was named prosecutor of the year by the state association at its annual meeting in the capital, for her work on the county's fraud cases.
The full report can be read
HERE
.
Media contact
your tenancy agreement
your driving licence
a utility bill or a bank statement dated within the last three months
"""


def _paragraphs(release) -> list[str]:
    return [release.text[n.start : n.end] for n in release.nodes() if n.kind != "list"]


def _one_paragraph_holds(texts: list[str], *pieces: str) -> bool:
    return any(all(p in " ".join(t.split()) for p in pieces) for t in texts)


def test_inline_pieces_stay_in_their_sentence():
    texts = _paragraphs(release_from_text(COPIED))
    assert _one_paragraph_holds(texts, "more than 120 police departments", "14 counties took"), (
        texts
    )
    assert _one_paragraph_holds(texts, "County District Attorney Jane Example thanked"), texts
    assert _one_paragraph_holds(texts, "congratulated Deputy Prosecutor John Sample , who"), texts
    assert _one_paragraph_holds(texts, "can be read HERE"), texts
    # The piece that ended its sentence with the stop ends the paragraph.
    assert not _one_paragraph_holds(texts, "HERE", "Media contact"), texts


def test_the_piece_needs_the_lines_around_it():
    before = "As part of the operation, more than"
    assert inline_piece(before, "120", "police departments across")
    assert inline_piece("The office also congratulated", "Jane Example", ", who was named")
    assert inline_piece("The full report can be read", "HERE.", "")
    assert not goes_on_after_piece("The full report can be read", "HERE.", "Media contact")
    # A list of lower-case entries with no stops: no piece, each entry its own line.
    assert not inline_piece("your tenancy agreement", "your driving licence", "a utility bill")
    # A date or a figure ending the line above: the piece opens a new paragraph.
    assert not inline_piece("June 3, 2031", "This article", ", by Jane Example, appeared")
    # The line after opens a new sentence in capitals: nothing tells a piece.
    assert not inline_piece("The office also congratulated", "Jane Example", "The office said")
    # A stamp's or a heading's short lines: no sentence stops on them.
    assert not inline_piece("Approved by", "Decree of the President", "of 1 May 2031")
    assert not inline_piece("PART ONE: GENERAL NOTICES", "Land Notices", "w;s garbled")
    # A long line is prose of its own, not a link.
    long_line = "Jane Example and John Sample of the Example County Prosecutor’s Office"
    assert not inline_piece("The office also congratulated", long_line, "for their work")


def test_no_paragraph_opens_on_a_comma_or_a_stop():
    assert opens_on_punctuation(", who was named")
    assert opens_on_punctuation(".")
    assert opens_on_punctuation("; the")
    assert not opens_on_punctuation("... 12")  # a contents line's leaders
    assert not opens_on_punctuation(".5 per cent")
