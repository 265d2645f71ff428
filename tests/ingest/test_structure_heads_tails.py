"""Structure rules for a release's head and tail, cut paragraphs and glued note numbers,
on small made-up releases in the shape of real ones (Word, HTML, plain text, OCR)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.pipeline import structure
from tests.ingest.helpers import lost_words


def _paragraphs(lines: list[Line], fmt: str = "docx"):
    return structure(Extracted(lines, fmt, blocks_are_paragraphs=True), suggest=False)


def _texts(release, kind: str) -> list[str]:
    return [release.node_text(n) for n in release.nodes() if n.kind == kind]


# -- 1. styled lines between the title and the body ------------------------------------


def test_styled_lines_under_a_budget_cover_are_headings_after_its_designations():
    lines = [
        Line("Proposed work plan for 2031", "heading1"),
        Line("Part IX", "heading1"),
        Line("Regional cooperation", "heading1"),
        Line("Section 12", "heading1"),
        Line("Regional cooperation", "heading1"),
        Line("Proposed resource requirements for 2031", "heading1"),
        Line("Overview", "heading1"),
        Line("12.1 The proposed resources for the section amount to 4.2 million dollars in all."),
        Line("12.2 The resources cover the posts and the travel of the regional offices."),
    ]
    release = _paragraphs(lines)
    assert release.title == "Proposed work plan for 2031"
    assert _texts(release, "heading") == ["Proposed resource requirements for 2031", "Overview"]
    # The designations and their names stay parts of the cover, not sections.
    notes = _texts(release, "note")
    assert "Part IX" in notes and "Section 12" in notes


def test_the_title_s_own_styled_run_stays_the_title_s_but_a_later_heading_is_one():
    lines = [
        Line("Proposed work plan for 2031", "heading1"),
        Line("Income section 4", "heading1"),
        Line("Income from publications", "heading1"),
        Line("Income from publications", "heading2"),
        Line("(Thousands of dollars)"),
        Line("IS4.1 The estimates under income section 4 amount to 2.1 million dollars."),
    ]
    release = _paragraphs(lines)
    headings = [n for n in release.nodes() if n.kind == "heading"]
    assert [release.node_text(h) for h in headings] == ["Income from publications"]
    assert headings[0].start > release.text.index("Income from publications")


def test_a_resolution_s_own_title_over_its_recitals_is_a_heading_not_its_case_number():
    lines = [
        Line("JOINT MOTION FOR A RESOLUTION on water security in the Sahel", "title"),
        Line("3.4.2031 - (2031/0101(RSP))"),
        Line("replacing the following motions:"),
        Line("B11-0101/2031 (Group One)"),
        Line("Ana Lima, Jan Novak, Eva Berg, Luis Prado, Tom Weber, Mia Rossi"),
        Line("on behalf of Group One"),
        Line("European Parliament resolution on water security in the Sahel", "heading2"),
        Line("(2031/0101(RSP))", "heading2"),
        Line("The European Parliament,"),
        Line("– having regard to its previous resolutions on the Sahel,"),
        Line("1. Calls on the Commission to support the regional water plan;"),
    ]
    release = _paragraphs(lines, "html")
    assert _texts(release, "heading") == [
        "European Parliament resolution on water security in the Sahel"
    ]
    assert "(2031/0101(RSP))" in _texts(release, "note")


def test_a_pdf_s_big_type_under_the_title_is_not_taken_for_headings():
    # PDF heading styles are guessed from font sizes: a cover's country name is no section.
    lines = [
        Line("National report on the review", "title"),
        Line("Freedonia", "heading1"),
        Line("* Issued without formal editing.", "footnote", label="", note_of=0),
        Line("Notes for the reader", "heading2"),
        Line("Methodology", "heading2"),
        Line("1. The report was prepared by the Government after consultations with the public."),
    ]
    release = structure(Extracted(lines, "pdf", blocks_are_paragraphs=True), suggest=False)
    assert "Notes for the reader" not in _texts(release, "heading")


# -- 2. contact blocks end ------------------------------------------------------------------


def _press_release_tail(styled: bool) -> list[Line]:
    h2, h3 = ("heading2", "heading3") if styled else ("", "")
    return [
        Line("Parliament backs new rules on river transport", "title"),
        Line("The plenary adopted the new rules on river transport by 500 votes to 90."),
        Line("Next steps", h2),
        Line("The rules enter into force twenty days after their publication in the journal."),
        Line("Contacts:", h2),
        Line("Ana LIMA", h3),
        Line("Press Officer"),
        Line("• Phone number: (+32) 2 28 40000 (BXL)", "list-item" if styled else ""),
        Line("• E-mail: ana.lima@parliament.example", "list-item" if styled else ""),
        Line("Further information", h2),
        Line("• Procedure file", "list-item" if styled else ""),
        Line("• Committee on Transport", "list-item" if styled else ""),
    ]


def test_a_styled_heading_of_the_contacts_rank_ends_the_contact_block():
    release = _paragraphs(_press_release_tail(styled=True), "html")
    tops = release.root.children
    heads = [n for n in tops if n.kind == "heading"]
    assert [release.node_text(h) for h in heads] == [
        "Next steps",
        "Contacts:",
        "Further information",
    ]
    contacts, further = heads[1], heads[2]
    assert [c.kind for c in contacts.children] == ["contact"]
    assert "ana.lima@" in release.node_text(contacts.children[0])
    assert "Procedure file" not in release.node_text(contacts.children[0])
    assert [release.node_text(c) for c in further.children] == [
        "• Procedure file",
        "• Committee on Transport",
    ]


def test_in_plain_text_further_information_over_its_links_ends_the_contacts():
    text = (
        "Parliament backs new rules on river transport\n\n"
        "The plenary adopted the new rules on river transport by 500 votes to 90 on Tuesday.\n\n"
        "Contacts:\n\nAna LIMA\n\nPress Officer\n\n"
        "Phone number: (+32) 2 28 40000 (BXL)\n\nE-mail: ana.lima@parliament.example\n\n"
        "Twitter account: @river_press\n\n"
        "Further information\n\nWatch the plenary debate again\n\nProcedure file on river transport\n"
    )
    release = release_from_text(text)
    assert "Further information" in _texts(release, "heading")
    assert not any("Further information" in t for t in _texts(release, "contact"))
    assert not lost_words(text, release)


# -- 3. paragraphs cut in two ---------------------------------------------------------------


def test_a_word_paragraph_cut_mid_sentence_is_joined_to_its_lower_case_rest():
    lines = [
        Line("Minutes of the Monetary Policy Meeting", "heading2"),
        Line("Minutes of the Joint Meeting of the Board of Directors and"),
        Line("the Board of Supervisors on 19 March 2031"),
        Line("The Board decided to keep the policy rate unchanged at 1.5 per cent this quarter."),
    ]
    release = _paragraphs(lines)
    assert "Directors and the Board of Supervisors" in release.text


def test_clauses_and_name_lists_in_paragraph_formats_stay_apart():
    lines = [
        Line("Council Decision on River Transport", "title"),
        Line("The Council of the Union,"),
        Line("having regard to the Treaty on the Functioning of the Union,"),
        Line("having regard to the proposal from the Commission,"),
        Line("Ana Lima, Jan Novak, Eva Berg, Luis Prado, Tom Weber, Mia Rossi"),
        Line("on behalf of Group One"),
        Line("Whereas the river network is a common good of the Member States:"),
    ]
    release = _paragraphs(lines, "html")
    for start in ("having regard to the proposal", "on behalf of Group One"):
        assert any(release.node_text(n).startswith(start) for n in release.nodes()), start


def _double_spaced(paragraph_lines: list[str]) -> str:
    return "".join(f" {line}\n\n" for line in paragraph_lines)


def test_ocr_breaks_before_a_capitalised_word_are_joined_on_strong_evidence_only():
    text = _double_spaced(
        [
            "MINISTER TO VISIT THE GULF",
            "The Minister will leave tomorrow for a week of talks on the crisis in Europe and",
            "the Middle East, where he will meet the foreign ministers of the region.",
            "On Tuesday he will travel on to New York for meetings with the US",
            "Administration in Washington.",
            "He is expected to return to Canberra at the end of the month, before the session",
            "opens.",
            "The visit was announced today in a statement issued by the office of the Minister.",
            "Jane Doe, Minister for Foreign Affairs and Trade of the Commonwealth",
            "The statement ends here with a full stop after its last word.",
            "CANBERRA",
            "21 August 1990",
        ]
    )
    release = release_from_text(text)
    paragraphs = _texts(release, "paragraph")
    assert any("with the US\nAdministration in Washington." in p for p in paragraphs)
    # A name and title (capitalised words) is no sentence cut short.
    assert not any("Commonwealth\nThe statement" in p for p in paragraphs)


def test_an_indented_lone_paragraph_number_joins_its_text_across_the_line_under_it():
    text = (
        "Views of the State under review\n\n"
        "1. The Government has examined the recommendations it received and replies below.\n\n"
        "            122.16\n"
        "                   The State considers this recommendation implemented. The Family\n"
        "            Code adopted in 2017 established the Council for Children and Families\n"
        "            headed by the minister responsible for family affairs.\n\n"
        "122.34-35\n"
        "       See recommendation 122.28. Upon the adoption of the Protection against\n"
        "Discrimination Act, the Advocate of the Principle of Equality became independent.\n"
    )
    release = release_from_text(text)
    labelled = [n for n in release.nodes() if n.label in ("122.16", "122.34-35")]
    assert [n.label for n in labelled] == ["122.16", "122.34-35"]
    assert "Discrimination Act" in release.node_text(labelled[1])
    assert not _texts(release, "heading")


# -- 4. footnote numbers glued to a word ----------------------------------------------------


def test_a_note_number_glued_to_a_word_is_cut_out_and_linked_to_its_note():
    text = (
        "National Report on the Goals\n\n"
        "40. The implementation of the SDGs12 and the monitoring of progress are linked to the "
        "national development strategy adopted by the Government in 2017.\n\n"
        "41. The G20 summit in 2030 will review the progress of all members on the goals.\n\n"
        "12 Sustainable Development Goals.\n\n"
        "20 Not a note of the G20: nothing cites it.\n"
    )
    release = release_from_text(text)
    p40 = next(n for n in release.nodes() if n.label == "40.")
    assert release.node_text(p40).startswith("The implementation of the SDGs and the")
    assert [(c.kind, c.label) for c in p40.children] == [("footnote", "12")]
    assert "G20 summit" in release.text  # a name, not a word with its note number
    assert ("footnote-marker", "12") in [(r.kind, r.text) for r in release.removed]
    assert not lost_words(text, release)


def test_a_word_footnote_reference_left_in_the_text_is_cut_out_of_its_word():
    lines = [
        Line("Minutes of the Monetary Policy Meeting", "heading2"),
        Line("Minutes1 of the Joint Meeting of the Board of Directors on 19 March 2031"),
        Line("The Board decided to keep the policy rate unchanged at 1.5 per cent this quarter."),
        Line(
            "This translation is provided for information only.", "footnote", label="1", note_of=1
        ),
    ]
    release = _paragraphs(lines)
    holder = next(n for n in release.nodes() if any(c.kind == "footnote" for c in n.children))
    assert release.node_text(holder).startswith("Minutes of the Joint Meeting")
    assert ("footnote-marker", "1") in [(r.kind, r.text) for r in release.removed]


# -- page furniture and heads of paged text ---------------------------------------------------


def test_a_running_foot_with_its_page_number_is_furniture_and_the_paragraph_is_mended():
    text = (
        "MINISTER FOR FOREIGN AFFAIRS\n\nTRANSCRIPT OF DOORSTOP INTERVIEW, PORT LOUIS\n\n"
        "JOURNALIST: What will you discuss with the Prime Minister tomorrow morning?\n\n"
        "MINISTER: We will talk about the fisheries agreement and about the new air links "
        "between our two countries, and I think the process that is being followed is the \n\n"
        "Inquiries:  (02) 6100 7500 1\n\n \n\n"
        "Inquiries:  (02) 6100 7500 2\n\n"
        " right process and it will reach an appropriate outcome for both sides.\n\n"
        "JOURNALIST: Thank you, Minister, for taking our questions this morning.\n"
    )
    release = release_from_text(text)
    removed = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert removed == ["Inquiries: (02) 6100 7500 1", "Inquiries: (02) 6100 7500 2"]
    assert "is the\nright process" in release.text or "is the right process" in release.text
    assert not _texts(release, "heading")


def test_an_embargo_notice_does_not_start_the_body_and_an_address_is_no_heading():
    text = (
        "Not to be released until 8:50 a.m. local time on Friday, 18 June 2031.\n\n"
        "Minutes of the Policy Board Meeting\n\n"
        "Please contact the Secretariat of the Policy Board with any questions.\n\n"
        "P.O. Box 30, Harbour Street, Port Town 1030\n\n"
        "A meeting of the Policy Board was held in the head office of the Bank on 10 May 2031.\n"
    )
    release = release_from_text(text)
    assert release.title == "Minutes of the Policy Board Meeting"
    assert "P.O. Box 30, Harbour Street, Port Town 1030" not in _texts(release, "heading")


def test_layout_text_starts_a_paragraph_at_an_indented_line_and_finds_spaced_markers():
    text = (
        "Decision adopted by the Council on 12 March 2031\n\n"
        "31/112. Outcome of the periodic review: Freedonia\n\n"
        "              The Council,\n"
        "                      Acting in compliance with the mandate entrusted to it by the\n"
        "              Assembly in its resolution 60/251 of 15 March 2006 and its rules,\n"
        "                      Having conducted the review of Freedonia on 12 November 2030 in\n"
        "              conformity with all relevant provisions of its resolution 5/1,\n"
        "                      Adopts the outcome of the review of Freedonia, comprising the report\n"
        "              of the Working Group on the Periodic Review, 1 the views of the State\n"
        "              and its replies presented to the Working Group. 2\n\n"
        "          1   A/31/15.\n"
        "          2   A/31/15/Add.1.\n"
    )
    release = release_from_text(text)
    starts = [release.node_text(n)[:12] for n in release.nodes() if n.kind == "paragraph"]
    assert starts[:4] == ["The Council,", "Acting in co", "Having condu", "Adopts the o"]
    adopts = next(n for n in release.nodes() if release.node_text(n).startswith("Adopts"))
    assert [(c.kind, c.label) for c in adopts.children] == [("footnote", "1"), ("footnote", "2")]


def test_superscript_note_markers_find_their_notes_but_units_keep_their_powers():
    text = (
        "Ministers Meet on Water\n\n"
        "1. The ministers adopted the water charter¹ and agreed to meet again in 2032.²\n\n"
        "2. The new reservoir holds 300 000 m³ and irrigates 40 km² of farmland in the valley.\n\n"
        "Flooded areas\n\n"
        "¹ The charter is annexed to this statement.\n\n"
        "² The date will be set by the Bureau.\n"
    )
    release = release_from_text(text)
    p1, p2 = [n for n in release.root.children if n.label in ("1.", "2.")]
    assert [(c.kind, c.label) for c in p1.children] == [("footnote", "¹"), ("footnote", "²")]
    assert not [c for c in p2.children if c.kind == "footnote"]
    assert not lost_words(text, release)


def test_lettered_parts_with_a_parenthesis_are_crossheads_over_numbered_paragraphs():
    text = (
        "A) Recent developments and the baseline scenario\n\n"
        "1. Activity data for the second quarter show that the recovery continues.\n\n"
        "2. Inflation measures remain at comfortable levels, below the target.\n\n"
        "B) Risks around the baseline scenario\n\n"
        "3. The Committee sees risks in both directions for the inflation outlook.\n"
    )
    release = release_from_text(text)
    heads = [n for n in release.root.children if n.kind == "heading"]
    assert [h.label for h in heads] == ["A)", "B)"]
    assert [c.label for c in heads[0].children] == ["1.", "2."]


def test_a_hanging_indent_under_a_label_continues_its_item():
    text = (
        "Resolution on Water Security in the Region\n\n"
        "              The Assembly,\n"
        "                      Recalling its resolution 70/1 of 25 September 2015 and all its other\n"
        "              resolutions on water, including resolution 75/212 of 21 December 2020,\n"
        "                      1.    Decides to convene a conference on water security in 2032 and\n"
        "              to consider at the conference the following questions of the review:\n"
        "                      (a)   To review the progress made by Member States in the region,\n"
        "                            Including the regional commissions and the specialized agencies;\n"
        "                      (b)   To adopt a declaration on the security of water for the region.\n"
    )
    release = release_from_text(text)
    item_a = next(n for n in release.nodes() if n.label == "(a)")
    assert "Including the regional commissions" in release.node_text(item_a)
