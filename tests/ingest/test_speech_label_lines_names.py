"""Transcripts that print each speaker's label alone on its line, the speech below
("TONY EXAMPLE:" / the answer): a guest who speaks once, a label naming role and person
("PRESENTER - JANE DOE:"), a one-word answer ("Yes.") all open turns; a field label of the
head ("SUBJECTS:") does not. Made-up transcript in the shape of archived doorstops."""

from __future__ import annotations

from briefing.ingest import release_from_text

SPEECH = (
    "the Government has to explain what happened and how the boat came so close to the "
    "coast without anybody noticing it"
)

DOORSTOP = f"""Transcript of joint doorstop interview, Examplia, 3 March 2099

SUBJECTS:

Border protection; school funding.

PRESENTER - JANE DOE:

Hello and welcome. Tonight we are in Examplia, where {SPEECH}.

TONY EXAMPLE:

It is good to be here. {SPEECH}. I will ask Michael to say a few words.

MICHAEL SAMPLEMAN:

Thank you, Tony. {SPEECH}, and we will ask for a full briefing.

TONY EXAMPLE:

Thanks, Michael. Any questions?

JOURNALIST:

Have you asked the Minister for that briefing today?

TONY EXAMPLE:

Yes.

JOURNALIST:

And what did the Minister say when you asked?

TONY EXAMPLE:

We are still waiting for an answer, and {SPEECH}.
"""


def test_every_label_alone_on_its_line_opens_a_turn():
    release = release_from_text(DOORSTOP)
    speakers = [n.attrs.get("speaker") for n in release.nodes() if n.attrs.get("speaker")]
    assert "MICHAEL SAMPLEMAN" in speakers, speakers
    assert "PRESENTER - JANE DOE" in speakers, speakers
    assert speakers.count("TONY EXAMPLE") == 4, speakers
    assert "SUBJECTS" not in speakers


def test_a_one_word_answer_is_the_speakers_turn():
    release = release_from_text(DOORSTOP)
    turns = [n for n in release.nodes() if n.attrs.get("speaker") == "TONY EXAMPLE"]
    said = [" ".join(release.node_text(c).split()) for t in turns for c in t.children]
    assert "Yes." in said, said


INTRODUCED = f"""Transcript of doorstop, Examplia, 3 March 2099

CANBERRA, ACT: Doorstop interview, Examplia.

JANE SAMPLE, LEADER OF THE OPPOSITION: Good morning everybody. {SPEECH}.

JOHN EXAMPLE, CANDIDATE FOR THE SEAT OF NORTHTOWN: Thank you, Jane. {SPEECH}.

JOURNALIST: Will you ask the Minister for a briefing?

SAMPLE: Yes, and {SPEECH}.
"""


def test_a_speaker_introduced_with_their_office_opens_a_turn():
    release = release_from_text(INTRODUCED)
    speakers = [n.attrs.get("speaker") for n in release.nodes() if n.attrs.get("speaker")]
    assert speakers[:2] == [
        "JANE SAMPLE, LEADER OF THE OPPOSITION",
        "JOHN EXAMPLE, CANDIDATE FOR THE SEAT OF NORTHTOWN",
    ], speakers
    assert not any(s.startswith("CANBERRA") for s in speakers), speakers


WITHOUT_COLON = f"""Transcript of press conference, Examplia, 3 March 2099

JANE SAMPLE: Thank you all for coming. {SPEECH}.

QUESTION: Minister, have you met the delegation from Northland today?

JANE SAMPLE I have, and {SPEECH}.

QUESTION Will you meet them again?

JANE SAMPLE: Yes, next week.
"""


def test_a_label_that_lost_its_colon_still_opens_the_turn():
    release = release_from_text(WITHOUT_COLON)
    speakers = [n.attrs.get("speaker") for n in release.nodes() if n.attrs.get("speaker")]
    assert speakers == ["JANE SAMPLE", "QUESTION", "JANE SAMPLE", "QUESTION", "JANE SAMPLE"]
