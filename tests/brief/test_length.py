"""The two-page estimate counts lines, not just words."""

from __future__ import annotations

from briefing.brief.length import CAPACITY_LINES, CHARS_PER_LINE, body_lines, fits_two_pages


def test_short_paragraphs_cost_whole_lines():
    assert body_lines([("x" * (CHARS_PER_LINE + 1), False)]) == 2.5
    assert body_lines([("Key points", True), ("One line.", False)]) == 4.0


def test_two_pages_of_words_in_long_paragraphs_fit_but_many_short_points_do_not():
    long_paragraph = " ".join(["word"] * 140)  # ~700 characters: 8 lines
    fits, pages = fits_two_pages([(long_paragraph, False)] * 8)
    assert fits and pages < 2
    # The same number of words as 60 one-line points no longer fits.
    fits, pages = fits_two_pages([("A short key point of a few words.", False)] * 60)
    assert not fits and pages > 2
    assert CAPACITY_LINES == 83
