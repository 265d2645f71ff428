"""The middle-dot bullet as Japanese and Korean keyboards type it: "・" (katakana middle
dot) and "ㆍ" (Hangul araea). Made-up text in the shape of a prefecture's record."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_label

RECORD = """\
知事定例記者会見録(令和12年4月3日)

〇知事
 先週、被災地に県職員を派遣しました。現地での調査業務を支援していただきました。
 派遣職員によると現地の状況は、
・道路は通行が可能な程度に補修されているが、慎重な通行が求められる状況。
・調査した家屋の多くでは、生活できる程度の補修が行われている状況。
・仮設住宅の建設は予定どおり進んでいる状況。
"""


def test_middle_dots_are_bullets_not_words():
    assert match_label("・道路は通行が可能").label == "・"
    assert match_label("ㆍ정상회담 개최").label == "ㆍ"
    assert match_label("東シナ海・南シナ海") is None


def test_a_list_of_middle_dot_points():
    release = release_from_text(RECORD)
    points = [n for n in release.root.walk() if n.label == "・"]
    assert len(points) == 3
    assert release.node_text(points[0]).lstrip("・ ").startswith("道路は")
