"""A numbered section title in title case, on its own line over the section's first
sentence with no blank line between (text copied out of a PDF's minutes), is a heading,
not the first line of a numbered paragraph (session 41). Made-up minutes."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.titled_labels import titled_section_line
from tests.ingest.helpers import lost_words

_MINUTES = (
    "Minutes of the Special Meeting of the Examplian Reserve Board on Interest Rates\n"
    "\n"
    "I. Reasons for Holding a Special Meeting of the Examplian Reserve Board\n"
    "The governor opened by saying why the board had been called together before\n"
    "its regular date, when markets in the region were under some strain this month.\n"
    "(1) Prices of shares had fallen in most markets of the region in the past week,\n"
    "and the cost of borrowing between banks had gone up in three of its countries.\n"
    "(2) The staff had therefore drawn up a proposal for a lending window.\n"
    "II. Review of the Examplian Economy and Its Outlook for Prices\n"
    "Having heard the staff on the latest figures, members talked about how far\n"
    "output and prices were likely to move in the rest of the year and the next.\n"
)


def test_title_case_section_line_over_a_sentence_is_a_heading() -> None:
    release = release_from_text(_MINUTES)
    heads = [n for n in release.root.children if n.kind == "heading"]
    assert [n.label for n in heads] == ["I.", "II."]
    first = release.text[heads[0].start : heads[0].end]
    assert first.endswith("Board") and "governor" not in first
    # The points are the section's own list, not sub-points of a paragraph "I.".
    assert [(n.kind, n.label) for n in heads[0].children] == [
        ("paragraph", ""),
        ("paragraph", "(1)"),
        ("paragraph", "(2)"),
    ]
    assert not lost_words(_MINUTES, release)


def test_sentences_and_wrapped_titles_are_not_titles() -> None:
    prose = "The governor opened by saying why the board had been called together"
    assert titled_section_line("I. Reasons for Holding a Special Meeting of the Board", prose)
    # A title's second line, set in title case too.
    assert not titled_section_line(
        "III. Staff Proposal for a Temporary Lending Window in Examplian Dollars",
        "Secured against Pledged Government Bonds",
    )
    # A paragraph citing a name in title case, its clause cut at a function word or a comma.
    assert not titled_section_line(
        "1. Welcomes the Report of the Examplian Advisory Committee on the Work of",
        "Regional Fisheries Bodies in the past year",
    )
    assert not titled_section_line(
        "6. In 2020, the Office of the Examplian Commissioner for Public Records",
        "Management issued a new plan for the years to come",
    )
    # An act's name cited on over the wrap, mostly capitalised on the next line too.
    assert not titled_section_line(
        "6. Regulation of the Examplian Minister of Communication Number 6",
        "Year 2018 concerning Organisation and Working Procedures",
    )
    assert not titled_section_line("2. The board noted that activity had slowed", prose)


# Sentence-case titles, lettered and bracketed, each left well short of the measure the
# wrapped lines around it fill (session 41, glued).
_REPORT = (
    "Report of the Examplian Agency on the Limits Set for Its Research Reactors\n"
    "\n"
    "A. Purpose of the examplian safety limits for its three reactors\n"
    "This part sets out why each limit for the reactor was chosen by the agency and\n"
    "what the operator must do when a value comes close to it during the year.\n"
    "B. Scope of the examplian safety limits for its three reactors\n"
    "The limits hold for every reactor licensed under the act, from the first day\n"
    "of its operation until the day its licence is withdrawn by the agency.\n"
    "(1) Countering examplian radiation risks at each of its reactors\n"
    "The operator will keep the dose to its workers below the levels the agency set\n"
    "and will report each reading to the agency within the month it was taken.\n"
)


def test_sentence_case_titles_that_end_short_are_headings() -> None:
    release = release_from_text(_REPORT)
    text = release.text
    heads = [text[n.start : n.end] for n in release.nodes() if n.kind == "heading"]
    assert any(h.endswith("safety limits for its three reactors") and "Purpose" in h for h in heads)
    assert any(h.endswith("safety limits for its three reactors") and "Scope" in h for h in heads)
    assert any(h.endswith("radiation risks at each of its reactors") for h in heads)
    assert not lost_words(_REPORT, release)


def test_room_on_the_line_decides_a_sentence_case_title() -> None:
    prose = "This part sets out why each limit for the reactor was chosen by the agency"
    assert titled_section_line("A. Purpose of the examplian safety limits", prose, 80)
    # No measure known, or a line run near it: the wrap may have ended it.
    assert not titled_section_line("A. Purpose of the examplian safety limits", prose, 0)
    long_line = "A. Purpose of the examplian safety limits set for the research reactors"
    assert not titled_section_line(long_line, prose, 76)
    # A bracketed number is read by the room left alone, never by its case.
    assert not titled_section_line("(1) Countering Examplian Radiation Risks", prose)
    assert titled_section_line("(1) Countering examplian radiation risks", prose, 80)
