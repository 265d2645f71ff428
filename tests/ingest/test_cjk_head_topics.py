"""A Japanese press-conference record reposted under a site's label: the first topic's name
stands over the first turn, where the head's rules count its characters as words. Made-up
text in the shape of a real repost."""

from __future__ import annotations

from briefing.ingest import release_from_text

RECORD = """\
架空ニュース・新着情報

冒頭発言

架空国際会議出席

【架空外務大臣】明日から三日間、架空国際会議に出席するため、架空国を訪問いたします。各国の外相と地域情勢について意見交換を行う予定です。
 また、この機会に二国間会談も行う方向で調整しております。

架空国の選挙

【架空新聞 山田記者】架空国で選挙が行われましたが、大臣の受け止めをお願いします。

【架空外務大臣】選挙が平和裏に行われたことを歓迎いたします。
"""


def test_the_first_topic_over_the_first_turn_is_a_heading():
    release = release_from_text(RECORD)
    heads = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert heads == ["冒頭発言", "架空国際会議出席", "架空国の選挙"]
