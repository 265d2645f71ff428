"""What follows a release's last paragraph is dropped as the site's only when it looks
like the site's: short entries naming pages, at the text's edge. A table of figures, a
contact card and lines the release goes on with after a run of short ones are its own.
Made-up text in the shapes these reach us in."""

from __future__ import annotations

from briefing.ingest import release_from_text

_BODY = """\
Water tariffs held for the season

The Ministry of Example Affairs announced today that the tariff for household water will \
stay at its present level until the end of the dry season, after a review of the costs of \
pumping and treatment.

The tariff is reviewed on the first day of each quarter under the pricing formula adopted \
in 2019, and the next review falls in April.
"""


def test_a_table_of_figures_under_the_last_paragraph_is_kept():
    text = (
        _BODY
        + """
Tariff per cubic metre since the formula was adopted

Date | Household | Industry
01/04/2019 | 2.15 | 1.90
02/07/2019 | 2.30 | 1.95
01/10/2019 | 2.45 | 2.05
02/01/2020 | 2.40 | 2.00
01/04/2020 | 2.35 | 1.98
"""
    )
    release = release_from_text(text)
    for row in ("01/04/2019 | 2.15 | 1.90", "02/01/2020 | 2.40 | 2.00"):
        assert row in release.text
    assert not any("2.15" in removed.text for removed in release.removed)
