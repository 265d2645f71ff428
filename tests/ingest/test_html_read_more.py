"""Cards of a site's other pages closed by a "read more" link (html_read_more): the
site's, when two or more show; a lone link and a link in a sentence stay. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_BODY = (
    "<h1>Harbour office opens a second quay</h1>"
    "<p>The harbour office opened its second quay on Monday, doubling the berths for "
    "ferries and cargo ships calling at the port through the summer season.</p>"
    "<h2>Longer nights at the locks</h2>"
    "<p>The locks will also stay open until midnight from June, the office said, so that "
    "late ferries need not wait for the morning tide.</p>"
)


def _card(n: int) -> str:
    return (
        f"<article class='teaser'><h3>Other story {n} of the site</h3>"
        f"<p class='copy'>A short blurb of the other story number {n}.</p>"
        f"<a href='/news/story-{n}'><span class='icon'></span> Learn more</a></article>"
    )


def _texts(tmp_path: Path, html: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main>{html}</main></body></html>", encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def test_cards_closed_by_read_more_go(tmp_path: Path) -> None:
    cards = "".join(_card(n) for n in (1, 2, 3))
    texts = _texts(tmp_path, f"{_BODY}<div class='row'>{cards}</div>")
    assert not any("Other story" in t or "blurb" in t or t == "Learn more" for t in texts)
    assert "Longer nights at the locks" in texts
    assert any(t.startswith("The locks will also stay open") for t in texts)


def test_a_card_set_between_the_paragraphs_goes(tmp_path: Path) -> None:
    head, tail = _BODY.split("<h2>")
    texts = _texts(tmp_path, f"{head}{_card(1)}<h2>{tail}{_card(2)}")
    assert not any("Other story" in t for t in texts)
    assert any(t.startswith("The locks will also stay open") for t in texts)


def test_a_lone_read_more_link_stays(tmp_path: Path) -> None:
    texts = _texts(tmp_path, f"{_BODY}{_card(1)}")
    assert "Other story 1 of the site" in texts


def test_a_read_more_link_in_a_sentence_is_the_paragraphs(tmp_path: Path) -> None:
    para = (
        "<p>The office publishes the timetable on its site. <a href='/timetable'>Read more</a></p>"
    )
    texts = _texts(tmp_path, f"{_BODY}{para}{para.replace('timetable', 'tariffs')}")
    assert any(t.startswith("The office publishes the timetable") for t in texts)


def test_items_of_the_release_closing_their_sentence_with_learn_more_stay(tmp_path: Path) -> None:
    # The release's own items, each a sentence on the link's line: not cards (whose
    # headline and blurb sit in boxes of their own over the link).
    items = "".join(
        f"<div class='item'><b>Quay {n}</b>: berths for ferries and cargo ships from "
        f"June on. <a href='/quays/{n}'>Learn more</a></div>"
        for n in (1, 2, 3)
    )
    texts = _texts(tmp_path, f"{_BODY}{items}")
    assert sum("berths for ferries and cargo ships from June on" in t for t in texts) == 3


def test_cards_whose_label_ends_on_a_mark_set_apart_go(tmp_path: Path) -> None:
    # "Read more ›", "Weiterlesen »": the mark is a word of its own after the label.
    cards = "".join(
        _card(n).replace("Learn more", label)
        for n, label in ((1, "Read more ›"), (2, "Weiterlesen »"))
    )
    texts = _texts(tmp_path, f"{_BODY}<div class='row'>{cards}</div>")
    assert not any("Other story" in t for t in texts)
