"""Plain-text releases of the families real users paste or save, made up for these tests:
resolutions copied from a PDF (hard wraps, page furniture), UN cover pages laid out like
their page, transcripts with speaker labels in several languages, Korean releases,
scraped policy statements with paragraph numbers that lost their full stop, OCR'd text.
"""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words


def _labelled(release) -> list[tuple[str, int, str]]:
    """(label, depth among labelled nodes, first words) of every labelled non-heading."""
    found: list[tuple[str, int, str]] = []

    def walk(nodes, depth: int) -> None:
        for n in nodes:
            labelled = bool(n.label) and n.kind not in ("heading", "footnote")
            if labelled:
                found.append((n.label, depth + 1, release.node_text(n)[:30]))
            walk(n.children, depth + (1 if labelled else 0))

    walk(release.root.children, 0)
    return found


def _kinds(release, kind: str) -> list:
    return [n for n in release.nodes() if n.kind == kind]


def _removed(release) -> list[str]:
    return [r.text for r in release.removed]


# --- a resolution copied from its PDF without layout ------------------------------------

RESOLUTION_FLAT = """United Nations A/RES/80/97
General Assembly Distr.: General
10 December 2025
Eightieth session
Agenda item 14
Resolution adopted by the General Assembly on 8 December 2025
[without reference to a Main Committee (A/80/L.19)]
80/97. Report of the Atomic Agency of Ruritania
The General Assembly,
Having received the report of the Atomic Agency of Ruritania to the General
Assembly for the year 2024,1
Recognizing the importance of the work of the Agency,
1. Takes note with appreciation of the report of the Atomic Agency of Ruritania
for the year 2024;
2. Affirms its confidence in the role of the Agency in the application of nuclear
25-20199 (E) 151225
*2520199*
1 Official Records of the General Assembly, Eightieth Session, Supplement No. 1.
A/RES/80/97
Report of the Atomic Agency of Ruritania
2/3 25-20199
energy for peaceful purposes, as set out in the statute of the Agency;
3. Appeals to States to strengthen the safety of nuclear installations;
25-20199 3/3
A/RES/80/97
Report of the Atomic Agency of Ruritania
4. Requests the Secretary-General to transmit the present resolution to the Director
General of the Agency.
40th plenary meeting
8 December 2025
"""


def test_flat_resolution_heading_lines_preamble_and_page_furniture():
    release = release_from_text(RESOLUTION_FLAT)
    assert release.title == "80/97. Report of the Atomic Agency of Ruritania"
    assert release.date == "2025-12-08"  # adopted, not distributed
    paragraphs = [release.node_text(n) for n in release.root.children if n.kind == "paragraph"]
    # The preambular clause ending ",1" (a flattened note number) ends there.
    assert any(p.startswith("Recognizing the importance") for p in paragraphs)
    assert [label for label, _, _ in _labelled(release)] == ["1.", "2.", "3.", "4."]
    # Paragraph 2 runs on across the page break; the running head is furniture.
    two = next(n for n in release.root.children if n.label == "2.")
    assert "energy for peaceful purposes" in release.node_text(two)
    removed = _removed(release)
    assert removed.count("A/RES/80/97") == 2
    assert "2/3 25-20199" in removed and "25-20199 3/3" in removed
    assert removed.count("Report of the Atomic Agency of Ruritania") == 2
    (note,) = _kinds(release, "footnote")
    holder = next(n for n in release.root.children if note in n.children)
    assert release.node_text(holder).startswith("Having received")


# --- a UN report laid out like its page (pdftotext -layout) ------------------------------

REPORT_LAYOUT = """                 United Nations                                         A/HRC/31/9/Add.1
                 General Assembly                                       Distr.: General
                                                                        29 February 2016

                                                                        English only


Human Rights Council
Thirty-first session
29 February–24 March 2016
Agenda item 6
Universal periodic review


                 Report of the Working Group on the Universal Periodic
                 Review*

                 Ruritania

                 Addendum



                 * The present document was not edited before being sent to translation.

GE.16-03120(E)

A/HRC/31/9/Add.1

                 1.    Ruritania welcomes the recommendations received during its second
                 universal periodic review and has examined them carefully with civil society.
                 2.    Ruritania supports 140 recommendations and notes 22. Its replies to each
                 recommendation follow.




2                                                                            GE.16-03120
"""


def test_layout_report_masthead_date_session_period_and_feet():
    release = release_from_text(REPORT_LAYOUT)
    # The masthead's distribution date, not the session's period, dates a report.
    assert release.date == "2016-02-29"
    assert release.title.startswith("Report of the Working Group")
    assert "24 March" not in release.title
    assert [label for label, _, _ in _labelled(release)] == ["1.", "2."]
    removed = _removed(release)
    assert "A/HRC/31/9/Add.1" in removed
    assert "2 GE.16-03120" in removed


# --- paged text with form feeds: running heads and page numbers at page edges ----------

QUESTIONS_PAGED = (
    "                              Ruritania review – Advance questions\n\n"
    "          ADVANCE QUESTIONS TO RURITANIA\n\n"
    "          DENMARK\n\n"
    "             •   Denmark welcomes the steps taken to establish a national preventive\n"
    "                 mechanism. What further measures does the Government plan?\n\n"
    "             •   Could the Government elaborate on how it intends to implement the\n"
    "                 recommendations of the Committee against Torture?\n\n"
    "                                                                        - 1 -\n"
    "\f                              Ruritania review – Advance questions\n\n"
    "          SWEDEN\n\n"
    "             1.  What measures are taken to combat domestic violence, including\n"
    "                 through shelters for victims?\n\n"
    "                                                                        - 2 -\n"
)


def test_paged_running_head_and_page_numbers_are_furniture_country_is_heading():
    release = release_from_text(QUESTIONS_PAGED)
    assert release.title == "ADVANCE QUESTIONS TO RURITANIA"
    heads = [release.node_text(n) for n in _kinds(release, "heading")]
    assert heads == ["DENMARK", "SWEDEN"]
    removed = _removed(release)
    assert removed.count("Ruritania review – Advance questions") == 2
    assert "- 1 -" in removed and "- 2 -" in removed
    assert [label for label, _, _ in _labelled(release)] == ["•", "•", "1."]


def test_lone_bullets_join_their_text():
    text = (
        "Advance questions to Ruritania\n\nDENMARK\n\n•\n"
        "Denmark welcomes the steps taken to establish a national preventive mechanism.\n\n"
        "\uf0b7\nWhat steps does the Government take to guarantee the rights of Roma?\n"
    )
    release = release_from_text(text)
    assert [label for label, _, _ in _labelled(release)] == [
        "•",
        "•",
    ]  # (the Symbol bullet shown as drawn)
    assert not lost_words(text, release)


# --- transcripts -------------------------------------------------------------------------

DOORSTOP = """Transcript of doorstop interview, Jakarta

The Hon Jane Doe MP

Minister for Foreign Affairs

14 March 2004

E&OE

DOWNER: Well, I have just had a very constructive meeting with the Foreign Minister.

JOURNALIST: Minister, did you raise the travel advice?

DOWNER: Yes, I did. We keep it under constant review.

ENDS
"""


def test_transcript_disclaimer_is_a_note_not_a_heading_over_the_turns():
    release = release_from_text(DOORSTOP)
    assert release.title == "Transcript of doorstop interview, Jakarta"
    assert not _kinds(release, "heading")
    turns = [n for n in release.nodes() if n.attrs.get("speaker")]
    assert [n.attrs["speaker"] for n in turns] == ["DOWNER", "JOURNALIST", "DOWNER"]


MFA_BILINGUAL = """2022年8月19日外交部发言人主持例行记者会
2022/08/19
发言人：各位记者朋友，下午好。首先，我发布一条消息。
中央电视台记者：近日，有关国家议员再次窜访。中方对此有何评论？
发言人：我们已多次表明中方的严正立场。
Regular Press Conference of the Foreign Ministry Spokesperson on August 19, 2022
Spokesperson Li: Good afternoon, friends from the press.
CCTV: Recently, some legislators visited again. What is your comment?
Spokesperson Li: We have repeatedly stated our solemn position.
"""


def test_chinese_and_english_speaker_labels_and_a_slash_date():
    release = release_from_text(MFA_BILINGUAL)
    assert release.date == "2022-08-19"
    # The date line heads nothing; the English version's title heads its turns.
    heads = [release.node_text(n) for n in _kinds(release, "heading")]
    assert heads == [
        "Regular Press Conference of the Foreign Ministry Spokesperson on August 19, 2022"
    ]
    speakers = [n.attrs["speaker"] for n in release.nodes() if n.attrs.get("speaker")]
    assert speakers == [
        "发言人",
        "中央电视台记者",
        "发言人",
        "Spokesperson Li",
        "CCTV",
        "Spokesperson Li",
    ]


def test_ordinary_case_field_labels_in_a_report_are_no_speakers():
    text = (
        "Programme plan for 2026\n\n"
        "Objective: to advance the rule of law through the work of the office in the region.\n\n"
        "Strategy: the office will support States in drafting their national legislation.\n\n"
        "Objective: to strengthen the protection of civilians in armed conflict worldwide.\n"
    )
    release = release_from_text(text)
    assert not [n for n in release.nodes() if n.attrs.get("speaker")]


def test_japanese_era_date():
    text = (
        "外務大臣会見記録\n令和5年12月18日（月曜日）15時00分\n"
        "【大臣】本日、弾道ミサイルが発射されました。強く非難いたします。\n"
        "【記者】今回の発射について伺います。\n【大臣】関係国と緊密に連携してまいります。\n"
    )
    release = release_from_text(text)
    assert release.date == "2023-12-18"
    assert [n.kind for n in release.root.children][:2] == ["title", "dateline"]


# --- Korean releases ---------------------------------------------------------------------


def test_korean_sub_points_typed_as_ieung_or_latin_o():
    text = (
        "한-미 외교장관 약식회담 개최\n2021-10-06\n"
        "□ 외교부 장관은 10.5.(화) 각료이사회 계기 미국 국무장관과 약식회담을 가졌다.\n"
        "ㅇ 양 장관은 관련 협의를 계속해 나가기로 하였다.\n"
        "o 장관은 미측의 지지에 사의를 표하였다.\n"
        "- 국무장관은 긴밀한 공조를 강조하였다.\n"
        "□양 장관은 고위급 소통을 지속해 나가기로 하였다. 끝.\n"
    )
    release = release_from_text(text)
    assert [(label, depth) for label, depth, _ in _labelled(release)] == [
        ("□", 1),
        ("ㅇ", 2),
        ("o", 2),
        ("-", 3),
        ("□", 1),
    ]


# --- a scraped policy statement: numbers without full stops --------------------------------

STATEMENT_SCRAPED = """Monetary Policy Statement
Published Date: 29 January 2024
1 The Monetary Authority of Ruritania today released its first monetary policy statement of the year.
2 In 2023, the economy grew by 1.2%, slower than the 3.8% recorded in 2022.1 Growth is expected to pick up this year.
Economic Growth
3 The economy is projected to grow by 1–3% in 2024 as the global electronics cycle turns.
Inflation
4 Core inflation averaged 4.2% in 2023 and is expected to ease over the coming year.
1 Based on advance estimates released by the Ministry of Trade and Industry.
"""


def test_bare_paragraph_numbers_running_from_one_are_labels_and_a_late_one_is_a_note():
    release = release_from_text(STATEMENT_SCRAPED)
    assert [label for label, _, _ in _labelled(release)] == ["1", "2", "3", "4"]
    (note,) = _kinds(release, "footnote")
    assert release.node_text(note).startswith("Based on advance")
    holder = next(n for n in release.nodes() if note in n.children)
    assert holder.label == "2"


def test_endnotes_after_the_text_are_not_bare_paragraph_numbers():
    text = (
        "Statement on the Treaty\n\n"
        "The Ministers recalled the Treaty of Ruritania,1 which entered into force in 1969.\n\n"
        "They welcomed the conference held in Geneva in May,2 and its final document.3\n\n"
        "They called on all States to sign the additional protocols without delay now.\n\n"
        "They agreed to meet again next year in the capital of the current chair State.\n\n"
        "1 United Nations, Treaty Series, vol. 634, No. 9068 and related documents.\n\n"
        "2 See the report of the conference, document ABC/2025/1 and its annexes.\n\n"
        "3 Final Document of the Conference, part I, section A, paragraphs 1 to 12.\n"
    )
    release = release_from_text(text)
    assert len(_kinds(release, "footnote")) == 3
    assert not _labelled(release)


# --- OCR'd and older text ----------------------------------------------------------------


def test_spanish_ordinals_and_dashed_roman_sections():
    text = (
        "MENSAJE DEL PRESIDENTE\n\n21 de Mayo de 1937\n\n"
        "II.— RELACIONES EXTERIORES\n\n"
        "1.º Las relaciones con los países amigos se han mantenido en un pie de cordialidad.\n\n"
        "2.º Se firmaron varios convenios comerciales, que serán sometidos a vuestra consideración.\n"
    )
    release = release_from_text(text)
    heads = _kinds(release, "heading")
    assert [h.label for h in heads] == ["II."]
    assert [label for label, _, _ in _labelled(release)] == ["1.º", "2.º"]


def test_a_short_spoken_line_between_turns_is_no_heading():
    text = (
        "Transcript of press conference, Tripoli\n\n8 December 2011\n\n"
        "MINISTER: Let me say one or two things about our visit and the help we offer.\n\n"
        "We were the first country to call for a no fly zone over the country in March.\n\n"
        "Thank you very much\n\n"
        "JOURNALIST: What is the greatest challenge for the country now?\n\n"
        "MINISTER: That is a question for the people of the country to answer.\n"
    )
    release = release_from_text(text)
    assert not _kinds(release, "heading")


def test_site_greeting_is_no_title_and_a_topic_list_under_the_title_is_labelled():
    text = (
        "Welcome to the website of the Ministry of Foreign Affairs\n"
        "Statements of the Ministry at the government press conference of 19.05.2021\n"
        "- White paper on multilateralism\n- Council of Europe ministerial meeting\n"
        "- Situation in the Middle East\n"
        "White paper on multilateralism\n"
        "SPOKESPERSON: The Government today adopted its first white paper on "
        "multilateralism, which sets out why and how the country invests in cooperation.\n"
        "QUESTION: When will the white paper be presented to parliament by the Government?\n"
    )
    release = release_from_text(text)
    assert release.title.startswith("Statements of the Ministry")
    assert [label for label, _, _ in _labelled(release)] == ["-", "-", "-"]


def test_a_speaker_label_opens_a_turn_even_after_a_line_that_looks_wrapped():
    # Chinese and Japanese lines end without a full stop; as long as each other, they
    # look hard-wrapped, but a label always opens a new turn.
    line = "弾道ミサイルが発射されました。これは関連する決議に違反するものであり"
    text = (
        "外務大臣会見記録\n"
        f"【大臣】本日、{line}\n【記者】昨日、{line}\n【大臣】今朝、{line}\n"
        f"问：一、{line}\n答：二、{line}\n问：三、{line}\n"
    )
    release = release_from_text(text)
    speakers = [n.attrs["speaker"] for n in release.nodes() if n.attrs.get("speaker")]
    assert speakers == ["大臣", "記者", "大臣", "问", "答", "问"]


def test_korean_bracketed_roles_are_speakers():
    text = (
        "외교부 대변인 정례브리핑\n2023-04-18\n"
        "(대변인) 네, 오늘 브리핑을 시작하겠습니다. 장관은 내일 회담을 갖습니다.\n"
        "(질문) 관련해서 추가로 확인된 사항이 있습니까?\n"
        "(답변) 관련 사항은 현재 긴밀히 협의 중에 있습니다.\n"
    )
    release = release_from_text(text)
    speakers = [n.attrs["speaker"] for n in release.nodes() if n.attrs.get("speaker")]
    assert speakers == ["대변인", "질문", "답변"]


def test_double_spaced_paste_keeps_a_citation_bracket_in_its_paragraph():
    lines = [
        "Conference report adopted in Geneva",
        "The Conference took note of the report of the World Conference on Women, Beijing,",
        "held from 4 to 15 September 1995 in the capital of the host State of the Conference",
        "(United Nations publication, Sales No. E.96.IV.13), and of its recommendations.",
        "The Conference decided to meet again in three years at the invitation of Ruritania.",
    ] * 3
    release = release_from_text("\n\n".join(lines) + "\n")
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert not [p for p in paragraphs if p.startswith("(United")]


def test_double_spaced_page_note_is_not_glued_to_the_paragraph_above():
    text = "\n\n".join(RESOLUTION_FLAT.splitlines()) + "\n"
    release = release_from_text(text)
    (note,) = _kinds(release, "footnote")
    assert release.node_text(note).startswith("Official Records")
    two = next(n for n in release.nodes() if n.label == "2.")
    assert release.node_text(two).endswith("statute of the Agency;")  # across the page
    assert not lost_words(text, release)


def test_named_speakers_in_ordinary_case_with_media_questioners():
    turns = [
        "Wang Li: Good afternoon, friends from the press. I have an announcement to share.",
        "CCTV: Some legislators visited the island again. What is your comment on it?",
        "Wang Li: We have repeatedly stated our solemn position on this matter.",
        "AFP: Can you confirm the reports about new exercises in the coming days?",
        "Wang Li: I would refer you to the competent authorities for the details.",
    ]
    release = release_from_text(
        "Regular Press Conference on August 19, 2022\n\n" + "\n\n".join(turns)
    )
    speakers = [n.attrs["speaker"] for n in release.nodes() if n.attrs.get("speaker")]
    assert speakers == ["Wang Li", "CCTV", "Wang Li", "AFP", "Wang Li"]


def test_chinese_and_japanese_numbering_set_against_the_text():
    text = (
        "关于加强合作的声明\n2024年3月29日\n"
        "一、会议认为，当前外部环境更趋复杂严峻，各方应当加强政策协调与合作。\n"
        "（一）加强宏观政策协调，保持流动性合理充裕，稳定市场预期。\n"
        "（二）深化金融改革开放，提升服务实体经济的能力和水平。\n"
        "二、会议强调，要坚持稳中求进工作总基调，推动高质量发展。\n"
    )
    release = release_from_text(text)
    assert [(label, depth) for label, depth, _ in _labelled(release)] == [
        ("一、", 1),
        ("（一）", 2),
        ("（二）", 2),
        ("二、", 1),
    ]


def test_en_and_em_spaces_after_a_paragraph_number():
    text = (
        "Resolution on cooperation in the region\n\n"
        "1.\u2002Takes note of the report of the Secretary-General on cooperation;\n\n"
        "2.\u2003Decides to remain seized of the matter and to review it next year.\n"
    )
    release = release_from_text(text)
    assert [label for label, _, _ in _labelled(release)] == ["1.", "2."]


def test_unwrapped_line_ending_on_an_article_goes_on_under_a_capital():
    # A page copied as text, a paragraph a line: a link's name was put on a line of its
    # own, so the sentence stops on "the" and goes on with the capitalised name.
    lines = [
        "Office of the Example County Prosecutor",
        "A jury today convicted a man of setting fire to a warehouse in the harbour district"
        " of Example City in the spring of last year, prosecutors said after the verdict.",
        "The prosecutor also thanked the",
        "Example City Fire Department",
        "for the careful investigation that led to the arrest and the charges.",
        "The sentencing hearing is set for the first week of next month before the county court.",
    ]
    release = release_from_text("\n".join(lines) + "\n")
    paragraphs = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    assert any(
        p.startswith("The prosecutor also thanked the") and "careful investigation" in p
        for p in paragraphs
    )
    assert not [p for p in paragraphs if p.startswith("Example City Fire")]
