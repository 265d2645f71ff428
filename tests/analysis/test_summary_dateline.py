"""A lead opening on its dateline ("Cairo, Egypt — In its meeting ...") gives a Summary
that starts with what happened, not where the release was issued. Made-up releases."""

from __future__ import annotations

import pytest

from briefing.analysis.draft import draft_release
from briefing.ingest import release_from_text

RELEASE = """Central Bank of Examplia keeps rates unchanged

17 October 2099

{opener}In its meeting on 17 October 2099, the Monetary Policy Committee of the Central Bank of Examplia decided to keep the overnight deposit rate unchanged at 7.25 percent.

The Committee noted that inflation had eased for the third month in a row.

The Committee will continue to monitor developments and stands ready to act.
"""


@pytest.mark.parametrize("opener", ["Examplia City, Examplia — ", "EXAMPLIA CITY (Reuters) - "])
def test_summary_starts_after_the_dateline(opener: str) -> None:
    release = release_from_text(RELEASE.format(opener=opener), "r1", "release.txt")
    summary = draft_release(release).summary
    assert summary.startswith("In its meeting on 17 October 2099"), summary


def test_a_sentence_with_a_dash_inside_is_untouched() -> None:
    text = RELEASE.format(opener="").replace(
        "In its meeting on 17 October 2099, the",
        "The Governor - speaking after the meeting - said the",
    )
    summary = draft_release(release_from_text(text, "r1", "release.txt")).summary
    assert "The Governor - speaking" in summary, summary


def test_a_heading_run_into_the_lead_is_left_out() -> None:
    text = RELEASE.format(opener="").replace(
        "In its meeting on 17 October 2099, the",
        "The resolution adopted at the meeting of the Monetary Policy Committee. Accordingly, the",
    )
    summary = draft_release(release_from_text(text, "r1", "release.txt")).summary
    assert summary.startswith("The Monetary Policy Committee of the Central Bank"), summary


def test_a_finite_verb_before_a_preposition_keeps_its_sentence() -> None:
    text = RELEASE.format(opener="").replace(
        "In its meeting on 17 October 2099, the Monetary Policy Committee of the Central "
        "Bank of Examplia decided to keep",
        "The Committee voted by a majority of 7-2 to keep",
    )
    summary = draft_release(release_from_text(text, "r1", "release.txt")).summary
    assert summary.startswith("The Committee voted by a majority of 7-2"), summary
