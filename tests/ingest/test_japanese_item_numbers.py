"""Japanese official texts number a list's items with a figure and a space ("1 日時",
"2 場所"). Made-up text in the shape of a prefecture's press-conference page."""

from __future__ import annotations

from briefing.ingest import release_from_text

PAGE = """\
令和12年4月3日 架空県知事 定例記者会見
1 日時 令和12年4月3日(水曜日) 10時00分~10時40分
2 場所 記者会見室
3 知事発表項目(10時00分~10時05分)
4 質疑項目(10時05分~10時40分)
知事発表
本日は新年度の事業について説明いたします。県民の皆様の暮らしを支える事業です。
"""


def test_a_run_of_figure_and_space_items_is_numbered():
    release = release_from_text(PAGE)
    labels = [n.label for n in release.root.walk() if n.label]
    assert labels[:4] == ["1", "2", "3", "4"]


def test_a_lone_figure_is_no_item():
    text = PAGE.replace("2 場所 記者会見室\n", "").replace("3 知事", "知事").replace("4 質疑", "質疑")
    release = release_from_text(text)
    assert not [n.label for n in release.root.walk() if n.label]
