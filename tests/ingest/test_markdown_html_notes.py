"""Notes listed in raw HTML inside a Markdown file (readers/markdown_html_notes.py)."""

from briefing.ingest.readers.markdown import read_markdown
from briefing.ingest.readers.markdown_html_notes import html_items, take_markers

_MEMO = """# Harbour Lighting Notice

The council will replace the harbour lamps this spring.<sup id="fnr1"><a href="#fn1">1</a></sup>
Work starts on the north pier.

<br/>
The south pier follows in the summer, funds permitting.<sup id="fnr2"><a href="#fn2">2</a></sup>

### Notes

<ul style="list-style-type:none">
<li id="fn1"><sup>1</sup> Decision of the harbour board, 3 March. <a href="#fnr1">&#8617;</a></li>
<li id="fn2"><sup>2</sup> See the budget annex. <a href="#fnr2">&#8617;</a></li>
</ul>
"""


def _notes(extracted):
    return [
        (line.label, line.text, extracted.lines[line.note_of].text[:20])
        for line in extracted.lines
        if line.style == "footnote"
    ]


def test_a_raw_html_notes_list_gives_each_item_to_its_marker(tmp_path):
    path = tmp_path / "notice.md"
    path.write_text(_MEMO, encoding="utf-8")
    notes = _notes(read_markdown(path))
    assert notes == [
        ("1", "Decision of the harbour board, 3 March.", "The council will rep"),
        ("2", "See the budget annex.", "The south pier follo"),
    ]


def test_items_indented_after_blank_lines_are_read_too(tmp_path):
    text = _MEMO.replace("<li id=", "\n\t<li id=")
    path = tmp_path / "notice.md"
    path.write_text(text, encoding="utf-8")
    assert [label for label, _, _ in _notes(read_markdown(path))] == ["1", "2"]


def test_a_list_whose_numbers_no_marker_names_stays_text():
    raw = "<ul><li><sup>4</sup> Fourth item</li><li>Plain item</li></ul>"
    assert html_items(raw, {"1": 0}) is None
    items = html_items(raw, {"4": 0})
    assert [(item.marker, item.text) for item in items] == [
        ("4", "Fourth item"),
        ("", "Plain item"),
    ]


def test_markers_leave_a_raw_paragraph_and_figures_stay():
    text, markers = take_markers('Rates rose to 2.5% in 2024.<sup><a href="#fn3">3</a></sup>')
    assert markers == ["3"]
    assert text == "Rates rose to 2.5% in 2024."


def test_an_unlinked_superscript_after_a_figure_or_unit_is_no_marker():
    text, markers = take_markers("An area of 10 km<sup>2</sup> and 10<sup>3</sup> tonnes.")
    assert markers == []
    assert text == "An area of 10 km<sup>2</sup> and 10<sup>3</sup> tonnes."
    text, markers = take_markers("The board agreed.<sup>4</sup> Work began.")
    assert markers == ["4"]


def test_a_note_item_loses_its_back_link_whatever_the_link_holds() -> None:
    items = html_items(
        '<li><sup>1</sup> See the annex. <a class="back" href="#fnr1" title="up">↩︎</a></li>'
        "<li><sup>2</sup> See the table. &#x21a9;</li>",
        {"1", "2"},
    )
    assert [(item.marker, item.text) for item in items] == [
        ("1", "See the annex."),
        ("2", "See the table."),
    ]


def test_markers_in_a_long_block_are_read_in_linear_time() -> None:
    # (Each unlinked marker looks back for the stop before it: slicing the text before
    # every marker was quadratic, seconds for 20,000 markers.)
    import time

    block = "Harbour lamps." + "<sup>1</sup> and more lamps." * 20_000
    started = time.perf_counter()
    text, markers = take_markers(block)
    assert time.perf_counter() - started < 0.5
    assert len(markers) == 20_000 and "<sup>" not in text
    assert take_markers("10 km<sup>2</sup> of pier")[1] == []
    assert take_markers("the pier. <sup>2</sup>")[1] == ["2"]


# A converter's notes list: the <ol> numbers its items by position and each item carries
# the id the marker links to; nothing in the item prints its number.
_NUMBERED_BY_ID = """# Roads Memo

Agencies shall report road works monthly.<sup id="fnref:1"><a href="#fn:1">1</a></sup>
Reports go to the roads office.<sup id="fnref:2"><a href="#fn:2">2</a></sup>

#### Endnotes

<div class="footnotes">
  <ol>
    <li id="fn:1">
<p>Roads Act, section 4.</p>
</li>
    <li id="fn:2">
<p>The office named in the annex.</p>
</li>
  </ol>
</div>
"""

# A CMS template: the note's text inside a superscript carrying its id, number printed.
_NOTE_IN_SUP = """# Rent Notice

The relief law<sup><a href="#fn1" id="ref1">1</a></sup> was passed in June.

<p><sup id="fn1">1. The relief act of this year.<a href="#ref1">↩</a></sup></p>
"""


def test_items_named_by_their_id_are_the_notes_their_markers_link_to(tmp_path):
    path = tmp_path / "memo.md"
    path.write_text(_NUMBERED_BY_ID, encoding="utf-8")
    assert _notes(read_markdown(path)) == [
        ("1", "Roads Act, section 4.", "Agencies shall repor"),
        ("2", "The office named in the annex.", "Agencies shall repor"),
    ]


def test_a_note_inside_a_superscript_named_by_id_drops_its_printed_number(tmp_path):
    path = tmp_path / "rent.md"
    path.write_text(_NOTE_IN_SUP, encoding="utf-8")
    assert _notes(read_markdown(path)) == [
        ("1", "The relief act of this year.", "The relief law was p"),
    ]


def test_an_id_naming_a_number_no_marker_printed_stays_text():
    assert html_items('<ol><li id="fn:7"><p>Plain item.</p></li></ol>', {"1": 0}) is None
