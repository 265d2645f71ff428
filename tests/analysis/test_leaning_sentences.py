"""Sentences that lean on the one before ("En particulier, il a analysé ...", "They
agreed ...") never make the Summary, lose their connective as key points, and are printed
with the sentence naming who acted. In English, French, Spanish and German; made-up
releases in the shape of central-bank communiqués."""

from __future__ import annotations

import pytest

from briefing.analysis.draft import draft_release
from briefing.analysis.leaning import leans_back, without_connective
from briefing.ingest import release_from_text

FRENCH = """Communiqué de la réunion du Comité monétaire de la Banque d'Exemplie

Le Comité monétaire de la Banque d'Exemplie a tenu sa quatrième réunion ordinaire le 3 mars 2099 au siège de la Banque, sous la présidence du Gouverneur.

Le Comité a examiné la situation économique et financière de l'Union à la lumière de la conjoncture internationale. En particulier, il a analysé les risques pesant sur la stabilité des prix et sur la croissance économique dans l'Union.

Le Comité a relevé la baisse des tensions inflationnistes dans l'Union. Ainsi, le taux d'inflation s'est établi à 1,8 % sur un an au premier trimestre, après 2,6 % au trimestre précédent.

Les prévisions indiquent un taux de croissance de 5,1 % en 2099, porté par les investissements publics et la production agricole.
"""

SPANISH = """Comunicado del Directorio del Banco de Ejemplia

El Directorio del Banco de Ejemplia decidió mantener la tasa de política monetaria en 6,5 por ciento en su sesión del 3 de marzo de 2099. Estas medidas buscan consolidar la convergencia de la inflación hacia la meta de tres por ciento.

Asimismo, el Directorio constató que la actividad económica creció un 2,1 por ciento en el último trimestre del año.

El Directorio seguirá atento a la evolución de los precios internacionales de los alimentos y la energía.
"""


def test_french_summary_never_opens_on_a_pronoun() -> None:
    draft = draft_release(release_from_text(FRENCH, "r1", "communique.txt"))
    assert not draft.summary.startswith(("Il ", "En particulier")), draft.summary
    assert draft.summary.split()[0] in ("Le", "Les"), draft.summary


def test_french_key_points_lose_connective_and_keep_who_acted() -> None:
    draft = draft_release(release_from_text(FRENCH, "r1", "communique.txt"))
    texts = [p.text for p in draft.points]
    assert not any(t.startswith(("Ainsi", "En particulier", "Il ")) for t in texts), texts
    analysed = [t for t in texts if "il a analysé" in t.lower()]
    for text in analysed:  # printed after the sentence naming the Committee
        assert text.startswith("Le Comité a examiné"), text


def test_spanish_connective_goes_and_plural_demonstrative_leans() -> None:
    draft = draft_release(release_from_text(SPANISH, "r1", "comunicado.txt"))
    assert not draft.summary.startswith(("Estas", "Asimismo")), draft.summary
    assert not any(p.text.startswith("Asimismo") for p in draft.points)


@pytest.mark.parametrize(
    "text",
    [
        "Ils ont salué les progrès accomplis.",
        "Estas medidas entrarán en vigor en abril.",
        "Sie verwiesen auf die Lage im Euroraum.",
        "Darüber hinaus hat der Rat die Frist verlängert.",
        "They agreed to meet again in June.",
    ],
)
def test_sentences_that_lean_back(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il a été décidé de maintenir le taux directeur inchangé.",  # impersonal: a decision
        "Ce lundi, le ministre a reçu son homologue.",  # "this Monday": a news lead
        "Este martes el Consejo aprobó el presupuesto.",
        "Diese Woche hat die Regierung den Bericht vorgelegt.",
        "This week the Council adopted the budget.",
        "Elena Rossi, the Minister, opened the meeting.",
        "E-commerce rules were agreed.",
    ],
)
def test_sentences_that_stand_alone(text: str) -> None:
    assert not leans_back(text)


def test_connectives_are_cut_in_each_language() -> None:
    assert without_connective("Ainsi, le taux a baissé.") == "Le taux a baissé."
    assert without_connective("Asimismo, el Directorio constató.") == "El Directorio constató."
    assert without_connective("Além disso, o Conselho decidiu.") == "O Conselho decidiu."
    assert without_connective("In particular, the Board noted.") == "The Board noted."
    # German puts the verb right after the connective: cutting it would break the sentence.
    assert without_connective("Darüber hinaus hat der Rat entschieden.").startswith("Darüber")


def test_a_sentence_opening_on_a_conjunction_leans() -> None:
    from briefing.analysis.leaning import opens_on_conjunction

    assert opens_on_conjunction("And the millions who cannot join us today.")
    assert opens_on_conjunction("Mais le Conseil a refusé.")
    assert not opens_on_conjunction("Andorra and Spain signed the agreement.")
    assert not opens_on_conjunction("Euro area inflation fell.")


def test_pointing_back_at_what_was_said_is_cut() -> None:
    assert without_connective("As has been mentioned, the mission began in 1848.") == (
        "The mission began in 1848."
    )
    assert without_connective("Comme je l’ai dit, le Conseil a décidé.") == "Le Conseil a décidé."
