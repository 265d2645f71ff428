"""A speaker's courtesies (thanks, welcome to the room, homage, congratulations) are never
the Summary while the speech has news; the same verbs in news ("The Council welcomed the
ceasefire", "Nous saluons l'adoption") are not courtesies. Made-up speeches."""

from __future__ import annotations

import pytest

from briefing.analysis.civilities import is_civility
from briefing.analysis.draft import draft_release
from briefing.ingest import release_from_text


@pytest.mark.parametrize(
    "text",
    [
        "Monsieur le Président, au nom de l’Afrique, je voudrais vous saluer et vous remercier.",
        "Desidero ringraziare il Professore Rossi per aver organizzato il Vertice.",
        "Mr. Chair, allow me to congratulate you on your appointment.",
        "I would like to thank the Government of Ruritania for hosting us.",
        "Au terme de notre mandat, je tiens à remercier notre ami le Président.",
        "Excellencies, ladies and gentlemen, welcome to Geneva.",
        "Quiero agradecer al Gobierno de Ejemplia su hospitalidad.",
        "Rivolgo un saluto al Ministro Rossi e a tutti i partecipanti al Vertice.",
        "I extend my warm greetings to all delegations.",
        "Quiero excusarme con ustedes por el tiempo que han tenido que esperar.",
    ],
)
def test_courtesies(text: str) -> None:
    assert is_civility(text)


@pytest.mark.parametrize(
    "text",
    [
        "EU leaders welcomed the agreement on the budget.",
        "The Council welcomed the ceasefire.",
        "Le Conseil salue l’accord de cessez-le-feu.",
        "We welcome the adoption of the resolution by consensus.",
        "Nous saluons l’adoption de la résolution.",
        "We will double our contribution to the fund, which we welcome.",
        "Mr. Chair, the situation in the region is dire and we call for a ceasefire.",
        "We extend the mandate of the mission until June.",
        "The Government apologised to the victims of the policy.",
    ],
)
def test_news_with_the_same_verbs(text: str) -> None:
    assert not is_civility(text)


SPEECH = """Discours du Ministre des Affaires étrangères de Ruritanie au Forum régional

Monsieur le Président, je voudrais, à l’entame de mon propos, vous saluer et vous remercier vivement pour l’accueil chaleureux qui nous a été réservé.

La Ruritanie annonce aujourd’hui une contribution de 50 millions d’euros au fonds régional pour l’adaptation au changement climatique.

Ce financement soutiendra des projets d’irrigation et de gestion de l’eau dans les provinces du nord pendant cinq ans.

Je vous remercie de votre attention.
"""


def test_the_summary_is_the_news_not_the_thanks() -> None:
    draft = draft_release(release_from_text(SPEECH, "r1", "discours.txt"))
    assert draft.summary.startswith("La Ruritanie annonce"), draft.summary
