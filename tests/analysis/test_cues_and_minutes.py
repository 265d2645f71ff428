"""Minutes lead with the decision; cue words beyond English (made-up releases)."""

from __future__ import annotations

from briefing.analysis.cues import BACKGROUND_HEADING, DECISION, EARLIER_CONTEXT
from briefing.analysis.lead_lines import lead_weight
from briefing.brief import draft_brief
from briefing.ingest import release_from_text
from briefing.model import Project

MINUTES = """Minutes of the Monetary Policy Committee meeting of 4 May 2031

1. One member said the Committee should raise the policy rate, as the recent rise in rents in the northern provinces might prove \
more persistent than the Committee had assumed in its March projections.

2. Members discussed the outlook for wages, which had grown faster than expected in the \
first quarter of the year.

3. The Committee voted by a majority of 7-2 to keep the policy rate at 4.25%. Two members \
preferred to raise the rate by 0.25 percentage points.

4. The Committee will publish its next Monetary Policy Report on 2 August 2031.
"""

SPANISH = """El Consejo aprueba el plan nacional de pesca sostenible

1. El Consejo de Ministros aprobó hoy el plan nacional de pesca sostenible para el periodo \
2031-2035, que reduce las capturas de merluza en un diez por ciento.

2. El plan prevé ayudas a las flotas artesanales afectadas por la reducción de las capturas.

3. El Gobierno destinará 40 millones de euros a la renovación de los puertos pesqueros.

4. La ministra anunció que el plan se revisará cada dos años con las comunidades costeras.

5. Las cofradías de pescadores participarán en el seguimiento de las capturas.

Antecedentes

6. El plan sigue a la consulta pública abierta en enero de 2030 tras la reunión de los \
ministros de pesca de la región celebrada en Vigo.
"""


def test_a_remark_of_one_member_never_outweighs_the_vote():
    remark = "One member said the Committee should raise the rate as rents rose in March."
    vote = "The Committee voted by a majority of 7-2 to keep the policy rate at 4.25%."
    assert lead_weight(vote) > lead_weight(remark)


def test_minutes_summary_says_what_was_decided():
    brief = draft_brief(Project(releases=[release_from_text(MINUTES, release_id="m1")]))
    summary = " ".join(p.text for p in brief.section("summary").paragraphs)
    assert "keep the policy rate" in summary
    assert not summary.startswith("One member")


def test_cue_words_in_french_spanish_german_portuguese():
    for heading in ("Antecedentes", "Contexte", "Hintergrund", "Enquadramento"):
        assert BACKGROUND_HEADING.match(heading), heading
    for said in (
        "Le Conseil a décidé de",
        "El Consejo aprobó",
        "Der Rat beschloss",
        "O Conselho aprovou",
    ):
        assert DECISION.search(said), said
    assert EARLIER_CONTEXT.search("à la suite de la réunion de mars")
    assert not DECISION.search("La décision est attendue")  # a noun, not what a body did


def test_a_spanish_release_gets_its_background():
    brief = draft_brief(Project(releases=[release_from_text(SPANISH, release_id="s1")]))
    background = " ".join(p.text for p in brief.section("background").paragraphs)
    assert "consulta pública" in background


def test_the_publication_calendar_is_logistics_and_a_mandate_never_leads_minutes():
    from briefing.analysis.lead_lines import is_logistics, records_decision

    assert is_logistics("The minutes of the next meeting will be published on 9 May 2031.")
    assert records_decision("The Board voted unanimously to leave the rate unchanged.")
    assert not records_decision("One member voted to raise the rate.")
