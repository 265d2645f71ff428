"""Footnotes in text taken from releases (issue 11): Markdown footnote definitions saved
as text, notes linked by their order (a marker with no telling shape between its
neighbours' markers; a figure out of order replaced), a decimal is no marker, and the
stray numbers pdftotext's default mode prints after a page's notes. Made-up text in the
shape of UN resolutions."""

from __future__ import annotations

from briefing.ingest import release_from_text


def _notes_by_host(doc: str) -> dict[str, str]:
    release = release_from_text(doc)
    hosts: dict[str, str] = {}
    for node in release.nodes():
        for child in node.children:
            if child.kind == "footnote":
                hosts[child.label.strip()] = release.node_text(node)[:20]
    return hosts


MARKDOWN_AS_TEXT = """---
symbol: A/RES/99/7
---

Resolution adopted by the General Assembly on 3 March 2099

99/7. Examplian games for peace

The General Assembly,

Recalling its resolutions on games for peace and the outcome of the Summit,1

Taking note of the report of the Secretary-General of 25 November 20982 and of the
letter dated 4 May 2098 from the Chair of the Commission,

Welcoming the Rarotonga Programme of Action[^3] and its review,

1. Decides to keep the matter under review.

---

[^1]: Including resolution 97/1 and resolution 96/2, annex, and the outcome of the
    Summit of the Examplian Games.

[^2]: A/98/552.

[^3]: Resolution 95/3, annex.
"""


def test_markdown_definitions_in_text_link_to_their_markers() -> None:
    assert _notes_by_host(MARKDOWN_AS_TEXT) == {
        "1": "Recalling its resolu",
        "2": "Taking note of the r",
        "3": "Welcoming the Raroto",
    }


def test_markdown_markers_are_cut_and_listed() -> None:
    release = release_from_text(MARKDOWN_AS_TEXT)
    text = " ".join(release.node_text(node) for node in release.nodes())
    assert "[^" not in text
    assert "Action[^3]" not in text and "Action3" not in text
    assert "Programme of Action and its review" in text
    kinds = [item.kind for item in release.removed]
    assert "markup" in kinds and "footnote-marker" in kinds


def test_a_line_opening_a_bracket_is_no_definition_without_the_caret() -> None:
    doc = "Noting the report,\n\n[1]: see the annex.\n"
    assert _notes_by_host(doc) == {}


LAID_OUT = """            The General Assembly,
          Reaffirming the Examplian Declaration on Games, 1 and recalling the Covenant on
    Play 2 and the Convention on Night Games of 12 August 2049 3 and the Protocols
    thereto, 4
          Recalling also its resolutions 21/12 of 27 September 2092, 5
    27/5 of 25 September 2094, 6 33/2 of 29 September 2096, 7 and 39/6 of 2098,
          Noting that warming of 1.5 degrees would harm the games of 2 November,
          1. Decides to keep the matter under review.

__________________
  1
    Resolution 217 A (C).
  2
    See resolution 2200 A (CI), annex.
  3
    United Nations, Treaty Series, vol. 75, Nos. 970-973.
  4
    Ibid., vol. 1125, Nos. 17512 and 17513.
  5
    See Official Records of the General Assembly, Supplement No. 53A (A/97/53).
  6
    Ibid., Supplement No. 53A (A/99/53).
  7
    Ibid., Supplement No. 53 (A/98/53).
"""


def test_markers_with_no_telling_shape_link_between_their_neighbours() -> None:
    # "Games, 1 and recalling", "2049 3 and the", "2094, 6 33/2": each is the one bare
    # number equal to its note between the markers of the notes before and after it.
    assert _notes_by_host(LAID_OUT) == {
        "1": "Reaffirming the Exam",
        "2": "Reaffirming the Exam",
        "3": "Reaffirming the Exam",
        "4": "Reaffirming the Exam",
        "5": "Recalling also its r",
        "6": "Recalling also its r",
        "7": "Recalling also its r",
    }


def test_a_decimal_is_no_flattened_marker() -> None:
    doc = """The General Assembly,

Recalling the Summit Outcome,4 and noting the report on warming of 1.5 degrees,

Welcoming the Programme of Action,5

__________________

4 Resolution 90/1.

5 Resolution 91/2.
"""
    assert _notes_by_host(doc) == {"4": "Recalling the Summit", "5": "Welcoming the Progra"}


def test_an_out_of_order_figure_gives_way_to_the_marker_in_turn() -> None:
    # Endnotes far below: the nearest "2" above the notes is a figure ("paragraph,2"
    # looks like a flattened marker), the real marker 2 stands between markers 1 and 3.
    doc = """The General Assembly,

Recalling the Declaration,1 and the Programme of Action.2

Welcoming the Agenda,3 and the Framework,

Noting the statement in its second paragraph,2 read to the Assembly,

1. Decides to keep the matter under review.

Notes

1 Resolution 90/1.

2 Resolution 91/2.

3 Resolution 92/3.
"""
    assert _notes_by_host(doc) == {
        "1": "Recalling the Declar",
        "2": "Recalling the Declar",
        "3": "Welcoming the Agenda",
    }


PLAIN = """The General Assembly,
Guided by the purposes and principles of the Charter of the Examplian Games League,
Reaffirming the Examplian Declaration on Games, 1 and recalling relevant treaties on
games, including the Covenant on Play 2 and the Convention on the Protection of All
Players from Enforced Retirement, 3 as well as the Night Games Conventions of 1949
and the Additional Protocols thereto, 4
Commemorating the fact that 2099 marks the fiftieth anniversary of the adoption of
the Examplian Declaration on Games and the tenth anniversary of the Programme,

__________________

Resolution 217 A (C).
See resolution 2200 A (CI), annex.
3
United Nations, Treaty Series, vol. 75, Nos. 970-973.
4
Ibid., vol. 1125, Nos. 17512 and 17513.
1
2

23-26003 (E)

100124
"""


def test_stray_numbers_after_a_page_s_notes_go_back_in_order() -> None:
    # pdftotext's default mode prints the page's first raised numbers after its notes.
    assert _notes_by_host(PLAIN) == {
        "1": "Reaffirming the Exam",
        "2": "Reaffirming the Exam",
        "3": "Reaffirming the Exam",
        "4": "Reaffirming the Exam",
    }
    release = release_from_text(PLAIN)
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert all("100124" not in release.node_text(n) for n in notes)  # (the foot's date code)


def test_stray_numbers_that_break_the_sequence_stay_put() -> None:
    doc = PLAIN.replace("1\n2\n\n23", "1\n5\n\n23")
    hosts = _notes_by_host(doc)
    assert "1" not in hosts and "5" not in hosts


def test_a_marker_between_two_sentences_links_in_turn() -> None:
    # "... in 2091. 8 The Subcommittee": a sentence never opens on a bare figure; the
    # one "8" between markers 7 and 9 is note 8's.
    doc = """The report,

      7.     The Committee commended the State for the accreditation of its Office,7
      in 2091. 8 The Subcommittee encouraged the Office to seek the funding it needs,
      and other relevant resolutions 9 on the matter were recalled.

__________________
      7 CAT/C/XYZ/CO/4, para. 6 (e).
      8 See the Subcommittee's report of December 2090.
      9 A/HRC/92/33/Add.2, para. 111 (b).
"""
    hosts = _notes_by_host(doc)
    assert set(hosts) == {"7", "8", "9"}
    assert len(set(hosts.values())) == 1


def test_a_figure_opening_a_sentence_with_no_note_stays_text() -> None:
    doc = """The report,

      1.     The Committee noted the figures.1 In 2091. 8 Members were elected.

__________________
      1 A/99/1.
"""
    assert _notes_by_host(doc) == {"1": "The Committee noted "}


def test_a_sponsor_starred_before_the_colon_holds_the_group_note() -> None:
    # A UN draft's sponsor line, "Iraq:* draft resolution": the star marks the sponsor
    # speaking for a group, explained at the page foot.
    doc = """United Nations A/C.9/99/L.3

Ninety-ninth session
Second Committee

Examplia:* draft resolution

Games for development

The General Assembly,

Recalling its resolution 98/226 of 19 December 2098 on games for development,

Welcoming the outcome of the Examplian Summit on Games,

* On behalf of the States that are members of the Group of 77 and China.
"""
    release = release_from_text(doc)
    notes = [
        (node, child)
        for node in release.nodes()
        for child in node.children
        if child.kind == "footnote"
    ]
    assert len(notes) == 1
    assert release.node_text(notes[0][0]).startswith("Examplia:*")


def _footnotes(doc: str) -> list[tuple[str, str]]:
    release = release_from_text(doc)
    return [
        (release.node_text(node)[:24], release.node_text(child)[:24])
        for node in release.nodes()
        for child in node.children
        if child.kind == "footnote"
    ]


COVER = """United Nations A/HRC/WG.9/99/XYZ/3

Working Group on the Universal Periodic Review
Ninety-ninth session

Summary of stakeholders' submissions on Examplia*

Report of the Office of the United Nations High Commissioner for Human Rights

      The present report is a summary of 7 stakeholders' submissions to the universal
periodic review. It follows the general guidelines adopted by the Council.

*

GE.99-14611

The present document was not edited before being sent to translation services.
"""


def test_a_lone_star_over_its_note_explains_the_starred_word() -> None:
    # PDF text keeps a note's raised star on a line of its own, as a raised number; the
    # page's job number may come between it and the note.
    notes = _footnotes(COVER)
    assert len(notes) == 1
    assert notes[0][1].startswith("The present document")


def test_a_lone_star_with_nothing_starred_above_is_left_alone() -> None:
    doc = COVER.replace("Examplia*", "Examplia")
    assert _footnotes(doc) == []


def test_an_agenda_item_starred_at_its_end_holds_the_list_s_symbol() -> None:
    # UN documents star the agenda item for the preliminary list's symbol, explained at
    # the page foot (Word's plain text prints the note after the page's text).
    doc = """Eightieth session
Item 137 of the preliminary list*
Proposed programme budget for 2099

Section 36
Staff assessment

36.1 The proposed regular budget resources for staff assessment for 2099 are reflected in
the table below, with the changes explained by factor.

* A/99/50.
"""
    notes = _footnotes(doc)
    assert notes == [("Item 137 of the prelimin", "A/99/50.")]


MINUTES = """Minutes of the Monetary Policy Committee
March 19-20, 2099

A joint meeting of the Committee and the Board was held in the offices of the Board on
Tuesday, March 19, 2099, at 9:00 a.m.1

The manager turned first to a review of developments in financial markets over the
intermeeting period. Yields declined modestly.2

Members agreed to maintain the target range for the policy rate.

_______________________
Jane Roe
Secretary

1. The Monetary Policy Committee is referenced as the "Committee" in these minutes. Return to text

2. Attended through the discussion of developments in financial markets. Return to text
"""


def test_a_web_page_s_notes_with_back_links_link_to_their_markers() -> None:
    # A browser copies a page's notes as a numbered list, each note ending on its link
    # back to the text; the text above carries each number as a flattened superscript.
    assert _footnotes(MINUTES) == [
        ("A joint meeting of the C", "The Monetary Policy Comm"),
        ("The manager turned first", "Attended through the dis"),
    ]
    release = release_from_text(MINUTES)
    assert [r.text for r in release.removed if r.kind == "link"] == ["Return to text"] * 2


def test_a_notes_heading_over_numbered_notes_links_them() -> None:
    doc = """Staff review of the economic situation

Real GDP expanded at a solid pace in the third quarter.1 Labour market conditions
remained tight,2 and inflation eased.

Notes

1. Real GDP is measured in chained dollars.
2. The unemployment rate was 3.8 per cent in September.
"""
    hosts = _footnotes(doc)
    assert [note for _, note in hosts] == ["Real GDP is measured in ", "The unemployment rate wa"]


def test_a_numbered_notes_list_nothing_cites_stays_a_list() -> None:
    # "Notes" over remarks no marker cites (a release's notes to editors): list items.
    doc = """The Bank raised its policy rate to 5.25 per cent today.

Notes

1. The Bank publishes its decisions at noon.
2. The next decision is due in May.
"""
    release = release_from_text(doc)
    assert not [n for n in release.nodes() if n.kind == "footnote"]
    assert [n.label for n in release.nodes() if n.label] == ["1.", "2."]


# A Markdown file converted from a site that prints each note inside its superscript at
# the marker, saved as text: the tags are kept, the note is the number and a sentence.
SUP_NOTES_AS_TEXT = """## Circular on example stations

The interim policy for EXS<sup> 1 EXS (Example Station) is a made-up kind of station. </sup>-stations is set out here, as announced in 2098<sup> 2 Letter to the Example Council of 3 May 2098. </sup> to the Council.

### 1.1
Each station keeps 10 m<sup>2</sup> free and opens on the 11<sup>th</sup> of a month.

The risks are computed by the example method.<sup> 3 See the made-up manual, part 2. </sup>
"""


def _read_by_text_reader(doc: str):
    """``doc`` read line by line by the text reader, as a text that shows too few Markdown
    marks to be read as Markdown is (the tags stay text)."""
    from briefing.ingest.pipeline import structure
    from briefing.ingest.readers.text import extract_text

    return structure(extract_text(doc, "paste", ""), "r1", suggest=False)


def test_notes_inside_their_superscript_in_text_move_to_their_paragraph() -> None:
    release = _read_by_text_reader(SUP_NOTES_AS_TEXT)
    hosts = {
        child.label.strip(): release.node_text(node)[:20]
        for node in release.nodes()
        for child in node.children
        if child.kind == "footnote"
    }
    assert hosts == {
        "1": "The interim policy f",
        "2": "The interim policy f",
        "3": "The risks are comput",
    }
    text = " ".join(release.node_text(node) for node in release.nodes())
    assert "EXS-stations is set out here, as announced in 2098 to the Council." in text
    assert "10 m<sup>2</sup> free" in text and "11<sup>th</sup>" in text
    assert "EXS (Example Station) is a made-up kind of station." in text


def test_the_same_text_pasted_is_markdown_and_keeps_its_notes_and_exponent() -> None:
    # Its "## " headings and <sup> tags prove it Markdown: pasted (or opened as .txt) it is
    # read by the Markdown reader, which attaches the same notes and shows "m²".
    release = release_from_text(SUP_NOTES_AS_TEXT)
    assert release.source.format == "md"
    assert _notes_by_host(SUP_NOTES_AS_TEXT) == {
        "1": "The interim policy f",
        "2": "The interim policy f",
        "3": "The risks are comput",
    }
    text = " ".join(release.node_text(node) for node in release.nodes())
    assert "10 m² free" in text and "<sup>" not in text
