"""Hard-wrapped plain text (archives, pdftotext): a sentence's dash carried to a line's
start is no bullet, and a number alone on its line far under a rule that heads a
transcript is a page number, not a note's marker (issue 11 item 5). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.text_notes import join_note_markers
from tests.ingest.helpers import lost_words


def _all(nodes: list) -> list:
    return [m for n in nodes for m in (n, *_all(n.children))]


def _paragraph_starts(release) -> list[str]:
    return [
        release.text[n.start : n.start + 24]
        for n in release.root.children
        if n.kind in ("paragraph", "heading")
    ]


def test_wrapped_dash_in_lower_case_goes_on_with_its_sentence() -> None:
    text = (
        "Address by the Governor at the Opening of the Example Seminars\n\n"
        "The seminars which open here this evening are an outstanding way of\n"
        "marking a century of the college and of its service to the community\n"
        "and the starting point must surely be a frank appraisal of our standards\n"
        "and of the qualities we would claim for ourselves as an entire people\n"
        "- of our shared values.\n\n"
        "The speakers tonight are two of the country's most thoughtful writers\n"
        "and we are fortunate indeed to have them with us for this first evening.\n"
    )
    release = release_from_text(text)
    starts = _paragraph_starts(release)
    assert not any(s.startswith("- of our") for s in starts), starts
    assert not any(n.label == "-" for n in release.root.children)
    assert not lost_words(text, release)


def test_hyphen_list_after_a_lead_in_stays_a_list() -> None:
    text = (
        "Example Ministry Statement\n\n"
        "The Minister announced three measures for the coming year to the press:\n"
        "- more teachers for the schools of the northern provinces and islands;\n"
        "- new roads between the market towns of the central valley and the coast;\n"
        "- a fund for the farmers who lost their harvest in the floods of the spring.\n"
    )
    release = release_from_text(text)
    items = [n for n in _all(release.root.children) if n.label == "-"]
    assert len(items) == 3


def test_rule_under_a_transcript_head_opens_no_notes() -> None:
    lines = [
        " TRANSCRIPT THE HON JANE EXAMPLE MINISTER FOR EXAMPLES",
        " " + "_" * 60,
        " DOORSTOP INTERVIEW",
        "",
        " Journalist",
        "",
        " Minister, what will the new boats do?",
        "",
        "  2",
        "",
        " Minister Example",
        "",
        " They will patrol our waters.",
    ]
    assert join_note_markers(lines) == lines  # "2" is the page's number, left alone
    release = release_from_text("\n".join(lines))
    assert not any("2 Minister Example" in s for s in _paragraph_starts(release))


def test_footnote_rule_still_joins_its_markers() -> None:
    lines = ["Text of the paragraph.1", "_" * 20, "  1", "    See the report of 2024."]
    assert join_note_markers(lines)[-1].strip() == "1 See the report of 2024."


def test_year_wrapped_under_its_date_stays_with_it() -> None:
    text = (
        "ADDRESS BY THE GOVERNOR OF EXAMPLIA\n\n"
        "ON THE OPENING OF THE EXAMPLE SEMINARS\n\n"
        "  EXAMPLE CITY\n\n"
        "  WEDNESDAY, 17 FEBRUARY\n"
        "1999\n\n"
        "It is now 150 years since the first teachers came to Examplia from abroad.\n"
        "They founded schools and parishes which served and still serve the country.\n\n"
        "Let me end these brief comments with my thanks to the organisers tonight.\n\n"
        "jy\n"
    )
    release = release_from_text(text)
    assert "17 FEBRUARY 1999" in " ".join(release.text.split())
    assert release.date == "1999-02-17"
    assert not lost_words(text, release)
    # The typist's initials under the last line: listed as removed, not content.
    assert release.text.rstrip().endswith("organisers tonight.")
    assert ("boilerplate", "jy") in [(r.kind, r.text) for r in release.removed]


def test_a_year_is_no_wrap_after_a_full_date() -> None:
    from briefing.ingest.unmarked import typist_initials, year_wraps

    assert year_wraps("WEDNESDAY, 17 FEBRUARY", "1999")
    assert not year_wraps("17 February 1999", "2000")
    assert not year_wraps("The figures for the year", "2024")
    assert typist_initials("jy") and typist_initials("AB/jy")
    assert not typist_initials("Yes") and not typist_initials("ENDS")
