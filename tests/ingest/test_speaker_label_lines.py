"""Transcripts that print the speaker alone on a line over what they say ("Frage" / the
question, "Wagner (AA)" / the answer): turns with their speaker, not headings."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.speakers import find_label_lines

PRESS_CONFERENCE = """\
Regierungspressekonferenz vom 12. Juni 2025

Müller (AA)

Ich möchte Ihnen kurz über das Treffen der Außenminister in Lissabon berichten, das morgen beginnt.

Frage

Herr Müller, können Sie uns sagen, welche Themen bei dem Treffen im Vordergrund stehen werden?

Müller (AA)

Im Vordergrund steht die Lage in der Region; dazu werden die Minister eine Erklärung verabschieden.

Frage

Wird auch über die Finanzierung der gemeinsamen Projekte gesprochen, die im Frühjahr beschlossen wurden?
"""


def test_label_lines_open_turns():
    release = release_from_text(PRESS_CONFERENCE)
    turns = [n for n in release.root.children if n.attrs.get("speaker")]
    assert [n.attrs["speaker"] for n in turns] == ["Müller (AA)", "Frage", "Müller (AA)", "Frage"]
    assert not [n for n in release.root.walk() if n.kind == "heading"]
    # Each turn holds what was said.
    assert release.node_text(turns[1].children[0]).startswith("Herr Müller")


def test_headings_are_not_speakers():
    sections = ["Background", "The talks", "Next steps"]
    texts = []
    for name in sections:
        texts += [name, "The ministers met in Lisbon and agreed on a plan of action for the year."]
    assert find_label_lines(texts) == {}  # no question is asked: a report, not a transcript


DOORSTOP = """\
JANE EXAMPLE:

Good morning. I want to say a few words about the budget before your questions today.

JOURNALIST:

Will the government raise taxes to pay for the new programme announced yesterday?

JANE EXAMPLE:

No. We will find the savings in the budget, as we have said from the start of the year.

JOURNALIST:

When will we see the costings of the programme and the savings you have promised?

JANE EXAMPLE

Well, we will publish them before the election, as every opposition has done before us.

JOURNALIST:

Thank you.
"""

INLINE_DOORSTOP = """\
JANE EXAMPLE: Good morning. I want to say a few words about the budget before questions.

JOURNALIST: Will the government raise taxes to pay for the new programme announced?

JANE EXAMPLE: No. We will find the savings in the budget, as we have said from the start.

JOURNALIST: When will we see the costings of the programme and the promised savings?

JANE EXAMPLE

Well, we will publish them before the election, as every opposition has done before us.
"""


def test_a_speakers_label_alone_without_its_colon_is_still_their_turn() -> None:
    for text in (DOORSTOP, INLINE_DOORSTOP):
        release = release_from_text(text)
        assert not [n for n in release.nodes() if n.kind == "heading"]
        turns = [n.attrs.get("speaker") for n in release.nodes() if n.attrs.get("speaker")]
        assert turns.count("JANE EXAMPLE") == 3
