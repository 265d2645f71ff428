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


_STATEMENT = """\
Statement by the Minister on the example report

The Ministry has read the report published today and rejects its claim that the grant \
was paid before the review of the application had ended.

In the interest of transparency the Ministry publishes the letters it received and the \
replies it sent to the bodies concerned.
"""


def test_a_signature_block_under_the_last_paragraph_is_kept():
    text = _STATEMENT + "\nSecretary of State\nHead of the Example Office\nJane Example\n\nWire\n"
    release = release_from_text(text)
    for line in ("Secretary of State", "Head of the Example Office", "Jane Example"):
        assert line in release.text
        assert not any(line in removed.text for removed in release.removed)


def test_a_press_office_card_over_its_numbers_is_kept_and_a_menu_above_it_is_not():
    text = (
        _BODY
        + """
Minutes
Statement on Policy
Media Conference
Enquiries

Communications Office
Central Bank of Examplia
EXAMPLE CITY

Phone: +99 2 1234 5678
Email: info@example.org
"""
    )
    release = release_from_text(text)
    for line in ("Communications Office", "Central Bank of Examplia", "EXAMPLE CITY"):
        assert line in release.text
    assert "Media Conference" not in release.text
