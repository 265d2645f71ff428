"""Pages of a UN draft read as text laid out like its page (issue 11 item 5,
``pdftotext -layout``): the agenda item's name and the draft's title printed in a narrow
measure, page furniture at the page edges, and paragraphs whose lines repeat each other.
Made-up documents in that shape."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_DRAFT = (
    "                United Nations                                                   A/C.5/91/L.7\n"
    "                General Assembly                                    Distr.: Limited\n"
    "                                                                    14 December 2036\n"
    "\n"
    "                                                                    Original: English\n"
    "\n"
    "Ninety-first session\n"
    "Fifth Committee\n"
    "Agenda item 140\n"
    "Financing of the Examplian Residual Office for\n"
    "Maritime Claims\n"
    "\n"
    "\n"
    "                Draft resolution submitted by the Chair of the Committee following\n"
    "                informal consultations\n"
    "\n"
    "                Financing of the Examplian Residual Office for\n"
    "                Maritime Claims\n"
    "\n"
    "                     The General Assembly,\n"
    "                      Having considered the reports of the Secretary-General on the budget\n"
    "                of the Office for 2037 and the related report of the Advisory Committee,\n"
    "                     1.   Decides to apportion the amount of 12,345,600 dollars gross\n"
    "                (11,222,300 dollars net) among Member States in accordance with the scale of\n"
    "                assessments applicable to the regular budget of the United Nations for 2037;\n"
    "\n"
    "\n"
    " 36-20101 (E)     151236\n"
    " *3620101*\n"
    "\fA/C.5/91/L.7\n"
    "\n"
    "                     2.   Further decides to apportion the amount of 12,345,600 dollars gross\n"
    "                (11,222,300 dollars net) among Member States in accordance with the scale of\n"
    "                assessments applicable to peacekeeping operations of the United Nations for\n"
    "                2037, as reflected in the note of the Secretariat (see A/91/505.).\n"
    "\n"
    "\n"
    "2/2                                                                              36-20101\n"
)


def test_title_wrapped_after_a_function_word_is_one_title() -> None:
    release = release_from_text(_DRAFT)
    assert release.title == "Financing of the Examplian Residual Office for Maritime Claims"
    assert not [n for n in release.nodes() if n.kind == "heading"]
    assert not lost_words(_DRAFT, release)


def test_paragraph_line_repeated_near_a_page_top_is_kept() -> None:
    release = release_from_text(_DRAFT)
    removed = [r.text for r in release.removed]
    assert not any("dollars net" in text for text in removed)
    assert release.text.count("(11,222,300 dollars net) among Member States") == 2
    # The furniture still goes: job number, barcode, running symbol, page number.
    for furniture in ("36-20101 (E) 151236", "*3620101*", "A/C.5/91/L.7"):
        assert furniture in removed
    labels = [n.label for n in release.nodes() if n.label]
    assert labels == ["1.", "2."]
