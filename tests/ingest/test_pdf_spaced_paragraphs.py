"""A PDF that sets its paragraphs apart with space says so in its own clear paragraph
ends (pdf_spacing.spaces_paragraphs); in such a document a line at the plain pitch under
an unfinished sentence goes on with its paragraph, and a bold sentence filling the
measure with regular text under it at the pitch opens its paragraph (pdf_paragraphs).
Made-up text, Courier 10 (6 pt a character, 60 characters fill the measure 72-432),
via the fixture of test_readers_pdf."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file
from tests.ingest.test_readers_pdf import Run, body, make_layout_pdf

FIRST = [
    "The council reviewed the quarterly accounts of the regional",
    "offices and found that spending on maintenance had remained",
    "close to the level approved for the year.",
]
# The second paragraph's second line stops short in mid-sentence ("its Data" / "Board.
# Since ..."): a line broken by hand, with room left for the next word.
SECOND = [
    "Receipts from licences were somewhat above the forecast made",
    "in the spring, as the council heard from its Data",
    "Board. Since then two more offices joined.",
]
THIRD = [
    "The full accounts will be published in the autumn with the",
    "report of the auditors.",
]


def _page(paragraphs: list[list[list[Run]]], gap: float) -> list[tuple[float, float, list[Run]]]:
    items = []
    y = 760.0
    for lines in paragraphs:
        for runs in lines:
            items.append((72, y, runs))
            y -= 12
        y -= gap
    return items


def _texts(tmp_path: Path, paragraphs: list[list[list[Run]]], gap: float) -> list[str]:
    path = make_layout_pdf(tmp_path / "t.pdf", [_page(paragraphs, gap)])
    return [line.text for line in read_file(path).lines]


def _plain(*paragraphs: list[str]) -> list[list[list[Run]]]:
    return [[body(text) for text in lines] for lines in paragraphs]


def test_a_spaced_document_runs_a_short_line_in_mid_sentence_on(tmp_path: Path) -> None:
    out = _texts(tmp_path, _plain(FIRST, SECOND, THIRD), gap=12)
    assert len(out) == 3
    assert "its Data Board. Since then" in out[1]


def test_a_document_without_paragraph_space_keeps_the_short_line_an_end(tmp_path: Path) -> None:
    # No space between paragraphs: the document gives no such evidence, and a line
    # stopping short before a capital still ends its paragraph there.
    out = _texts(tmp_path, _plain(FIRST, SECOND, THIRD), gap=0)
    assert any(text.startswith("Board. Since then") for text in out)


LEAD = "Growth abroad was expected to reach two percent."


def _lead_paragraphs(lead: str) -> list[list[list[Run]]]:
    second = [
        [(lead, "bold", 10, 0)],
        body("Services remained the main driver, with"),
        body("signs of a pickup in goods."),
    ]
    return [*_plain(FIRST, THIRD), second, *_plain(THIRD)]


def test_a_bold_sentence_filling_the_measure_opens_its_paragraph(tmp_path: Path) -> None:
    # Helvetica-Bold 10: the lead sentence runs to the right margin.
    lead = "Growth abroad was expected to reach two point seven percent this year."
    out = _texts(tmp_path, _lead_paragraphs(lead), gap=12)
    assert any(text.startswith(lead + " Services remained") for text in out)


def test_a_short_bold_line_over_text_stays_a_line_of_its_own(tmp_path: Path) -> None:
    out = _texts(tmp_path, _lead_paragraphs("Growth abroad"), gap=12)
    assert "Growth abroad" in out


# A list set without space between its items or printed bullets (graphic bullets),
# its entries unpunctuated, some wrapped: in a document that spaces its paragraphs.
ITEMS = [
    "Strengthening the capacity of the regional offices to audit",
    "their own accounts",
    "Improving the timeliness of the quarterly reports",
    "Reducing the cost of licences for small firms in the north",
    "and the islands",
    "Publishing the findings",
]


def test_a_spaced_documents_unspaced_list_keeps_its_entries(tmp_path: Path) -> None:
    # "accounts" stops with room for "Improving": a wrap would have carried it up.
    lead = ["The council agreed on three priorities for the year:"]
    out = _texts(tmp_path, _plain(FIRST, lead, ITEMS, THIRD, SECOND), gap=12)
    assert "Strengthening the capacity of the regional offices to audit their own accounts" in out
    assert "Improving the timeliness of the quarterly reports" in out
    assert any(text.startswith("Publishing the findings") for text in out)
    # (The line broken by hand inside a name still goes on.)
    assert any("its Data Board. Since then" in text for text in out)
