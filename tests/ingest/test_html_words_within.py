"""html_text.words_within: a box's words, or None past a limit, without joining the
whole text of a large box (every box of a page is asked by the short-box tests)."""

from __future__ import annotations

import lxml.html
import pytest

from briefing.ingest.readers.html_text import text_of, words_within


@pytest.mark.parametrize(
    "markup",
    [
        "<div>Ab<b>c</b> de</div>",
        "<div> <span>12</span>:<span>30</span> min </div>",
        "<div>one <i>two</i> <i>three</i>\tfour</div>",
        "<div><p>Alpha</p><p> beta</p>gamma</div>",
        "<div>\xa0<b>x</b>\u3000y</div>",
        "<div></div>",
    ],
)
def test_same_words_as_the_whole_text(markup: str) -> None:
    el = lxml.html.fragment_fromstring(markup)
    assert words_within(el, 10) == text_of(el).split()


def test_none_past_the_limit() -> None:
    el = lxml.html.fragment_fromstring("<div>" + "<p>a word here</p>" * 1000 + "</div>")
    assert words_within(el, 80) is None
    # A piece glued to the one before it adds no word: three words, within three.
    glued = lxml.html.fragment_fromstring("<div>Ab<b>c</b> de <i>f</i></div>")
    assert words_within(glued, 3) == ["Abc", "de", "f"]
    assert words_within(glued, 2) is None
