"""A Japanese minister's press-conference record as plain text: the opening remarks
("冒頭発言") with numbered agenda headings "(1)…について", the question session
("質疑応答"), speaker labels alone on their line ("記者)" / "大臣)"), an answer with a
list typed "1.…" against the text. Made-up text in the shape of real records."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_label

RECORD = """\
外務大臣会見記録

令和13年4月7日(金曜日)10時30分 於:本省会見室

冒頭発言

(1)海外出張について

 本日から、アジア諸国を訪問いたします。各国の外相と会談を行い、地域情勢について意見交換を行う予定です。

(2)人事について

 本日の閣議で、大使人事が決定されました。詳細は後ほど事務方から御説明いたします。

質疑応答

記者)
今回の訪問の狙いについてお聞かせください。また、首脳との会談の予定はありますか。

大臣)
三点申し上げます。
1.地域の安定に向けた連携を確認すること。
2.経済関係を一層強化すること。
3.人的交流を拡大すること。
首脳との会談については、現在調整中です。

記者)
人事について一点だけ伺います。今回の人事の意図は何でしょうか。

大臣)
適材適所の考え方に基づいて決定したものです。
"""


def test_agenda_headings_and_the_question_session():
    release = release_from_text(RECORD)
    top = [release.node_text(n) for n in release.root.children if n.kind == "heading"]
    assert top == ["冒頭発言", "質疑応答"]
    opening = next(n for n in release.root.children if n.kind == "heading")
    subs = [n for n in opening.children if n.kind == "heading"]
    assert [n.label for n in subs] == ["(1)", "(2)"]
    # Each agenda item holds its remarks.
    assert release.node_text(subs[0].children[0]).startswith("本日から")


def test_turns_under_the_session_keep_their_list():
    release = release_from_text(RECORD)
    session = [n for n in release.root.children if n.kind == "heading"][-1]
    turns = [n for n in session.children if n.attrs.get("speaker")]
    assert [t.attrs["speaker"] for t in turns] == ["記者", "大臣", "記者", "大臣"]
    labels = [n.label for n in turns[1].walk() if n.label]
    assert labels == ["1.", "2.", "3."]


def test_glued_numbers_are_labels_only_against_cjk_text():
    assert match_label("1.地域の安定に向けた連携").label == "1."
    assert match_label("(2)人事について").label == "(2)"
    assert match_label("2.5兆円の補正予算") is None  # a figure
    assert match_label("1.5 million people") is None
