"""What a speaker says stays in their turn: paragraphs after the label, a lead-in and
the numbered list it opens, in English, Chinese and Korean transcripts. Made-up text
in the shape of real doorstops and spokesperson briefings."""

from __future__ import annotations

from briefing.ingest import release_from_text

DOORSTOP = """\
TRANSCRIPT OF DOORSTOP INTERVIEW, PORT VILA

12 MARCH 2031

E&OE

JANE CARTER: Thanks for coming out this morning. I have had very productive meetings.

We agreed to three things today, and we will meet again in September.

JOURNALIST: Minister, two questions. First, how much money? And secondly, when?

JANE CARTER: On the first, $40 million over four years. On the second, next month.

JOURNALIST: What are the conditions attached to the money?

JANE CARTER: There are three conditions:

1. The projects must be agreed by both governments.

2. The money must be spent within four years.

3. Each project must report publicly on its results.

JOURNALIST: Thank you, Minister.
"""

SPOKESPERSON_ZH = """\
2031年3月14日外交部发言人李华主持例行记者会

李华：女士们、先生们，下午好。首先，我发布一条消息。

应外交部长邀请，某国外长将于3月18日至20日对中国进行正式访问。

问：请介绍一下这次访问的安排。另外，双方会签署哪些文件？

李华：关于你的第一个问题，访问期间两国外长将举行会谈。

关于第二个问题，双方将签署以下文件：

一、经济合作协定；

二、人文交流计划。

问：中方对近期地区局势有何评论？

李华：我们一贯主张通过对话协商解决分歧。
"""


def _turns(release):
    return [n for n in release.root.walk() if n.attrs.get("speaker")]


def test_numbered_answer_stays_in_its_turn():
    release = release_from_text(DOORSTOP)
    turns = _turns(release)
    assert [t.attrs["speaker"] for t in turns] == ["JANE CARTER", "JOURNALIST"] * 3
    answer = next(t for t in turns if release.node_text(t).endswith("three conditions:"))
    assert [c.label for c in answer.children] == ["1.", "2.", "3."]
    # The next question is a turn of its own, not a point of the list.
    assert release.node_text(turns[-1]).endswith("Thank you, Minister.")
    assert turns[-1] in release.root.children


def test_opening_turn_holds_its_paragraphs():
    release = release_from_text(DOORSTOP)
    first = _turns(release)[0]
    assert release.node_text(first.children[0]).startswith("We agreed")


def test_chinese_lead_in_is_said_not_a_heading():
    release = release_from_text(SPOKESPERSON_ZH)
    assert not [n for n in release.root.walk() if n.kind == "heading"]
    turns = _turns(release)
    assert [t.attrs["speaker"] for t in turns] == ["李华", "问", "李华", "问", "李华"]
    answer = turns[2]
    texts = [release.node_text(c) for c in answer.children]
    assert texts[0].startswith("关于第二个问题")
    assert [c.label for c in answer.children[1:]] == ["一、", "二、"]
    # The question after the list is back at the top, a turn of its own.
    assert turns[3] in release.root.children


TOPICS_DE = """\
Erklärungen des Ministeriums in der Regierungspressekonferenz vom 12.06.2031

Treffen der Außenminister

Müller (AA)

Ich darf Ihnen eine Reise der Ministerin ankündigen. Sie reist am Montag nach Helsinki.

Lage in der Region

Frage

Herr Müller, können Sie uns etwas zur Lage in der Region sagen?

Müller (AA)

Die Lage ist ernst; wir beobachten sie sehr genau und stimmen uns mit den Partnern ab.
"""

THANKS = """\
TRANSCRIPT OF DOORSTOP INTERVIEW, SUVA

JOURNALIST: Minister, what did you agree with the Prime Minister this morning?

MINISTER: We agreed to meet again in September to review the fisheries arrangement.

Thank you Minister

JOURNALIST: And on the climate fund?

MINISTER: That will be announced next week by the Prime Minister.
"""


def test_topic_lines_over_turns_are_headings():
    release = release_from_text(TOPICS_DE)
    headings = [release.node_text(n) for n in release.root.children if n.kind == "heading"]
    assert headings == ["Treffen der Außenminister", "Lage in der Region"]
    second = [n for n in release.root.children if n.kind == "heading"][1]
    speakers = [n.attrs.get("speaker") for n in second.children]
    assert speakers == ["Frage", "Müller (AA)"]


def test_thanks_between_turns_is_said():
    release = release_from_text(THANKS)
    assert not [n for n in release.root.walk() if n.kind == "heading"]
