"""A think tank's web page with notes numbered in brackets typed as text: "(1)" after a
word in the body ("network (1) most") and "(1) Survey Institute (2031): ..." under a closing "Notes" panel.
Nothing in the markup links them; the order does, as in text copied from such a page.
All text here is made up in the shape of real pages."""

from __future__ import annotations

from briefing.ingest.pipeline import structure
from briefing.ingest.readers.html import extract_html

PAGE = (
    "<html><head><title>Country report</title></head><body><main>"
    "<h1>Island Republic: a new government faces old problems</h1><p>3 November 2031</p>"
    "<p>According to a representative survey by the Survey Institute, a regional research"
    " network&nbsp;(1)<strong> most respondents prefer democracy</strong> to any other"
    " form of government.</p>"
    "<p>Yet discontent with the economy is widespread, as the Island Barometer found in"
    " 2031 (2).&nbsp;Most respondents rate the economy as poor.</p>"
    "<p>The new cabinet has promised reforms within a year.</p>"
    "<div class='panel'><h4>Notes</h4>"
    "<p>(1) Survey Institute (2031): Islanders trust their courts. Report 455/2031.</p>"
    "<p>(2) Island Barometer (2031): Wave VI, part 3.</p></div>"
    "</main></body></html>"
)


def _notes(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        n.label.strip("()[]"): (release.node_text(n), release.node_text(parent[n.id]))
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_a_closing_run_of_bracketed_notes_on_a_page_hangs_on_their_markers() -> None:
    notes = _notes(structure(extract_html(PAGE)))
    assert notes["1"][0].startswith("Survey Institute (2031)")
    assert notes["1"][1].startswith("According to a representative survey")
    assert notes["2"][1].startswith("Yet discontent with the economy")


def test_points_numbered_in_brackets_the_text_does_not_cite_stay_points() -> None:
    page = PAGE.replace("network&nbsp;(1)", "network").replace("2031 (2).", "2031.")
    assert _notes(structure(extract_html(page))) == {}


# A report written in Word and pasted into a CMS: Word's endnotes, numbered i, ii, iii by
# default, kept as superscripts under a rule, with no link between marker and note.
ROMAN = (
    "<html><head><title>Country report</title></head><body><main>"
    "<h1>Local elections: a landslide for the opposition</h1><p>5 November 2031</p>"
    "<p>The governing party's partners won one mayoralty each.<sup>[i]</sup> The rest"
    " went to independent candidates.</p>"
    "<p>The largest gain went to the new left party.<sup>[ii]</sup></p>"
    "<p>&nbsp;</p><hr /><p>&nbsp;</p>"
    "<p><sup>[i]</sup> The prime minister had complained of this after the first round.</p>"
    "<p><sup>[ii]</sup> Its name says little about its programme.</p>"
    "</main></body></html>"
)


def test_word_endnotes_numbered_in_small_roman_under_a_rule_are_notes() -> None:
    notes = _notes(structure(extract_html(ROMAN)))
    assert notes["i"][0].startswith("The prime minister had complained")
    assert notes["i"][1].startswith("The governing party's partners")
    assert notes["ii"][1].startswith("The largest gain went")
