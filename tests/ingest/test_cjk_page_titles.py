"""Titles of Japanese and Korean press-conference pages copied as text: the site's
section name (the bare event, "記者会見"), a breadcrumb's inner step and a "date|section"
stamp are no titles. Made-up texts in the shape of real pages."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.crumb_trails import trail_steps

SECTION_OVER_RECORD = """\
記者会見

架空外務大臣会見記録

(令和12年4月3日(水曜日)10時00分 於:本省会見室)

冒頭発言

【架空外務大臣】本日は私から一点ございます。来週、近隣国を訪問し、外相会談を行う予定です。両国関係の一層の強化を確認したいと考えております。

質疑応答

【記者】訪問の主な目的をお聞かせください。
"""

CRUMB_OVER_RECORD = """\
ホーム > 知事の部屋 > 知事記者会見録 > 知事記者会見/令和12年4月3日/新年度予算ほか

更新日付:2030年4月20日 広報課

知事記者会見/令和12年4月3日/新年度予算ほか

知事記者会見録

会見日時:令和12年4月3日 11時00分~11時40分

〇知事
 本日は新年度予算について説明いたします。県民の皆様の暮らしを支えるための予算を編成いたしました。
"""

STAMP_OVER_RECORD = """\
2030.04.03|記者会見

外務大臣会見記録(令和12年4月3日)

(外務大臣)本日は私から一点ございます。来週、近隣国を訪問し、外相会談を行う予定です。両国関係の一層の強化を確認したいと考えております。
"""


def test_the_bare_event_name_is_the_section_not_the_title():
    release = release_from_text(SECTION_OVER_RECORD)
    assert release.title == "架空外務大臣会見記録"
    assert release.date == "2030-04-03"


def test_a_breadcrumb_names_the_page_and_its_sections():
    assert trail_steps(["ホーム > 知事の部屋 > 記者会見録 > 会見/4月3日"])[-1] == "会見/4月3日"
    assert trail_steps(["A > B"]) == []
    release = release_from_text(CRUMB_OVER_RECORD)
    assert release.title == "知事記者会見/令和12年4月3日/新年度予算ほか"
    assert release.date == "2030-04-03"  # (not the page's update stamp)


def test_a_date_and_section_stamp_is_no_title():
    release = release_from_text(STAMP_OVER_RECORD)
    assert release.title == "外務大臣会見記録(令和12年4月3日)"
