"""Where a paragraph ends in plain text taken out of paged documents: a page number (and
the running head beside it) between a sentence's halves, and a resolution's preambular
paragraph opening with a participle no list holds. All text here is made up in the shape
of archive text of scanned releases and of ``pdftotext`` output."""

from __future__ import annotations

import pytest

from briefing.ingest import release_from_text
from briefing.ingest.page_matter import is_page_matter, is_running_head
from tests.ingest.helpers import lost_words

# An archive's text of a scanned transcript: each printed paragraph a line, blank lines
# between, and the page's head ("PRIME MINISTER") and number ("2") between the halves
# of a sentence the page break cut.
TRANSCRIPT = """\
TRANSCRIPT OF THE PRIME MINISTER JOINT PRESS CONFERENCE WITH THE PRIME MINISTER OF EXAMPLIA

PRIME MINISTER EXAMPLE:

Thank you very much. It is very good to be here so soon after the new government was sworn in, and I congratulate the Prime Minister on his appointment. We know him well from his

PRIME MINISTER

2

earlier years in office and his long service to the people of Examplia. We discussed trade, aid and the fisheries agreement, and our officials will meet again next month.

JOURNALIST:

3

Prime Minister, how much more aid will Examplia receive?

PRIME MINISTER EXAMPLE:

We will look at the figures with our officials, and we will say more when we have them.
"""


def _paragraphs(release) -> list[str]:
    return [
        " ".join(release.text[n.body_start : n.end].split())
        for n in release.nodes()
        if n.kind == "paragraph"
    ]


def test_page_number_and_running_head_between_halves_of_a_sentence():
    release = release_from_text(TRANSCRIPT)
    joined = [t for t in _paragraphs(release) if "We know him well from his" in t]
    assert len(joined) == 1
    assert "earlier years in office" in joined[0]
    assert not any(t.startswith(("2 earlier", "earlier")) for t in _paragraphs(release))
    # The running head heads nothing; nothing is lost.
    heads = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "heading"]
    assert "PRIME MINISTER" not in heads
    assert not lost_words(TRANSCRIPT, release)


@pytest.mark.parametrize("number", ["4", "- 4 -"])
def test_page_number_alone_between_halves_of_a_sentence(number: str):
    text = (
        "The Minister announced today that the Government will provide further support to the\n"
        "\n"
        f"{number}\n"
        "\n"
        "families affected by the floods in the northern districts of the state.\n"
        "\n"
        "The assistance will be available from Monday through the usual offices.\n"
    )
    release = release_from_text(text)
    paragraphs = _paragraphs(release)
    assert any("support to the" in t and "families affected" in t for t in paragraphs)
    assert not lost_words(text, release)


def test_capital_after_a_page_number_stays_its_own_paragraph():
    # "JOURNALIST:" / "3" / "Prime Minister, how much ...": a question, not a wrap.
    release = release_from_text(TRANSCRIPT)
    assert any(t.startswith("Prime Minister, how much more aid") for t in _paragraphs(release))


def test_short_cell_beside_a_row_number_is_not_a_page_break():
    # A form laid out as a table and copied as text: row numbers, then short cells.
    rows = []
    for n, cell in enumerate(
        ["Name of the operator", "email", "Name of the owner", "telephone", "Name of the agent"]
        * 3,
        start=1,
    ):
        rows += [str(n), "", cell, ""]
    text = "\n".join(rows) + "\n"
    release = release_from_text(text)
    assert not [t for t in _paragraphs(release) if "operator" in t and "email" in t]
    assert not lost_words(text, release)


# A resolution's preamble as pdftotext prints it without layout: no blank lines, every
# clause wrapped at the page's measure and ended with a comma.
PREAMBLE = """\
The General Assembly,
Recalling its previous resolutions on the protection of coastal fisheries, in
particular resolution 79/999 of 2 December 2024,
Determined to achieve the sustainable management of coastal fisheries and the
protection of the livelihoods of the communities that depend on them,
Honouring the memory of the fishers lost at sea in the course of their work,
Encouraging all Member States and regional bodies to share data on catches and on
the state of fish stocks,
Dismayed by the continued decline of several stocks in the region,
1. Decides to continue its consideration of the question at its next session;
2. Requests the Secretary-General to report on the implementation of the present
resolution at its next session.
"""


def test_participle_opens_a_preambular_paragraph():
    release = release_from_text(PREAMBLE)
    paragraphs = _paragraphs(release)
    for opening in ("Honouring the memory", "Encouraging all Member", "Dismayed by the"):
        assert any(t.startswith(opening) for t in paragraphs), opening
    assert any(t.startswith("Determined to") and t.endswith("depend on them,") for t in paragraphs)
    assert not lost_words(PREAMBLE, release)


def test_participle_after_a_colon_or_a_place_name_goes_on():
    # A title's second part after a colon, a wrapped list of capitals and a preposition
    # in "-ing": no openings.
    text = (
        "Recalling the Programme of Action for Island Developing Countries for the Decade 2024–2034:\n"
        "Addressing the Special Needs of Island Developing Countries, adopted in 2024,\n"
        "Noting the meetings held in the capitals of the region, in London, Paris,\n"
        "Beijing and Tokyo, in 2025 and 2026,\n"
        "Welcoming the reports on the fisheries of the region by the regional bodies,\n"
        "Including the commissions and the specialized agencies, and their work,\n"
        "1. Decides to remain seized of the matter.\n"
    )
    paragraphs = _paragraphs(release_from_text(text))
    assert not any(t.startswith("Addressing") for t in paragraphs)
    assert not any(t.startswith("Beijing") for t in paragraphs)
    # ("Including", "Following", "Regarding": prepositions, going on the clause above.)
    assert not any(t.startswith("Including") for t in paragraphs)


def test_page_matter_predicates():
    for line in ("2", "- 2 -", "Page 3", "page 3 of 7", "25-16815   5/8"):
        assert is_page_matter(line), line
    for line in ("2024", "12 May", "Page three", "2 earlier periods"):
        assert not is_page_matter(line), line
    assert is_running_head("PRIME MINISTER")
    assert not is_running_head("The Minister said:")


def test_paragraph_over_two_page_breaks_is_one_paragraph():
    # Archive text of a scanned release cuts a paragraph at every page: the second cut
    # goes on the paragraph the first one already went on.
    text = (
        "MEDIA RELEASE\n\n"
        "The Minister said the Government would continue to hold to account those who are\n\n"
        "responsible for a long list of abuses in the province, and that the Government had\n\n"
        "raised the matter with its counterparts over a long\n\n"
        "period of time.\n\n"
        "The Minister will visit the region next month.\n"
    )
    release = release_from_text(text)
    paragraphs = _paragraphs(release)
    assert any(
        t.startswith("The Minister said") and t.endswith("period of time.") for t in paragraphs
    )
    assert not any(t.startswith(("responsible", "raised", "period")) for t in paragraphs)
    assert not lost_words(text, release)


# Minutes numbered without full stops, as ``pdftotext -layout`` prints them: the number
# set off by spaces, headings on lines of their own, and each page opening with a form
# feed and its number flush right.
_TOPICS = ("household spending", "business investment", "the labour market", "pay", "trade")


def _fill(n: int) -> str:
    # (Each paragraph its own words: lines printed alike on every page are running heads.)
    topic = _TOPICS[n % len(_TOPICS)]
    return (
        f"The Committee noted that {topic} in quarter {n} had been stronger than expected, "
        f"and that the outlook for {topic} had firmed over the {n} months since its last "
        f"meeting, while the risks around {topic} remained balanced in the view of member {n}. "
    )


def _wrap(text: str, width: int = 96) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def _minutes() -> str:
    out = ["MINUTES OF THE MONETARY POLICY COMMITTEE MEETING", "", ""]
    out += ["Demand and output", "", ""]
    for n in (1, 2):
        body = _wrap(f"{n}     {_fill(n)}{_fill(n + 10)}It was, however, too early to tell.")
        out += [*body, "", ""]
    # Paragraph 3 runs over the page: "... Retail price" / page 2 / "inflation was ...".
    first = _wrap(f"3     {_fill(3)}The economy was therefore delicately poised. Retail price")
    out += first
    out += ["\f" + " " * 100 + "2", "", ""]
    out += [*_wrap("inflation was higher than had been expected in the summer."), "", ""]
    out += ["Comparison of the staff forecast with outside forecasts", "", ""]
    out += [*_wrap(f"4     {_fill(4)}{_fill(14)}That was the most likely outcome."), "", ""]
    out += ["Policy conclusions", "", ""]
    out += [*_wrap(f"5     {_fill(5)}The Committee voted to leave the rate unchanged."), ""]
    return "\n".join(out) + "\n"


def test_page_number_after_a_form_feed_ends_no_paragraph():
    text = _minutes()
    release = release_from_text(text)
    paragraphs = _paragraphs(release)
    cut = [t for t in paragraphs if "Retail price" in t]
    assert len(cut) == 1 and cut[0].endswith("expected in the summer.")
    assert not any(t.startswith("inflation was higher") for t in paragraphs)
    assert not lost_words(text, release)


def test_heading_over_a_paragraph_numbered_without_a_stop_keeps_to_itself():
    # "Comparison of ... forecasts" / "4     The Committee ..." (a long paragraph, no
    # note) / "Policy conclusions": two headings, not one carried on over a page's notes.
    release = release_from_text(_minutes())
    heads = [" ".join(release.text[n.start : n.end].split()) for n in release.nodes()]
    assert "Comparison of the staff forecast with outside forecasts" in heads
    assert "Policy conclusions" in heads


# A resolution's preamble as pdftotext prints it: clauses opening with an adverb and a
# participle in lower case, and with participles no list holds.
RESOLUTION = """\
The General Assembly,
Recalling its resolutions on the protection of cultural heritage, in particular
resolution 79/999 of 2 December 2024,
Reaffirming the importance of international cooperation in the protection of
cultural property, including through the return of property to its countries of origin,
Noting the work of the regional organizations in the field of the protection of heritage,
Deeply concerned about continuing attacks on cultural sites, museums and libraries,
Strongly deploring also all acts of destruction of cultural heritage in armed conflict,
Urging Member States to ensure that any measures taken to protect heritage comply with
their obligations under international law,
Encouraging enhanced exchanges of information on the trafficking of cultural property,
Welcoming the meetings held in Paris, Beijing, Nairobi and New York, and in the
United States of America, from 14 to 30 July 2025, and the reports of those meetings,
1. Decides to continue its consideration of the question at its next session.
"""


def test_adverb_and_any_participle_open_clauses_in_a_resolution():
    release = release_from_text(RESOLUTION)
    paragraphs = _paragraphs(release)
    for opening in (
        "Deeply concerned about",
        "Strongly deploring also",
        "Urging Member States",
        "Encouraging enhanced exchanges",
    ):
        assert any(t.startswith(opening) for t in paragraphs), opening
    # ("United States": a name, not a participle; nothing here starts a clause.)
    assert not any(t.startswith("United States") for t in paragraphs)
    assert not lost_words(RESOLUTION, release)


def test_any_participle_opens_nothing_outside_a_resolution():
    # A central bank's statement wrapped at 80 columns: a capitalised "-ing" word after
    # a comma opens a name there ("Emerging Asia"), not a clause.
    text = (
        "The Board noted that demand from the major economies, the United States, the euro area,\n"
        "Emerging Asia and Latin America had remained firm over the quarter, while inflation\n"
        "in most economies had eased further from the peaks it reached in the previous year.\n"
    )
    paragraphs = _paragraphs(release_from_text(text))
    assert len(paragraphs) == 1


def test_sentence_dash_carried_over_a_break_goes_on_the_sentence():
    # Archive text: the line broke before the sentence's dash ("... complacency here" /
    # "- we left ..."); a blank line between, as between all the archive's lines.
    text = (
        "MEDIA RELEASE\n\n"
        "The Opposition said the Government had questioned whether its predecessors could\n\n"
        "build on their successes in the region. There is no room for complacency here\n\n"
        "- we left a formidable record of achievement in the region.\n\n"
        "The jury is still out on whether the new Government can match it.\n"
    )
    release = release_from_text(text)
    paragraphs = _paragraphs(release)
    assert any("complacency here" in t and "formidable record" in t for t in paragraphs)
    assert not [n for n in release.nodes() if n.kind == "item"]
    assert not lost_words(text, release)


def test_dash_list_after_a_lead_in_stays_a_list():
    text = (
        "MEDIA RELEASE\n\n"
        "The Minister said the new program would be delivered in three ways. It will\n\n"
        "- improve the roads between the regional towns and the ports,\n\n"
        "- reduce the cost of freight for growers in the region, and\n\n"
        "- support local councils with the upkeep of the bridges.\n\n"
        "The program starts on 1 July.\n"
    )
    release = release_from_text(text)
    units = [release.text[n.start : n.end] for n in release.nodes()]
    for entry in ("- improve the roads", "- reduce the cost", "- support local councils"):
        assert any(t.startswith(entry) for t in units), entry


def test_stray_carriage_returns_between_words_are_spaces():
    # Text copied out of a PDF whose spaces are drawn as tab, carriage return, space and
    # no-break space: the lines end in "\r\n"; a lone "\r" inside a line is no break.
    words = "No dia em que debatemos o pedido de renovação da declaração do estado de emergência,"
    line = "\t\r \xa0".join(words.split())
    text = f"DISCURSO\r\n\r\n{line}\r\n{line}\r\n"
    release = release_from_text(text)
    paragraphs = _paragraphs(release)
    assert any(t.startswith("No dia em que debatemos o pedido") for t in paragraphs)
    assert not any(t in ("dia", "em", "que") for t in paragraphs)


def test_a_classic_mac_file_still_breaks_on_carriage_returns():
    text = "MEDIA RELEASE\r\rThe Minister announced the new program today.\r\rIt starts in July.\r"
    release = release_from_text(text)
    units = [release.text[n.start : n.end] for n in release.nodes()]
    assert "It starts in July." in units


def test_page_foot_ending_on_its_page_number_cuts_no_paragraph():
    # An archive's scan: the page's foot (the job number and "Page 2") sits between the
    # halves of the Minister's answer.
    text = (
        "Journalist: Will you consider sending troops to join the force?\n\n"
        "Minister: We have not received any request for troops at this stage. The Security\n\n"
        "Council is considering the proposal for the deployment of a force, but they\n\n"
        ", 95-3689 Page 2\n\n"
        "haven't as yet put together details such as the precise objectives of the force.\n\n"
        "Journalist: So you certainly haven't ruled out sending troops in.\n"
    )
    release = release_from_text(text)
    paragraphs = _paragraphs(release)
    assert any("but they" in t and "haven't as yet" in t for t in paragraphs)
    heads = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "heading"]
    assert not any("Page 2" in h for h in heads)
    assert not lost_words(text, release)


def test_a_sentence_citing_a_page_is_no_page_foot():
    assert is_page_matter(", 95-3689 Page 2")
    assert not is_page_matter("The figures are set out in the annual report, see Page 2")
