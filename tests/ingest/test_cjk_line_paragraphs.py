"""Chinese, Japanese and Korean text one paragraph a line (a page copied from a browser)
against text hard-wrapped at a fixed count of characters (a PDF's text). Made-up texts."""

from __future__ import annotations

from briefing.ingest import release_from_text

WEB_COPY = """\
통일부 정례브리핑
안녕하십니까? 통일부 정례브리핑 시작하겠습니다.
먼저, 이번 주 주요 일정입니다.
장관은 지금 이 시각 10시 30분 가상시에서 개최되는 통일센터 개관식에 참석하여 축사를 합니다. 종료 후 보도자료를 배포합니다.
이어서 장관은 오후 1시 국회에서 가상국 특사를 면담합니다. 일정만 공개하며 종료 후 보도자료를 배포합니다. 또한, 장관은 오후 2시 국회 본회의에 참석합니다.
장관은 3월 16일 화요일 오전 5시 가상 대학에서 개최되는 2031 평화 워크숍에 서면 축사를 합니다.
장관은 오전 9시 30분 국무회의에 참석하고 장관과 차관은 오후 1시 30분 국회 전체회의에 참석합니다. 이어서 장관은 오후 2시 국회 본회의에 참석합니다.
장관은 3월 17일 수요일 오전 10시 가상호텔에서 개최되는 가상일보 창간 60주년 기념식에 참석합니다.
장관은 3월 18일 목요일 오전 10시 가상호텔에서 개최되는 2031 국제포럼에서 개회사를 합니다.
장관은 3월 19일 금요일(※ 해당 부처의 요청으로 '화요일' → '금요일'으로 변경되었음을 양해해 주시기 바랍니다.) 오전 10시 30분 가상시에서 열리는 기념행사 토론회에 참석합니다.
모두에서 드릴 말씀은 여기까지입니다. 현안에 대해 질문 주시면 답변드리겠습니다.
"""

# Thirty-two characters a line, as a PDF's text gives a Japanese column.
_PARAGRAPHS = [
    "本日は新年度の予算について説明いたします。県民の皆様の暮らしを支えるため、子育て世代への支援を"
    "柱に据えた予算を編成いたしました。保育所の整備や医療費の助成を拡充し、若い世代が安心して"
    "子どもを育てられる県を目指します。詳しくは担当部からも説明いたします。",
    "また、道路や橋の補修にも重点的に予算を配分しました。災害に強い県づくりを進めるため、"
    "市町村と連携して取り組んでまいります。老朽化した施設の点検も計画的に進め、"
    "県民の皆様の安全を守ってまいります。",
]
WRAPPED = "\n\n".join(
    "\n".join(p[i : i + 32] for i in range(0, len(p), 32)) for p in _PARAGRAPHS
)


def test_one_paragraph_a_line_stays_apart():
    release = release_from_text(WEB_COPY)
    paragraphs = [release.node_text(n) for n in release.root.walk() if n.kind == "paragraph"]
    assert any(p.startswith("장관은 3월 16일") for p in paragraphs)
    assert any(p.startswith("모두에서 드릴 말씀은") for p in paragraphs)


def test_a_fixed_width_column_is_joined():
    release = release_from_text("架空県知事記者会見\n\n" + WRAPPED + "\n")
    paragraphs = [release.node_text(n) for n in release.root.walk() if n.kind == "paragraph"]
    assert len(paragraphs) == 2
