"""Hard-wrapped text (a PDF's text as `pdftotext` gives it): an unlabelled list's item
set one a line, closing on its semicolon with room left on the line for the next line's
first word, ends there, though the next item opens in lower case (semicolon_items,
segment._continues; session 42). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text

PROSE = [
    "The council of the Republic of Examplia reviewed the quarterly accounts of the",
    "regional offices and found that spending on maintenance had remained close to",
    "the level approved for the year in the last budget round, while receipts from",
    "licences were somewhat above the estimate. It listed the matters to decide:",
]


def _paragraphs(lines: list[str]) -> list[str]:
    head = "Ministry of Examplia publishes its regional accounts\n\n"
    release = release_from_text(head + "\n".join(lines) + "\n")
    return [
        " ".join(release.text[n.start : n.end].split())
        for n in release.nodes()
        if n.kind != "title" and n.end > n.start
    ]


def test_an_item_ended_with_room_left_opens_the_next_item() -> None:
    items = [
        "the composition of the regional councils and of their boards;",
        "the term of office of the members and of the chairs of the councils;",
        "the appeal against decisions of the regional boards of the Republic.",
    ]
    out = _paragraphs([*PROSE, *items])
    assert any(text.startswith("the term of office") for text in out)
    assert any(text.startswith("the appeal against") for text in out)


def test_a_semicolon_ending_a_line_of_prose_runs_on() -> None:
    # The paragraph opens on a capital: it is prose, not a list's item, and the wrap
    # left its semicolon at the line's end, though "the" would have fitted after it.
    prose = [
        "The council of the Republic of Examplia reviewed the quarterly accounts of the",
        "regional offices, which had kept their spending within the estimate;",
        "the surplus will be carried over into the budget of the following year.",
    ]
    out = _paragraphs(prose)
    assert not any(text.startswith("the surplus") for text in out)


def test_a_line_opening_on_a_conjunction_goes_on_with_its_item() -> None:
    items = [
        "the composition of the regional councils and of their boards;",
        "and the term of office of the members and of the chairs of the councils.",
    ]
    out = _paragraphs([*PROSE, *items])
    assert not any(text.startswith("and the term") for text in out)


def test_a_semicolon_inside_a_labelled_item_runs_on() -> None:
    # "e)" sets the item apart; the semicolon inside it is its prose's, though "the"
    # would have fitted after it.
    items = [
        "d) a licence may be granted only with the consent of all the co-owners;",
        "e) each co-owner may at any time assign its share of the certificate;",
        "the costs are borne by the party that withdraws from the sale of it.",
    ]
    out = _paragraphs([*PROSE, *items])
    assert not any(text.startswith("the costs") for text in out)
