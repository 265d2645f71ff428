"""A date set alone on its line under a title's lines ends the title: it says when the
release was issued, not what it is about, and stays as release text. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.title import _date_under_title

_COVER = """\
Master plan for the footpaths and cycle lanes
of the municipality of Exampleton
Final report
{date}
Acknowledgements: we thank the residents and the associations who took part in the
consultations held over the year and shared their time and their knowledge with us.
"""


def _units(text: str) -> tuple[str, list[str]]:
    release = release_from_text(text)
    kept = [release.text[n.start : n.end] for n in release.nodes() if n.kind != "title"]
    return release.title, kept


def test_a_month_and_year_under_a_cover_title_is_not_its_wrap():
    title, kept = _units(_COVER.format(date="March 2031"))
    assert "March 2031" not in title
    assert title.startswith("Master plan for the footpaths and cycle lanes")
    assert any(unit.strip() == "March 2031" for unit in kept)


def test_a_month_and_year_under_a_cover_title_heads_no_section():
    release = release_from_text(_COVER.format(date="March 2031"))
    kinds = {release.text[n.start : n.end].strip(): n.kind for n in release.nodes()}
    assert kinds.get("March 2031") not in (None, "heading", "title")


def test_a_month_named_in_french_under_a_cover_title_is_not_its_wrap():
    title, kept = _units(_COVER.format(date="Mars 2031"))
    assert "Mars 2031" not in title
    assert any(unit.strip() == "Mars 2031" for unit in kept)


def test_a_date_wrapped_off_its_day_goes_on_with_the_title():
    # "... held on 2-3" / "March 2031": the date was started on the line above.
    assert not _date_under_title("Meeting of the ministers held on 2-3", "March 2031")


def test_a_date_alone_under_a_title_line_ends_the_title():
    assert _date_under_title("Annual report of the port authority", "March 2031")
    assert _date_under_title("Rapport annuel de l'autorité portuaire", "Mars 2031")
    assert _date_under_title("Annual report of the port authority", "12 March 2031")
    assert not _date_under_title("Annual report of the port", "authority of Exampleton")
