"""Boilerplate never leads a note: the document describing itself, a standing mandate or
legal basis, attendance and the publication calendar (made-up releases)."""

from __future__ import annotations

import pytest

from briefing.analysis.boilerplate import (
    MANDATE,
    NEXT_MEETING,
    PROCEDURE,
    SELF,
    TRANSLATION,
    boilerplate_kind,
)
from briefing.brief import draft_brief
from briefing.ingest import release_from_text
from briefing.model import Project

# Minutes shaped like a central bank's: the furniture of every issue first, then the news.
MINUTES = """Minutes of the Policy Board meeting ending on 4 May 2031

These are the minutes of the Policy Board meeting ending on 4 May 2031.

The Central Bank Act 2019 gives the Bank responsibility for setting monetary policy to meet \
the Government's inflation target. Operational decisions are taken by the Policy Board.

The meeting was attended by all seven members of the Board and by two observers from the \
Treasury.

1. The Board voted unanimously to raise the policy rate by 0.25 percentage points to 3.5%, \
its highest level since 2024.

2. Consumer price inflation rose to 4.1% in April, driven by energy and food prices.

3. The Board will buy no further government bonds and will let its holdings run off.

4. Wage growth slowed to 3.2% in the first quarter, the lowest rate for three years.

5. The next meeting of the Board will be held on 8 June 2031.
"""


def _brief(text: str):
    project = Project(releases=[release_from_text(text, "minutes.txt")])
    return draft_brief(project)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("These are the minutes of the Monetary Board meeting held on 2 March 2031.", SELF),
        ("This statement sets out the Council's assessment of the economy.", SELF),
        ("The present report is submitted pursuant to resolution 12/4.", SELF),
        ("Le présent communiqué fait suite à la réunion du Conseil.", SELF),
        ("Esta acta recoge las deliberaciones del Directorio.", SELF),
        ("Das vorliegende Protokoll fasst die Beratungen zusammen.", SELF),
        ("A presente ata resume as deliberações do Comité.", SELF),
        ("The Monetary Authority Act 1970 gives the Board responsibility for price stability.",
         MANDATE),
        ("According to Section 18(c) of the Bank Law, the decision is reached by majority vote.",
         MANDATE),
        ("The Committee sets monetary policy to meet the 2% inflation target.", MANDATE),
        ("De conformidad con el artículo 4 de la Ley, el Directorio fija la tasa.", MANDATE),
        ("The meeting was attended by all members of the Board.", PROCEDURE),
        ("A regular meeting of the Board of Directors was held in the capital on 3 May.",
         PROCEDURE),
        ("The minutes were published on 17 May 2031.", PROCEDURE),
        ("The next meeting of the Committee will be held on 8 June 2031.", NEXT_MEETING),
        ("La próxima reunión del Directorio se celebrará el 8 de junio.", NEXT_MEETING),
        ("This English translation is provided for information purposes only; the Korean "
         "version shall prevail in case of any discrepancy.", TRANSLATION),
        ("This is a provisional translation for reference purposes only.", TRANSLATION),
        ("The original Portuguese version is the only official document.", TRANSLATION),
        ("Discrepancies may arise between the original document and its English translation.",
         TRANSLATION),
        ("Cette traduction est fournie à titre indicatif ; seule la version espagnole fait foi.",
         TRANSLATION),
        ("Esta traducción no oficial se publica para comodidad del lector.", TRANSLATION),
        ("Die Übersetzung ist unverbindlich; maßgeblich ist der deutsche Text.", TRANSLATION),
        ("本資料は仮訳です。", TRANSLATION),
    ],
)  # fmt: skip
def test_boilerplate_is_recognised_in_each_language(sentence, kind):
    assert boilerplate_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board voted unanimously to raise the policy rate by 0.25 percentage points.",
        # A decision that only mentions the next meeting or an article is still news.
        "Until the next meeting, members agreed to maintain the current guideline.",
        "The chairman called an unscheduled meeting pursuant to Article 17 of the Act.",
        "This decision brings the policy rate to its highest level since 2024.",
        "El Consejo aprobó hoy el plan nacional de pesca sostenible.",
        # Translation and discrepancy as the news itself, not a notice about the text.
        "The ministry completed the translation of the treaty into Ukrainian in May.",
        "Officials discussed the discrepancy between the budget and its revised estimate.",
    ],
)
def test_news_is_not_boilerplate(sentence):
    assert boilerplate_kind(sentence) == ""


def test_minutes_lead_with_the_decision_not_their_furniture():
    brief = _brief(MINUTES)
    summary = brief.section("summary").paragraphs[0].text
    points = [p.text for p in brief.section("key_points").paragraphs]
    assert "voted unanimously to raise the policy rate" in summary
    furniture = ("These are the minutes", "Central Bank Act", "attended by", "next meeting")
    for point in points:
        assert not any(f in point for f in furniture), point
    background = " ".join(p.text for p in brief.section("background").paragraphs)
    assert "Central Bank Act" not in background and "attended" not in background


def test_a_translated_release_leads_with_its_news_not_its_translation_notice():
    text = """Minutes of the Governing Board meeting of 7 March 2031

This document is provided for the reader's convenience only. The translation from the \
official Portuguese version was made by the Bank's staff.

Discrepancies may arise between the original document in Portuguese and its English \
translation. For this reason, the original minutes in Portuguese are the only official \
document.

1. The Board decided unanimously to lower the policy rate by 50 basis points to 9.75%.

2. Headline inflation fell to 3.9% in February, its lowest level in four years.

3. Members noted that credit to firms contracted for the second quarter in a row.
"""
    brief = _brief(text)
    points = [p.text for p in brief.section("key_points").paragraphs]
    summary = brief.section("summary").paragraphs[0].text
    assert "lower the policy rate" in summary
    assert points and not any("translation" in p or "official" in p for p in points), points


def test_the_next_meeting_stays_when_it_is_the_only_next_step():
    text = """Council meeting of 3 March 2031

1. The Council adopted conclusions on the reform of the fisheries fund.

2. Ministers approved the accession of two new members to the fisheries agreement.

3. The Council condemned the attack on the research vessel in the northern strait.

4. The next meeting of the Council will be held on 12 April 2031.
"""
    points = [p.text for p in _brief(text).section("key_points").paragraphs]
    assert any("next meeting" in p for p in points), points


def test_a_camp_of_a_split_vote_does_not_lead_the_summary():
    text = """Board decision of 2 March 2031

Inflation fell for the fifth month in a row and closed the quarter at 6.1%.

Five Directors voted for a 25-bps reduction of the policy rate, while two voted for a 50-bps cut.

The Directors who voted for a 25-bps reduction underscored that a faster decrease risks the \
credibility of the target.

The Directors who voted for a 50-bps reduction noted that the policy stance had been tight for \
two years.
"""
    summary = _brief(text).section("summary").paragraphs[0].text
    assert summary.startswith("Five Directors voted for a 25-bps reduction"), summary


@pytest.mark.parametrize(
    "sentence",
    [
        # A reading of the economy dated in a past period is data, not the step before.
        "Global GDP growth had probably slowed in the last quarter of 2030 in most economies.",
        # What will happen after the meeting is a next step, not its context.
        "The Bank will, after today's meeting, invite the banks to discuss the new facility.",
    ],
)
def test_background_is_a_step_before_not_data_or_a_next_step(sentence):
    text = f"""Policy Board statement of 4 May 2031

The Policy Board decided to keep the policy rate at 3.5% at its meeting on 4 May 2031.

Consumer price inflation rose to 4.1% in April, driven by energy and food prices.

Wage growth slowed to 3.2% in the first quarter, the lowest rate for three years.

{sentence}
"""
    background = [p.text for p in _brief(text).section("background").paragraphs]
    assert background == [
        "[To be completed: the context of this release — the meeting, the earlier step, "
        "why it matters now.]"
    ]


def test_a_meeting_held_is_procedure_unless_it_decided():
    held = (
        "Le Comité de Politique Monétaire a tenu sa troisième réunion ordinaire de l'année, "
        "le mercredi 5 septembre, à Dakar."
    )
    assert boilerplate_kind(held) == PROCEDURE
    decided = "The Council held its meeting in Brussels and decided to extend the sanctions."
    assert boilerplate_kind(decided) == ""
