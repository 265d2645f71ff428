"""A spoken reply's first word ("Well,", "Écoutez,", "Bueno,") and a bare reason
("Because that was the advice.") answer a question the note does not print."""

from __future__ import annotations

import pytest

from briefing.analysis.draft import draft_release
from briefing.analysis.leaning import leans_back, without_connective
from briefing.brief.phrases import Phrasebook
from briefing.ingest import release_from_text


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Well, I think the figures speak for themselves.", "I think the figures"),
        ("Look, the Minister will decide next week.", "The Minister will decide"),
        ("Well, look those are matters for the party.", "Those are matters"),
        ("No, it focused on the bilateral relationship.", "It focused"),
        ("Bueno, el Consejo lo decidirá en junio.", "El Consejo lo decidirá"),
        ("Écoutez, le gouvernement a tranché.", "Le gouvernement a tranché"),
    ],
)
def test_a_spoken_replys_first_word_is_cut(text: str, cut: str) -> None:
    assert without_connective(text).startswith(cut)


def test_a_bare_reason_leans_on_the_question() -> None:
    assert leans_back(without_connective("Well, because that was what the doctors advised."))
    assert leans_back("Porque así lo pidió el comité técnico.")
    assert not leans_back("Because of the storm, all flights were cancelled on Monday.")
    assert not leans_back("Because prices rose, the Bank raised its rate by half a point.")


# A made-up gaggle: the principal's news, a question, and a reply that is only a reason.
GAGGLE = """Remarks by the Governor in a Press Gaggle

THE GOVERNOR: We have closed the northern bridge to all freight traffic until the engineers finish their inspection of the damaged pillars.

The state will pay for temporary ferries across the river for the farmers who need to move their harvest this month.

Q: Why did you close the bridge to freight before the inspection report came in?

THE GOVERNOR: Well, because that was the advice coming from our engineers on the ground.
"""


def test_a_bare_reason_is_not_printed_as_said() -> None:
    release = release_from_text(GAGGLE, "g1", "gaggle.txt")
    draft = draft_release(release, phrasing=Phrasebook.of("en"))
    said = [draft.summary] + [p.text for p in draft.points]
    assert not any(t.startswith("Well,") for t in said), said
    assert "northern bridge" in draft.summary, draft.summary
