"""An act's enacting verb alone on its line ("ARRÊTE", "DECRETA", "ΑΠΟΦΑΣΙΖΟΥΜΕ") is the
verb of the act's one sentence, a unit of its text, never the heading of the articles under
it (heading_words.py). Nouns naming a part ("DELIBERATIONS") stay headings. Made-up text in
the shape of decrees."""

from __future__ import annotations

import pytest

from briefing.ingest import release_from_text
from briefing.ingest.heading_words import enacting_verb
from briefing.ingest.pipeline import structure
from briefing.ingest.readers.html import extract_html

DECREE = """Arrêté portant création d'un comité des ports de Bellerive

Le ministre de la mer de Bellerive,

Vu la loi n° 12-345 du 3 mars 2031 relative aux ports ;

Vu l'avis du conseil des ports du 4 avril 2031 ;

{verb}

1. Il est créé un comité des ports chargé de suivre les travaux de la nouvelle jetée du port.

2. Le comité se réunit deux fois par an au siège du ministère et rend un avis écrit.

3. Le présent arrêté sera publié au bulletin officiel de la République de Bellerive.
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [" ".join(release.node_text(n).split()) for n in release.nodes() if n.kind == "heading"]


@pytest.mark.parametrize("verb", ["ARRÊTE", "ARRÊTE :", "DECRETA:", "ΑΠΟΦΑΣΙΖΟΥΜΕ"])
def test_an_enacting_verb_alone_is_no_heading(verb: str) -> None:
    assert not any(h.startswith(verb.rstrip(" :")) for h in _headings(DECREE.format(verb=verb)))


def test_the_verb_stays_a_unit_of_the_text() -> None:
    release = release_from_text(DECREE.format(verb="ARRÊTE"))
    assert "ARRÊTE" in release.text


def test_a_styled_enacting_verb_is_no_heading() -> None:
    page = (
        "<html><body><main><h1>Decreto sul comitato dei porti</h1>"
        "<p>Il Ministro del mare, visto il parere del consiglio dei porti,</p>"
        "<p><b>DECRETA</b></p>"
        "<h3>Articolo 1</h3><p>È istituito il comitato dei porti presso il ministero.</p>"
        "</main></body></html>"
    )
    release = structure(extract_html(page))
    heads = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert not any(h.strip().startswith("DECRETA") for h in heads)


@pytest.mark.parametrize("line", ["DELIBERATIONS", "DECISIONS", "Decides that", "RESOLUTION"])
def test_nouns_and_sentences_are_not_enacting_verbs(line: str) -> None:
    assert not enacting_verb(line)
