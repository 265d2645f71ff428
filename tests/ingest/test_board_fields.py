"""A post's fields on a board-style site (name on one line, value on the next) are the
site's, not the release's. Made-up text in the shape of a ministry's board page copied
as text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.board_fields import field_lines, is_field_name

PAGE = """\
대변인 정례브리핑 (3.14)

부서명
홍보담당관실
작성일
2031-03-14
조회수
815
원본URL
http://www.example.go.kr/

안녕하십니까? 3월 14일 목요일 정례브리핑을 시작하겠습니다. 오늘은 제가 따로 드릴 말씀이 없습니다.

질문 주시면 답변드리겠습니다.
"""


def test_field_names_and_values():
    assert is_field_name("작성일") and is_field_name("조회수 ") and is_field_name("来源：")
    assert not is_field_name("외교부 장관은 오늘 회담을 가졌습니다.")
    assert field_lines(["출처", "외교부", "작성일", "2031.03.14"]) == {0, 1, 2, 3}


def test_board_fields_leave_the_content():
    release = release_from_text(PAGE)
    kept = [release.node_text(n) for n in release.root.walk() if n.kind != "root"]
    for line in ("부서명", "홍보담당관실", "작성일", "조회수", "원본URL", "http://www.example.go.kr/"):
        assert not any(text.strip() == line for text in kept), line
    removed = " ".join(r.text for r in release.removed)
    assert "홍보담당관실" in removed and "http://www.example.go.kr/" in removed
    assert release.date == "2031-03-14"
    assert not any(n.kind == "heading" for n in release.root.walk())
