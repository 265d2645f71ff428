"""Text copied from a web page: the site's sidebar of related pages after the release
(issue 11 item 5). Every page here is made up."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

_RELEASE = (
    "Minister of Examplia Welcomes Ceasefire Agreement\n\n"
    "4 June 2024\n\n"
    "The Minister of Foreign Affairs of Examplia welcomed the ceasefire agreed yesterday "
    "between the parties to the conflict in the northern region.\n\n"
    "The Minister called on all parties to respect the agreement in full and to allow "
    "humanitarian access to the civilians who need it.\n\n"
)

_SIDEBAR = (
    "Highlights\n\n"
    "Annual Conference on Regional Security\n\n"
    "Examplia City, 10-12 March 2024\n\n"
    "Ministerial Meeting on Water\n\n"
    "Port Example, 22 April 2024\n\n"
    "Daily Press Briefing\n\n"
    "3 June 2024\n\n"
    "The spokesperson opened the briefing with an update on the floods in the south of "
    "the country and the relief under way.\n\n"
    "Latest Briefings\n"
)


def _texts(release) -> list[str]:
    return [release.node_text(n) for n in release.nodes()]


def test_related_pages_after_the_release_are_removed() -> None:
    text = _RELEASE + _SIDEBAR
    release = release_from_text(text)
    kept = " ".join(_texts(release))
    assert "The Minister called on all parties" in kept
    for teaser in ("Ministerial Meeting on Water", "Daily Press Briefing", "spokesperson opened"):
        assert teaser not in kept
        assert any(teaser in r.text for r in release.removed)
    assert not lost_words(text, release)


def test_an_agenda_in_the_body_stays() -> None:
    # Meetings with their dates inside a release, with paragraphs after them: content.
    agenda = (
        "The programme of the visit:\n\n"
        "Meeting with the Prime Minister\n\n"
        "5 June 2024\n\n"
        "Visit to the port authority\n\n"
        "6 June 2024\n\n"
        "The Minister will also meet representatives of civil society and of the business "
        "community during the visit.\n\n"
        "The visit is the first by a Minister of Examplia to the region since 2019, and "
        "follows the agreement signed last year on trade and investment.\n\n"
        "Further details will be published on the Ministry's website in due course.\n"
    )
    release = release_from_text(_RELEASE + agenda)
    kept = " ".join(_texts(release))
    assert "Visit to the port authority" in kept
    assert "Further details will be published" in kept


def test_related_news_label_ends_the_release() -> None:
    text = (
        _RELEASE
        + "Related news\n\n"
        + "Examplia welcomes the new trade agreement with its neighbours\n\n"
        + "The Ministry of Foreign Affairs of Examplia welcomed the agreement signed "
        + "in the capital on Monday by the ministers of trade.\n"
    )
    release = release_from_text(text)
    kept = " ".join(_texts(release))
    assert "The Minister called on all parties" in kept
    assert "trade agreement" not in kept and "Related news" not in kept
    assert any("trade agreement" in r.text for r in release.removed)
    assert not lost_words(text, release)


def test_related_label_in_other_languages() -> None:
    from briefing.ingest.roles import _RELATED_PAGES

    for label in (
        "أخبار ذات صلة",
        "関連リンク",
        "관련 기사",
        "À lire aussi",
        "Noticias relacionadas",
    ):
        assert _RELATED_PAGES.match(label)
    assert not _RELATED_PAGES.match("See also")  # a report's references


def test_related_label_before_more_of_the_release_stays() -> None:
    # Numbered paragraphs after the line: the release goes on, whatever the line says.
    text = (
        _RELEASE
        + "Related documents\n\n"
        + "1. The report of the Secretary-General on the situation in the region.\n\n"
        + "2. The statement of the Council of 3 June 2024 on the ceasefire.\n"
    )
    release = release_from_text(text)
    kept = " ".join(_texts(release))
    assert "statement of the Council" in kept


def test_line_under_the_date_qualifies_it_and_is_no_heading() -> None:
    text = (
        "Statement by the Prime Minister of Examplia\n\n"
        "2 October 2018\n"
        "Cabinet decision\n\n"
        "Next year our country will host the regional summit for the first time, and the "
        "eyes of the world will be on us.\n\n"
        "The Cabinet will work as one to carry out these policies for the next generation.\n"
    )
    release = release_from_text(text)
    assert not [n for n in release.nodes() if n.kind == "heading"]
    assert not lost_words(text, release)


def test_photo_caption_with_credit_is_removed() -> None:
    from briefing.ingest.text_fragments import is_photo_credit

    caption = "Ministers at the signing ceremony in Examplia City © Jane Doe / Example Agency"
    text = _RELEASE.replace("4 June 2024\n\n", f"4 June 2024\n\n{caption}\n\n")
    release = release_from_text(text)
    assert not any("signing ceremony" in release.node_text(n) for n in release.nodes())
    assert any(r.text == caption for r in release.removed)
    assert not lost_words(text, release)
    assert not is_photo_credit("La France exprime sa pr√©occupation sur la libert√© de la presse")
