"""An issuer's name printed as a letterhead ("Bank of Examplia", "MINISTRY OF EXAMPLES")
names who speaks, never what the release says: it is no title, whether it is set in the
largest type or is the only line of the head shaped like one. Made-up releases."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release, release_from_text


def test_a_letterhead_alone_in_the_head_is_no_title() -> None:
    text = """\
MINISTRY OF EXAMPLES

Statement

The Ministry welcomes the agreement reached yesterday between the two parties to the
dispute over the northern fisheries, after three years of talks.

It calls on both sides to carry out the agreement in good faith.
"""
    assert release_from_text(text).title == ""


def test_a_letterhead_set_as_the_top_heading_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text(
        """\
# Bank of Examplia

## Bank keeps its policy rate unchanged at four percent

The Monetary Policy Committee of the Bank decided today to keep the policy rate at four
percent, as inflation eased for the third month in a row.

The Committee will meet again in six weeks.
""",
        encoding="utf-8",
    )
    release = load_release(path, suggest=False)
    assert release.title == "Bank keeps its policy rate unchanged at four percent"


def test_a_headline_naming_the_bank_is_still_the_title() -> None:
    text = """\
Bank of Examplia raises its policy rate

The Monetary Policy Committee decided today to raise the policy rate by a quarter
point, to four and a quarter percent, as inflation rose again.

The Committee will meet again in six weeks.
"""
    assert release_from_text(text).title == "Bank of Examplia raises its policy rate"


def test_a_headline_quoting_its_speaker_after_two_colons_is_no_field_line() -> None:
    # A wire's headline: source, speaker and subject, then the quotation. A field's
    # value is never a quotation, so the line is no "Label: value  Label: value" row.
    text = """\
Newsletter

Politics

OFFICE: Minister in Examplia: „The granaries are full” (statement)

5.3.2031, 10:02

Download and publish free of charge

The Minister said today that the granaries of the northern provinces were full after
the best harvest in ten years, and that prices would fall before the winter.

The Office will publish the figures for each province next week.
"""
    title = release_from_text(text).title
    assert title.startswith("OFFICE: Minister in Examplia")
