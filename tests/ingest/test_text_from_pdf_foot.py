"""A page's foot in text taken from a PDF without its layout (``pdftotext -raw``): the
footnote rule, the notes, the job number with its date codes, printed in the order the
PDF stores them. Made-up text in that shape."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

FOOT = """\
A/RES/81/55

United Nations

General Assembly

Distr.: General
2 May 2027

Resolution adopted by the General Assembly
on 29 April 2027

81/55.

Meeting on the appraisal of the plan of action

The General Assembly,
Recalling its resolution 64/293 of 30 July 2010, by which it adopted the plan of action,1
1. Decides that the organizational arrangements for the panel discussions to be
held on 24 November will be as follows:
(a) Panel discussion 1 will address the theme of the plan and the current gaps in
_______________
1

27-06952 (E)

Resolution 64/293.
2

2/3

27-06952

140727 140727

\fA/RES/81/55

implementation of the plan of action, including the links with organized crime;2
(b) Panel discussion 2 will address the theme of partnerships.
_______________
2
See A/81/100.
3/3
"""


def _notes(release):
    return {n.label: n for n in release.nodes() if n.kind == "footnote"}


def test_a_note_number_over_the_job_number_still_heads_its_note():
    release = release_from_text(FOOT)
    notes = _notes(release)
    assert release.node_text(notes["1"]).endswith("Resolution 64/293.")
    assert "27-06952 (E)" in [r.text for r in release.removed]


def test_the_job_date_codes_go_with_the_job_number():
    release = release_from_text(FOOT)
    assert "140727 140727" in [r.text for r in release.removed]
    assert "140727" not in release.text


def test_the_rule_at_the_page_foot_keeps_the_notes_out_of_the_sentence_carried_over():
    release = release_from_text(FOOT)
    item = next(n for n in release.nodes() if n.label == "(a)")
    text = release.text[item.start : item.end]
    assert "Resolution 64/293" not in text
    assert "implementation of the plan of action" in text
    assert not lost_words(FOOT, release)


# A report's endnotes after a "Notes" heading, numbers alone on their lines where the
# raised number sat apart from its note.
ENDNOTES = """\
A. Institutional framework
1. Atlantis set up a national human rights institution in 2021,1 as recommended.
2. The Ombudsman received its accreditation in 2023.2 Funds have since increased.

Notes
1

Office of the High Commissioner for Human Rights.
2 Global Alliance of National Human Rights Institutions.
"""


def test_endnotes_after_a_notes_heading_are_notes_under_a_heading():
    release = release_from_text(ENDNOTES)
    notes = _notes(release)
    assert release.node_text(notes["1"]).startswith("Office of the High Commissioner")
    holder = next(n for n in release.nodes() if notes["1"] in n.children)
    assert holder.label == "1."
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert "Notes" in headings
    assert not lost_words(ENDNOTES, release)


# pdftotext -raw printing the first note's number after the page's notes.
STRAY = """\
The General Assembly,
Recalling the order of the International Court of Justice of 16 March 2027, 1
Recalling its relevant resolutions adopted at its emergency special session 2 and its
resolution 81/8 of 8 November 2027,
Condemning in the strongest terms the attacks on civilian infrastructure, and
reaffirming that the attempted annexation of these regions has no validity under

__________________

See Official Records of the General Assembly, Eighty-first Session, Supplement No. 4
(A/81/4), paras. 189–197.
2
Resolutions ES-12/1 and ES-12/2.
1

27-12991 (E)

*2712991*

\finternational law,
1. Decides to remain seized of the matter.
"""


def test_a_notes_number_printed_after_the_notes_goes_back_to_its_note():
    release = release_from_text(STRAY)
    notes = _notes(release)
    assert release.node_text(notes["1"]).startswith("See Official Records")
    holder = next(n for n in release.nodes() if notes["1"] in n.children)
    assert release.node_text(holder).startswith("Recalling the order")
    assert not lost_words(STRAY, release)


# A one-page decision: its masthead symbol is the page's head, kept as the symbol.
ONE_PAGE = """\
A/HRC/DEC/61/112

United Nations

General Assembly

Distr.: General
14 July 2027

Human Rights Council
Sixty-first session
Agenda item 6

Decision adopted by the Human Rights Council on 2 July 2027
61/112.
Outcome of the universal periodic review: Atlantis
The Human Rights Council,
Acting in compliance with the mandate entrusted to it in resolution 5/1 and in its
report (A/HRC/61/15),
Adopts the outcome of the universal periodic review on Atlantis.
"""


def test_the_masthead_symbol_is_furniture_and_the_release_symbol():
    release = release_from_text(ONE_PAGE)
    assert "A/HRC/DEC/61/112" in [r.text for r in release.removed]
    assert release.symbol == "A/HRC/DEC/61/112"
    assert not lost_words(ONE_PAGE, release)


def test_a_press_release_number_without_a_masthead_stays():
    text = "SG/SM/22999\n\nSecretary-General welcomes the agreement\n\nThe Secretary-General welcomes the agreement reached today by the parties.\n"
    release = release_from_text(text)
    assert "SG/SM/22999" in release.text


# Plain pdftotext printing the page's note between the job number and its date code.
CODE_UNDER_NOTE = """\
The General Assembly,
Having considered the report of the Commission, 1
Reaffirming the mandate of the Commission, as the core legal body in the field, to
coordinate legal activities in this field, in particular to avoid duplication, including among

__________________
1

27-31415 (E)

Official Records of the General Assembly, Eighty-first Session, Supplement No. 17.

050128

*2731415*
\fA/RES/81/77

organizations formulating rules of international trade;
1. Takes note with appreciation of the report of the Commission;
"""


def test_the_date_code_under_the_page_note_goes_with_the_job_number():
    release = release_from_text(CODE_UNDER_NOTE)
    assert "050128" in [r.text for r in release.removed]
    assert "050128" not in release.text
    assert not lost_words(CODE_UNDER_NOTE, release)


# A note listing a budget's sections wraps at the budget's symbol: lines ending on
# "A/81/6" are the note's words, not running heads carrying the symbol.
SECTIONS_NOTE = """\
A/RES/81/90

The General Assembly,
Having considered the reports of the Secretary-General on the proposed programme
budget for 2028,1
1. Endorses the conclusions of the Committee;
__________________
1
A/81/6 (Sect. 2), A/81/6 (Sect. 3), A/81/6 (Sect. 4), A/81/6 (Sect. 5), A/81/6
(Sect. 8), A/81/6 (Sect. 9), A/81/6 (Sect. 10), A/81/6 (Sect. 11), A/81/6
(Sect. 12), A/81/6 (Sect. 13) and A/81/6 (Sect. 14).
\fA/RES/81/90

2. Decides to consider the matter at its eighty-second session.
"""


def test_a_note_wrapped_at_a_symbol_keeps_its_lines():
    release = release_from_text(SECTIONS_NOTE)
    note = _notes(release)["1"]
    assert "(Sect. 8), A/81/6 (Sect. 9)" in " ".join(release.node_text(note).split())
    assert not lost_words(SECTIONS_NOTE, release)


# Plain pdftotext printing the page's first note numbers after the notes, the first
# note being a web address (in lower case).
WEB_NOTE = """\
The General Assembly,
24. Welcomes the work on digests of case law, and notes the performance of the
Lighthouse Convention website 25 and the coordination between that website and the
system;
25. Recalls its resolutions on multilingual websites, 26 and welcomes the efforts of
the Commission to maintain its website. 27

45th plenary meeting
7 December 2031

__________________

https://lighthouseconvention.example.org/.
Resolutions 52/214, sect. C, para. 3; and 61/121 B, sect. IV, paras. 65–77.
27
See resolution 63/120, para. 20.
25
26
"""


def test_a_note_opening_with_a_web_address_takes_its_stray_number():
    release = release_from_text(WEB_NOTE)
    notes = _notes(release)
    assert release.node_text(notes["25"]).startswith("https://lighthouseconvention")
    assert release.node_text(notes["26"]).startswith("Resolutions 52/214")
    holder = next(n for n in release.nodes() if notes["25"] in n.children)
    assert holder.label == "24."
    assert not lost_words(WEB_NOTE, release)
