"""Speeches copied from web pages, cut into untitled parts "I.", "II.", ... : each numeral
stands alone between blank lines and heads the paragraphs down to the next one. Made-up
text in the shape a browser's copy gives."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.roman_heads import section_numerals

SPEECH = """\
Speech by the President at the Examplia Forum

Sampletown, 4 May 2011

I.

Ladies and gentlemen, it is a pleasure to be with you today in this old hall of the city.

Many of you have travelled far to take part in these talks, and I thank you for it.

II.

Let me turn to the question that brings us together: how the regions share their tasks.

The answer will not be found in one law, and it will not be found in one year either.

III.

Finally, a word of thanks to those who prepared this meeting with such care and patience.
"""


def test_lone_roman_numerals_in_order_head_the_parts_of_a_speech():
    release = release_from_text(SPEECH)

    def body(node):
        return release.text[node.body_start : node.end].strip()

    heads = [n for n in release.nodes() if n.kind == "heading"]
    assert [(h.label, body(h)) for h in heads] == [("I.", ""), ("II.", ""), ("III.", "")]
    first = heads[0]
    assert [body(c)[:15] for c in first.children] == ["Ladies and gent", "Many of you hav"]
    assert all(c.label == "" for h in heads for c in h.children)


def test_a_numeral_over_a_title_or_a_lone_numeral_is_no_part_mark():
    titled = ["I.", "", "Introduction", "", "II.", "", "Some words of the second part come here."]
    assert section_numerals(titled) == set()
    alone = ["I.", "", "One long paragraph of the text that follows the numeral here."]
    assert section_numerals(alone) == set()
    out_of_order = ["II.", "", "A paragraph with more than eight words in it goes here.", ""]
    assert section_numerals([*out_of_order, "I.", "", out_of_order[2]]) == set()
