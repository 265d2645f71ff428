"""Structure rules on small releases written for these tests, including the known traps."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words


def outline(text: str):
    return release_from_text(text)


def labels(nodes) -> list[str]:
    return [n.label for n in nodes]


def test_breadcrumb_one_home_is_not_paragraph_one():
    text = (
        "1. Home\n2. News\n3. Statements\n\n"
        "Minister Welcomes Trade Agreement\n\n"
        "1. The Minister welcomed the signing of the agreement on Monday in Geneva.\n\n"
        "2. The agreement enters into force next year after ratification by both parties.\n"
    )
    release = outline(text)
    assert release.title == "Minister Welcomes Trade Agreement"
    paragraphs = [n for n in release.root.children if n.kind == "paragraph"]
    assert labels(paragraphs) == ["1.", "2."]
    assert release.node_text(paragraphs[0]).startswith("The Minister welcomed")
    assert not lost_words(text, release)


def test_unofficial_translation_star_is_a_note():
    text = (
        "Ministers Meet in Lisbon\n\n1. The ministers met in Lisbon and discussed the summit.\n\n"
        "* unofficial translation\n"
    )
    release = outline(text)
    assert release.root.children[-1].kind == "note"
    assert not [n for n in release.nodes() if n.kind == "footnote"]


def test_footnote_goes_to_the_paragraph_with_its_marker_even_if_printed_later():
    text = (
        "Conference Opens in Nairobi\n\n"
        "1. Delegations from forty States** attended the opening of the conference today.\n\n"
        "2. The Special Envoy* briefed the participants on the situation in the region.\n\n"
        "* Ms. Ana Lima, Special Envoy for the Great Lakes\n\n"
        "** Including the members of the Bureau\n"
    )
    release = outline(text)
    p1, p2 = [n for n in release.root.children if n.kind == "paragraph"]
    assert [c.kind for c in p2.children] == ["footnote"]
    assert release.node_text(p2.children[0]).startswith("Ms. Ana Lima")
    assert [c.label for c in p1.children] == ["**"]


def test_numbering_families_nest_by_first_appearance():
    text = (
        "Council Conclusions on the Sahel\n\n"
        "1. The Council adopted conclusions on the situation in the Sahel region today.\n\n"
        "(a) It condemned the attacks against civilians in the border areas.\n\n"
        "- including the attack on the market of the capital\n\n"
        "(b) It called for an inclusive political transition.\n\n"
        "2. The Council will return to the matter at its next meeting in March.\n"
    )
    release = outline(text)
    p1, p2 = [n for n in release.root.children if n.kind == "paragraph"]
    assert labels(p1.children) == ["(a)", "(b)"]
    assert labels(p1.children[0].children) == ["-"]
    assert p2.label == "2."


def test_korean_hierarchy_and_hangul_labels():
    text = (
        "한-프랑스 외교장관 회담 개최\n\n"
        "□ 강경화 외교부 장관은 3월 18일 프랑스 외교장관과 회담을 가졌습니다.\n\n"
        "○ 양 장관은 한반도 정세에 대해 의견을 교환하였습니다.\n\n"
        "- 장관은 프랑스의 지지를 요청하였습니다.\n\n"
        "○ 양측은 긴밀한 협력을 지속하기로 하였습니다.\n\n"
        "□ 이번 회담은 양국 관계 발전에 기여할 것으로 기대됩니다.\n"
    )
    release = outline(text)
    assert release.language == "ko"
    tops = [n for n in release.root.children if n.label == "□"]
    assert len(tops) == 2
    assert labels(tops[0].children) == ["○", "○"]
    assert labels(tops[0].children[0].children) == ["-"]
    assert not lost_words(text, release)


def test_hangul_letter_labels():
    text = "보도자료 제목입니다 오늘 발표\n\n가. 첫째 항목에 대한 설명입니다 오늘.\n\n나. 둘째 항목에 대한 설명입니다 오늘.\n"
    release = outline(text)
    assert [n.label for n in release.nodes() if n.label] == ["가.", "나."]


def test_text_cut_off_mid_word_is_kept():
    text = "Statement on the Elections\n\nThe Minister welcomed the peaceful conduct of the elec"
    release = outline(text)
    assert release.text.endswith("conduct of the elec")
    assert not lost_words(text, release)


def test_dash_framed_subtitle_and_french_dateline():
    text = (
        "Visite du ministre à Dakar\n\n- Signature d’un accord de coopération –\n\n"
        "Paris, le 3 mars 2024\n\n"
        "1. Le ministre s’est rendu à Dakar pour une visite de travail de deux jours.\n"
    )
    release = outline(text)
    assert release.title == "Visite du ministre à Dakar"
    assert release.subtitle == "Signature d’un accord de coopération"
    assert release.date == "2024-03-03"
    assert release.language == "fr"


def test_quote_block_with_speaker_line_after_it():
    text = (
        "Council Meets on Migration\n\n"
        '"We must act together, and we must act now to save lives at sea."\n\n'
        "Maria Silva, Minister for Foreign Affairs\n\n"
        "The Council discussed migration and adopted conclusions on the central route.\n"
    )
    release = outline(text)
    quote = [n for n in release.nodes() if n.kind == "quote"][0]
    assert quote.attrs["speaker"] == "Maria Silva, Minister for Foreign Affairs"


def test_contact_block_at_the_end():
    text = (
        "Press Release on the Summit\n\n"
        "The summit adopted a declaration on climate finance and adaptation today.\n\n"
        "Next steps\n\n"
        "The declaration goes to the ministers, who will meet again in the spring to adopt it.\n\n"
        "Contacts:\n\nJane Doe\n\nPress Officer\n\nE-mail: jane.doe@example.org\n"
    )
    release = outline(text)
    # "Contacts:" heads the contacts' section, one more part after the release's last
    # crosshead (in a release without crossheads it leads into the card instead:
    # test_contact_captions).
    section = release.root.children[-1]
    assert section.kind == "heading"
    contact = section.children[-1]
    assert contact.kind == "contact"
    assert "jane.doe@example.org" in release.text[contact.start : contact.end]


def test_empty_paste_gives_an_empty_outline_or_error():
    import pytest

    from briefing.ingest import ReleaseReadError

    with pytest.raises(ReleaseReadError):
        outline("   \n\n ")


# --- rules that must hold across issuers (each fixture is made up, in the general shape) --


def _paragraphs(release):
    return [n for n in release.nodes() if n.kind == "paragraph"]


def _text(release, node) -> str:
    return release.text[node.body_start : node.end]


def test_title_is_the_line_before_the_dateline_with_place_and_issuer():
    text = (
        "Media centre\n\nLatest news\n\n"
        "Coastal States Sign Pact on Fisheries Data\n\n"
        "3 March 2023 – Canberra, ACT – Department of Ocean Affairs\n\n"
        "The ministers signed the pact on 28 February 2023 after two years of talks.\n\n"
        "It enters into force on 1 July 2023 once ratified by all five parties.\n"
    )
    release = outline(text)
    assert release.title == "Coastal States Sign Pact on Fisheries Data"
    assert release.date == "2023-03-03"  # the dateline, not the first date in the body
    kinds = [n.kind for n in release.root.children]
    assert kinds.index("title") + 1 == kinds.index("dateline")


def test_breadcrumb_trail_ending_in_the_title_is_navigation():
    text = (
        "1. Home\n2. News\n3. Coastal States Sign Pact on Fisheries Data\n\n"
        "Coastal States Sign Pact on Fisheries Data\n\n"
        "1. The ministers signed the pact in Lisbon after two years of talks.\n\n"
        "2. It enters into force once ratified by all five parties to it.\n"
    )
    release = outline(text)
    assert release.title == "Coastal States Sign Pact on Fisheries Data"
    assert labels(top_paragraphs(release)) == ["1.", "2."]
    assert {r.text for r in release.removed} >= {"1. Home", "2. News"}
    assert not lost_words(text, release)


def top_paragraphs(release):
    return [n for n in release.root.children if n.kind == "paragraph"]


def test_navigation_lines_are_never_the_title():
    text = (
        "Other available languages\n\nYou are here: Home / Newsroom\n\n"
        "Ministers Open the Regional Water Forum\n\n"
        "The ministers opened the forum today and adopted its programme of work.\n"
    )
    release = outline(text)
    assert release.title == "Ministers Open the Regional Water Forum"


def test_a_long_title_of_more_than_forty_words_is_kept_whole():
    title = (
        "Joint Statement of the Ministers of Foreign Affairs of the Five Coastal States "
        "on the Protection of Fish Stocks, the Exchange of Scientific Data and the "
        "Establishment of a Permanent Secretariat for the Regional Fisheries Arrangement "
        "in the Southern Ocean and Adjacent Seas Following Their Third Meeting Held in Hobart"
    )
    assert len(title.split()) >= 40
    release = outline(
        f"{title}\n\n12 May 2025\n\nThe ministers met in Hobart and agreed on a plan.\n"
    )
    assert release.title == title


def test_a_title_from_front_matter_wins_and_front_matter_is_not_text():
    text = (
        '---\ntitle: "Ministers Open the Regional Water Forum :"\ndate: 2025-05-12\n---\n\n'
        "Regional Water Forum\n\n"
        "The ministers opened the forum today and adopted its programme of work.\n"
    )
    release = outline(text)
    assert release.title == "Ministers Open the Regional Water Forum"
    assert release.date == "2025-05-12"
    assert not any("title:" in release.node_text(n) for n in release.nodes())
    assert any(r.kind == "metadata" for r in release.removed)


def test_a_title_in_the_readers_metadata_wins():
    from briefing.ingest.extracted import Extracted, Line
    from briefing.ingest.pipeline import structure

    lines = [
        Line("Newsroom"),
        Line("Ministers Open the Regional Water Forum"),
        Line("The ministers opened the forum today and adopted its programme of work."),
    ]
    meta = {"title": "Ministers Open the Regional Water Forum"}
    release = structure(Extracted(lines, "html", blocks_are_paragraphs=True, metadata=meta))
    assert release.title == meta["title"]
    assert release.root.children[0].kind in ("note", "title")
    assert [n.kind for n in release.root.children].count("title") == 1


def test_datelines_time_stamps_rules_and_page_numbers_are_never_headings():
    text = (
        "Briefing on the Regional Water Forum\n\n"
        "4:20 P.M. EDT\n\n"
        "The spokesperson opened the briefing with an update on the forum in Dakar.\n\n"
        "---\n\n"
        "12 May 2025\n\n"
        "The delegations adopted the programme of work without a vote on Monday.\n\n"
        "2\n\n"
        "The forum will meet again next year in a city to be decided by the bureau.\n"
    )
    release = outline(text)
    assert not [n for n in release.nodes() if n.kind == "heading"]
    assert len(top_paragraphs(release)) == 3


def test_a_sentence_fragment_is_not_a_heading_and_swallows_nothing():
    text = (
        "Ministers Open the Regional Water Forum\n\n"
        "The ministers opened the forum today and adopted its programme of work.\n\n"
        "and then the delegations went on to discuss\n\n"
        "The forum will meet again next year in a city to be decided by the bureau.\n\n"
        "Several delegations asked for a shorter agenda at the next session.\n"
    )
    release = outline(text)
    assert not [n for n in release.nodes() if n.kind == "heading"]
    assert all(not n.children for n in top_paragraphs(release))


def test_a_capitalised_crosshead_with_paragraphs_under_it_is_a_heading():
    text = (
        "Ministers Open the Regional Water Forum\n\n"
        "The ministers opened the forum today and adopted its programme of work.\n\n"
        "Water Security\n\n"
        "The delegations discussed the shared management of the river basins.\n\n"
        "They agreed to exchange hydrological data every month from next year.\n"
    )
    release = outline(text)
    (heading,) = [n for n in release.nodes() if n.kind == "heading"]
    assert release.node_text(heading) == "Water Security"
    assert len(heading.children) == 2


def test_hard_wrapped_line_ending_in_a_full_stop_continues_when_full_width():
    body = [
        "The delegations adopted the programme of work and agreed to report to the",
        "ministers by the end of the year on the progress made in the working groups.",
        "the report will also cover the budget of the secretariat for the next two",
        "years and the arrangements for the meeting of the parties in the autumn.",
        "",
        "The forum closed with a statement by the chair on the next steps to take",
        "in the region, and a vote of thanks to the host country for its support.",
        "Delegations then left for the field visit to the river basin authority",
        "where they were briefed on the monitoring stations built last summer.",
        "",
        "The next forum will take place in two years in a city that the bureau",
        "will choose at its spring meeting, after consulting all the delegations.",
        "",
        "The chair thanked the interpreters and the staff of the secretariat.",
    ]
    release = outline("Water Forum Closes in Dakar\n\n" + "\n".join(body) + "\n")
    paragraphs = top_paragraphs(release)
    assert len(paragraphs) == 4
    assert _text(release, paragraphs[0]).rstrip().endswith("in the autumn.")
    # Set apart by blank lines: a full line ending in "." then a capital is a wrap too.
    assert _text(release, paragraphs[1]).rstrip().endswith("built last summer.")


def test_figures_at_a_line_start_are_not_labels():
    text = (
        "Trade Figures for the First Quarter\n\n"
        "1. Exports rose in the first quarter of the year, reaching\n\n"
        "74.2 billion dollars, the highest figure since records began.\n\n"
        "6.3 per cent of the total went to the region's neighbours.\n\n"
        "2. Imports fell slightly over the same period of the year.\n"
    )
    release = outline(text)
    labelled = [n.label for n in release.nodes() if n.label]
    assert labelled == ["1.", "2."]


def test_a_lone_number_in_prose_is_not_a_label():
    text = (
        "Conference Closes in Nairobi\n\n"
        "1. Delegations from many States attended the closing session of the conference.\n\n"
        "2. The chair thanked the host country for its hospitality and support.\n\n"
        "74. delegations signed the final act, and the others will sign it later.\n\n"
        "3. The next conference will take place in two years in Asia.\n"
    )
    release = outline(text)
    assert labels(top_paragraphs(release)) == ["1.", "2.", "", "3."] or labels(
        top_paragraphs(release)
    ) == ["1.", "2.", "3."]
    assert "74." not in [n.label for n in release.nodes()]


def test_an_unmarked_note_under_a_paragraph_belongs_to_it_and_keeps_the_numbering():
    text = (
        "Trade Figures for the First Quarter\n\n"
        "1. Exports rose in the first quarter of the year to a new record level.\n\n"
        "- Machinery accounted for most of the increase in the quarter.\n\n"
        "* Figures for March are provisional and may be revised later.\n\n"
        "2. Imports fell slightly over the same period of the year.\n\n"
        "※ Seasonally adjusted figures.\n\n"
        "3. The trade surplus widened as a result of both movements.\n"
    )
    release = outline(text)
    assert labels(top_paragraphs(release)) == ["1.", "2.", "3."]
    p1, p2, _ = top_paragraphs(release)
    assert [c.kind for c in p1.children] == ["item", "note"]
    assert [c.kind for c in p2.children] == ["note"]


def test_flattened_superscript_markers_find_their_notes_far_below():
    text = (
        "Report on Fisheries Data\n\n"
        "1. The parties recalled the agreement concluded in 2024,1 and the protocol to it.\n\n"
        "2. They welcomed the new reporting system,2 which all parties now use.\n\n"
        "3. They will meet again next year to review the data collected so far.\n\n"
        "1 See document FD/2024/1.\n\n"
        "2 Described in document FD/2025/3.\n"
    )
    release = outline(text)
    p1, p2, p3 = top_paragraphs(release)
    assert [(c.kind, c.attrs.get("marker")) for c in p1.children] == [("footnote", "1")]
    assert [(c.kind, c.attrs.get("marker")) for c in p2.children] == [("footnote", "2")]
    assert not p3.children


def test_bracketed_marker_several_paragraphs_above_its_note():
    text = (
        "Report on Fisheries Data\n\n"
        "The parties recalled the agreement concluded last year in Lisbon.[1]\n\n"
        "They welcomed the new reporting system which all parties now use.\n\n"
        "They discussed the budget of the secretariat for the next two years.\n\n"
        "They will meet again next year to review the data collected so far.\n\n"
        "Notes\n\n"
        "[1] See document FD/2024/1.\n"
    )
    release = outline(text)
    (note,) = [n for n in release.nodes() if n.kind == "footnote"]
    holder = next(n for n in release.nodes() if note in n.children)
    assert "Lisbon" in release.node_text(holder)


def test_transcript_speaker_labels_make_turns():
    text = (
        "Press Briefing by the Spokesperson\n\n"
        "MODERATOR: Good afternoon, everyone, and thank you for joining today.\n\n"
        "We will start with a short statement and then take your questions.\n\n"
        "Q: Can you say when the talks will resume in Geneva next month?\n\n"
        "SPOKESPERSON KIM: The talks will resume on Monday, as planned by both sides.\n\n"
        "We hope for progress on the remaining issues before the summit.\n"
    )
    release = outline(text)
    turns = [n for n in release.root.children if n.attrs.get("speaker")]
    assert [t.attrs["speaker"] for t in turns] == ["MODERATOR", "Q", "SPOKESPERSON KIM"]
    assert len(turns[0].children) == 1 and len(turns[2].children) == 1


def test_question_and_answer_letters_and_asian_speaker_brackets():
    french = (
        "Point de presse du porte-parole\n\n"
        "Q - Quand les discussions reprendront-elles à Genève le mois prochain ?\n\n"
        "R - Les discussions reprendront lundi, comme prévu par les deux parties.\n"
    )
    japanese = (
        "外務大臣会見記録\n\n"
        "【記者】大臣、来週の会合について教えてください。\n\n"
        "【大臣】来週の会合では、地域の情勢について意見交換を行う予定です。\n"
    )
    korean = (
        "대변인 정례브리핑\n\n"
        "<질문> 다음 주 회의 일정에 대해 말씀해 주시겠습니까?\n\n"
        "‹답변> 다음 주 회의는 예정대로 월요일에 열릴 예정입니다.\n"
    )
    for text, speakers in (
        (french, ["Q", "R"]),
        (japanese, ["記者", "大臣"]),
        (korean, ["질문", "답변"]),
    ):
        release = outline(text)
        found = [n.attrs["speaker"] for n in release.nodes() if n.attrs.get("speaker")]
        assert found == speakers, text


def test_speech_verbs_beyond_said_make_quotes():
    text = (
        "Minister Visits the Port of Busan\n\n"
        "Minister Lee continued, “We will double the capacity of the port by 2030.”\n\n"
        "The Governor underlined, “Our city is ready to host the new terminal.”\n"
    )
    release = outline(text)
    speakers = [n.attrs.get("speaker") for n in release.nodes() if n.kind == "quote"]
    assert speakers == ["Minister Lee", "The Governor"]


def test_korean_bullets_nest_square_circle_dash_dot():
    text = (
        "한-프랑스 외교장관 회담 개최\n\n"
        "□ 장관은 3월 18일 프랑스 외교장관과 회담을 가졌습니다.\n\n"
        "○ 양 장관은 한반도 정세에 대해 의견을 교환하였습니다.\n\n"
        "- 장관은 프랑스의 지지를 요청하였습니다.\n\n"
        "· 프랑스 측은 지지를 표명하였습니다.\n\n"
        "□ 이번 회담은 양국 관계 발전에 기여할 것으로 기대됩니다.\n"
    )
    release = outline(text)
    first = top_paragraphs(release)[0]
    assert first.children[0].label == "○"
    assert first.children[0].children[0].label == "-"
    assert first.children[0].children[0].children[0].label == "·"
    assert top_paragraphs(release)[1].label == "□"


RESOLUTION = """United Nations

A/RES/90/7

General Assembly

Distr.: General
14 December 2035

Ninetieth session
Agenda item 55

Resolution adopted by the General Assembly on 9 December 2035

90/7. Cooperation on the protection of coral reefs

The General Assembly,

Recalling its resolution 85/20 of 1 December 2030 on the protection of
coral reefs,1

Noting with concern the continued decline of coral reefs in all regions,

1.
Decides to convene a conference on coral reefs in 2037;

2. Requests the Secretary-General:

(a) To prepare a report on the state of coral reefs;

(b) To consult Member States on the agenda of the conference;

1 See A/85/100.

(c) To submit the report to the Assembly at its ninety-second session;

2/3 25-15106

3. Decides to include in the provisional agenda of its ninety-second session the item
entitled "Protection of coral reefs".

*2515106*

A/RES/90/7

55th plenary meeting
9 December 2035

Annex

Programme of the conference

I. Opening

1. The conference will open with statements by the President of the Assembly.

2. The opening segment will last one morning.
"""


def test_un_resolution_shape():
    release = outline(RESOLUTION)
    assert release.title == "90/7. Cooperation on the protection of coral reefs"
    assert release.date == "2035-12-09"
    kinds = {n.kind for n in release.nodes()}
    assert "heading" in kinds
    # Preamble: unlabelled paragraphs, never headings.
    organ = next(n for n in release.nodes() if _text(release, n) == "The General Assembly,")
    assert organ.kind == "paragraph"
    recalling = next(n for n in release.nodes() if _text(release, n).startswith("Recalling"))
    assert recalling.kind == "paragraph" and "coral reefs,1" in _text(release, recalling)
    assert [(c.kind, c.attrs.get("marker")) for c in recalling.children] == [("footnote", "1")]
    # Operative paragraphs, the number alone on its line joined to its text.
    operative = [n for n in release.root.children if n.kind == "paragraph" and n.label]
    assert labels(operative) == ["1.", "2.", "3."]
    assert _text(release, operative[0]).startswith("Decides")
    assert labels(operative[1].children) == ["(a)", "(b)", "(c)"]
    # Page furniture goes to removed.
    furniture = {r.text for r in release.removed if r.kind == "page-furniture"}
    assert {"2/3 25-15106", "*2515106*"} <= furniture
    assert "A/RES/90/7" in furniture  # the running head repeating the symbol
    # The annex has its own numbering under its own headings.
    annex = next(n for n in release.nodes() if n.kind == "heading" and n.label == "I.")
    assert labels([c for c in annex.children if c.kind == "paragraph"]) == ["1.", "2."]
    assert not lost_words(RESOLUTION, release)


def test_glued_paragraphs_are_split():
    first = "Inflation fell for the ninth month in a row and closed the year at 9.3%."
    second = "Most measures of expected inflation also fell in the last month of the year."
    third = "The Board cut the policy rate by a quarter of a point at its January meeting."
    release = outline(f"Board Decision on the Policy Rate\n\n{first}{second}{third}\n")
    assert [_text(release, n) for n in top_paragraphs(release)] == [first, second, third]


def test_ocr_text_with_leading_spaces_reads_as_paragraphs():
    text = (
        " MEDIA RELEASE\n\n"
        " VISIT OF THE MINISTER TO THE GULF\n\n"
        " The Minister for Foreign Affairs will leave tomorrow for a week of talks in\n\n"
        " the Gulf, Egypt and New York on the crisis and its consequences.\n\n"
        " In Cairo he will meet the Foreign Minister and other senior officials.\n"
    )
    release = outline(text)
    assert release.title == "VISIT OF THE MINISTER TO THE GULF"
    paragraphs = top_paragraphs(release)
    assert len(paragraphs) == 2
    assert "the Gulf, Egypt" in _text(release, paragraphs[0])


def test_a_lone_label_joins_its_paragraph_in_paragraph_formats_and_ranges_are_labels():
    from briefing.ingest.extracted import Extracted, Line
    from briefing.ingest.pipeline import structure

    lines = [
        Line("Views on Recommendations", style="title"),
        Line("3. The Government accepts the following recommendations:"),
        Line("140.11-14"),
        Line("The convention on statelessness was ratified in January of this year."),
        Line("140.82-85, 87 The action plan against trafficking was renewed last year."),
    ]
    release = structure(Extracted(lines, "pdf", blocks_are_paragraphs=True))
    (p3,) = [n for n in release.root.children if n.label == "3."]
    assert [c.label for c in p3.children] == ["140.11-14", "140.82-85, 87"]
    assert release.text[p3.children[0].body_start :].startswith("The convention")


def test_a_document_of_bulleted_sentences_under_plain_headings():
    from briefing.ingest.extracted import Extracted, Line
    from briefing.ingest.pipeline import structure

    question = "Has the Government considered ratifying the Optional Protocol to the Convention?"
    lines = [
        Line("ADVANCE QUESTIONS TO THE STATE UNDER REVIEW"),
        Line("FIRST COUNTRY"),
        Line(question, style="list-item", label="•"),
        Line(
            "What is the current status of the draft media law before Parliament?",
            "list-item",
            0,
            "•",
        ),
        Line("SECOND COUNTRY"),
        Line(
            "How many cases of hate speech were brought before the courts last year?",
            "list-item",
            0,
            "•",
        ),
    ]
    release = structure(Extracted(lines, "docx", blocks_are_paragraphs=True))
    headings = [n for n in release.nodes() if n.kind == "heading"]
    assert [release.node_text(h) for h in headings] == ["FIRST COUNTRY", "SECOND COUNTRY"]
    assert [c.label for c in headings[0].children] == ["•", "•"]


def test_a_marker_printed_with_a_space_before_it_still_finds_its_note():
    text = (
        "Treaty Zones in the Region\n\n"
        "Recalling the treaties of Lisbon,1 Oporto, 2 Braga3 and Faro as a model for others,\n\n"
        "1. Welcomes the entry into force of the treaties for all the States of the region;\n\n"
        "1 Treaty Series, vol. 1.\n\n2 Treaty Series, vol. 2.\n\n3 Treaty Series, vol. 3.\n"
    )
    release = outline(text)
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert [n.attrs["marker"] for n in notes] == ["1", "2", "3"]
    holders = {next(p for p in release.nodes() if n in p.children).id for n in notes}
    assert len(holders) == 1


def test_citations_recitals_and_operative_paragraphs_are_sequences_not_nested():
    text = (
        "Resolution on the Protection of Coastal Waters\n\n"
        "The Regional Assembly,\n\n"
        "– having regard to its previous resolutions on coastal waters,\n\n"
        "– having regard to Rule 12 of its Rules of Procedure,\n\n"
        "A. whereas pollution of coastal waters has doubled in ten years;\n\n"
        "B. whereas fishing communities depend on clean waters for their living;\n\n"
        "1. Calls on the member states to adopt a common plan for coastal waters;\n\n"
        "2. Requests its President to forward this resolution to the governments:\n\n"
        "(a) of the member states;\n\n"
        "(b) of the neighbouring states.\n"
    )
    release = outline(text)
    tops = [n.label for n in release.root.children if n.label]
    assert tops == ["–", "–", "A.", "B.", "1.", "2."]
    two = release.root.children[-1]
    assert labels(two.children) == ["(a)", "(b)"]  # introduced by its colon


def test_japanese_bracket_labels_alone_are_section_headings():
    text = (
        "日本と地域の協力に関する会合の開催\n\n"
        "【概要】\n\n"
        "本日、東京において地域協力に関する会合が開催されました。各国の代表が出席しました。\n\n"
        "【今後の予定】\n\n"
        "次回の会合は来年春に開催される予定です。詳細は追って発表されます。\n"
    )
    release = outline(text)
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert headings == ["【概要】", "【今後の予定】"]
    assert not [n for n in release.nodes() if n.attrs.get("speaker")]


def test_a_title_set_over_lines_that_go_on_in_lower_case():
    text = (
        "REGULATION (XY) 2035/12 OF THE REGIONAL PARLIAMENT AND OF THE COUNCIL\n\n"
        "of 12 December 2035\n\n"
        "on the management of coastal fishing fleets and repealing Regulation 2030/4\n\n"
        "THE REGIONAL PARLIAMENT AND THE COUNCIL,\n\n"
        "Having regard to the Treaty on the Regional Union, and in particular Article 43,\n\n"
        "1. This Regulation lays down rules for the authorisation of fishing vessels.\n"
    )
    release = outline(text)
    assert release.title.startswith("REGULATION (XY) 2035/12")
    assert release.title.endswith("repealing Regulation 2030/4")
    assert release.date == "2035-12-12"


def test_numbered_crossheads_over_prose_nest_by_their_numbering():
    text = (
        "Minutes of the Board Meeting\n\n"
        "I. Review of economic conditions\n\n"
        "1. International conditions\n\n"
        "Global growth slowed in the quarter as trade tensions weighed on investment.\n\n"
        "2. Domestic conditions\n\n"
        "(1) Economic situation\n\n"
        "Exports recovered in the second half of the year after a weak first half.\n\n"
        "(2) Price trends\n\n"
        "Consumer prices rose mildly, in line with the projections of the staff.\n\n"
        "II. Decision\n\n"
        "The Board decided unanimously to keep the policy rate unchanged at 1.5 per cent.\n"
    )
    release = outline(text)
    (first, second) = [n for n in release.root.children if n.kind == "heading"]
    assert [c.label for c in first.children] == ["1.", "2."]
    assert [c.label for c in first.children[1].children] == ["(1)", "(2)"]
    assert second.label == "II."
    agenda = outline(
        "Provisional Agenda\n\n1. Opening of the session\n2. Elections\n3. Closing of the session\n\n"
        "Documents for the session are available on the website of the secretariat.\n"
    )
    assert not [n for n in agenda.nodes() if n.kind == "heading"]


def test_parts_of_an_act_designation_then_title_nest_by_designation():
    text = (
        "REGULATION ON COASTAL FLEETS\n\n"
        "THE REGIONAL COUNCIL,\n\n"
        "HAS ADOPTED THIS REGULATION:\n\n"
        "TITLE I\n\nGENERAL PROVISIONS\n\n"
        "Article 1\n\nSubject matter\n\n"
        "This Regulation lays down rules on the authorisation of coastal fishing vessels.\n\n"
        "Article 2\n\nDefinitions\n\n"
        "For the purposes of this Regulation the following definitions apply to all vessels.\n\n"
        "TITLE II\n\nAUTHORISATIONS\n\n"
        "Article 3\n\nPrinciple\n\n"
        "No vessel shall fish in coastal waters without an authorisation from the council.\n"
    )
    release = outline(text)
    tops = [n for n in release.root.children if n.kind == "heading"]
    assert [release.node_text(h) for h in tops] == ["GENERAL PROVISIONS", "AUTHORISATIONS"]
    articles = [release.node_text(c) for c in tops[0].children if c.kind == "heading"]
    assert articles == ["Subject matter", "Definitions"]
    assert not lost_words(text, release)


def test_two_upper_case_lead_ins_are_not_a_conversation():
    text = (
        "Statement on the Talks\n\n"
        "WASHINGTON: The two delegations met today and agreed to continue the talks.\n\n"
        "NOTE TO EDITORS: The full text of the statement is on the ministry's website.\n"
    )
    release = outline(text)
    assert not [n for n in release.nodes() if n.attrs.get("speaker")]


def test_a_breadcrumb_trail_on_one_line_is_navigation():
    text = (
        "1. Home / 2. Newsroom / 3. Coastal States Sign Pact on Fisheries Data\n\n"
        "Coastal States Sign Pact on Fisheries Data\n\n"
        "1. The ministers signed the pact in Lisbon after two years of talks.\n"
    )
    release = outline(text)
    assert release.title == "Coastal States Sign Pact on Fisheries Data"
    assert labels(top_paragraphs(release)) == ["1."]
    assert release.removed[0].text.startswith("1. Home")
