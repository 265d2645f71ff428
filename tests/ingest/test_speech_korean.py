"""A Korean spokesperson's briefing as plain text: parts headed "□ 모두 발언" /
"□ 질의응답", points "○" with sub-points "-", then "<질문>" / "<답변>" turns whose
answer lists "가." "나.". Made-up text in the shape of real briefings."""

from __future__ import annotations

from briefing.ingest import release_from_text

BRIEFING = """\
대변인 정례브리핑 (2031.3.14.)

2031-03-14

□ 모두 발언

○ 외교부 장관은 3.16.(월)-18.(수) 간 북유럽 3개국을 방문할 예정입니다.

 - 이번 방문은 양국 수교 60주년을 맞아 이루어지는 것으로, 장관은 외교장관과 회담을 가질 예정입니다.

 - 아울러 장관은 현지 동포 간담회에도 참석할 예정입니다.

○ 정부는 해외 재난 피해 지역에 50만 불 규모의 인도적 지원을 제공하기로 결정하였습니다.

□ 질의응답

<질문> 두 가지 질문 드리겠습니다. 첫째, 이번 방문 기간 중 정상급 인사 예방 계획이 있습니까?

둘째, 인도적 지원은 어떤 경로로 전달되는지 설명 부탁드립니다.

<답변> 먼저 첫 번째 질문에 대해 말씀드리면, 현재 구체적인 일정을 조율하고 있습니다.

두 번째 질문과 관련해서는 다음과 같이 말씀드릴 수 있겠습니다.

가. 국제기구를 통한 지원이 우선 검토되고 있습니다.

나. 현지 공관을 통해 필요한 물품을 직접 전달하는 방안도 있습니다.

<질문> 회담 결과는 언제 발표됩니까?

<답변> 회담이 끝난 뒤 보도자료를 통해 알려 드리겠습니다.
"""

POINTS = """\
한-북유럽 외교장관 회담 결과

2031-03-17

□ 양 장관은 3.17.(화) 오후 회담을 갖고 양국 관계 발전 방안을 논의하였다.

○ 양 장관은 경제, 과학기술 분야 협력을 확대해 나가기로 하였다.

□ 양 장관은 또한 지역 정세에 관해서도 의견을 교환하였다.
"""


def test_symbol_parts_are_headings():
    release = release_from_text(BRIEFING)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert [h.lstrip("□ ") for h in headings] == ["모두 발언", "질의응답"]
    # The second part is not a point inside the last "○" of the first.
    top = [release.node_text(n) for n in release.root.children if n.kind == "heading"]
    assert len(top) == 2


def test_answer_keeps_its_lettered_points():
    release = release_from_text(BRIEFING)
    turns = [n for n in release.root.walk() if n.attrs.get("speaker")]
    assert [t.attrs["speaker"] for t in turns] == ["질문", "답변", "질문", "답변"]
    answer = turns[1]
    assert [c.label for c in answer.children if c.label] == ["가.", "나."]
    question = turns[0]
    assert release.node_text(question.children[0]).startswith("둘째")


def test_symbol_point_in_a_sentence_stays_a_point():
    release = release_from_text(POINTS)
    assert not [n for n in release.root.walk() if n.kind == "heading"]
    tops = [n for n in release.root.children if n.label == "□"]
    assert len(tops) == 2
    assert [c.label for c in tops[0].children] == ["○"]


SPACED_LABELS = """\
대변인 정례브리핑

2031-05-21

< 질 문 > 이번 회담의 주요 의제는 무엇입니까?

< 답 변 > 양국 간 경제 협력과 지역 정세가 주로 논의될 예정입니다.

아울러 기후변화 대응 협력도 논의할 계획입니다.

< 질 문 > 회담 일정은 확정되었습니까?

< 답 변 > 구체적인 일정은 추후 알려 드리겠습니다.
"""


def test_spaced_out_labels_open_turns():
    release = release_from_text(SPACED_LABELS)
    turns = [n for n in release.root.walk() if n.attrs.get("speaker")]
    assert [t.attrs["speaker"] for t in turns] == ["질문", "답변", "질문", "답변"]
    assert release.node_text(turns[1].children[0]).startswith("아울러")
