"""Korean spaces its words, but each spaced word carries its particles and endings: a
short Korean sentence says as much as a long English one. Made-up texts in the shape of a
ministry's web briefing copied as text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.segment import Block, cjk_words

BRIEFING = """\
대변인 정례브리핑 (3.14)

I. 모두 발언

안녕하십니까? 3월 14일 목요일 정례브리핑을 시작하겠습니다.

오늘은 제가 따로 드릴 말씀이 없습니다.

질문 주시면 답변드리겠습니다.

II. 질의 및 응답

<질문> 장관님의 다음 주 출장 일정이 확정되었는지 궁금합니다. (가상일보 홍길동 기자)

<답변> 일정이 확정되는 대로 보도자료를 통해서 알려 드리겠습니다.
"""


def test_a_short_korean_sentence_counts_as_prose():
    opening = Block("안녕하십니까? 3월 14일 목요일 정례브리핑을 시작하겠습니다.")
    assert opening.word_count >= 8
    # A heading's few words stay few.
    assert Block("II. 질의 및 응답").word_count < 6
    assert cjk_words("부서명") == 0


def test_the_first_part_heading_is_a_heading():
    release = release_from_text(BRIEFING)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert headings == ["I. 모두 발언", "II. 질의 및 응답"]
    opening = next(n for n in release.root.walk() if release.node_text(n).startswith("안녕"))
    assert opening.kind == "paragraph"
