"""A site's controls in the languages the first label list lacked: a page copied from a
Norwegian, Swedish, Czech or Spanish site is read as a web copy and its menus go.
Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.site_labels import is_site_label
from briefing.ingest.web_chrome import chrome_lines, is_chrome_label

MENU = ["Nyheter", "Sport", "Kultur", "Økonomi", "Utenriks", "Innenriks", "Vær", "Debatt",
        "Podkast", "Dokumentar", "Distrikt", "Livsstil", "Forbruker", "Helse", "Teknologi",
        "Utdanning", "Reise", "Mat", "Bil", "Bolig", "Jobb", "Arkiv"]  # fmt: skip

PARAGRAPHS = [
    "Kommunestyret vedtok i kveld den nye planen for sykkelveier langs elva, og arbeidet "
    "skal etter planen starte til våren og være ferdig før sommerferien.",
    "Planen gir tolv kilometer nye sykkelfelt og tre gangbruer, finansiert av det "
    "regionale transportfondet og kommunens eget budsjett for neste år.",
    "Innbyggerne kan gi innspill til tegningene på rådhuset fram til utgangen av måneden, "
    "opplyser ordførerens kontor i en pressemelding tirsdag.",
]


def _page() -> str:
    head = ["Hopp til innhold", "Logg inn", *MENU, "Søk", "Lokale nyheter",
            *MENU[::-1], "Nye sykkelveier vedtatt", "4. mars 2031"]  # fmt: skip
    tail = ["Del artikkelen", "Facebook", "Siste nytt", *MENU, "Personvern",
            "Informasjonskapsler", "Til toppen"]  # fmt: skip
    return "\n\n".join(head + PARAGRAPHS + tail) + "\n"


def test_labels_in_several_languages():
    for line in ("Hopp til innhold", "Gå direkt till sidans innehåll", "Zum Inhalt",
                 "Til toppen", "Do góry", "Personvern", "Hantera kakor",
                 "Polityka prywatności", "Logga in", "Prenumerera", "Suscríbete",
                 "Udostępnij", "Поделиться", "Vyhledat", "Síguenos en:", "Mới nhất"):  # fmt: skip
        assert is_chrome_label(line), line


def test_ordinary_words_are_no_labels():
    # Words of another language's running text, and a caption over the release's own
    # contacts, are left out of the list.
    # (And a topic a release heads a section with: "data protection", "application".)
    for word in ("del", "dela", "topo", "kontakt", "kontakt oss", "ara", "cerca", "tietosuoja",
                 "ochrana osobních údajů", "ochrana údajů", "haku"):  # fmt: skip
        assert not is_site_label(word), word


def test_a_page_known_only_by_these_labels_loses_its_menus():
    text = _page()
    assert chrome_lines(text.split("\n"))
    release = release_from_text(text)
    kept = release.text
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    for line in ("Lokale nyheter", "Dokumentar", "Informasjonskapsler", "Til toppen"):
        assert line not in kept


def test_a_release_heading_named_as_a_topic_stays():
    from briefing.ingest.pipeline import release_from_text

    text = "\n\n".join(
        [
            "Uusi rekisteri terveystiedoille",
            "4.3.2031",
            "Ministeriö esittää tänään uutta rekisteriä, joka nopeuttaa tutkimusta ja "
            "helpottaa tietojen käyttöä koko maassa.",
            "Tietosuoja",
            "Rekisteriin tallennetaan vain tarpeelliset tiedot, ja jokaisella on oikeus "
            "tarkastaa omat tietonsa milloin tahansa.",
        ]
    )
    assert "Tietosuoja" in release_from_text(text + "\n").text
