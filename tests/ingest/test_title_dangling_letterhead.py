"""A title line stopping on a function word goes on into the line under it, even when that
line names a government or an institution: the letterhead test that drops an issuer's
name run in under a title does not cut a title in the middle. Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import _without_letterhead, release_from_text


def test_line_under_a_dangling_title_line_is_kept():
    title = "AGREEMENT ON TRADE AND COOPERATION BETWEEN\n\nTHE GOVERNMENT OF EXAMPLIA AND SAMPLIA"
    assert _without_letterhead(title) == title


def test_issuer_under_a_finished_title_still_goes():
    assert (
        _without_letterhead("Minutes of the Monetary Policy Meeting\nCentral Bank of Examplia")
        == "Minutes of the Monetary Policy Meeting"
    )


def test_release_title_runs_on_past_between():
    text = (
        "AGREEMENT ON TRADE AND COOPERATION BETWEEN\n"
        "THE GOVERNMENT OF EXAMPLIA AND SAMPLIA\n\n"
        "Preamble\n\n"
        "The Government of Examplia and the Government of Samplia (hereinafter the\n"
        "Parties), recalling their long friendship and shared interests in the region,\n"
        "have agreed as follows:\n"
    )
    assert release_from_text(text).title == (
        "AGREEMENT ON TRADE AND COOPERATION BETWEEN THE GOVERNMENT OF EXAMPLIA AND SAMPLIA"
    )


def test_title_closing_on_a_letter_name_loses_the_letterhead():
    # "A" here names the disease; the article is lower case in a mixed-case line.
    assert (
        _without_letterhead("Annual report on Hepatitis A\nMinistry of Health")
        == "Annual report on Hepatitis A"
    )
