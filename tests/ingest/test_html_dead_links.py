"""Links that lead nowhere (an empty address, "#", a fragment naming no place on the page,
role="button") are the page's controls, not release text. Made-up pages."""

from __future__ import annotations

from briefing.ingest.readers.html import extract_html

_BODY = "".join(
    f"<p>The Council of Examplia reviewed item {n} of the national water plan today and "
    "asked the regional offices to report on the progress of the works by spring.</p>"
    for n in range(1, 5)
)


def _page(extra: str) -> str:
    return (
        "<html><body><article><h1>Council Reviews the Water Plan</h1>"
        f"{extra}{_BODY}</article></body></html>"
    )


def _texts(html: str) -> list[str]:
    return [line.text for line in extract_html(html).lines]


def test_a_player_control_linking_to_no_place_is_dropped_and_listed() -> None:
    html = _page("<div class='box'><div><a href='#play-it'>Play / pause</a></div></div>")
    assert "Play / pause" not in _texts(html)
    dropped = " ".join(text for _, text in extract_html(html).dropped)
    assert "Play / pause" in dropped


def test_a_close_link_with_an_empty_address_is_dropped() -> None:
    texts = _texts(_page("<div class='closebar'><a href='' class='x'>Shut</a></div>"))
    assert "Shut" not in texts


def test_a_link_marked_as_a_button_is_dropped() -> None:
    texts = _texts(_page("<p><a href='/listen' role='button'>Listen now</a></p>"))
    assert "Listen now" not in texts


def test_a_link_to_nowhere_inside_a_sentence_stays() -> None:
    html = _page("<p>The plan is set out <a href='#'>in the annex</a> to this statement.</p>")
    texts = _texts(html)
    assert "The plan is set out in the annex to this statement." in texts


def test_an_accordion_title_written_as_a_link_to_nowhere_stays() -> None:
    html = _page(f"<a href='#'><h3>Background</h3></a><div>{_BODY}</div>")
    assert "Background" in _texts(html)


def test_many_links_to_missing_places_are_read_in_linear_time() -> None:
    # review1: each fragment was looked up with an XPath over the whole page, once per
    # link: 2,000 "Back up" links under 2,000 paragraphs took 17 s, 4,000 took 80 s.
    import time

    parts = [
        f"<p>Paragraph {n} of the release sets out the plan in a few plain words.</p>"
        f"<p><a href='#note-{n}x'>Back up</a></p>"
        for n in range(3000)
    ]
    started = time.perf_counter()
    texts = _texts(_page("".join(parts)))
    assert time.perf_counter() - started < 5.0
    assert "Back up" not in texts


def test_a_fragment_holding_a_control_character_reads_the_page() -> None:
    # review1: lxml refuses such a string as an XPath variable (ValueError), and the
    # whole page failed to read.
    texts = _texts(_page("<p><a href='#a&#1;b'>Close</a></p><p><a href='#c&#1;d'>Up</a></p>"))
    assert "Close" not in texts and "Up" not in texts
    assert "Council Reviews the Water Plan" in texts


def test_a_skip_link_to_a_place_of_the_page_is_still_dropped() -> None:
    html = _page("<p><a href='#main-text'>Skip ahead</a></p><div id='main-text'></div>")
    assert "Skip ahead" not in _texts(html)


def test_each_page_is_read_with_its_own_places() -> None:
    # (review1: the places are read once per page: a second page never sees the first's.)
    # A link naming itself leads to a place (itself) and stays; the same link on a page
    # where nothing bears that id leads nowhere.
    with_place = _page("<p><a id='self' href='#self'>Close</a></p>")
    without = _page("<p><a href='#self'>Close</a></p>")
    for _ in range(2):
        assert "Close" in _texts(with_place)
        assert "Close" not in _texts(without)
