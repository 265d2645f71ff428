"""A release's sign-off under its last paragraph (the place and day it was issued, a
stamp for the hand, the signer's name and office) is its own text, even where a copied
page sets each line alone like the site's footer links under it; the footer is still
taken. All text here is made up in the shape of real releases and pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.sign_offs import is_place_date, sign_off_lines

HEAD = ["Home", "News", "Ministries", "Contact", "Search"]
BODY = [
    "Ministry Confirms Harbour Works Continue",
    "The Ministry of Harbours informs the public that the works on the northern pier will"
    " continue through the winter, as planned with the port authority last year.",
    "The ministry asks fishermen to keep clear of the marked area and to follow the"
    " instructions of the harbour master until the works are finished.",
]
FOOTER = [
    "Embassies abroad",
    "All embassies",
    "Asia",
    "Europe",
    "Africa",
    "Video",
    "Archive",
    "Previous",
    "Next",
    "Contacts",
]


def _page(*closing: str) -> str:
    return "\n\n".join([*HEAD, *BODY, *closing, *FOOTER])


def _kept(text: str) -> str:
    return release_from_text(text).text


def test_a_place_and_day_after_the_date_stays() -> None:
    kept = _kept(_page("March 4, 2031, Lakeside"))
    assert "March 4, 2031, Lakeside" in kept
    assert "All embassies" not in kept and "Archive" not in kept


def test_a_stamp_a_name_and_an_office_under_the_sign_off_stay() -> None:
    text = _page(
        "Lakeside, 4 de marzo de 2031", "(FIRMA)", "Ana Ejemplo Modelo", "Ministra de Puertos"
    )
    kept = _kept(text)
    assert "(FIRMA)" in kept and "Ana Ejemplo Modelo" in kept and "Ministra de Puertos" in kept
    assert "All embassies" not in kept and "Previous" not in kept


def test_a_footer_after_a_paragraph_with_no_sign_off_is_still_taken() -> None:
    kept = _kept(_page())
    assert "All embassies" not in kept and "Archive" not in kept


def test_the_line_tests() -> None:
    assert is_place_date("Lakeside, 4 March 2031")
    assert is_place_date("March 4, 2031, New Lakeside")
    assert not is_place_date("4 March 2031")  # a teaser's stamp: no place
    assert not is_place_date("Thursday, 4 March 2031")  # the weekday is no place
    assert not is_place_date("Posted on 4 March 2031")


class _B:
    def __init__(self, text: str) -> None:
        self.text = text


def test_a_name_alone_under_the_sign_off_is_no_signature() -> None:
    # "Contact Us" has a name's shape: without a stamp or an office it is a link label.
    lines = [_B(t) for t in ["Last paragraph.", "Lakeside, 4 March 2031", "Contact Us", "Jobs"]]
    assert sign_off_lines(lines, 1) == [1]
    signed = ["Last paragraph.", "Lakeside, 4 March 2031", "Jane Example", "Minister of Ports"]
    assert sign_off_lines([_B(t) for t in signed], 1) == [1, 2, 3]


def test_a_page_stamp_or_a_bare_date_is_no_place_date() -> None:
    # A posting or update stamp names the day the page changed, not a place; a year's
    # word after a Russian date ("года") and a weekday of any language are no place.
    assert not is_place_date("Published 4 March 2031")
    assert not is_place_date("Last Updated 4 March 2031")
    assert not is_place_date("4 марта 2031 года")
    assert not is_place_date("Giovedì 4 marzo 2031")
    assert is_place_date("Москва, 4 марта 2031 года")


def test_a_posting_stamp_under_the_text_is_still_taken() -> None:
    kept = _kept(_page("Published 4 March 2031"))
    assert "Published 4 March 2031" not in kept


def test_words_in_small_letters_of_any_script_are_no_signer_name() -> None:
    # A name's words are capitalised in every cased script, not only in Latin letters.
    signed = ["Last paragraph.", "Lakeside, 4 March 2031", "Jane Example", "Minister of Ports"]
    lines = [_B(t) for t in [*signed, "пресс-служба министерства"]]
    assert sign_off_lines(lines, 1) == [1, 2, 3]


def test_a_signer_name_in_a_script_with_no_capitals_is_signed() -> None:
    # Arabic and Korean print no capital to show a name: a stamp's name is still one.
    for name in ["سمير خالد ناصر", "박 민준"]:
        lines = [_B(t) for t in ["Last paragraph.", "Lakeside, 4 March 2031", "(Signed)", name]]
        assert sign_off_lines(lines, 1) == [1, 2, 3]
    # A line in small letters of a cased script is still no name.
    lines = [_B(t) for t in ["Last paragraph.", "Lakeside, 4 March 2031", "(Signed)", "и другие"]]
    assert sign_off_lines(lines, 1) == [1, 2]
