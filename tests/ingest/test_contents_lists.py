"""A record's contents list over its text (each entry repeated below as its part's
heading) is navigation; a list of points, or a table's repeated row labels, is not.
Made-up texts."""

from __future__ import annotations

from briefing.ingest import release_from_text

RECORD = """\
架空外務大臣会見記録(令和12年4月3日)

○冒頭発言
(1)閣議の報告
(2)出張の予定
○架空国情勢
○国際会議
○その他

冒頭発言
(1)閣議の報告

(外務大臣)本日の閣議について報告いたします。外交に関する案件が一件ございました。

(2)出張の予定

(外務大臣)来週、架空国を訪問いたします。外相会談を行う予定です。
"""

POINTS = """\
Ministers agree on a plan

The ministers agreed on four points:

- Trade
- Energy
- Climate
- Health

Trade ministers will meet again in May. The ministers asked their officials to prepare the meeting.
"""


def test_a_contents_list_is_navigation():
    release = release_from_text(RECORD)
    kept = [release.node_text(n) for n in release.root.walk() if n.kind != "root"]
    assert not any("架空国情勢" in text for text in kept)
    assert any("架空国情勢" in r.text for r in release.removed)
    heads = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert heads[0] == "冒頭発言"


def test_points_said_once_stay():
    release = release_from_text(POINTS)
    kept = " ".join(release.node_text(n) for n in release.root.walk() if n.kind != "root")
    assert "Energy" in kept and "Health" in kept
