"""Heads and page furniture of releases read from paged text: a browser's print lines
around a web page printed to PDF, a UN cover run together by ``pdftotext -raw``.
Made-up text in the shapes these reach us in."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.browser_print import is_browser_print_line


def test_a_browser_s_print_header_and_footer_are_page_furniture():
    text = """\
 Jane Example MP - Federal Member for Northland REGIONAL CENTRES GET NEW FUNDING November 07, 2012

 The regional centres of the north will receive new funding from next month, the Member
 for Northland, Jane Example, said today.

 "These centres have done outstanding work for the communities they serve," she said.


 Page 1 of 1 REGIONAL CENTRES GET NEW FUNDING > Jane Example MP ...

 17/09/2013 http://www.example.net.au/DesktopModules/NewsArticles/Print.as...
"""
    release = release_from_text(text)
    removed = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert any(t.startswith("Page 1 of 1 REGIONAL") for t in removed)
    assert any(t.startswith("17/09/2013 http://") for t in removed)
    assert "Page 1 of 1" not in release.text and "Print.as" not in release.text
    # The day the page was printed is not the release's date.
    assert release.date == "2012-11-07"


def test_browser_print_line_predicate():
    assert is_browser_print_line("Page 2 of 3 Minister welcomes new funding for ...")
    assert is_browser_print_line("9/17/13, 2:05 PM   https://www.example.gov/news/item")
    assert is_browser_print_line("https://www.example.gov/media/releases/2013/item.htm 2/3")
    assert not is_browser_print_line("Page 2 of the report sets out the figures.")
    assert not is_browser_print_line("17/09/2013 was the day the talks began.")


def test_a_un_cover_run_together_gives_the_title_after_the_session():
    text = """\
GE:09-10000
UNITED
NATIONS A
General Assembly
Distr.
GENERAL
A/HRC/WG.6/9/XYZ/2
22 December 2009
Original: ENGLISH
HUMAN RIGHTS COUNCIL
Working Group on the Universal Periodic Review
Ninth session
Geneva, 8-19 February 2010
COMPILATION PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER FOR
HUMAN RIGHTS, IN ACCORDANCE WITH PARAGRAPH 15(B) OF THE ANNEX
TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1
Examplia
1. This report is a compilation of the information contained in the reports of treaty
bodies and special procedures, and in other relevant official United Nations documents.
2. It follows the structure of the general guidelines adopted by the Human Rights Council.
"""
    release = release_from_text(text)
    assert release.title.startswith("COMPILATION PREPARED BY THE OFFICE")
    assert "session" not in release.title and "Geneva" not in release.title
    assert release.date == "2009-12-22"


def test_a_draft_s_title_under_a_sponsor_line_with_a_footnote_star():
    text = """\
United Nations
General Assembly
Distr.: Limited
15 October 2025
Original: English
Eightieth session
Second Committee
Agenda item 18 (b)
Sustainable development: follow-up to and implementation of
the Example Programme of Action for Small Island States
Examplia:* draft resolution
Follow-up to and implementation of the Example
Programme of Action for Small Island States
The General Assembly,
Reaffirming the Example Programme of Action for Small Island States,
1. Welcomes the progress made in the implementation of the Programme of Action;
2. Calls upon all partners to support the small island States in their efforts;
"""
    release = release_from_text(text)
    assert release.title == (
        "Follow-up to and implementation of the Example Programme of Action for Small Island States"
    )


def test_a_script_notice_and_an_attendance_list_are_neither_title_nor_date_s_block():
    text = """\
Check your browser settings and network. This website requires JavaScript for some content and functionality.
Sydney – 5 February 2008

Jane Example (Chair and Governor), John Sample (Deputy Governor),
Ann Other, Bob Person AO, Carl Name AM, Dana Surname

The minutes of the meeting held on 4 December 2007 were signed.

Members were briefed on the price data for the December quarter, which had been higher
than expected, and on the outlook for inflation over the coming year.
"""
    release = release_from_text(text)
    assert release.date == "2008-02-05"
    assert "JavaScript" not in release.text and "JavaScript" not in release.title
    assert "Governor" not in release.title
    assert any(r.kind == "navigation" and "browser" in r.text for r in release.removed)


def test_people_list_predicate():
    from briefing.ingest.issuer_lines import is_people_list

    assert is_people_list("Jane Example (Governor), John Sample, Ann Other AO, Bob Person")
    assert not is_people_list("Australia, Japan, India and the US launch a vaccine partnership")
    assert not is_people_list("Growth, inflation and jobs")


def test_a_korean_government_site_banner_is_chrome_not_the_title():
    text = """\
바로가기 메뉴 본문 바로가기 주메뉴 바로가기
이 누리집은 대한민국 공식 전자정부 누리집입니다.
공식 누리집 주소 확인하기
go.kr 주소를 사용하는 누리집은 대한민국 정부기관이 관리하는 누리집입니다.
이밖에 or.kr 또는 .kr등 다른 도메인 주소를 사용하고 있다면 아래 URL에서 도메인 주소를 확인해 보세요
운영중인 공식 누리집보기

외교부

외교부 브리핑

대변인 정례브리핑 (3.14)

부서명
언론담당관실
작성일
2024-03-14
조회수
1234


I. 모두 발언

안녕하십니까? 3월 14일 정례브리핑을 시작하겠습니다.

제가 먼저 말씀드릴 사안은 없습니다. 질문 주시면 답변드리겠습니다.

<질문> 장관님의 이번 주 일정에 대해서 여쭙습니다.

<답변> 장관님 일정은 추후에 안내해 드리겠습니다. 자세한 내용은 외교부 누리집을 참고해 주시기 바랍니다.
"""
    release = release_from_text(text)
    assert release.title == "대변인 정례브리핑 (3.14)"
    assert release.date == "2024-03-14"
    assert "전자정부" not in release.text
    assert "외교부 누리집을 참고" in release.text  # the briefing's own words stay


def test_a_news_headline_with_its_deck_over_the_dateline():
    text = """\
본문 바로가기 메인메뉴 바로가기

뉴스

외교부 “지역 평화 위해 최선의 노력”

대변인 “협력 증진 위해 최선 다할 것”

2017.05.11 외교부
글자크기 설정
목록

외교부는 11일 “지역의 평화와 협력을 위해 최선의 노력을 경주할 것”이라고 밝혔다.

대변인은 이날 정례브리핑에서 “관계국과 긴밀히 협의해 나갈 것”이라며 이같이 말했다.
"""
    release = release_from_text(text)
    assert release.title == "외교부 “지역 평화 위해 최선의 노력”"
    assert release.date == "2017-05-11"


def test_a_lone_page_number_in_text_without_page_breaks_is_furniture():
    para = (
        "The Minister said the patrol boats would be built in the west and would serve "
        "the northern coast for twenty years, with crews trained locally and the "
        "maintenance done in the region's own yards. "
    )
    text = (
        "Transcript of doorstop interview: Example Shipyard, 17 December 2003\n\n"
        + (para * 3 + "\n\n") * 2
        + "  2\n\n"
        + (para * 3 + "\n\n") * 2
    )
    release = release_from_text(text)
    assert "2" in [r.text for r in release.removed if r.kind == "page-furniture"]
    # Numbered paragraphs alone on their lines ("1" first) are labels, never pages.
    labels = "1\n\n" + para * 4 + "\n\n2\n\n" + para * 4 + "\n"
    release = release_from_text("Statement on the boats\n\n" + labels)
    assert "2" not in [r.text for r in release.removed if r.kind == "page-furniture"]


def test_a_un_report_is_dated_by_its_distribution_not_a_note_s_citation():
    text = """\
               United Nations                                                A/HRC/WG.6/9/XYZ/3
               General Assembly                                          Distr.: General
                                                                         25 July 2014

Human Rights Council
Working Group on the Universal Periodic Review
Ninth session

              Summary prepared by the Office of the United Nations High
              Commissioner for Human Rights

              Examplia*

                      The present report is a summary of 7 stakeholders' submissions to the universal
              periodic review. It follows the general guidelines adopted by the Council.

              1. The Ombudsman reported progress on the plan adopted in 2012.

Notes

              1 Report of the Special Rapporteur, A/HRC/19/61, para. 3, 14 December
              2011, February 7 2012.
"""
    release = release_from_text(text)
    assert release.date == "2014-07-25"


def test_a_pdf_headline_set_in_the_title_s_type_under_the_letterhead():
    from briefing.ingest.roles import assign_roles
    from briefing.ingest.segment import Block

    blocks = [
        Block("Central Bank of Examplia"),
        Block("Press Release", blank_before=1),
        Block("September 20, 2007", blank_before=1),
        Block(
            "The Central Bank of Examplia decided to keep its overnight deposit rate "
            "unchanged at 8.75 percent.",
            style="title",
            blank_before=1,
        ),
        Block(
            "In its meeting held on September 20, 2007, the Monetary Policy Committee "
            "decided to maintain the overnight deposit rate.",
            blank_before=1,
        ),
        Block("The annual headline inflation rose to 8.45 percent in August.", blank_before=1),
    ]
    roles = assign_roles(blocks, authored_styles=False)
    assert roles[3].kind == "title"
    assert roles[0].kind != "title"


def test_a_pdf_cover_s_session_on_its_organ_s_line_and_a_numbered_section_in_big_type():
    from briefing.ingest.roles import assign_roles
    from briefing.ingest.segment import Block

    blocks = [
        Block("A/HRC/WG.6/9/XYZ/2/Corr.1"),
        Block("22 December 2009"),
        Block("HUMAN RIGHTS COUNCIL"),
        Block("Working Group on the Universal Periodic Review Ninth session"),
        Block("Geneva, 8-19 February 2010"),
        Block(
            "COMPILATION PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS, "
            "IN ACCORDANCE WITH PARAGRAPH 15(B) OF THE ANNEX TO RESOLUTION 5/1"
        ),
        Block("Examplia"),
        Block("Corrigendum"),
        Block("For the existing table substitute"),
        Block("1.Cooperation with treaty bodies", style="title"),
        Block("The State reported to the committees in 2008 and 2009 as the table shows below."),
    ]
    roles = assign_roles(blocks, authored_styles=False)
    titles = [i for i, r in enumerate(roles) if r.kind == "title"]
    assert titles and titles[0] == 5
