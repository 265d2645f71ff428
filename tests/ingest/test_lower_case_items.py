"""A page's list copied as text without its bullets: items a line each, opening in lower
case and stopping on a bare word, kept apart in text set a paragraph a line; a block that
visibly runs on is still joined (made-up release)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.block_runs_on import runs_on
from briefing.ingest.text_fragments import join_inline_breaks

PROSE = (
    "The Ministry of Examples publishes this guide for visitors to the island of Samplea, "
    "and it is reviewed every year by the consular section of the embassy."
)
CONSULAR = (
    "The consular section can contact the hospital to check on your progress, and it can "
    "pass messages to your family at home if you ask it to."
)
LONGER = (
    "Medical care on the island varies from one district to the next, and the clinics outside "
    "the capital may not meet the standards visitors expect. Serious cases are sent to the "
    "mainland, which is costly. Check your cover before you travel, and carry the insurer's "
    "emergency number with you at all times while you are abroad."
)
TIGHT_ITEMS = f"""\
Staying in Samplea

{PROSE}

Make sure that your travel insurance policy covers each of the following:

an air ambulance, in case you need to be flown to the mainland for treatment
full medical cover for the whole length of your stay on the island
bringing a relative to Samplea in the event of your illness or injury

{LONGER}

{CONSULAR}

If you need help, call us.
"""

SPACED_ITEMS = f"""\
Mesures pour les masques

{PROSE}

Les mesures suivantes seront mises en place dans toutes les communes du pays :

les pharmacies vendront des masques lavables à un prix fixé par arrêté ;

les entreprises sont invitées à équiper leurs salariés de masques lavables ;

les communes distribueront des masques aux habitants les plus fragiles.

{LONGER}

{CONSULAR}

If you need help, call us.
"""


def _paragraphs(source: str) -> list[str]:
    release = release_from_text(source)
    return [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]


def test_tight_items_opening_in_lower_case_stay_apart() -> None:
    paragraphs = _paragraphs(TIGHT_ITEMS)
    for start in ("an air ambulance", "full medical cover", "bringing a relative"):
        assert any(p.startswith(start) for p in paragraphs), start
    assert not any("mainland for treatment full" in p for p in paragraphs)


def test_items_set_apart_by_blank_lines_after_a_lead_in_stay_apart() -> None:
    paragraphs = _paragraphs(SPACED_ITEMS)
    for start in ("les pharmacies", "les entreprises", "les communes"):
        assert any(p.startswith(start) for p in paragraphs), start


def test_inline_element_under_a_capitalised_paragraph_is_still_joined() -> None:
    lines = [PROSE, "", "On 4 May the Board of the Central Bank decided to keep", "the key rate"]
    lines += ["at six per cent. " + PROSE, "", PROSE, "", PROSE]
    joined = join_inline_breaks(lines)
    assert any(line.startswith("On 4 May") and "the key rate at six" in line for line in joined)


def test_lower_case_items_are_not_joined_as_inline_breaks() -> None:
    lines = [
        PROSE,
        "",
        "You must do the following:",
        "",
        "register your stay with the local office",
    ]
    lines += ["pay the visitor levy at the harbour", "", PROSE, "", PROSE, "", PROSE]
    joined = join_inline_breaks(lines)
    assert "register your stay with the local office" in joined
    assert "pay the visitor levy at the harbour" in joined


def test_what_runs_on() -> None:
    assert runs_on("bringing your family to", "Samplea in the event of illness")
    assert runs_on("a report on the state of the", "economy")
    assert runs_on("the seventy-", "first session")
    assert runs_on("for visitors, residents,", "and students")
    assert not runs_on("for visitors, residents,", "Students may apply")
    assert not runs_on("full medical cover for your stay", "bringing a relative")
    assert not runs_on("the minister's office can place material", "the agency can pay")
