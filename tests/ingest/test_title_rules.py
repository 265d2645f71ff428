"""Title and date rules for plain text in the shapes releases reach us in (a web page's
copied text, text taken from a PDF, a typed release) — made-up releases, one per rule."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.title import _headline_case, _headline_wrap


def test_a_paragraph_set_apart_under_the_title_is_not_its_wrap():
    text = """\
Press release No. 12

Briefing by the Spokesperson of the Ministry, Ruritania City, 3 May 2021

On the visit of the Minister to the Northern Provinces and the talks held there
after the summit

The Minister arrived in the provinces on Monday and met the governors there at length.

The talks covered trade, transport and the new border crossings opened this spring.
"""
    release = release_from_text(text)
    assert release.title == (
        "Briefing by the Spokesperson of the Ministry, Ruritania City, 3 May 2021"
    )


def test_a_second_headline_set_apart_is_not_the_title_s_wrap():
    text = """\
Ministry says it stands with its neighbour after the attack

Ministry says it stands with its neighbour after the attack

The Ministry issued the following statement:

The Ministry condemns the attack on the border post and extends its sympathy to the families.

It calls on all parties to restore calm and to respect the ceasefire agreed last year.
"""
    release = release_from_text(text)
    assert release.title == "Ministry says it stands with its neighbour after the attack"


def test_a_headline_case_title_keeps_its_lines_across_blank_lines():
    # Text taken from a PDF may print a blank line between a headline's lines.
    text = """\
MEETINGS COVERAGE

SC/99999
13 JULY 2023

Envoy Warns Council Tensions on Northern

Border, Top Official Says Talks
Must Resume

The envoy told the Council that the tensions on the border were rising again
this month, after two launches and a series of exercises along the coast.

She added that talks between the parties had stalled since the spring and
should resume before the winter, with the help of the regional organisation.
"""
    release = release_from_text(text)
    assert release.title == (
        "Envoy Warns Council Tensions on Northern Border, Top Official Says Talks Must Resume"
    )


def test_headline_case_and_its_limits():
    assert _headline_case("Top Peacebuilding Official Warns Council")
    assert not _headline_case("Ethical imperatives for a nuclear-weapon-free world")
    assert not _headline_case("MINUTES OF THE MEETING")  # capitals throughout: a heading
    # An issuer's name under the title is its letterhead, not the title's last line.
    assert not _headline_wrap("Minutes of the Meeting of the Policy Committee", "Bank of Ruritania")
    assert not _headline_wrap("Statement on the Situation in the Region.", "Further Steps Ahead")


def test_dates_in_the_languages_ministries_publish_in():
    from briefing.ingest.dates import find_date

    cases = {
        "Mitschrift der Pressekonferenz - Freitag, 28. Februar 2020": "2020-02-28",
        "Lisboa, 18 de março de 2009": "2009-03-18",
        "Roma, 3 maggio 2022": "2022-05-03",
        "Den Haag, 1 mei 2020": "2020-05-01",
        "Dipublikasikan pada 25 Februari 2016": "2016-02-25",
        "Москва, 12 мая 2016 года": "2016-05-12",
        "الرياض 19 مايو 2024 م": "2024-05-19",
        "بيروت ١٥ أيار ٢٠٢٣": "2023-05-15",
        "Thứ hai, ngày 23 tháng 12 năm 2024": "2024-12-23",
    }
    for text, iso in cases.items():
        found = find_date(text)
        assert found is not None and found.iso() == iso, text


def test_a_russian_briefing_is_dated_by_its_heading():
    text = """\
Пресс-релиз № 12

Брифинг официального представителя министерства, Москва, 12 мая 2016 года

Об участии министра в мероприятиях, посвящённых годовщине основания организации

Министр примет участие в заседании совета и проведёт переговоры с коллегами.
"""
    assert release_from_text(text).date == "2016-05-12"


# --- a web page's copied text: the site's navigation above the release ------------------

BODY = """
The Minister met her counterpart on Tuesday and discussed trade, energy and the new
border crossings. Both sides agreed to meet again before the end of the year.

The two delegations also signed a memorandum on cultural exchanges and education.
"""


def test_a_breadcrumb_joined_by_arrows_is_navigation():
    text = "Portal → NEWS → MINISTRY → STATEMENTS\n\nMinister Meets Counterpart in the Capital\n"
    release = release_from_text(text + BODY)
    assert release.title == "Minister Meets Counterpart in the Capital"


def test_a_menu_bar_and_a_search_form_are_no_title():
    text = (
        "Home     Subscribe    Readers' letters   Links English\n"
        "Monday, 23 December 2024\n"
        "Advanced search\n\n"
        "Minister meets counterpart in the capital\n"
    )
    release = release_from_text(text + BODY)
    assert release.title == "Minister meets counterpart in the capital"


def test_a_photo_caption_printed_twice_is_no_title():
    text = """\
Minister: Stability Is What Matters Most to Our Partners

By Press Office     Published on 25 February 2016
Category: News

The Minister answers questions at the Palace, Ruritania City (25/2). (Photo: Press/Jay)

The Minister answers questions at the Palace, Ruritania City (25/2). (Photo: Press/Jay)
"""
    release = release_from_text(text + BODY)
    assert release.title == "Minister: Stability Is What Matters Most to Our Partners"
    assert release.date == "2016-02-25"


def test_a_ticker_of_other_headlines_is_no_title():
    text = """\
Breaking news
Floods close the northern road again -
Talks on the port resume next week -

Ministry stands with its neighbour after the attack on the border post
"""
    release = release_from_text(text + BODY)
    assert release.title == "Ministry stands with its neighbour after the attack on the border post"


def test_a_transcript_names_itself_under_the_site_s_menus():
    text = """\
Ruritania Foreign Ministry

  English   RSS Portal Recommend this page

Press conference by the Minister of Foreign Affairs on the visit of the European Commissioner, 18 March 2009.

Moderator.- Good morning and welcome to this press conference with the Minister and the Commissioner.

Minister.- Thank you. We have held useful talks today on development and cooperation.
"""
    release = release_from_text(text)
    assert release.title.startswith("Press conference by the Minister of Foreign Affairs")
    assert release.date == "2009-03-18"


def test_under_a_title_a_transcript_s_opening_line_stays_in_the_body():
    text = """\
Minister Meets Commissioner on Development Aid

Press conference by the Minister of Foreign Affairs on the visit of the European Commissioner, 18 March 2009.

Moderator.- Good morning and welcome to this press conference with the Minister and the Commissioner.
"""
    release = release_from_text(text)
    assert release.title == "Minister Meets Commissioner on Development Aid"


def test_a_note_number_lowered_onto_the_title_s_year_is_no_part_of_it():
    # pdftotext prints the raised "1" after the year and the note's number alone later.
    text = """\
HIGHLIGHTS OF THE MEETING OF THE POLICY BOARD ON THE POLICY STANCE
HELD ON 10 NOVEMBER 20161

The Policy Board decided to keep the overnight rate at 3.0 percent, as inflation is
expected to remain within the target range over the policy horizon.

1

The discussions herein reflect the assessment made by the Board at the meeting.
"""
    release = release_from_text(text)
    assert release.title.endswith("HELD ON 10 NOVEMBER 2016")
    assert release.date == "2016-11-10"


def test_a_year_in_a_title_keeps_its_digits_without_a_note():
    text = """\
Budget Outlook for the Years 2025 to 20261

The Ministry expects revenue to rise faster than spending over the coming two years.
"""
    assert release_from_text(text).title.endswith("20261")


def test_a_korean_briefing_named_in_two_words_is_the_title():
    text = """\
대변인 정례브리핑
2023.5.18.(목) 15:00

■ 모두 발언

오늘 브리핑은 장관의 해외 순방 일정에 대한 발표로 시작하겠습니다. 장관은 다음 주 유럽을 방문할 예정입니다.
"""
    release = release_from_text(text)
    assert release.title == "대변인 정례브리핑"
    assert release.date == "2023-05-18"


def test_an_adopted_act_is_dated_by_the_meeting_that_closes_it():
    # The masthead's date is the distribution's; "22nd meeting" / date closes the act.
    text = """\
A/HRC/DEC/99/1

Distr.: General
23 June 2010

Council of Examples
Decision adopted by the Council*

99/1
Outcome of the review: Ruritania

The Council,
Having conducted the review of Ruritania on 16 February 2010,
Adopts the outcome of the review on Ruritania.

22nd meeting
9 June 2010
[Adopted without a vote.]
"""
    assert release_from_text(text).date == "2010-06-09"


def test_a_release_mentioning_a_meeting_keeps_its_own_date():
    text = """\
Minister Reports on the Council Meeting

Examplia City, 23 June 2010

The Minister reported on the decisions adopted by the Council at its last session.

22nd meeting
9 June 2010
"""
    assert release_from_text(text).date == "2010-06-23"


def test_a_letterhead_run_into_the_title_s_last_line_is_cut():
    # pdftotext -raw prints the issuer's name right under the title, no blank between.
    text = """\
Minutes of the Monetary Policy Meeting of the Policy Committee
Bank of Ruritania
1 June 2011
Publication date: 15 June 2011

Members Present
The Committee noted that the economy continued to expand at a steady pace in the first
quarter, while inflation remained within the target range set for the year.
"""
    release = release_from_text(text)
    assert release.title == "Minutes of the Monetary Policy Meeting of the Policy Committee"


WRAPPED_BODY = """
Ruritania has concluded negotiations on a comprehensive trade agreement with Examplia,
opening new markets for our exporters and creating jobs across the country, the Minister
for Foreign Affairs said today in announcing the conclusion of the negotiations.
"""


def test_a_title_in_capitals_broken_over_two_lines_starts_on_the_first():
    text = """\
DEPARTMENT OF FOREIGN AFFAIRS
MEDIA RELEASE

Minister for Foreign Affairs
The Hon Jane Smith

RURITANIA WELCOMES
NEW TRADE AGREEMENT WITH EXAMPLIA

3 March 2023
"""
    release = release_from_text(text + WRAPPED_BODY)
    assert release.title == "RURITANIA WELCOMES NEW TRADE AGREEMENT WITH EXAMPLIA"


def test_a_category_in_capitals_over_the_title_stays_apart():
    text = """\
MINISTRY OF FOREIGN AFFAIRS

PRESS RELEASE
RURITANIA AND EXAMPLIA SIGN AGREEMENT ON VISA EXEMPTION

3 March 2023
"""
    release = release_from_text(text + WRAPPED_BODY)
    assert release.title == "RURITANIA AND EXAMPLIA SIGN AGREEMENT ON VISA EXEMPTION"


def test_a_council_s_name_over_its_press_release_is_the_letterhead():
    text = """\
Council of the Union
PRESS RELEASE
145/23
14/03/2023

Ruritania: Council prolongs sanctions for a further six months

The Council today decided to prolong the restrictive measures for a further six months.
"""
    release = release_from_text(text)
    assert release.title == "Ruritania: Council prolongs sanctions for a further six months"
    assert release.date == "2023-03-14"


def test_a_headline_ending_on_a_question_mark_over_its_date_is_the_title():
    text = """\
Foreign Minister: What does the new agreement mean for our farmers and exporters?

12 March 2023

The Foreign Minister answered questions from journalists on the new trade agreement.

She said the agreement would open new markets for the country's farmers.
"""
    release = release_from_text(text)
    assert release.title.startswith("Foreign Minister: What does the new agreement mean")
    assert release.date == "2023-03-12"


def test_a_headline_case_line_ending_on_a_point_is_the_title():
    text = """\
Secretary-General Condemns Attack in the Capital, Stands in Solidarity with Its People.

The following statement was issued today by the Spokesperson for the Secretary-General:

The Secretary-General condemns in the strongest possible terms today's attack.
"""
    release = release_from_text(text)
    assert release.title.startswith("Secretary-General Condemns Attack in the Capital")


def test_a_release_opening_with_its_first_paragraph_gets_no_title_from_it():
    text = """\
The Government of Ruritania strongly condemns the missile launch carried out today.

Ruritania calls on Examplia to refrain from further provocations and to return to talks.
"""
    assert release_from_text(text).title == ""


def test_a_notice_to_the_press_is_no_title():
    text = """\
PRESS RELEASE
For Immediate Release
May 3, 2023

SECRETARY SMITH TRAVELS TO EXAMPLIA

WASHINGTON — Secretary Smith will travel to Examplia City May 5-7 to meet senior officials.
"""
    assert release_from_text(text).title == "SECRETARY SMITH TRAVELS TO EXAMPLIA"


def test_an_act_s_numbered_title_beats_the_agenda_item_over_it():
    text = """\
United Nations
General Assembly
Distr.: General
31 December 2024
Seventy-ninth session
Agenda item 93

Developments in the field of telecommunications in the context of security

Resolution adopted by the General Assembly on 24 December 2024

79/999. Open-ended working group on the security of communications technologies

The General Assembly,
Recalling its resolutions on the matter,
1. Decides to endorse the progress report of the working group;
"""
    release = release_from_text(text)
    assert release.title.startswith("79/999. Open-ended working group")


def test_a_bracketed_source_naming_the_photographer_is_no_title():
    text = """\
(Quelle: Foto Jana Beispiel)

Wasserstoff als Schlüssel der Energiewende im Land

Der Wasserstoff gehört zu den Technologien, auf die die Fraktion beim Umbau der
Energieversorgung setzt, wie sie am Dienstag in der Hauptstadt erklärte.
"""
    assert release_from_text(text).title == "Wasserstoff als Schlüssel der Energiewende im Land"


def test_a_caption_closing_on_its_photographer_is_no_title():
    text = """\
Council of Ruritania meets in plenary session. Photo: Example Studios

Under the chair of its president, the Council of Ruritania met on Monday to review
the year's plan and adopted the measures set out below.
"""
    assert release_from_text(text).title == ""


def test_a_menu_entry_opened_by_a_list_mark_is_no_title():
    # A ticker of topics under a star, then the menu's search box, over the headline.
    text = """\
☆ Health: Example Fever Watch Harbour Festival #ExampleCity Football League

□ Search
☆ [          ]
Example City gets ready for the spring parade

The city's working group met on Tuesday to prepare the parade and the concerts that
will follow it in the main square.
"""
    assert release_from_text(text).title == "Example City gets ready for the spring parade"


def test_a_breadcrumb_trail_ending_on_the_title_is_not_the_title():
    # A page copied with lynx: an indented menu entry glued to its "#", the trail wrapped
    # over two lines, then the title (its date under it, read as one block).
    text = (
        "    #Flux RSS du site entier\n\n"
        "   Accueil > Actualités > Décisions de l’assemblée des enseignants du\n"
        "   mardi 10 septembre\n\n"
        "Décisions de l’assemblée des enseignants du mardi 10 septembre\n\n"
        "   mercredi 11 septembre 2019\n\n"
        "   L’assemblée des enseignants de la région s’est réunie le mardi 10 septembre\n"
        "   avec quatre-vingts collègues venus de plus de trente établissements et\n"
        "   écoles.\n"
    )
    assert release_from_text(text).title == (
        "Décisions de l’assemblée des enseignants du mardi 10 septembre"
    )


def test_menu_entries_over_the_title_are_the_menu_s():
    # The site's menu, then entries its marks open (a ticker of topics, a search box)
    # right over the headline: the menu's, not lines of the release.
    menu = "".join(f"□ Section {name}\n" for name in "ABCDEFGHIJKL")
    text = (
        menu
        + "☆ Health: Example Fever Watch Harbour Festival #ExampleCity Football League\n"
        + "□ Search\n"
        + "Example City gets ready for the spring parade\n\n"
        + "The city's working group met on Tuesday to prepare the parade and the concerts\n"
        + "that will follow it in the main square.\n"
    )
    release = release_from_text(text)
    assert release.title == "Example City gets ready for the spring parade"
    kept = [release.text[n.start : n.end] for n in release.nodes()]
    assert not any(line.startswith(("☆", "□")) for line in kept)


def test_a_page_whose_only_title_shaped_lines_are_menu_entries_gets_no_title():
    text = """\
* Service
+ Book tips and reviews
+ Green jobs board

The food industry has a large part to play in reaching the climate goals, and the lab
brings its firms together to set out concrete steps.
"""
    assert release_from_text(text).title == ""


def test_a_two_word_headline_under_the_menu_entries_is_the_title_not_an_entry():
    # (too short for a candidate, read by short_titles as the name over the text; session 41)
    text = """\
* Service
+ Book tips and reviews
+ Green jobs board

EXAMPLE LAB

The food industry has a large part to play in reaching the climate goals, and the lab
brings its firms together to set out concrete steps.
"""
    assert release_from_text(text).title == "EXAMPLE LAB"


def test_a_section_stamped_with_its_day_is_no_title():
    text = """\
(Source: Photo Jane Example)
Topic of the day // 02.11.2031

Hydrogen is the key to the energy transition

The group counts hydrogen among the technologies it relies on to rebuild the country's
energy supply, its spokesman said on Tuesday.
"""
    assert release_from_text(text).title == "Hydrogen is the key to the energy transition"
