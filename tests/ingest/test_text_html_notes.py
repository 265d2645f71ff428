"""A raw HTML notes list in a plain-text file (text_html_notes.py)."""

from briefing.ingest.readers.text import lines_from_text
from briefing.ingest.text_html_notes import convert_html_notes

_TEXT = """The council will replace the harbour lamps.<sup id="fnr1"><a href="#fn1">1</a></sup>

Work starts on the north pier in May.

Notes

<ul>
<li id="fn1"><sup>1</sup> Decision of the harbour board. <a href="#fnr1">&#8617;</a></li>
<li id="fn7"><sup>7</sup> An item no marker names.</li>
</ul>"""


def test_items_become_numbered_notes_and_markers_glued_numbers():
    dropped: list[tuple[str, str]] = []
    out = convert_html_notes(_TEXT.split("\n"), dropped)
    assert out[0] == "The council will replace the harbour lamps.1"
    assert "1 Decision of the harbour board." in out
    assert out[-2].startswith('<li id="fn7">')  # no marker names it: left alone
    assert dropped


def test_the_note_is_linked_to_its_paragraph():
    lines = lines_from_text(_TEXT)
    notes = [line for line in lines if line.text.startswith("1 Decision")]
    assert notes


def test_a_text_without_markers_is_untouched():
    lines = ["<ul>", "<li><sup>2</sup> Second place.</li>", "</ul>"]
    assert convert_html_notes(lines, []) is lines
