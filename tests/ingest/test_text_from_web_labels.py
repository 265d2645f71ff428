"""A list laid out as a table (label cell, text cell), copied from a web page: the label
alone on its line, a blank line, its text (issue 11 item 5). Made-up regulation text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words


def test_lone_lower_case_letter_label_joins_its_text() -> None:
    text = (
        "Règlement de la Commission d'Exemple\n\n"
        "Article 3\n\n"
        "La Commission publie chaque année les informations suivantes, pour chaque "
        "État membre concerné par la présente procédure:\n\n"
        "a)\n\n"
        "la date de chaque demande reçue;\n\n"
        "b)\n\n"
        "le nombre de demandes reçues;\n\n"
        "c)\n\n"
        "les possibilités disponibles pour la redistribution.\n"
    )
    release = release_from_text(text)
    nodes = {n.label: release.node_text(n) for n in release.nodes() if n.label}
    assert nodes.get("a)", "").endswith("la date de chaque demande reçue;")
    assert nodes.get("c)", "").endswith("les possibilités disponibles pour la redistribution.")
    assert not lost_words(text, release)
