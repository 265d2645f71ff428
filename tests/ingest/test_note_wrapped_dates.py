"""A note wrapped inside a date ("Rio de Janeiro,\n3 – 14 June 1992") is one note, in
text and in a PDF's note area; and a marker after a name ending on a number ("Agenda
21, 4 the") is found between its neighbours' markers. Made-up text in the shape of UN
draft resolutions."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.readers.pdf_chars import Piece
from briefing.ingest.readers.pdf_lines import PdfLine
from briefing.ingest.readers.pdf_notes import split_notes

DRAFT = """\
The General Assembly,
    Recalling its resolution 79/208 on the Convention, 1
    Reaffirming the outcomes of the Conference on Environment and Development 2
and its principles, the outcome document entitled “The future we want”, 3 and the
Programme for the Further Implementation of Agenda 21, 4 the Johannesburg Declaration 5
and the Plan of Implementation,
    1. Decides to include the item in the agenda of its eighty-first session.
__________________
1
  United Nations, Treaty Series, vol. 1760, No. 30619.
2
  Report of the United Nations Conference on Environment and Development, Rio de Janeiro,
  3 – 14 June 1992, vol. I, Resolutions Adopted by the Conference, resolution 1, annex I.
3
  Resolution 66/288, annex.
4
  Resolution S-19/2, annex.
5
  Report of the World Summit on Sustainable Development, Johannesburg, South Africa,
  26 August–4 September 2002, chap. I, resolution 1, annex.
"""


def _notes(release):
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        n.label: (release.node_text(n), release.node_text(parent[n.id]))
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_a_note_wrapped_in_a_date_is_one_note():
    notes = _notes(release_from_text(DRAFT))
    assert "3 – 14 June 1992" in notes["2"][0]
    assert notes["3"][0] == "Resolution 66/288, annex."


def test_a_marker_after_a_name_ending_on_a_number():
    notes = _notes(release_from_text(DRAFT))
    assert notes["4"][0] == "Resolution S-19/2, annex."
    assert "Agenda 21, 4 the" in notes["4"][1] or "Agenda 21, the" in notes["4"][1]


def _line(text: str, y: float, size: float = 8.0, sup: str = "") -> PdfLine:
    pieces = [Piece(text, 72.0, 500.0, y, size, False, False)]
    if sup:
        pieces.insert(0, Piece(sup, 60.0, 66.0, y + 3, 5.0, False, False, sup=True))
    return PdfLine(pieces, page=1, row=int(y), y=y)


def test_a_pdf_notes_line_wrapped_in_a_date_goes_on_its_note():
    page = [
        _line("Recalling the Rio Declaration, 2 and the Agenda,", 700, size=10),
        _line("__________________", 200),
        _line(
            "Report of the Conference on Environment and Development, Rio de Janeiro,", 180, sup="2"
        ),
        _line("3 – 14 June 1992, vol. I, resolution 1, annex I.", 170),
        _line("Resolution 66/288, annex.", 160, sup="3"),
    ]
    _, notes, _ = split_notes(page, 10.0, 1, [])
    assert [n.marker for n in notes] == ["2", "3"]
    assert notes[0].text.endswith("resolution 1, annex I.")


SPAN_IN_GAP = """\
The General Assembly,
    Recalling the Conference held in Paris, 1 and its outcome,
    Recalling also the forum held in Bali from 2 to 5 December 2015, and the
strategic plan for forests 2017–2030, 2 and acknowledging the value of forests,
    Taking note of the report of the Secretary-General, 3
__________________
1
  See A/99/100.
2
  See resolution 71/285.
3
  A/99/217.
"""


def test_a_span_of_days_is_no_marker():
    # ("from 2 to 5 December": a span's first figure, not note 2's marker.)
    notes = _notes(release_from_text(SPAN_IN_GAP))
    assert notes["2"][0] == "See resolution 71/285."
    assert "strategic plan for forests" in notes["2"][1]
