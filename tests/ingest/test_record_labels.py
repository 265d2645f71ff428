"""Speaker labels of the records of meetings (Hansards, UN verbatim records): a courtesy
title and a name, or "The" and an office, with a name or country in brackets. Made-up
text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.record_labels import meeting_record, record_speaker
from briefing.ingest.speakers import find_turns, speaker_of

RECORD = """\
EXAMPLE NATIONAL ASSEMBLY

The House met at 14:00.

The HOUSE CHAIRPERSON (Mr A B Example): Are there any notices of motion?

Ms C D SAMPLE: Thank you, Chairperson. I hereby give notice that I shall move a motion.

The HOUSE CHAIRPERSON (Mr A B Example): Thank you, hon member.

WATER SERVICES AMENDMENT BILL

(Second Reading)

The MINISTER OF WATER AFFAIRS: Chairperson, I move that the Bill be now read a second time.

Mr. Example (Examplia): I thank the Minister for his statement on the matter before us.

The House adjourned at 15:55.
"""


def test_record_labels_open_turns():
    release = release_from_text(RECORD)
    speakers = [n.attrs["speaker"] for n in release.root.walk() if n.attrs.get("speaker")]
    assert speakers == [
        "The HOUSE CHAIRPERSON (Mr A B Example)",
        "Ms C D SAMPLE",
        "The HOUSE CHAIRPERSON (Mr A B Example)",
        "The MINISTER OF WATER AFFAIRS",
        "Mr. Example (Examplia)",
    ]
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert "WATER SERVICES AMENDMENT BILL" in headings


def test_label_shapes():
    assert record_speaker("Sen. Jane Example: Thank you, Madam Speaker.") == (
        "Sen. Jane Example",
        19,
    )
    assert record_speaker("HON. A.B. EXAMPLE.- Thank you, Sir.") == ("HON. A.B. EXAMPLE", 20)
    assert record_speaker("Mr JANE EXAMPLE - Thank you, Mr Speaker.")[0] == "Mr JANE EXAMPLE"
    assert record_speaker("The Speaker of the Senate (Hon. Jane Example): Order.") is not None
    # A release's fields and a sentence's subject are no speakers.
    for text in (
        "Note: figures are provisional.",
        "Source: Example Statistics Office.",
        "Article 3: The parties agree as follows.",
        "Subject: meeting of the board",
        "The Committee noted: the report was late.",
        "Mr Example - who chaired the meeting - said so.",
        "The President: a note on the office.",  # (speakers.py reads this one)
    ):
        assert record_speaker(text) is None, text


def test_one_office_holder_or_a_panel_is_no_record():
    # Panellists named once each, as a release lists them, make no meeting.
    panel = {1: "Dr Jane Example", 3: "Mr John Sample", 5: "Ms Ann Other"}
    assert not meeting_record(panel, {1: 9, 3: 9, 5: 9})
    # Two office holders named in brackets open a sitting; a chair speaking twice too.
    holders = {1: "The Speaker (Hon. A. Example)", 4: "The Clerk (Ms B Sample)"}
    assert meeting_record(holders, {})
    assert meeting_record({1: "Dr Jane Example", 3: "Mr John Sample", 5: "Dr Jane Example"}, {})
    # Three members in capitals, each making a speech: a debate's round of speeches.
    debate = {1: "Mr A J EXAMPLE", 3: "Mrs P DE SAMPLE", 5: "The CHIEF WHIP"}
    assert meeting_record(debate, {1: 30, 3: 30, 5: 30})
    assert not meeting_record(debate, {1: 3, 3: 3, 5: 30})  # names over places: a list


def test_panel_in_a_release_opens_no_turns():
    texts = [
        "Example Ministry announces conference speakers",
        "Dr Jane Example: Director of the Example Institute, on water.",
        "Mr John Sample: Head of Research at the Sample Office.",
        "Registration is open until 1 May.",
    ]
    assert find_turns(texts) == {}


VERBATIM = """\
Example Council

The meeting was called to order at 10.05 a.m.

The President: I now give the floor to the representative of Examplia.

Mr. Example (Examplia) (spoke in French): I thank the President for convening this meeting today.

The President: I now give the floor to the representative of Samplestan.

Ms. Sample (Samplestan): My delegation welcomes the report before the Council this morning.

The meeting rose at 11.20 a.m.
"""


def test_verbatim_record_turns():
    release = release_from_text(VERBATIM)
    speakers = [n.attrs["speaker"] for n in release.root.walk() if n.attrs.get("speaker")]
    assert speakers == [
        "The President",
        "Mr. Example (Examplia)",
        "The President",
        "Ms. Sample (Samplestan)",
    ]


def test_disclaimer_names_nobody():
    # A record's page foot ("Disclaimer: ...") between a member's papers takes no turn.
    assert (
        speaker_of("Disclaimer: The electronic version of this report is for information.") is None
    )
    assert speaker_of("Hon Deputy Speaker: Next Order.") is not None
