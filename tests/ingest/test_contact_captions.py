"""A contact block's caption over a card's lines heads the release's contacts, in any
language and with or without its colon, when a phone number or an e-mail under it shows
it captions a card (roles._tail_roles). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.pipeline import structure
from tests.ingest.helpers import heading_texts, lost_words

_BODY = [
    "Stadtrat beschließt den Umbau des alten Hafens",
    "Der Stadtrat hat am Montag beschlossen, die alten Kaimauern des Nordbeckens in den "
    "nächsten vier Jahren zu erneuern, mit Kosten, die sich Stadt und Land teilen.",
    "Arbeiten im Nordbecken",
    "Die ersten Arbeiten beginnen im Frühjahr an den beiden ältesten Kaimauern, deren "
    "Holzpfähle verfault sind, und die Fischereiflotte behält ihre Liegeplätze.",
]


def test_a_bare_caption_in_another_language_over_a_card_is_a_heading() -> None:
    lines = [
        *_BODY,
        "Kontakt",
        "Pressestelle des Hafenamts",
        "E-Mail: presse@hafen.example",
        "Telefon: 040 123 456",
    ]
    text = "\n\n".join(lines) + "\n"
    release = release_from_text(text)
    heads = heading_texts(release)
    assert "Kontakt" in heads and "Arbeiten im Nordbecken" in heads, heads
    assert not lost_words(text, release)


def test_a_bare_caption_without_a_card_under_it_is_no_heading() -> None:
    # "Contact" among a footer's links is the site's contacts page, no caption.
    lines = [*_BODY, "Kontakt", "Impressum", "Datenschutz", "Barrierefreiheit"]
    text = "\n\n".join(lines) + "\n"
    assert "Kontakt" not in heading_texts(release_from_text(text))


def test_a_site_box_over_the_contacts_is_no_crosshead_but_the_caption_is() -> None:
    lines = [
        "Harbour board keeps the mooring fees unchanged",
        "The harbour board decided on Monday to keep the mooring fees of the northern basin "
        "unchanged for the coming year, after a review of the port's costs and income.",
        "Next review",
        "The board will review the fees again next spring, once the works on the quays "
        "are done and the first berths of the northern basin are open to boats again.",
        "Board Minutes",
        "Minutes of the harbour board's meeting, published two weeks after it.",
        "Board Minutes",
        "Enquiries:",
        "Communications Office",
        "Harbour Board",
        "Phone: +61 2 5550 1234",
    ]
    text = "\n\n".join(lines) + "\n"
    release = release_from_text(text)
    heads = heading_texts(release)
    assert "Enquiries:" in heads and "Board Minutes" not in heads, heads
    assert not lost_words(text, release)


def test_a_caption_on_a_colon_in_a_release_without_crossheads_is_no_heading() -> None:
    # A run of paragraphs with contact lines under it: "Contacts:" leads into them.
    lines = [
        "Harbour board keeps the mooring fees unchanged",
        "The harbour board decided on Monday to keep the mooring fees of the northern basin "
        "unchanged for the coming year, after a review of the port's costs and income.",
        "The fees will be reviewed again next spring, once the works on the quays are done.",
        "Press contacts:",
        "Ana Lima (+32 2 555 12 34)",
        "E-mail: ana.lima@harbour.example",
    ]
    text = "\n\n".join(lines) + "\n"
    release = release_from_text(text)
    assert "Press contacts:" not in heading_texts(release)
    assert not lost_words(text, release)


def test_a_name_styled_like_the_caption_over_its_card_stays_in_the_contacts() -> None:
    lines = [
        Line("Harbour board keeps the mooring fees unchanged", "title"),
        Line("The harbour board decided on Monday to keep the mooring fees unchanged."),
        Line("Background", "heading3"),
        Line("The fees were last raised four years ago, before the works on the quays."),
        Line("Contacts", "heading3"),
        Line("Ana Lima", "heading3"),
        Line("Head of the press office"),
        Line("ana.lima@harbour.example +49 40 555 1234"),
    ]
    release = structure(Extracted(lines, "html", blocks_are_paragraphs=True), suggest=False)
    heads = heading_texts(release)
    assert "Contacts" in heads and "Ana Lima" not in heads, heads


# A central bank's decision, then the site's list of topic tags, then the caption.
_DECISION = [
    "Board keeps the policy rate at four per cent",
    "At its meeting today the Board decided to leave the policy rate unchanged at four "
    "per cent, as the outlook for prices has not moved since the last meeting.",
    "Growth has slowed over the year, and the labour market has eased a little, while "
    "services prices still rise faster than the Board would like.",
    "The Board will keep watching the data closely and will act as needed.",
    "Related topics",
    "Policy rate",
    "Inflation",
    "Labour market",
]


def test_a_caption_after_a_tag_list_heads_a_press_office_card_set_line_by_line() -> None:
    # The card's lines one to a block: its number comes only as the fifth block.
    card = ["Example Bank", "Communications Department", "1 Example Street",
            "1000 Example City", "+44 20 7946 0000", "media@bank.example"]  # fmt: skip
    text = "\n\n".join([*_DECISION, "CONTACT", *card]) + "\n"
    release = release_from_text(text)
    assert "CONTACT" in heading_texts(release)
    assert not lost_words(text, release)


def test_a_caption_after_a_tag_list_over_a_bare_address_is_no_heading() -> None:
    # The site's footer: its owner's address and switchboard, no press office.
    card = ["Example Trading Company", "1 Example Street", "1000 Example City",
            "+44 20 7946 0000"]  # fmt: skip
    text = "\n\n".join([*_DECISION, "CONTACT", *card]) + "\n"
    assert "CONTACT" not in heading_texts(release_from_text(text))


def test_an_office_answering_the_press_is_named_as_an_office() -> None:
    from briefing.ingest.contact_captions import PRESS_OFFICE

    for office in ("Directorate General Communications", "Communications Department",
                   "Media Office", "Pressestelle", "press@ministry.example"):  # fmt: skip
        assert PRESS_OFFICE.search(office), office
    # A ministry or a company whose name holds the word is no press office.
    for name in ("Ministry of Communications", "Example Media Group", "Telecommunications"):
        assert not PRESS_OFFICE.search(name), name
