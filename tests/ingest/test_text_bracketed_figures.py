"""A number in brackets that the wrap carried to a line's start, in lower case after it,
goes on the sentence above: legal drafting repeats a count in figures after its words
("trois (03) mois"). A "(1)" list's items still open after a lead-in or an item that
ended (made-up texts)."""

from __future__ import annotations

from briefing.ingest import release_from_text

FIGURES = """\
Article 4

Les membres du comité des jardins sont nommés pour une durée de trois
(03) ans renouvelable une fois par arrêté du ministre chargé des parcs et
jardins publics. Le comité se réunit au moins deux fois par an sur la
convocation de son président, qui fixe l'ordre du jour de chaque séance.
Le secrétariat du comité est assuré par la direction des espaces verts.
"""

LIST = """\
Article 5

Le comité des jardins publics est composé des membres suivants, nommés par
arrêté du ministre chargé des parcs et jardins publics pour trois ans :
(1) le directeur des espaces verts de la ville, président du comité ;
(2) le chef du service des plantations de la ville, vice-président ; et
(3) un représentant des associations de riverains des parcs et jardins.
"""


def _texts(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.node_text(n) for n in release.nodes()]


def test_a_bracketed_figure_goes_on_the_sentence_above() -> None:
    texts = _texts(FIGURES)
    assert not any(t.startswith("(03)") or t.startswith("ans renouvelable") for t in texts)
    assert any("de trois\n(03) ans renouvelable" in t for t in texts)


def test_a_bracketed_list_after_its_lead_in_keeps_its_items() -> None:
    texts = _texts(LIST)
    for opening in ("le directeur", "le chef", "un représentant"):
        assert any(t.startswith(opening) or t[4:].startswith(opening) for t in texts)
