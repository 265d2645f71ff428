"""A lead-in line ending on a colon with room left, over a paragraph opening in capitals,
in hard-wrapped text with no blank lines (made-up minutes of the Examplian Board)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.lead_in_colons import colon_lead_in

COPIED = """\
Minutes of the Monetary Policy Meeting of the Examplian Board

The Board met in the main hall of the Examplian Bank on the morning of the
first day and heard the staff on the economy, the markets and the prices.

The discussion of the Board at the meeting covered these areas:
Most members held that the economy of Examplia had been growing at a steady
pace over the quarter and that the prices of food had begun to fall again.

One member noted that the markets had been calm since the previous meeting
and that the banks had lent more to firms in the north of the country.
"""


def _paragraphs(release) -> list[str]:
    return [release.text[n.start : n.end] for n in release.nodes() if n.kind != "list"]


def test_a_lead_in_with_room_left_is_a_unit_of_its_own():
    texts = _paragraphs(release_from_text(COPIED))
    lead = "The discussion of the Board at the meeting covered these areas:"
    assert any(t.strip() == lead for t in texts), texts
    assert any(t.strip().startswith("Most members held") for t in texts), texts


def test_only_a_colon_with_room_over_a_capital():
    lead = "The discussion of the Board members at the meeting covered the following:"
    assert colon_lead_in(lead, "Most members held that the economy", 90)
    # No room left for the next word: the wrap carried it down ("... as follows:" / "That").
    assert not colon_lead_in(lead, "Notwithstanding the above", len(lead) + 8)
    # A lower-case line under it is left to the other rules (items or a sentence going on).
    assert not colon_lead_in(lead, "many members said that", 80)
    # No colon: not a lead-in.
    assert not colon_lead_in(lead[:-1] + ".", "Most members held that", 80)
