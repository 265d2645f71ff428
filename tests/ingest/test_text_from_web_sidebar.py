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


def test_same_topic_label_after_the_release_ends_it_whatever_follows() -> None:
    # A site's "On the same topic" label (here in French, as its templates print it),
    # its teasers with their dates, then a comment form whose lines outweigh the
    # release's last paragraph but not its body: all the site's, removed, not kept.
    body = "".join(
        f"Le ministère d'Exemplie a présenté le {n}e volet du plan régional de transport, "
        "qui prévoit de nouvelles lignes de bus entre les communes de la vallée.\n\n"
        for n in range(2, 6)
    )
    tail = (
        "Sur le même thème\n\n"
        "Un nouveau pont pour la vallée d'Exemplie, enfin !\n\n"
        "05/06/2020\n\n"
        "Les communes de la vallée votent le budget des transports, une première\n\n"
        "25/05/2020\n\n"
        "Votre adresse e-mail ne sera pas publiée, les champs requis sont marqués.\n\n"
        "Enregistrer mon nom et mon e-mail dans le navigateur pour mon prochain message.\n"
    )
    text = "Plan régional de transport\n\n4 juin 2020\n\n" + body + tail
    release = release_from_text(text)
    kept = " ".join(_texts(release))
    assert "le 5e volet du plan" in kept
    for chrome in ("Sur le même thème", "nouveau pont", "budget des transports", "Enregistrer"):
        assert chrome not in kept
        assert any(chrome in r.text for r in release.removed)
    assert not lost_words(text, release)


def test_more_releases_from_the_issuer_label_ends_the_release() -> None:
    text = (
        _RELEASE
        + "Press contact\n\nJane Example, +00 12 34 56 78, press@example.org\n\n"
        + "More press releases from the Ministry of Examplia\n\n"
        + "Examplia opens a consulate in Port Example\n\n"
        + "3 June 2024\n"
    )
    release = release_from_text(text)
    kept = " ".join(_texts(release))
    assert "press@example.org" in kept
    assert "consulate" not in kept and "More press releases" not in kept
    assert any("consulate" in r.text for r in release.removed)
    assert not lost_words(text, release)


def test_an_editor_credit_over_the_related_label_stays() -> None:
    # One short line under the last paragraph (the editor's credit) is the release's:
    # it joins the short lines of the site's list only by standing next to its label.
    text = (
        _RELEASE
        + "Editor in charge: Jane Example\n\n"
        + "Related news\n\n"
        + "Examplia at the water summit\n\n"
        + "Ministers meet in Port Example\n\n"
        + "A new embassy for Examplia\n"
    )
    release = release_from_text(text)
    kept = " ".join(_texts(release))
    assert "Editor in charge: Jane Example" in kept
    assert "water summit" not in kept and "new embassy" not in kept
    assert not lost_words(text, release)


def test_a_figure_opening_a_teaser_in_the_related_list_is_no_note() -> None:
    # A teaser's stamp runs into its date ("NewsCulture15.02.2022") and the next
    # headline opens with the same figure ("15 Films ..."): no note and its marker, but
    # two lines of the site's list, removed with it.
    body = "".join(
        f"The Ministry of Examplia opened the {n}th regional office of its water agency "
        "this week, in the valley.\n\n"
        for n in range(2, 7)
    )
    text = (
        "Examplia opens water offices\n\n4 June 2024\n\n"
        + body
        + "Related news\n\n"
        + "NewsExamplia16.02.2022\n\nMinisters meet in Port Example\n\n"
        + "A meeting of ministers was held in the port.\n\n"
        + "NewsCulture15.02.2022\n\n15 Films nominated for the Examplia film prize\n\n"
        + "The nominations are out: the jury will choose among 15 films.\n\n"
        + "News04.02.2022\n\nA new embassy for Examplia\n\n"
        + "The embassy opens next month in the capital.\n"
    )
    release = release_from_text(text)
    kept = " ".join(_texts(release))
    assert "the 6th regional office" in kept
    assert "Films nominated" not in kept
    assert any("Films nominated" in r.text for r in release.removed)
    # (The note linker cut the figure from the stamp before the roles were known: the
    # stamp is listed as removed without it, its one word lost.)
    assert set(lost_words(text, release)) <= {"NewsCulture15.02.2022"}
