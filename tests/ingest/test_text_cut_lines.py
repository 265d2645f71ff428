"""A line a wrap or page break cut mid-phrase ("... the equivalent of the", "... the
cement of anti-"), alone between blank lines in text from a scanned or laid-out page,
is never a heading; whole short phrases still are."""

from __future__ import annotations

from briefing.ingest.cut_lines import cut_mid_phrase
from briefing.ingest.roles import never_heading

BODY = (
    "The Minister said that the region had changed more in the last ten years than in "
    "the forty years before, and that the old answers no longer held for anybody."
)


def test_lines_cut_mid_phrase_are_never_headings():
    assert never_heading("What is required now is the equivalent of the")
    assert never_heading("Nothing could do more to change the anti-")
    assert not never_heading("Next Steps")


def test_what_ends_a_phrase():
    assert cut_mid_phrase("What is required now is the equivalent of the")
    assert cut_mid_phrase("But with the dissolution of the cement of anti-")
    assert cut_mid_phrase("Le ministre a rencontré les représentants de la")
    assert not cut_mid_phrase("Annex A")
    assert not cut_mid_phrase("Support for Plan A")
    assert not cut_mid_phrase("What we are working on")
    assert not cut_mid_phrase("Statement by the Minister - ")
    assert not cut_mid_phrase("Terms of")
