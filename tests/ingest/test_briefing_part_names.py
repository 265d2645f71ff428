"""The named parts of Korean and Japanese briefing records head their parts wherever they
stand; a line ending on an ideographic comma leads into what follows, heading nothing.
Made-up texts in the shape of real records."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.briefing_parts import is_part_name

KOREAN = """\
통일부 정례브리핑

안녕하십니까? 정례브리핑을 시작하겠습니다. 이번 주에는 따로 알려드릴 일정이 없습니다.

[질문·답변]
※마이크 미사용으로 확인되지 않는 내용은 별표(***)로 표기하였으니 양해 바랍니다.

<질문> 이번 회담의 의제는 무엇입니까?

<답변> 양측이 협의하고 있으며 확정되면 알려 드리겠습니다.
"""

JAPANESE = """\
架空県知事定例記者会見録

知事発表
本日は新年度の事業について説明いたします。県民の皆様の暮らしを支える事業です。
現地の状況は、
・道路の補修が進んでいる状況。
・仮設住宅の建設が始まった状況。
質疑
Q 架空新聞
事業の狙いをお聞かせください。
A 知事
暮らしの安心を支えることです。
"""


def test_part_names():
    for line in ("I. 모두 발언", "Ⅱ. 질의 및 응답", "[질문·답변]", "冒頭発言", "質疑", "【質疑応答】"):
        assert is_part_name(line), line
    assert not is_part_name("질의응답을 시작하겠습니다.")


def test_parts_are_headings_and_a_lead_in_is_not():
    korean = release_from_text(KOREAN)
    heads = [korean.node_text(n) for n in korean.root.walk() if n.kind == "heading"]
    assert heads == ["[질문·답변]"]
    japanese = release_from_text(JAPANESE)
    heads = [japanese.node_text(n) for n in japanese.root.walk() if n.kind == "heading"]
    assert heads == ["知事発表", "質疑"]
