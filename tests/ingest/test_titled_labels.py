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
