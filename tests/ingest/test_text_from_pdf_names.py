"""Minutes as text taken from a PDF: the list of members present, one titled name a
line, is never a run of headings (made-up text in that shape)."""

from __future__ import annotations

from briefing.ingest import release_from_text

MINUTES = """\
Minutes of the Monetary Policy Meeting of the Board

The meeting was held at the Central Bank of Atlantis on 15 August 2027.

Members present

Mr. Leonardo Villar

The Governor opened the meeting and presented the staff's assessment of the economy.

Prof. Zvi Hercowitz

The professor noted that inflation had eased in the quarter and that growth held up.
"""


def test_titled_names_are_not_headings():
    release = release_from_text(MINUTES)
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert not any(h.startswith(("Mr.", "Prof.")) for h in headings)


def test_a_crosshead_is_still_a_heading():
    text = MINUTES.replace("Members present", "Participants")
    text += "\nEconomic outlook\n\nThe Board expects growth to remain close to its potential next year.\n"
    release = release_from_text(text)
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert "Economic outlook" in headings
