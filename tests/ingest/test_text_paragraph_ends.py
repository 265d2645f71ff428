"""Where a paragraph ends in plain text copied out of a PDF (issue 11): made-up text in the
shape of central-bank minutes and press releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.roster_lines import roster_break, roster_entry
from tests.ingest.helpers import lost_words

_PROSE = [
    "The Committee discussed the outlook for the domestic economy in some detail and",
    "agreed that the recovery in household spending had continued at a moderate pace,",
    "while business investment had been weaker than expected in the second quarter of",
    "the year because of the uncertainty surrounding the external environment abroad.",
]


def _units(release) -> list[str]:
    return [
        " ".join(release.text[n.start : n.end].split())
        for n in release.nodes()
        if n.kind != "title"
    ]


def test_a_list_of_people_a_person_a_line_is_no_paragraph() -> None:
    roster = [
        "Staff present",
        "Mr. A. Example, Director-General, Monetary Affairs Department",
        "Ms. B. Sample, Associate Director-General, Research Department",
        "Mr. C. Instance, Director, Deputy Head of Secretarial Services for the Board, Secretariat",
        "of the Policy Board",
        "Dr. D. Model, Senior Economist, Monetary Affairs Department",
    ]
    text = "\n".join([*_PROSE, *roster, "", *_PROSE])
    release = release_from_text("Minutes of the Monetary Policy Meeting\n\n" + text)
    units = _units(release)
    assert "Mr. A. Example, Director-General, Monetary Affairs Department" in units
    assert "Ms. B. Sample, Associate Director-General, Research Department" in units
    assert "Dr. D. Model, Senior Economist, Monetary Affairs Department" in units
    # The office carried onto a second line stays with its person.
    assert any(u.endswith("Secretariat of the Policy Board") for u in units), units
    assert not lost_words(text, release)


def test_family_name_first_rosters_and_their_limits() -> None:
    assert roster_entry("Lee, Sang Woo, Director General of Research Department")
    assert roster_entry("Mr. Rony Example, the Supervisor of Banks")
    assert roster_entry("Mr. A. Example, Director-General, Monetary Affairs Department")
    # A sentence's opening is no name: "In" is a function word.
    assert not roster_entry("In Japan, Governor Example said that the Bank would")
    # An office and its holder after a colon are another shape.
    assert not roster_entry("Chairman, Board of Supervisors: Jane Example")
    entry = ["Kim, Jong Hwa, Director General of International Department"]
    nxt = "Kim, Yun Chul, Director General of Monetary Policy Committee Secretariat"
    assert roster_break(entry, nxt, 80)
    # A full line of prose leaves no room: the wrap, not the writer, broke it.
    full = ["Europe, Canada and Japan, where the recovery in household spending had gone on"]
    assert not roster_break(full, "Australia, New Zealand and others, the Committee noted", 80)


def test_a_short_line_stopping_on_a_word_goes_on_in_lower_case() -> None:
    # pdftotext -raw: a paragraph's first line set short beside its number or drop
    # capital, then the wraps at the full width; no blank line anywhere.
    text = "\n".join(
        [
            *_PROSE,
            "It expected both to recover next year.",
            "The extent of the impact on oil",
            "prices of a possible conflict in the region and its repercussions on the world",
            "economy would depend on the length of the disruption.",
            "Exports rose in the quarter, and the Committee noted that the pace of growth",
            "in the region would slow next year as demand from the largest markets eased.",
        ]
    )
    release = release_from_text("Monetary Board Highlights\n\n" + text)
    units = _units(release)
    assert any(u.startswith("The extent of the impact on oil prices of a possible") for u in units)
    assert any(u.startswith("Exports rose in the quarter") for u in units)
    assert not lost_words(text, release)


def test_a_bare_roman_numeral_still_opens_its_item() -> None:
    text = "\n".join(
        [
            "The Board took into account the following factors in reaching its decision on",
            "the policy rate this month, in the light of the targets it has set:",
            "i The current inflation rate, which remains above the targets set by the Board",
            "of Directors for the year and for the medium term",
            "ii The considerable pressure that food prices are exerting on inflation in",
            "the months ahead.",
        ]
    )
    release = release_from_text("Board of Directors Minutes\n\n" + text)
    assert any(u.startswith("ii The considerable") for u in _units(release))


def test_a_possessive_cut_at_its_apostrophe_goes_on() -> None:
    # pdftotext -raw, where the PDF set the apostrophe as a glyph of its own.
    text = "\n".join(
        [
            "The Committee considered the likely effects on unemployment of the changes in",
            "the labour market and of the Government’",
            "s programme, the tax reforms and the changes to the benefits",
            "system. The new programme began in April, so there were no effects yet in the",
            "unemployment statistics.",
        ]
    )
    release = release_from_text("Minutes of the Monetary Policy Committee\n\n" + text)
    units = _units(release)
    assert len(units) == 1, units
    assert not lost_words(text, release)
