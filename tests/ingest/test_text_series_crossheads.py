"""Crossheads named as a series in plain text with no blank lines (issue 11 item 5,
unmarked.series_crossheads): "UNDER THE MINISTERS' REPORTS:", "UNDER INDIVIDUAL
MEASURES," and "Under the Ministry of Health:" ... head a council communiqué's parts,
though they end on a colon or a comma like a lead-in. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_COMMUNIQUE = (
    "COMMUNIQUE OF THE COUNCIL OF MINISTERS\n"
    "OF WEDNESDAY 14 MAY 2025\n"
    "The Head of State chaired the weekly meeting of the Council of Ministers this\n"
    "Wednesday at the Palace of the Republic, in the presence of the Prime Minister\n"
    "and of the members of the Government.\n"
    "The President of the Republic asked the Government to prepare the coming harvest\n"
    "with care and to support the farmers of every region of the country this year in\n"
    "the sowing.\n"
    "UNDER THE HEADING OF THE MINISTERS' REPORTS:\n"
    "\uf0b7 The Minister of Water reported on the state of the dams;\n"
    "\uf0b7 The Minister of Trade reported on the supply of rice to the markets.\n"
    "UNDER THE HEADING OF INDIVIDUAL MEASURES,\n"
    "The President of the Republic took the following decisions:\n"
    "Under the heading of the Ministry of Health:\n"
    "\uf0b7 Doctor Jane Example, physician, is appointed Director of Hospitals.\n"
    "Under the heading of the Ministry of Water and Sanitation:\n"
    "\uf0b7 Mister John Sample, engineer, is appointed Director of Water Resources.\n"
    "Under the heading of the Ministry of Agriculture:\n"
    "\uf0b7 Mister Paul Placeholder, agronomist, is appointed Chair of the Seed Board.\n"
    "The Minister of Communication,\n"
    "Government Spokesperson\n"
)


def _headings(release, nodes: list | None = None, depth: int = 1) -> list[tuple[str, int]]:
    out = []
    for node in release.root.children if nodes is None else nodes:
        if node.kind == "heading":
            out.append((" ".join(release.text[node.start : node.end].split()), depth))
        out.extend(_headings(release, node.children, depth + 1))
    return out


def test_a_series_of_crossheads_is_headed_and_nested() -> None:
    release = release_from_text(_COMMUNIQUE)
    heads = _headings(release)
    assert [text.rsplit(" ", 1)[-1] for text, _ in heads] == [
        "REPORTS:",
        "MEASURES,",
        "Health:",
        "Sanitation:",
        "Agriculture:",
    ], heads
    # Capitals over the ordinary-case heads: each ministry's head under the measures'.
    assert [depth for _, depth in heads] == [1, 1, 2, 2, 2], heads
    # The lead-in stays a sentence of the text, not a head.
    assert not any(text.startswith("The President") for text, _ in heads)
    assert not lost_words(_COMMUNIQUE, release)


def test_repeated_salutations_stay_paragraphs() -> None:
    # A speech greets its audience again and again: commas, never a colon.
    text = (
        "Address of the Minister to the Forum\n\n"
        "Excellencies, distinguished delegates, dear friends,\n"
        "I am glad to speak to this forum again, and I thank our hosts for their welcome.\n"
        "Excellencies, distinguished guests and partners,\n"
        "Our cooperation has grown over the years, and it will grow further in the next.\n"
        "Excellencies, distinguished ladies and gentlemen,\n"
        "I thank you for your kind attention and wish the forum every success.\n"
    )
    release = release_from_text(text)
    assert _headings(release) == []


def test_lead_ins_ending_on_a_function_word_stay_paragraphs() -> None:
    # "The Council agreed to:" goes on in the list: a sentence's start, no heading.
    text = (
        "Conclusions of the Council of Examplia\n\n"
        "The Council met in Brussels to discuss the common market and its future.\n"
        "The Council agreed on the need to:\n"
        "- open the markets of services;\n"
        "- lower the cost of energy.\n"
        "The Council agreed on the goal that:\n"
        "- every region has a fast network by the end of the decade.\n"
        "The Council agreed on measures for:\n"
        "- the farmers hit by the drought.\n"
    )
    release = release_from_text(text)
    assert _headings(release) == []


def test_two_lines_alike_are_no_series() -> None:
    text = (
        "COMMUNIQUE OF THE COUNCIL OF MINISTERS\n\n"
        "The Council met this Wednesday under the chair of the Head of State, at the Palace.\n"
        "Under the heading of the Ministry of Health:\n"
        "\uf0b7 Doctor Jane Example, physician, is appointed Director of Public Hospitals.\n"
        "Under the heading of the Ministry of Water:\n"
        "\uf0b7 Mister John Sample, engineer, is appointed Director of Water Resources.\n"
    )
    release = release_from_text(text)
    assert _headings(release) == []



def test_prompts_of_a_form_in_a_row_stay_paragraphs() -> None:
    # A form's prompts, two of them right one under the other: the first heads nothing.
    lines = [
        "Summary report on a case reviewed by the agency",
        "The agency reviewed the case and sets out its findings in the sections below.",
        "Account of the event, including its cause and the harm done:",
        "On the first of the month the agency received a report about the case.",
        "Account of the home where the child was placed by the agency:",
        "Account of the other people living in the home of the placement:",
        "Licensing history: the home held a licence for two years without a breach.",
    ]
    text = "\n\n".join(lines) + "\n"
    release = release_from_text(text)
    assert _headings(release) == []
    assert not lost_words(text, release)
